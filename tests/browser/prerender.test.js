// The start screen is in index.html itself: it paints before (and without) the WebAssembly and
// stays until the first tap, which the app answers; the app takes its place without a second copy
// or a layout shift, at once when it has something else to show.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, gotoApp } from './support.js';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** Records layout shifts (not caused by input) and largest-contentful-paint candidates. */
function watchPaints(page) {
  return page.addInitScript(() => {
    window.__shift = 0;
    window.__lcp = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__lcp.push(Boolean(entry.element?.closest('#prerender')));
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  });
}

/** Holds back the wasm request until the returned function is called; then `then` it. */
async function holdWasm(page, then = 'continue') {
  let release;
  const released = new Promise((resolve) => { release = resolve; });
  await page.route('**/*.wasm', async (route) => { await released; await route[then](); });
  return release;
}

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

test('the copy stays until the first tap: every largest paint is the copy, then Start works', async () => {
  const { context, page, problems } = await openPage(browser, server.origin);
  await watchPaints(page);
  await gotoApp(page, server.url);
  assert.equal(await page.locator('#prerender').count(), 1, 'the copy is still there');
  assert.equal(await page.locator('#app').count(), 0, 'the app waits off the page');
  const lcp = await page.evaluate(() => window.__lcp);
  assert.ok(lcp.length > 0 && lcp.every(Boolean), `largest paints in the copy: ${lcp}`);
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await page.locator('#km').waitFor();
  assert.equal(await page.locator('#prerender').count(), 0);
  assert.equal(await page.locator('main').count(), 1);
  assert.equal(await page.locator('#crash').count(), 1);
  assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H1', 'focus on the new heading');
  assert.ok(await page.evaluate(() => window.__shift) <= 0.02);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a tap made before the wasm arrives is answered when it does', async () => {
  const { context, page, problems } = await openPage(browser, server.origin);
  const release = await holdWasm(page);
  await page.goto(server.url, { waitUntil: 'domcontentloaded' });
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  assert.equal(await page.locator('#prerender').getAttribute('aria-busy'), 'true');
  release();
  await page.locator('#km').waitFor();
  assert.equal(await page.locator('#prerender').count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('an early tap is not passed on when the app opens on another screen (saved progress)', async () => {
  const { context, page, problems } = await openPage(browser, server.origin);
  await gotoApp(page, server.url);
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await page.locator('#km').fill('21');
  const release = await holdWasm(page);
  await page.reload({ waitUntil: 'domcontentloaded' });
  await page.locator('#prerender').getByRole('button', { name: 'Start the quiz' }).click();
  release();
  await page.getByRole('button', { name: 'Continue where I left off' }).waitFor();
  assert.equal(await page.locator('#km').count(), 0, 'not started fresh');
  assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H1', 'focus on the heading, not lost');
  assert.deepEqual(problems, []);
  await context.close();
});

test("the copy's skip link moves focus to the quiz without touching the URL", async () => {
  const { context, page, problems } = await openPage(browser, server.origin);
  await gotoApp(page, server.url);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
  assert.equal(await page.evaluate(() => location.hash), '');
  assert.equal(await page.locator('#prerender').count(), 1, 'still the copy');
  assert.deepEqual(problems, []);
  await context.close();
});

test('when the app cannot load after an early tap, the page says so and is no longer busy', async () => {
  const { context, page } = await openPage(browser, server.origin);
  const release = await holdWasm(page, 'abort');
  await page.goto(server.url, { waitUntil: 'domcontentloaded' });
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  assert.equal(await page.locator('#prerender').getAttribute('aria-busy'), 'true');
  release();
  await page.locator('#crash').waitFor({ state: 'visible' });
  assert.equal(await page.locator('#prerender').getAttribute('aria-busy'), null);
  await context.close();
});

test('"Forget my answers" on the copy is answered by the app, focus kept on it', async () => {
  const { context, page, problems } = await openPage(browser, server.origin);
  await gotoApp(page, server.url);
  await page.getByRole('button', { name: 'Forget my answers' }).click();
  await page.getByText('removed from this device').waitFor();
  assert.equal(await page.locator('#prerender').count(), 0);
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Forget my answers');
  assert.deepEqual(problems, []);
  await context.close();
});

test('with saved progress the app takes over at once: one copy, no layout shift', async () => {
  const { context, page, problems } = await openPage(browser, server.origin);
  await gotoApp(page, server.url);
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await page.locator('#km').fill('21');
  await watchPaints(page);
  await page.reload();
  await page.getByRole('button', { name: 'Continue where I left off' }).waitFor();
  await page.waitForLoadState('networkidle');
  assert.equal(await page.locator('#prerender').count(), 0);
  assert.equal(await page.locator('main').count(), 1);
  assert.equal(await page.locator('#crash').count(), 1);
  const shift = await page.evaluate(() => window.__shift);
  assert.ok(shift <= 0.02, `cumulative layout shift ${shift}`);
  assert.deepEqual(problems, []);
  await context.close();
});
