// `node scripts/bundles.mjs DIST FIRST LANG=DIR…`, run by `make dist` after one Trunk build per
// language: DIST is the build of the first language, FIRST its code (index.html, the stylesheet, boot.js and
// that language's app), each DIR the build of another. Copies each language's app (its JS and
// wasm) into DIST and lists them all in DIST/index.html, in the bundles block that boot.js reads
// (`{"de": {"js": …, "wasm": …, "integrity": …}, …}`) and in the import map that carries each
// JS file's integrity. A visitor downloads the app in their language only (src/shell.rs).
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const BUNDLES = /<script type="application\/json" id="bundles">([\s\S]*?)<\/script>/;
const IMPORT_MAP = /<script type="importmap">([\s\S]*?)<\/script>/;

const [dist, first, ...others] = process.argv.slice(2);
if (!dist || !first) fail('usage: bundles.mjs DIST FIRST LANG=DIR…');

/** A build's one bundle (its `""` entry) and its import map. */
async function built(dir) {
  const html = await readFile(join(dir, 'index.html'), 'utf8');
  const bundles = JSON.parse(html.match(BUNDLES)?.[1] ?? fail(`${dir}/index.html has no bundles block`));
  const imports = JSON.parse(html.match(IMPORT_MAP)?.[1] ?? fail(`${dir}/index.html has no import map`));
  const bundle = bundles[''] ?? fail(`${dir}/index.html lists no bundle`);
  return { html, bundle, integrity: imports.integrity };
}

const page = await built(dist);
const bundles = { [first]: page.bundle };
const integrity = { ...page.integrity };
for (const other of others) {
  const [lang, dir] = other.split('=');
  const { bundle, integrity: its } = await built(dir);
  for (const file of [bundle.js, bundle.wasm]) await copyFile(join(dir, file), join(dist, file));
  bundles[lang] = bundle;
  Object.assign(integrity, its);
}
const html = page.html
  .replace(BUNDLES, () => `<script type="application/json" id="bundles">${JSON.stringify(bundles)}</script>`)
  .replace(IMPORT_MAP, () => `<script type="importmap">${JSON.stringify({ integrity })}</script>`);
await writeFile(join(dist, 'index.html'), html);
console.log(`bundles.mjs: one app per language: ${Object.keys(bundles).join(', ')}`);

function fail(message) {
  throw new Error(`bundles.mjs: ${message}`);
}
