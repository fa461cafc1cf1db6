// `node scripts/csp.mjs [DIST]`, run by `make dist` once the pages are final (after the bundles
// and the pre-render): puts a strict Content Security Policy into index.html and the set-up page
// (setup/index.html), with a sha256 hash for each inline script (the import map) and style (the
// rule that shows the start screen in the page's language). The policies are the single source
// for docs/deploy.md's header too: keep both in step.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

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

// The set-up page's: the quiz's, and the quiz itself in a frame for the preview (`frame-src`),
// and the logo the clinic picks, shown from the device (`blob:`).
export const SETUP_POLICY = POLICY.flatMap((d) => {
  if (d.startsWith('img-src ')) return [`${d} blob:`, "frame-src 'self'"];
  return [d];
});

const dist = process.argv[2] ?? 'dist';
const sha256 = (body) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;
for (const [page, directives] of [['index.html', POLICY], ['setup/index.html', SETUP_POLICY]]) {
  const file = join(dist, page);
  let html = await readFile(file, 'utf8');
  const scripts = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(([, body]) => sha256(body));
  const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(([, body]) => sha256(body));
  const hashes = { 'script-src': scripts, 'style-src': styles };
  const policy = directives.map((d) => [d, ...(hashes[d.split(' ')[0]] ?? [])].join(' ')).join('; ');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
  if (!html.includes('<meta charset="utf-8">')) throw new Error(`csp.mjs: ${page} has no <meta charset> to anchor the policy`);
  html = html.replace('<meta charset="utf-8">', `<meta charset="utf-8">\n  ${meta}`);
  await writeFile(file, html);
  console.log(`csp.mjs: ${page}: policy with ${scripts.length} inline script and ${styles.length} inline style hash(es)`);
}
