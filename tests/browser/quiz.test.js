// Whole journeys through the quiz in real Chromium against dist/: runners at phone and desktop
// sizes with axe on every screen, a keyboard-only run, resume after reload, share links, print.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, gotoApp, axe, screenshot, hasHorizontalScroll, PHONE, DESKTOP } from './support.js';
import { QuizPage } from './quiz-page.js';
import { RUNNERS } from './runners.js';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const slug = (text) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

for (const [size, viewport] of [['phone', PHONE], ['desktop', DESKTOP]]) {
  for (const [i, runner] of RUNNERS.entries()) {
    test(`${size}: ${runner.name}`, async () => {
      const { context, page, problems } = await openPage(browser, server.origin, { viewport });
      const screens = [];
      const quiz = new QuizPage(page, {
        onScreen: async (name) => {
          screens.push(name);
          const violations = await axe(page);
          assert.deepEqual(violations, [], `axe on "${name}" (${size})`);
          assert.equal(await hasHorizontalScroll(page), false, `no sideways scroll on "${name}"`);
          await screenshot(page, `${size}-runner${i + 1}-${String(screens.length).padStart(2, '0')}-${slug(name)}`);
        },
      });
      await quiz.goto(server.url);
      const result = await quiz.complete(runner);
      assert.deepEqual(result, runner.expect, runner.name);
      // The share link is in the URL and opens the same result on a fresh page.
      const link = page.url();
      assert.match(link, /#\/result\?v=1&/);
      const fresh = await openPage(browser, server.origin, { viewport });
      const again = new QuizPage(fresh.page);
      await again.goto(link);
      assert.deepEqual(await again.result(), runner.expect, 'the share link gives the same result');
      if (runner.expect.triage !== 'massage') {
        assert.equal(await page.locator('.technique').count(), 0, 'no technique beside a triage message');
        assert.equal(await page.getByTestId('book').count(), 0);
      }
      assert.deepEqual([...problems, ...fresh.problems], []);
      await fresh.context.close();
      await context.close();
    });
  }
}

test('the whole quiz can be done with the keyboard alone', async () => {
  const { context, page, problems } = await openPage(browser, server.origin, { viewport: DESKTOP });
  const kb = page.keyboard;
  const focusedId = () => page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName);
  const tabTo = async (id, limit = 40) => {
    for (let n = 0; n < limit; n++) {
      await kb.press('Tab');
      if ((await focusedId()) === id) return;
    }
    assert.fail(`could not reach #${id} with Tab`);
  };
  const tabToNext = async () => {
    for (let n = 0; n < 40; n++) {
      await kb.press('Tab');
      if (await page.evaluate(() => document.activeElement?.dataset.testid === 'next')) return;
    }
    assert.fail('could not reach Next with Tab');
  };
  /** Waits for the screen that holds `selector`, and for focus on its heading. */
  const waitScreen = async (selector) => {
    await page.locator(selector).first().waitFor();
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
  };
  await page.goto(server.url);
  await page.locator('main h1').waitFor();
  for (let n = 0; n < 10; n++) {
    await kb.press('Tab');
    if (await page.evaluate(() => document.activeElement?.dataset.testid === 'start')) break;
  }
  await kb.press('Enter');
  await waitScreen('#km');
  assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H1', 'focus moves to the new heading');
  await tabTo('km'); await kb.type('32');
  await tabTo('runs'); await kb.type('4');
  await tabTo('hard'); await kb.type('1');
  await kb.press('Enter');
  await waitScreen('#week-0');
  await tabTo('week-0'); await kb.type('30');
  await tabTo('week-1'); await kb.type('28');
  await tabTo('week-2'); await kb.type('31');
  await tabTo('week-3'); await kb.type('29');
  await kb.press('Enter');
  await waitScreen('#spot-knee-outer');
  await tabTo('spot-knee-outer'); await kb.press('Space');
  await tabToNext(); await kb.press('Enter');
  await waitScreen('#knee-outer-severity');
  await tabTo('knee-outer-severity'); await kb.press('ArrowRight'); await kb.press('ArrowRight');
  await tabTo('knee-outer-tight'); await kb.press('Space');
  await tabTo('knee-outer-days'); await kb.type('12');
  await kb.press('Enter');
  await waitScreen('#chest-no');
  const answerAllNo = async () => {
    const count = await page.locator('fieldset.yes-no').count();
    for (let q = 0; q < count; q++) {
      await kb.press('Tab');          // onto the group's first radio (Yes)
      await kb.press('ArrowRight');   // move to and choose No
    }
    await kb.press('Tab');
    await kb.press('Tab');            // past Back, onto Next
    assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'next');
    await kb.press('Enter');
  };
  await answerAllNo();
  await waitScreen('#pregnant-no');
  await answerAllNo();
  await page.locator('#result').waitFor();
  const result = await new QuizPage(page).result();
  assert.equal(result.triage, 'massage');
  assert.equal(await page.locator('#result .technique').first().isVisible(), true);
  assert.deepEqual(problems, []);
  await context.close();
});

