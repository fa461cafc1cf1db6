// Trunk post-build hook (release only): puts a strict Content Security Policy into index.html,
// with a sha256 hash for each inline script Trunk generated (its wasm loader). The policy is
// the single source for docs/deploy.md's header too: keep both in step.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export const POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
];

if (process.env.TRUNK_PROFILE === 'release') {
  const file = join(process.env.TRUNK_STAGING_DIR ?? 'dist', 'index.html');
  const html = await readFile(file, 'utf8');
  const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map(([, body]) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  const policy = POLICY.map((d) => (d.startsWith('script-src') ? [d, ...hashes].join(' ') : d)).join('; ');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
  if (!html.includes('<meta charset="utf-8">')) throw new Error('csp.mjs: no <meta charset> to anchor the policy');
  await writeFile(file, html.replace('<meta charset="utf-8">', `<meta charset="utf-8">\n  ${meta}`));
  console.log(`csp.mjs: policy with ${hashes.length} inline script hash(es)`);
}
