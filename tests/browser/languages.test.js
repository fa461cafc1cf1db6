// Every language the quiz ships (locales/languages.txt): the page's language is chosen before
// the first paint (?lang=, the visitor's own choice, the browser's languages, the clinic's
// default), a whole quiz works in each, a switch mid-quiz keeps every answer and the screen, and
// every safety message is there in every language.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serve, launch, openPage, gotoApp, axe, screenshot, hasHorizontalScroll, DIST, PHONE, LANGUAGES } from './support.js';
import { QuizPage } from './quiz-page.js';
import { RUNNERS } from './runners.js';

const FLAGS = ['chest', 'saddle', 'calf-swelling', 'bone-spot', 'night-pain', 'no-weight', 'pop', 'numbness', 'fever'];
const EMERGENCY = ['chest', 'saddle'];

let server, browser, shipped;
before(async () => {
  server = await serve();
  browser = await launch();
  shipped = JSON.parse(await readFile(join(DIST, 'clinic.json'), 'utf8'));
});
after(async () => { await browser?.close(); await server?.close(); });

const lang = (page) => page.evaluate(() => document.documentElement.lang);

/** Picks `code` on the app's language switch and waits for the page to come back in it. */
async function switchTo(page, code) {
  const reloaded = page.waitForEvent('load');
  await page.locator('#language').selectOption(code);
  await reloaded;
  await page.locator('#app:not([hidden])').waitFor();
  await page.waitForFunction((c) => document.documentElement.lang === c, code);
}
const heading = (page) => page.locator('main h1').textContent();

