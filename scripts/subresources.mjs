// Trunk post-build hook, every build: replaces each `integrity-of:<file>` in index.html (the
// bundles block and import map of Trunk.toml's pattern_script) with that file's sha384, for
// subresource integrity.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { integrityOf } from './integrity.mjs';

const staging = process.env.TRUNK_STAGING_DIR ?? 'dist';
const file = join(staging, 'index.html');
let html = await readFile(file, 'utf8');
const files = [...new Set([...html.matchAll(/integrity-of:([\w.-]+)/g)].map(([, name]) => name))];
for (const name of files) {
  html = html.replaceAll(`integrity-of:${name}`, await integrityOf(join(staging, name)));
}
await writeFile(file, html);
console.log(`subresources.mjs: integrity for ${files.join(', ') || 'no files'}`);
