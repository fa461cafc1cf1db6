// `make bench`, against dist/ served on 127.0.0.1 with brotli like a real host:
// - the first-visit transfer, by file and in total, and what each language's app costs;
// - Lighthouse's mobile preset (simulated slow 4G, 4x CPU slowdown), five runs: scores, FCP,
//   LCP, CLS, total blocking time, time to interactive, and the longest main-thread task after
//   the first paint (Lighthouse lists the tasks of 50 ms or more; 0, and "none" when no run has
//   one), each as the median with the smallest and largest of the runs;
// - a language switch on a phone-like page (4x CPU slowdown, slow 4G), five times: from the
//   choice to the app shown again in the new language, with the new language's app fetched from
//   the network (first visit) and from the service worker's cache (a later visit).
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';
import { serve, launch, openPage, CHROMIUM, DIST, LANGUAGES } from './browser/support.js';
import { firstVisit } from './browser/transfer.js';

const REPORTS = resolve('artifacts/lighthouse');
const RUNS = 5;
const run = promisify(execFile);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const range = (xs) => `${Math.round(Math.min(...xs))}–${Math.round(Math.max(...xs))}`;

const server = await serve();
const browser = await launch();
const files = await firstVisit(browser, server);
const total = files.reduce((sum, f) => sum + f.bytes, 0);
console.log('First-visit transfer (brotli body bytes):');
for (const f of files) console.log(`  ${String(f.bytes).padStart(8)}  ${f.path}`);
console.log(`  ${String(total).padStart(8)}  total (${(total / 1024).toFixed(1)} KiB)`);

// Each language's app: its JS glue and wasm, as a visitor in that language downloads them.
const html = await readFile(join(DIST, 'index.html'), 'utf8');
const bundles = JSON.parse(html.match(/<script type="application\/json" id="bundles">([\s\S]*?)<\/script>/)[1]);
const brotli = async (path) => (await readFile(join(DIST, `${path}.br`))).length;
const languages = {};
console.log('Each language\'s app (JS glue + wasm, brotli):');
for (const [lang, bundle] of Object.entries(bundles)) {
  languages[lang] = (await brotli(bundle.js)) + (await brotli(bundle.wasm));
  console.log(`  ${lang}  ${languages[lang]}`);
}

await mkdir(REPORTS, { recursive: true });
const results = [];
for (let i = 1; i <= RUNS; i++) {
  const path = join(REPORTS, `run-${i}.json`);
  await run(resolve('node_modules/.bin/lighthouse'), [server.url, '--quiet', '--output=json', `--output-path=${path}`,
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run'],
    { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM ?? '/usr/bin/chromium' }, maxBuffer: 64 << 20 });
  const lhr = JSON.parse(await readFile(path, 'utf8'));
  // Tasks after the first paint (Lighthouse gives their simulated start, as it gives FCP).
  const fcp = lhr.audits['first-contentful-paint'].numericValue;
  const tasks = (lhr.audits['long-tasks']?.details?.items ?? []).filter((t) => t.startTime >= fcp);
  results.push({
    performance: lhr.categories.performance.score,
    accessibility: lhr.categories.accessibility.score,
    'best-practices': lhr.categories['best-practices'].score,
    seo: lhr.categories.seo.score,
    fcp_ms: fcp,
    lcp_ms: lhr.audits['largest-contentful-paint'].numericValue,
    cls: lhr.audits['cumulative-layout-shift'].numericValue,
    tbt_ms: lhr.audits['total-blocking-time'].numericValue,
    interactive_ms: lhr.audits.interactive.numericValue,
    longest_task_ms: Math.max(0, ...tasks.map((t) => t.duration)),
  });
}
console.log(`Lighthouse mobile, median (smallest–largest) of ${RUNS} runs (reports in ${REPORTS}):`);
const summary = {};
for (const key of Object.keys(results[0])) {
  const values = results.map((r) => r[key]);
  summary[key] = { median: median(values), min: Math.min(...values), max: Math.max(...values) };
  const shown = key === 'longest_task_ms' && summary[key].max === 0 ? 'none of 50 ms or more' : `${Math.round(median(values) * 1000) / 1000} (${key === 'cls' ? `${Math.min(...values)}–${Math.max(...values)}` : range(values)})`;
  console.log(`  ${key.padEnd(16)} ${shown}`);
}

// A language switch: from the choice to the app shown in the other language.
async function switchTimes(serviceWorkers) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const profile = await mkdtemp(join(tmpdir(), 'recovery-quiz-bench-'));
    const context = await chromium.launchPersistentContext(profile, { ...CHROMIUM, serviceWorkers, viewport: { width: 390, height: 844 } });
    const page = context.pages()[0] ?? await context.newPage();
    await page.goto(`${server.url}?lang=${LANGUAGES[0]}`);
    await page.locator('#app:not([hidden])').waitFor();
    if (serviceWorkers === 'allow') {
      await page.evaluate(() => new Promise((resolve) => {
        if (navigator.serviceWorker.controller) resolve();
        else navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true });
      }));
    }
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 });
    const target = LANGUAGES[1 + (i % (LANGUAGES.length - 1))];
    const started = Date.now();
    const loaded = page.waitForEvent('load');
    await page.locator('#language').selectOption(target);
    await loaded;
    await page.waitForFunction((lang) => document.documentElement.lang === lang && document.querySelector('#app:not([hidden])'), target, { polling: 16 });
    times.push(Date.now() - started);
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
  return times;
}
const fresh = await switchTimes('block');
const cached = await switchTimes('allow');
console.log(`Language switch, median (smallest–largest) of ${RUNS}, 4x CPU and slow 4G:`);
console.log(`  its app from the network     ${median(fresh)} ms (${range(fresh)})`);
console.log(`  its app from the worker      ${median(cached)} ms (${range(cached)})`);

await browser.close();
await server.close();
await writeFile(join(REPORTS, 'summary.json'), JSON.stringify({
  date: new Date().toISOString(), total_bytes: total, files, languages, runs: results, summary,
  language_switch_ms: { network: fresh, worker: cached },
}, null, 2));