test('Next shows what is wrong, announced, and keeps the answers', async () => {
  const { context, page, problems } = await openPage(browser, server.origin);
  const quiz = new QuizPage(page);
  await quiz.goto(server.url);
  await quiz.start();
  await page.locator('#km').fill('lots');
  await page.locator('#runs').fill('-3');
  await page.locator('button[type="submit"]').click();
  await page.locator('#km-error').waitFor();
  assert.match(await page.locator('#km-error').textContent(), /number/);
  assert.match(await page.locator('#runs-error').textContent(), /0 to 21/);
  assert.equal(await page.locator('#km').getAttribute('aria-invalid'), 'true');
  assert.match(await page.locator('[role="alert"].error-summary').textContent(), /2 answers/);
  assert.equal(await page.locator('#km').inputValue(), 'lots', 'what was typed stays');
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('progress survives a reload and can be resumed or forgotten', async () => {
  const { context, page, problems } = await openPage(browser, server.origin);
  const quiz = new QuizPage(page);
  await quiz.goto(server.url);
  await quiz.start();
  await quiz.training({ km: 40, runs: 4, hard: 1 });
  await page.locator('#week-0').fill('33');
  await page.reload();
  await page.getByTestId('resume').click();
  await page.locator('#week-0').waitFor();
  assert.equal(await page.locator('#week-0').inputValue(), '33');
  await page.getByTestId('back').click();
  assert.equal(await page.locator('#km').inputValue(), '40', 'answers kept going back');
  await page.getByTestId('forget').click();
  await page.getByTestId('forgotten').waitFor();
  assert.deepEqual(await page.evaluate(() => Object.keys(localStorage)), []);
  await page.reload();
  await page.getByTestId('start').waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('corrupt saved progress is dropped quietly', async () => {
  const { context, page, problems } = await openPage(browser, server.origin);
  await page.goto(server.url);
  await page.evaluate(() => localStorage.setItem('recovery-quiz.progress', '{"format":1,"step":"x'));
  await gotoApp(page, server.url);
  await page.getByTestId('start').waitFor();
  assert.equal(await page.evaluate(() => localStorage.getItem('recovery-quiz.progress')), null);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a share link opens its result directly', async () => {
  const { context, page, problems } = await openPage(browser, server.origin);
  const quiz = new QuizPage(page);
  await quiz.goto(`${server.url}#/result?v=1&km=40&hist=35,38,36,30&runs=4&hard=1&long=16&last=24&pain=calf:4:tight:10&flags=&health=`);
  assert.deepEqual(await quiz.result(), { triage: 'massage', technique: 'deep-tissue', everyDays: '7', load: 'ok' });
  assert.equal(await page.locator('#link-error').count(), 0);
  assert.deepEqual(await axe(page), []);
  await screenshot(page, 'phone-shared-result');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a link pasted into the open quiz opens its result; Back and Forward move between them', async () => {
  const { context, page, problems } = await openPage(browser, server.origin);
  const quiz = new QuizPage(page);
  await gotoApp(page, server.url);
  const fragment = '#/result?v=1&km=40&hist=35,38,36,30&runs=4&hard=1&long=16&last=24&pain=calf:4:tight:10&flags=&health=';
  await page.evaluate((f) => { location.hash = f; }, fragment);
  assert.deepEqual(await quiz.result(), { triage: 'massage', technique: 'deep-tissue', everyDays: '7', load: 'ok' });
  await page.goBack();
  await page.getByTestId('start').waitFor();
  assert.equal(await page.locator('#result').count(), 0);
  await page.goForward();
  assert.equal((await quiz.result()).technique, 'deep-tissue');
  await page.evaluate(() => { location.hash = '#/result?v=1&km=lots&runs=4'; });
  await page.locator('#link-error').waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('an unreadable link explains itself and offers the quiz', async () => {
  const { context, page, problems } = await openPage(browser, server.origin);
  await page.goto(`${server.url}#/result?v=1&km=lots&runs=4`);
  await page.locator('#link-error').waitFor();
  assert.equal(await page.locator('#result').count(), 0);
  assert.match(await page.locator('#link-error').textContent(), /km/);
  assert.deepEqual(await axe(page), []);
  await screenshot(page, 'phone-link-error');
  await page.getByTestId('link-error-start').click();
  await page.locator('#km, main h1').first().waitFor();
  assert.equal(new URL(page.url()).hash, '', 'the broken link is cleared');
  assert.deepEqual(problems, []);
  await context.close();
});

test('printing shows the result alone, on one page', async () => {
  const { context, page, problems } = await openPage(browser, server.origin);
  const quiz = new QuizPage(page);
  await quiz.goto(`${server.url}#/result?v=1&km=55&hist=45,48,50,52&runs=5&hard=2&long=28&last=30&pain=calf:5:tight:10,foot:4:sore:70&flags=&health=`);
  await quiz.result();
  await page.emulateMedia({ media: 'print' });
  for (const hidden of ['header.site', 'footer.site', '.actions .tools']) {
    assert.equal(await page.locator(hidden).isVisible(), false, `${hidden} is not printed`);
  }
  assert.equal(await page.locator('#result h1').isVisible(), true);
  const pdf = await page.pdf({ format: 'A4', printBackground: false });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  assert.equal(pages, 1, 'the printed result fits one A4 page');
  await screenshot(page, 'print-result');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the dark theme passes axe on a result, a triage message, an error and a quiz screen', async () => {
  const { context, page, problems } = await openPage(browser, server.origin, { colorScheme: 'dark' });
  const quiz = new QuizPage(page);
  for (const fragment of [
    '#/result?v=1&km=55&hist=20,22,25,24&runs=5&hard=2&long=28&last=30&pain=calf:5:tight:10,foot:4:sore:70&flags=&health=skin',
    '#/result?v=1&km=20&runs=3&flags=chest&health=',
    '#/result?v=9',
  ]) {
    await page.goto('about:blank');
    await quiz.goto(server.url + fragment);
    assert.deepEqual(await axe(page), [], fragment);
  }
  await page.goto('about:blank');
  await quiz.goto(server.url);
  await quiz.start();
  await page.locator('button[type="submit"]').click();
  await page.locator('#km-error').waitFor();
  assert.deepEqual(await axe(page), [], 'training screen with errors');
  await screenshot(page, 'dark-training-errors');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the skip link moves focus to the content and keeps the result and its share link', async () => {
  const { context, page, problems } = await openPage(browser, server.origin);
  const quiz = new QuizPage(page);
  const link = `${server.url}#/result?v=1&km=40&runs=4&pain=&flags=&health=`;
  await quiz.goto(link);
  const before = await quiz.result();
  const address = page.url();
  assert.match(address, /#\/result\?v=1&km=40&/);
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.className), 'skip');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'main');
  assert.equal(page.url(), address, 'the share link stays in the address bar');
  assert.deepEqual(await quiz.result(), before);
  assert.deepEqual(problems, []);
  await context.close();
});
