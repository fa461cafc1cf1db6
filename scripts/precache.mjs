// `node scripts/precache.mjs [folder]` (dist/ by default), run by `make dist` after every step
// that changes a file (after the pre-render, before compression). Writes sw.js: static/sw.js
// with the build's files and their sha384 written into it, so that a new build changes sw.js,
// which is how browsers learn of it; the set-up page's files (setup/) are listed apart, kept
// only on a device that opens that page. The whole mechanism: docs/offline.md.
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, posix, relative } from 'node:path';
import { integrityOf } from './integrity.mjs';

const PLACEHOLDER = "const BUILD = { id: 'unbuilt', files: {}, own: [], setup: {} };";
// The set-up page's folder (src/setup/mod.rs): never part of the quiz's own files.
const SETUP = 'setup/';
// The clinic's own file, which it may edit on its host: sw.js fetches it network-first (the
// manifests are the build's, and sw.js adds the clinic's name and accent from this file).
const OWN = /^clinic\.json$/;

const dist = process.argv[2] ?? 'dist';
// A clinic.json the quiz cannot read is reported by the pre-render; here it only has no logo.
const logo = await readFile(join(dist, 'clinic.json'), 'utf8')
  .then((text) => JSON.parse(text)?.logo, () => undefined)
  .catch(() => undefined);
const all = (await readdir(dist, { recursive: true, withFileTypes: true }))
  .filter((entry) => entry.isFile())
  .map((entry) => relative(dist, join(entry.parentPath ?? entry.path, entry.name)).split('\\').join('/'))
  .sort();
// Left out: the clinic's own files and logo, sw.js itself, and the compressed copies, which hosts
// send in place of the files.
const own = all.filter((path) => OWN.test(path));
const left = new Set([...own, typeof logo === 'string' && posix.normalize(logo), 'sw.js']);
const files = {};
const setup = {};
for (const path of all.filter((p) => !left.has(p) && !/\.(br|gz)$/.test(p))) {
  const list = path.startsWith(SETUP) ? setup : files;
  list[path.replace(/(^|\/)index\.html$/, '$1') || './'] = await integrityOf(join(dist, path));
}
for (const needed of ['./', '.wasm', '.css']) {
  if (!Object.keys(files).some((path) => path.endsWith(needed))) fail(`no ${needed} among the files to precache`);
}

const template = await readFile(new URL('../static/sw.js', import.meta.url), 'utf8');
if (template.split(PLACEHOLDER).length !== 2) fail('static/sw.js must hold the BUILD placeholder exactly once');
const id = createHash('sha256').update(template).update(JSON.stringify([files, setup])).digest('hex').slice(0, 16);
await writeFile(join(dist, 'sw.js'), template.replace(PLACEHOLDER, `const BUILD = ${JSON.stringify({ id, files, own, setup })};`));
console.log(`precache.mjs: sw.js of build ${id} with ${Object.keys(files).length} files, ${Object.keys(setup).length} of the set-up page apart, and ${own.join(', ')} network-first`);

function fail(message) {
  throw new Error(`precache.mjs: ${message}`);
}
