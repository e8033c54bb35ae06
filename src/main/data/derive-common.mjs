// What the two derivation scripts beside this file share (derive-state-outlines.mjs,
// derive-zip-centroids.mjs): their command-line options, their one way to fail, and the npm
// packages they read, checked at exactly the pinned versions. Node.js 18 or newer.

import { createRequire } from 'node:module';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

/** Prints "script: message" and ends the process with status 1. */
export function fail(script, message) {
  console.error(`${script}: ${message}`);
  process.exit(1);
}

/**
 * Reads "--option value" pairs; `known` maps each option to its key in the result
 * ({ '--out': 'out' }). An unknown option or one without a value fails.
 */
export function parseOptions(script, argv, known) {
  const parsed = {};
  for (let i = 0; i < argv.length; i++) {
    const key = known[argv[i]];
    if (!key || i + 1 >= argv.length) {
      fail(script, `unknown or incomplete option: ${argv[i]}`);
    }
    parsed[key] = argv[++i];
  }
  return parsed;
}

/**
 * A `require` for the packages in the node_modules folder `modules`, once each of `packages`
 * ({ name: version }) is there at exactly its version.
 */
export function requirePinned(script, modules, packages) {
  for (const [name, version] of Object.entries(packages)) {
    const manifest = join(modules, name, 'package.json');
    if (!existsSync(manifest)) {
      const install = `npm install --no-save ${name}@${version}`;
      fail(script, `${name} is not installed in ${modules}; run: ${install}`);
    }
    const found = JSON.parse(readFileSync(manifest, 'utf8')).version;
    if (found !== version) {
      fail(script, `${name} ${found} is installed, ${version} is required`);
    }
  }
  return createRequire(join(modules, 'noop.js'));
}
