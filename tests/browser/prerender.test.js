// The start screen is in index.html itself (src/shell.rs): it paints before (and without) the
// WebAssembly, in the page's language, and the app replaces it in one frame, with no layout
// shift. A tap made before the app has taken the copy over is answered when it has, unless the
// app opens on another screen.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, gotoApp, LANGUAGES } from './support.js';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** Records layout shifts (not caused by input) and, for each largest-contentful-paint candidate,
 * whether it was painted while its element was still the pre-rendered copy. */
function watchPaints(page) {
  return page.addInitScript(() => {
    window.__shift = 0;
    window.__lcp = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__lcp.push(Boolean(entry.element?.closest('.copy')));
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

/** The page is the app's: its root is shown in the copy's place. */
const appArrived = (page) => page.locator('#app:not([hidden])').waitFor();

/** Waits for the app on a page already opened: its root, and the clinic file it fetches. */
async function gotoAppHere(page) {
  await appArrived(page);
  await page.waitForLoadState('networkidle');
}

test('the start screen paints with the wasm blocked', async () => {
  const { context, page } = await openPage(browser, server.origin);
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto(server.url, { waitUntil: 'domcontentloaded' });
  const h1 = page.locator('.copy:visible main h1');
  assert.equal(await h1.isVisible(), true);
  assert.match(await h1.textContent(), /massage/i);
  assert.equal(await page.getByTestId('start').isVisible(), true);
  assert.equal(await page.locator('.copy:visible').count(), 1, 'one copy shows, in the page\'s language');
  await context.close();
});

test('the app replaces the copy: the largest paint is the copy\'s, nothing shifts, then Start works', async () => {
  const { context, page, problems } = await openPage(browser, server.origin);
  await watchPaints(page);
  await page.goto(server.url, { waitUntil: 'domcontentloaded' });
  await gotoAppHere(page);
  assert.equal(await page.locator('.copy').count(), 0);
  assert.equal(await page.locator('main').count(), 1);
  const lcp = await page.evaluate(() => window.__lcp);
  assert.ok(lcp.length > 0 && lcp[0], `the first largest paint is the copy: ${lcp}`);
  await page.getByTestId('start').click();
  await page.locator('#km').waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H1', 'focus on the new heading');
  assert.ok(await page.evaluate(() => window.__shift) <= 0.02);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a tap made before the wasm arrives is answered when it does', async () => {
  const { context, page, problems } = await openPage(browser, server.origin);
  const release = await holdWasm(page);
  await page.goto(server.url, { waitUntil: 'domcontentloaded' });
  await page.locator('.copy:visible').getByTestId('start').click();
  assert.equal(await page.locator('.copy:visible').getAttribute('aria-busy'), 'true');
  release();
  await page.locator('#km').waitFor();
  assert.equal(await page.locator('#app').getAttribute('aria-busy'), null, 'no longer busy');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a tap while the app is still starting is kept until it has taken the copy over, then answered', async () => {
  const { context, page, problems } = await openPage(browser, server.origin);
  // The app takes over in several tasks (src/shell.rs). The tap is queued as soon as the app has
  // put its (hidden) root in the page, so it comes between them, on the copy still on show.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
  await page.addInitScript(() => {
    new MutationObserver((records, observer) => {
      const added = records.flatMap((r) => [...r.addedNodes]).some((n) => n.id === 'app');
      if (!added) return;
      observer.disconnect();
      setTimeout(() => {
        const copy = document.querySelector('.copy');
        window.__tappedCopy = Boolean(copy);
        copy?.querySelector('[data-testid="start"]').click();
      }, 0);
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(server.url);
  await page.locator('#km').waitFor();
  assert.equal(await page.evaluate(() => window.__tappedCopy), true, 'tapped before the app took over');
  assert.equal(await page.locator('#app').getAttribute('aria-busy'), null, 'no longer busy');
  assert.deepEqual(problems, []);
  await context.close();
});

test('an early tap is not passed on when the app opens on another screen (saved progress)', async () => {
  const { context, page, problems } = await openPage(browser, server.origin);
  await gotoApp(page, server.url);
  await page.getByTestId('start').click();
  await page.locator('#km').fill('21');
  const release = await holdWasm(page);
  await page.reload({ waitUntil: 'domcontentloaded' });
  await page.locator('.copy:visible').getByTestId('start').click();
  release();
  await page.getByTestId('resume').waitFor();
  assert.equal(await page.locator('#km').count(), 0, 'not started fresh');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a language picked on the copy before the app arrives is the one the app turns to', async () => {
  const { context, page, problems } = await openPage(browser, server.origin, { locale: 'en-GB' });
  const release = await holdWasm(page);
  await page.goto(server.url, { waitUntil: 'domcontentloaded' });
  const english = await page.locator('.copy:visible main h1').textContent();
  await page.locator('.copy:visible #language').selectOption('de');
  release();
  await page.waitForFunction(() => document.documentElement.lang === 'de');
  await page.locator('#app:not([hidden])').waitFor();
  await page.waitForFunction((old) => document.querySelector('main h1').textContent !== old, english);
  assert.equal(await page.locator('#language').inputValue(), 'de');
  assert.equal(await page.evaluate(() => localStorage.getItem('recovery-quiz.language')), '"de"', 'kept for the next visit, as a switch in the app is');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a language picked on the copy while the app is taking over is the one the page ends in', async () => {
  const { context, page, problems } = await openPage(browser, server.origin);
  const [first, other] = LANGUAGES;
  // As soon as the app (in the first language) has put its hidden root in the page, and once only.
  await page.addInitScript((other) => {
    if (sessionStorage.getItem('picked')) return;
    new MutationObserver((records, observer) => {
      if (!records.flatMap((r) => [...r.addedNodes]).some((n) => n.id === 'app')) return;
      observer.disconnect();
      setTimeout(() => {
        const select = document.querySelector('.copy #language');
        sessionStorage.setItem('picked', select ? 'on the copy' : 'no copy');
        select.value = other;
        select.dispatchEvent(new Event('change', { bubbles: true }));
      }, 0);
    }).observe(document, { childList: true, subtree: true });
  }, other);
  await page.goto(`${server.url}?lang=${first}`);
  await page.waitForFunction((lang) => document.documentElement.lang === lang
    && document.querySelector('#app:not([hidden]) #language')?.value === lang, other);
  assert.equal(await page.evaluate(() => sessionStorage.getItem('picked')), 'on the copy');
  assert.equal(new URL(page.url()).searchParams.get('lang'), other, 'the address says it too');
  assert.equal(await page.locator('.copy').count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test("the copy's skip link moves focus to the quiz without touching the URL", async () => {
  const { context, page, problems } = await openPage(browser, server.origin);
  const release = await holdWasm(page);
  await page.goto(server.url, { waitUntil: 'domcontentloaded' });
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
  assert.equal(await page.evaluate(() => location.hash), '');
  assert.equal(await page.locator('.copy:visible').count(), 1, 'still the copy: the app has not arrived');
  release();
  await appArrived(page);
  assert.deepEqual(problems, []);
  await context.close();
});

test('when the app cannot load after an early tap, the page says so and is no longer busy', async () => {
  const { context, page } = await openPage(browser, server.origin);
  const release = await holdWasm(page, 'abort');
  await page.goto(server.url, { waitUntil: 'domcontentloaded' });
  await page.locator('.copy:visible').getByTestId('start').click();
  assert.equal(await page.locator('.copy:visible').getAttribute('aria-busy'), 'true');
  release();
  await page.locator('#crash:visible').waitFor();
  assert.equal(await page.locator('.copy:visible').getAttribute('aria-busy'), null);
  await context.close();
});

test('"Forget my answers" tapped before the app arrived is answered, focus kept on it', async () => {
  const { context, page, problems } = await openPage(browser, server.origin);
  const release = await holdWasm(page);
  await page.goto(server.url, { waitUntil: 'domcontentloaded' });
  await page.locator('.copy:visible').getByTestId('forget').click();
  release();
  await page.getByTestId('forgotten').waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'forget');
  assert.deepEqual(problems, []);
  await context.close();
});

test('with saved progress the app replaces the copy: one page, no layout shift', async () => {
  const { context, page, problems } = await openPage(browser, server.origin);
  await gotoApp(page, server.url);
  await page.getByTestId('start').click();
  await page.locator('#km').fill('21');
  await watchPaints(page);
  await page.reload();
  await page.getByTestId('resume').waitFor();
  await page.waitForLoadState('networkidle');
  assert.equal(await page.locator('.copy').count(), 0);
  assert.equal(await page.locator('main').count(), 1);
  assert.equal(await page.locator('#crash').count(), 1);
  const shift = await page.evaluate(() => window.__shift);
  assert.ok(shift <= 0.02, `cumulative layout shift ${shift}`);
  assert.deepEqual(problems, []);
  await context.close();
});
