#!/usr/bin/env node
// Derives the public-domain US state outlines shipped as
//   src/main/webapp/resources/maps/us-states.geojson
// the base map that the workshop finder draws under its markers (no tile server needed).
// DATA-SOURCES.md beside the GeoJSON says where the shapes come from and under which licence.
//
// Inputs: two npm packages. us-atlas carries the US Census Bureau's cartographic boundary file
// as TopoJSON (unprojected longitude/latitude); topojson-client turns TopoJSON into GeoJSON.
// Install them, at exactly these versions, in a scratch directory outside the repository:
//
//   mkdir -p /tmp/basemap-npm && cd /tmp/basemap-npm
//   npm install --no-save us-atlas@3.0.1 topojson-client@3.1.0
//
// Then, from that directory (or pass --modules DIR/node_modules):
//
//   node /work/main/src/main/data/derive-state-outlines.mjs
//
// Options:
//   --modules DIR   the node_modules folder holding the two packages (default ./node_modules)
//   --out DIR       where to write us-states.geojson (default: the webapp folder above, found
//                   relative to this script)
//   --decimals N    decimals kept of each coordinate (default 2, about 1 km: enough for a map
//                   of states, and it keeps the file small)
//
// Output (UTF-8, "\n" line ends): a GeoJSON FeatureCollection (RFC 7946), one feature a line,
// sorted by the two-digit state FIPS code that is the feature's id, with one property, `name`
// ("Colorado"). Each ring's coordinates are rounded, repeated points dropped, and rings that
// collapse to fewer than four points dropped. Rings of Alaska west of the antimeridian (the
// western Aleutians, longitude about +172 to +180) are moved by -360 degrees so that Alaska is
// drawn in one piece on a web map; Guam and the Northern Mariana Islands keep their +145.
//
// Node.js 18 or newer; no dependencies besides the two packages above.

import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as common from './derive-common.mjs';

const SCRIPT = 'derive-state-outlines';
const fail = (message) => common.fail(SCRIPT, message);

const PACKAGES = {
  'us-atlas': '3.0.1',
  'topojson-client': '3.1.0',
};
const ALASKA = '02';

const here = dirname(fileURLToPath(import.meta.url));
const args = common.parseOptions(SCRIPT, process.argv.slice(2), {
  '--modules': 'modules',
  '--out': 'out',
  '--decimals': 'decimals',
});
const modules = resolve(args.modules ?? 'node_modules');
const out = resolve(args.out ?? join(here, '..', 'webapp', 'resources', 'maps'));
const decimals = Number(args.decimals ?? 2);
if (!Number.isInteger(decimals) || decimals < 1 || decimals > 6) {
  fail(`--decimals must be a whole number from 1 to 6, not ${args.decimals}`);
}

// --- the packages, at the pinned versions ---------------------------------------------------

const require = common.requirePinned(SCRIPT, modules, PACKAGES);
const { feature } = require('topojson-client');
// states-10m.json, not states-albers-10m.json: longitude/latitude, which Leaflet projects itself.
const topology = require('us-atlas/states-10m.json');

// --- features -------------------------------------------------------------------------------

const scale = 10 ** decimals;
const round = (value) => Math.round(value * scale) / scale;

/** A ring rounded, without repeated points; null when fewer than four points are left. */
function ring(points, shift) {
  const kept = [];
  for (const [lon, lat] of points) {
    const point = [round(lon + shift), round(lat)];
    const last = kept[kept.length - 1];
    if (!last || last[0] !== point[0] || last[1] !== point[1]) kept.push(point);
  }
  return kept.length >= 4 ? kept : null;
}

/** The polygons of one state, as a list of polygons (each a list of rings, outer ring first). */
function polygons(geometry) {
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  fail(`unexpected geometry ${geometry.type}`);
}

const stats = { states: 0, rings: 0, droppedRings: 0, points: 0, shiftedRings: 0 };
const features = [];
for (const state of feature(topology, topology.objects.states).features) {
  const { id } = state;
  const name = state.properties?.name;
  if (!/^\d{2}$/.test(id) || typeof name !== 'string' || !name) {
    fail(`a state without a FIPS id or a name: ${JSON.stringify({ id, name })}`);
  }
  const kept = [];
  for (const polygon of polygons(state.geometry)) {
    const west = id === ALASKA && polygon[0].every(([lon]) => lon > 0);
    if (west) stats.shiftedRings += polygon.length;
    const shift = west ? -360 : 0;
    // An outer ring that collapses takes its holes with it.
    const outer = ring(polygon[0], shift);
    if (!outer) {
      stats.droppedRings += polygon.length;
      continue;
    }
    const rings = [outer];
    for (const points of polygon.slice(1)) {
      const hole = ring(points, shift);
      if (hole) rings.push(hole);
      else stats.droppedRings++;
    }
    stats.points += rings.reduce((n, r) => n + r.length, 0);
    kept.push(rings);
  }
  if (kept.length === 0) fail(`${name} has no ring left at ${decimals} decimals`);
  stats.states++;
  stats.rings += kept.reduce((n, p) => n + p.length, 0);
  features.push({
    type: 'Feature',
    id,
    properties: { name },
    geometry:
      kept.length === 1
        ? { type: 'Polygon', coordinates: kept[0] }
        : { type: 'MultiPolygon', coordinates: kept },
  });
}
features.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

const text =
  '{"type":"FeatureCollection","features":[\n' +
  features.map((f) => JSON.stringify(f)).join(',\n') +
  '\n]}\n';
const file = join(out, 'us-states.geojson');
writeFileSync(file, text, 'utf8');
console.error(
  `us-states.geojson: ${stats.states} states and territories, ${stats.rings} rings, ` +
    `${stats.points} points at ${decimals} decimals (${stats.droppedRings} rings too small ` +
    `dropped, ${stats.shiftedRings} Alaskan rings moved west of -180), ${Buffer.byteLength(text)} bytes`,
);
