// The start screen is in index.html itself: it paints before (and without) the WebAssembly, and
// the app takes it over without a second copy or a layout shift.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage } from './support.js';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('the start screen paints with the wasm blocked', async () => {
  const { context, page } = await openPage(browser, server.origin);
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto(server.url, { waitUntil: 'domcontentloaded' });
  const h1 = page.locator('main h1');
  assert.equal(await h1.isVisible(), true);
  assert.match(await h1.textContent(), /massage/i);
  assert.equal(await page.getByRole('button', { name: 'Start the quiz' }).isVisible(), true);
  await context.close();
});

test('the app takes over: one copy of the page, no layout shift', async () => {
  const { context, page, problems } = await openPage(browser, server.origin);
  await page.addInitScript(() => {
    window.__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(server.url);
  await page.waitForFunction(() => !document.getElementById('prerender'));
  await page.waitForLoadState('networkidle');
  assert.equal(await page.locator('main').count(), 1);
  assert.equal(await page.locator('#crash').count(), 1);
  const shift = await page.evaluate(() => window.__shift);
  assert.ok(shift <= 0.02, `cumulative layout shift ${shift}`);
  // The taken-over page works.
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await page.locator('#km').waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});
