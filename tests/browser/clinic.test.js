// clinic.json makes the quiz the clinic's own; a broken file never blocks it. Embedding with
// embed.js sizes the iframe; the bundle works from a subfolder.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serve, launch, openPage, AxeBuilder, DIST, PHONE, DESKTOP } from './support.js';
import { QuizPage } from './quiz-page.js';
import { RUNNERS } from './runners.js';

let browser, shipped;
before(async () => {
  browser = await launch();
  shipped = JSON.parse(await readFile(join(DIST, 'clinic.json'), 'utf8'));
});
after(async () => { await browser?.close(); });

const HEEL = '#/result?v=1&km=30&runs=4&hard=1&pain=foot:4:sore:70&flags=&health=';

/** Serves dist/ with clinic.json replaced by `body` (or a 404 with `status`). */
async function withClinic(body, status = 200) {
  return serve({ overrides: { '/clinic.json': { status, body } } });
}

/** Console warnings that name clinic.json. */
function configWarnings(page) {
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning' && m.text().includes('clinic.json')) warnings.push(m.text()); });
  return warnings;
}

test('the shipped clinic: name, booking link, phone, email and emergency number are used', async () => {
  const server = await serve();
  const { context, page, problems } = await openPage(browser, server.origin);
  const warnings = configWarnings(page);
  const quiz = new QuizPage(page);
  await quiz.goto(server.url + HEEL);
  await page.getByText(shipped.name, { exact: true }).waitFor();
  const book = page.getByTestId('book');
  assert.ok((await book.getAttribute('href')).startsWith(`${shipped.booking_url}?utm_source=recovery-quiz&`),
    'the clinic\'s booking page, saying the booking comes from the quiz');
  assert.equal(await book.getAttribute('target'), '_top', 'books in the top window when embedded');
  assert.ok(await page.getByRole('link', { name: new RegExp(shipped.phone.replace(/[+]/g, '\\+')) }).count());
  assert.ok(await page.getByRole('link', { name: new RegExp(shipped.email) }).count());
  assert.match(await page.locator('.address').textContent(), new RegExp(shipped.address));
  await quiz.goto(server.url + '#/result?v=1&km=20&runs=3&flags=chest&health=');
  await page.locator('#result[data-triage="emergency"]').waitFor();
  assert.match(await page.locator('.triage').textContent(), new RegExp(`Call ${shipped.emergency_number}`));
  assert.deepEqual(warnings, [], 'the shipped file has no problems');
  assert.deepEqual(problems, []);
  await context.close();
  await server.close();
});

test('a clinic without Graston never gets it recommended, and says why', async () => {
  const server = await withClinic(JSON.stringify({ ...shipped, techniques: ['deep-tissue', 'cupping', 'cryotherapy'] }));
  const { context, page, problems } = await openPage(browser, server.origin);
  const quiz = new QuizPage(page);
  await quiz.goto(server.url);
  await page.getByText(shipped.name, { exact: true }).waitFor();
  await quiz.goto(server.url + HEEL);
  const result = await quiz.result();
  assert.equal(result.triage, 'massage');
  assert.notEqual(result.technique, 'graston');
  const left = page.getByTestId('left-out-graston');
  assert.equal(await left.getAttribute('data-cause'), 'not-offered', 'the best fit, named as not offered here');
  assert.deepEqual(problems, []);
  await context.close();
  await server.close();
});

// A file that cannot be read at all gives the quiz's neutral details on a first visit (the copy
// kept from an earlier visit: below); a bad key falls back alone.
for (const [name, body, status, expected, shown] of [
  ['broken JSON', '{ "name": "Oops", ', 200, /not valid JSON/, null],
  ['a missing file', 'not found', 404, /could not be loaded \(HTTP 404\)/, null],
  ['a wrong type', JSON.stringify({ name: 'Typo Clinic', techniques: 'graston', accent_color: 42, colour: 'red' }), 200, /"techniques" should be/, 'Typo Clinic'],
]) {
  test(`${name} in clinic.json still gives a working quiz and a console message`, async () => {
    const server = await withClinic(body, status);
    const { context, page, problems } = await openPage(browser, server.origin, { viewport: DESKTOP });
    const warnings = configWarnings(page);
    const warned = page.waitForEvent('console', (m) => m.type() === 'warning' && expected.test(m.text()));
    const quiz = new QuizPage(page);
    await quiz.goto(server.url);
    // The file is applied once it is read: start the quiz after that, not during the change.
    await warned;
    const name = await page.locator('.clinic-name').textContent();
    if (shown) assert.equal(name, shown);
    else assert.ok(name && name !== shipped.name, `a neutral name, not the last clinic's: ${name}`);
    const result = await quiz.complete(RUNNERS[0]);
    assert.deepEqual(result, RUNNERS[0].expect);
    assert.ok(warnings.some((w) => expected.test(w)), `a console message matching ${expected}: ${warnings}`);
    const unexpected = problems.filter((p) => !(status === 404 && /404/.test(p)));
    assert.deepEqual(unexpected, []);
    await context.close();
    await server.close();
  });
}

