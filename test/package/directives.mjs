// `npm run check:package`: in the built library, every module that imports React starts with 'use client'
// (a Next.js server component can render the widgets by plain import), and the modules of the server-safe
// exports do not (a server component can call them). The Next.js fixture (test/nextjs/run.mjs) proves the
// same end to end, in minutes; this says which file is wrong, in milliseconds. Run after `npm run build`.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const dist = path.resolve(import.meta.dirname, '../../dist');
const REACT_IMPORT = /^\s*import\s[^;]*?\sfrom\s*["'](react|react\/jsx-runtime|react-dom)["']/m;
const isClient = (file) => readFileSync(path.join(dist, file), 'utf8').startsWith('"use client";');

const modules = readdirSync(dist, { recursive: true }).filter(
  (file) => file.endsWith('.js') && !file.startsWith('embed/'),
);
const missing = modules.filter(
  (file) => REACT_IMPORT.test(readFileSync(path.join(dist, file), 'utf8')) && !isClient(file),
);
assert.deepEqual(missing, [], 'modules that import React but lack "use client"');

for (const file of [
  'lib/src/client/createClient.js',
  'lib/src/client/simplymeet/scheduling.js',
  'lib/src/core/errors.js',
  'index.js',
]) {
  assert.equal(isClient(file), false, `${file} must stay callable from server code`);
}
for (const file of ['lib/src/core/ConveneProvider.js', 'lib/src/widgets/booker/Booker.js']) {
  assert.equal(isClient(file), true, `${file} must be a client module`);
}
console.log(`'use client' on the ${modules.filter(isClient).length} React modules of ${modules.length}: ok`);