for (const code of LANGUAGES) {
  test(`${code}: a whole quiz at phone size, axe on every screen, the same result as in English`, async () => {
    const { context, page, problems } = await openPage(browser, server.origin, { viewport: PHONE });
    const headings = new Set();
    const quiz = new QuizPage(page, {
      onScreen: async (name) => {
        assert.equal(await lang(page), code, `<html lang> on "${name}"`);
        headings.add(await heading(page));
        assert.deepEqual(await axe(page), [], `axe on "${name}" (${code})`);
        assert.equal(await hasHorizontalScroll(page), false, `no sideways scroll on "${name}" (${code})`);
        await screenshot(page, `phone-${code}-${String(headings.size).padStart(2, '0')}`);
      },
    });
    await quiz.goto(`${server.url}?lang=${code}`);
    const runner = RUNNERS[0];
    assert.deepEqual(await quiz.complete(runner), runner.expect);
    assert.ok(headings.size >= 7, 'a heading of its own on every screen');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test(`${code}: every red flag shows its message, no technique, and the emergency number`, async () => {
    const { context, page, problems } = await openPage(browser, server.origin);
    const english = new Map();
    for (const flag of FLAGS) {
      for (const shown of code === 'en' ? ['en'] : ['en', code]) {
        await page.goto('about:blank');
        await page.goto(`${server.url}?lang=${shown}#/result?v=1&km=20&runs=3&flags=${flag}&health=`);
        const result = page.locator('#result');
        await result.waitFor();
        const triage = await result.getAttribute('data-triage');
        assert.equal(triage, EMERGENCY.includes(flag) ? 'emergency' : 'clinician', `${flag} (${shown})`);
        assert.equal(await result.getAttribute('data-technique'), 'none');
        assert.equal(await page.locator('.technique').count(), 0, 'no technique beside a triage message');
        const message = await page.locator('.triage').textContent();
        assert.ok(message.includes(shipped.emergency_number), `${flag} (${shown}) shows ${shipped.emergency_number}: ${message}`);
        const call = page.getByTestId('call-emergency');
        assert.equal(await call.getAttribute('href'), `tel:${shipped.emergency_number}`);
        if (shown === 'en') {
          english.set(flag, message);
        } else {
          assert.notEqual(message, english.get(flag), `${flag} is written in ${shown}, not English`);
        }
      }
    }
    assert.deepEqual(problems, []);
    await context.close();
  });

  test(`${code}: the printed result fits one A4 page`, async () => {
    const { context, page, problems } = await openPage(browser, server.origin);
    const quiz = new QuizPage(page);
    await quiz.goto(`${server.url}?lang=${code}#/result?v=1&km=55&hist=45,48,50,52&runs=5&hard=2&long=28&last=30&pain=calf:5:tight:10,foot:4:sore:70&flags=&health=`);
    await quiz.result();
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    assert.equal(pages, 1, `the printed result in ${code} fits one A4 page`);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

/** A language the quiz will never ship: "zxx" is BCP 47's "no linguistic content". */
const NEVER = 'zxx';

test('the browser\'s language is chosen, before the first paint, among those offered', async () => {
  const cases = [...LANGUAGES.map((code) => [`${code}-XX`, code]), [`${NEVER}-XX`, LANGUAGES[0]]];
  for (const [locale, expected] of cases) {
    const { context, page } = await openPage(browser, server.origin, { locale });
    await page.route('**/*.wasm', (route) => route.abort());
    await page.goto(server.url, { waitUntil: 'domcontentloaded' });
    assert.equal(await lang(page), expected, locale);
    assert.equal(await page.locator('.copy:visible').count(), 1, 'one copy shows, in that language');
    assert.equal(await page.locator('.copy:visible').getAttribute('lang'), expected);
    assert.equal(await page.locator('.copy:visible main h1').isVisible(), true);
    await context.close();
  }
});

test('a German browser sees German from the first paint: the app takes over, nothing shifts', async () => {
  const { context, page, problems } = await openPage(browser, server.origin, { locale: 'de-DE' });
  await page.addInitScript(() => {
    window.__lcp = [];
    window.__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__lcp.push(entry.element?.closest('.copy')?.lang ?? 'app');
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await gotoApp(page, server.url);
  const paints = await page.evaluate(() => window.__lcp);
  assert.equal(paints[0], 'de', `the first largest paint is the German copy: ${paints}`);
  assert.ok(await page.evaluate(() => window.__shift) <= 0.02, 'nothing shifts');
  assert.equal(await lang(page), 'de');
  assert.equal(await page.locator('#language').inputValue(), 'de');
  const german = await page.title();
  await page.goto(`${server.url}?lang=en`);
  await page.locator('main h1').waitFor();
  assert.notEqual(await page.title(), german, 'the title follows the language');
  assert.deepEqual(problems, []);
  await context.close();
});

test('an unknown or unoffered ?lang= falls back quietly to the browser\'s language', async () => {
  const { context, page, problems } = await openPage(browser, server.origin, { locale: 'fr-FR' });
  for (const asked of [NEVER, 'EN-US', '', '<script>']) {
    await gotoApp(page, `${server.url}?lang=${encodeURIComponent(asked)}`);
    assert.equal(await lang(page), 'fr', `?lang=${asked}`);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('switching language mid-quiz keeps every answer and the screen; a result stays the same result', async () => {
  const { context, page, problems } = await openPage(browser, server.origin);
  const quiz = new QuizPage(page);
  await quiz.goto(`${server.url}?lang=en`);
  await quiz.start();
  await quiz.training({ km: '32,5', runs: 4, hard: 1 });
  await page.locator('#week-0').fill('30');
  await switchTo(page, 'de');
  assert.equal(await lang(page), 'de');
  assert.equal(await page.locator('#week-0').inputValue(), '30', 'the answer on screen is kept');
  assert.match(page.url(), /[?&]lang=de\b/, 'the address asks for the new language');
  await page.getByTestId('back').click();
  assert.equal(await page.locator('#km').inputValue(), '32,5', 'earlier answers are kept');
  await page.getByTestId('next').click();
  await page.locator('#week-0').waitFor();
  await quiz.weeks({ hist: [30, 28, 31, 29] });
  await quiz.painMap([]);
  await quiz.yesNo([]);
  await quiz.yesNo([]);
  const before = await quiz.result();
  const link = new URL(page.url()).hash;
  await switchTo(page, 'fr');
  assert.deepEqual(await quiz.result(), before, 'the same result');
  assert.equal(new URL(page.url()).hash, link, 'the same share link');
  await page.reload();
  await page.locator('#result').waitFor();
  assert.equal(await lang(page), 'fr', 'the choice is kept on the device, and in the address');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the visitor\'s own choice outlasts the browser\'s language, and Forget forgets it', async () => {
  const { context, page, problems } = await openPage(browser, server.origin, { locale: 'de-DE' });
  await gotoApp(page, server.url);
  await switchTo(page, 'es');
  await gotoApp(page, server.url);
  assert.equal(await lang(page), 'es', 'the earlier choice');
  await gotoApp(page, `${server.url}?lang=fr`);
  assert.equal(await lang(page), 'fr', '?lang= comes first');
  await page.getByTestId('forget').click();
  await page.getByTestId('forgotten').waitFor();
  assert.deepEqual(await page.evaluate(() => Object.keys(localStorage)), []);
  await gotoApp(page, server.url);
  assert.equal(await lang(page), 'de', 'the browser\'s language again');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a clinic offering two languages: its default first, no other language, a switch of two', async () => {
  const clinic = { ...shipped, languages: ['de', 'en'] };
  const body = JSON.stringify(clinic);
  // The build's own copy of clinic.json decides the copies; serve a page built for this clinic by
  // replacing the file the app fetches: the app turns to the clinic's default when the language
  // shown is no longer offered.
  const custom = await serve({ overrides: { '/clinic.json': { body } } });
  const { context, page, problems } = await openPage(browser, custom.origin, { locale: 'es-ES' });
  await gotoApp(page, custom.url);
  await page.waitForFunction(() => document.documentElement.lang === 'de');
  const options = await page.locator('#language option').evaluateAll((os) => os.map((o) => o.value));
  assert.deepEqual(options, ['de', 'en']);
  assert.deepEqual(problems, []);
  await context.close();
  await custom.close();
});