test('a clinic.json broken on the host: the details this device read last time are used', async () => {
  let body = JSON.stringify({ ...shipped, name: 'Kept Clinic' });
  const server = await serve({ overrides: { get '/clinic.json'() { return { body }; } } });
  const { context, page } = await openPage(browser, server.origin);
  const quiz = new QuizPage(page);
  await quiz.goto(server.url);
  await page.getByText('Kept Clinic', { exact: true }).waitFor();
  body = '{ "name": "Half an edit", ';
  const warned = page.waitForEvent('console', (m) => m.type() === 'warning' && /not valid JSON/.test(m.text()));
  await page.reload();
  await warned;
  await page.locator('#app:not([hidden])').waitFor();
  assert.equal(await page.locator('.clinic-name').textContent(), 'Kept Clinic');
  await quiz.goto(server.url + '#/result?v=1&km=20&runs=3&flags=chest&health=');
  assert.equal(await page.getByTestId('call-emergency').getAttribute('href'), `tel:${shipped.emergency_number}`,
    'the emergency number of the kept copy');
  await context.close();
  await server.close();
});

test('with ?debug the problems are listed on screen, naming the key', async () => {
  const server = await withClinic(JSON.stringify({ name: 'Debug Clinic', accent_color: 'teal', extra: 1 }));
  const { context, page } = await openPage(browser, server.origin);
  await page.goto(server.url + '?debug');
  const list = page.locator('.config-problems');
  await list.waitFor();
  const text = await list.textContent();
  assert.match(text, /"accent_color" is teal/);
  assert.match(text, /"extra" is not one the quiz knows/);
  await context.close();
  await server.close();
});

test('any accent colour keeps text readable (AA contrast)', async () => {
  for (const accent of ['#ffeb3b', '#000000', '#ff00ff', '#7f7f7f']) {
    for (const colorScheme of ['light', 'dark']) {
      const server = await withClinic(JSON.stringify({ name: 'Colour Clinic', accent_color: accent }));
      const { context, page } = await openPage(browser, server.origin, { colorScheme });
      await page.goto(server.url);
      await page.getByText('Colour Clinic').waitFor();
      const { violations } = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze();
      assert.deepEqual(violations.map((v) => v.id), [], `${accent} in ${colorScheme} theme`);
      await context.close();
      await server.close();
    }
  }
});

test('embedded in an iframe with embed.js, the frame grows with the quiz', async () => {
  const server = await serve({
    overrides: {
      '/host.html': {
        type: 'text/html',
        body: `<!doctype html><html lang="en"><title>Host</title><link rel="icon" href="data:,"><body><h1>Clinic site</h1>
          <iframe data-recovery-quiz src="/index.html?embed=1" title="Recovery quiz" style="width:100%;border:0;height:150px"></iframe>
          <script src="/embed.js"></script></body></html>`,
      },
    },
  });
  const { context, page, problems } = await openPage(browser, server.origin, { viewport: PHONE });
  await page.goto(server.origin + '/host.html');
  const frame = page.frameLocator('iframe');
  // Embedded, the app drops the page chrome the pre-rendered copy has, once it arrives.
  await frame.locator('#app').waitFor({ state: 'attached' });
  await frame.locator('header.site').waitFor({ state: 'detached' });
  await frame.locator('main h1').waitFor();
  const height = () => page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height);
  await page.waitForFunction(() => document.querySelector('iframe').getBoundingClientRect().height > 150);
  const startHeight = await height();
  await frame.getByTestId('start').click();
  await frame.locator('#km').waitFor();
  await frame.getByTestId('next').click();
  await frame.locator('#km-error').waitFor();
  await page.waitForFunction((h) => document.querySelector('iframe').getBoundingClientRect().height !== h, startHeight);
  const inner = await frame.locator('html').evaluate((el) => el.scrollHeight);
  assert.equal(Math.round(await height()), inner, 'the iframe is exactly as tall as the quiz');
  assert.deepEqual(problems, []);
  await context.close();
  await server.close();
});

test('the bundle works from a subfolder of a site', async () => {
  const server = await serve({ prefix: '/tools/recovery-quiz/' });
  const { context, page, problems } = await openPage(browser, server.origin);
  const quiz = new QuizPage(page);
  await quiz.goto(server.url);
  await page.getByText(shipped.name, { exact: true }).waitFor();
  assert.deepEqual(await quiz.complete(RUNNERS[1]), RUNNERS[1].expect);
  assert.deepEqual(problems, []);
  await context.close();
  await server.close();
});
