// `make bench`: the first-visit transfer by file and in total, and the median of three
// Lighthouse mobile runs (simulated slow 4G, 4x CPU slowdown: scores, FCP, LCP, TBT, CLS, time
// to interactive) against dist/ served with brotli.
import { execFile } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { serve, launch } from './browser/support.js';
import { firstVisit } from './browser/transfer.js';

const REPORTS = resolve('artifacts/lighthouse');
const RUNS = 3;
const run = promisify(execFile);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const server = await serve();
const browser = await launch();
const files = await firstVisit(browser, server);
await browser.close();
const total = files.reduce((sum, f) => sum + f.bytes, 0);
console.log('First-visit transfer (brotli body bytes):');
for (const f of files) console.log(`  ${String(f.bytes).padStart(8)}  ${f.path}`);
console.log(`  ${String(total).padStart(8)}  total (${(total / 1024).toFixed(1)} KiB)`);

await mkdir(REPORTS, { recursive: true });
const results = [];
for (let i = 1; i <= RUNS; i++) {
  const path = join(REPORTS, `run-${i}.json`);
  await run(resolve('node_modules/.bin/lighthouse'), [server.url, '--quiet', '--output=json', `--output-path=${path}`,
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run'],
    { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM ?? '/usr/bin/chromium' }, maxBuffer: 64 << 20 });
  const lhr = JSON.parse(await readFile(path, 'utf8'));
  results.push({
    performance: lhr.categories.performance.score,
    accessibility: lhr.categories.accessibility.score,
    'best-practices': lhr.categories['best-practices'].score,
    seo: lhr.categories.seo.score,
    fcp_ms: lhr.audits['first-contentful-paint'].numericValue,
    lcp_ms: lhr.audits['largest-contentful-paint'].numericValue,
    tbt_ms: lhr.audits['total-blocking-time'].numericValue,
    cls: lhr.audits['cumulative-layout-shift'].numericValue,
    interactive_ms: lhr.audits.interactive.numericValue,
  });
}
await server.close();
const summary = Object.fromEntries(Object.keys(results[0]).map((k) => [k, median(results.map((r) => r[k]))]));
await writeFile(join(REPORTS, 'summary.json'), JSON.stringify({ date: new Date().toISOString(), total_bytes: total, files, runs: results, median: summary }, null, 2));
console.log(`Lighthouse mobile, median of ${RUNS} (reports in ${REPORTS}):`);
for (const [k, v] of Object.entries(summary)) console.log(`  ${k.padEnd(15)} ${Math.round(v * 1000) / 1000}`);
