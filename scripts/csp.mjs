// Trunk post-build hook. Every build: replaces each `integrity-of:<file>` in index.html (the
// loader in Trunk.toml) with that file's sha384, for subresource integrity. Release builds: puts
// a strict Content Security Policy into index.html, with a sha256 hash for each inline script
// (the loader and its import map). The policy is the single source for docs/deploy.md's header
// too: keep both in step.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { integrityOf } from './integrity.mjs';

export const POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
];

const staging = process.env.TRUNK_STAGING_DIR ?? 'dist';
const file = join(staging, 'index.html');
let html = await readFile(file, 'utf8');

const files = [...new Set([...html.matchAll(/integrity-of:([\w.-]+)/g)].map(([, name]) => name))];
for (const name of files) {
  html = html.replaceAll(`integrity-of:${name}`, await integrityOf(join(staging, name)));
}
console.log(`csp.mjs: integrity for ${files.join(', ') || 'no files'}`);

if (process.env.TRUNK_PROFILE === 'release') {
  const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map(([, body]) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  const policy = POLICY.map((d) => (d.startsWith('script-src') ? [d, ...hashes].join(' ') : d)).join('; ');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
  if (!html.includes('<meta charset="utf-8">')) throw new Error('csp.mjs: no <meta charset> to anchor the policy');
  html = html.replace('<meta charset="utf-8">', `<meta charset="utf-8">\n  ${meta}`);
  console.log(`csp.mjs: policy with ${hashes.length} inline script hash(es)`);
}
await writeFile(file, html);
