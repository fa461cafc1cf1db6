// Page object for the quiz: each method answers one screen the way a runner would.
import assert from 'node:assert/strict';

export class QuizPage {
  constructor(page, { onScreen } = {}) {
    this.page = page;
    this.onScreen = onScreen ?? (async () => {});
  }

  heading() { return this.page.locator('main h1'); }

  /** Opens `url` and waits for the app to have taken over from the pre-rendered start screen. */
  async goto(url) {
    await this.page.goto(url);
    await this.page.locator('#app:not([hidden])').waitFor();
    await this.heading().waitFor();
  }

  /** Clicks Next (or "See my result") and waits for the next screen's heading. */
  async next() {
    const before = await this.heading().textContent();
    await this.page.locator('button[type="submit"]').click();
    await this.page.waitForFunction(
      (old) => document.querySelector('main h1')?.textContent !== old, before);
    await this.onScreen(await this.heading().textContent());
  }

  async start() {
    await this.onScreen('start');
    await this.page.locator('[data-testid="start"], [data-testid="start-fresh"]').click();
    await this.page.locator('#km').waitFor();
    await this.onScreen('training');
  }

  async training({ unit = 'km', km, runs, hard = '', long = '', last = '' }) {
    await this.page.locator(`#unit-${unit}`).check();
    await this.page.locator('#km').fill(String(km));
    await this.page.locator('#runs').fill(String(runs));
    await this.page.locator('#hard').fill(String(hard));
    await this.page.locator('#long').fill(String(long));
    await this.page.locator('#last').fill(String(last));
    await this.next();
  }

  async weeks({ hist = [], race = null, raced = null } = {}) {
    for (const [i, week] of hist.entries()) await this.page.locator(`#week-${i}`).fill(String(week));
    if (race !== null) {
      await this.page.locator('#race-planned').check();
      await this.page.locator('#race-in').fill(String(race));
    }
    if (raced !== null) {
      await this.page.locator('#raced-recently').check();
      await this.page.locator('#raced-ago').fill(String(raced));
    }
    await this.next();
  }

  /** `pain`: [{ spot, severity, quality, days }]; empty = "Nothing hurts". */
  async painMap(pain, { useFigure = false } = {}) {
    if (pain.length === 0) {
      await this.page.getByTestId('nothing-hurts').click();
    }
    for (const { spot } of pain) {
      if (useFigure) await this.page.locator(`circle[data-spot="${spot}"]`).first().click();
      else await this.page.locator(`#spot-${spot}`).check();
      await assertChecked(this.page, `#spot-${spot}`);
    }
    await this.next();
    for (const { spot, severity, quality, days } of pain) {
      await this.page.locator(`#${spot}-severity`).fill(String(severity));
      await this.page.locator(`#${spot}-${quality}`).check();
      await this.page.locator(`#${spot}-days`).fill(String(days));
      await this.next();
    }
  }

  /** Answers every yes/no question on the screen: yes for the names given, no for the rest. */
  async yesNo(yes = []) {
    const names = await this.page.locator('fieldset.yes-no input[value="yes"]')
      .evaluateAll((inputs) => inputs.map((i) => i.name));
    assert.ok(names.length > 0, 'a screen of yes/no questions');
    for (const name of names) {
      await this.page.locator(`#${name}-${yes.includes(name) ? 'yes' : 'no'}`).check();
    }
    await this.next();
  }

  /** The result element's contract attributes. */
  async result() {
    const result = this.page.locator('#result');
    await result.waitFor();
    return result.evaluate((el) => ({
      triage: el.dataset.triage,
      technique: el.dataset.technique,
      everyDays: el.dataset.everyDays,
      load: el.dataset.load,
    }));
  }

  /** A whole run for a runner (see runners.js). */
  async complete(runner) {
    await this.start();
    await this.training(runner.training);
    await this.weeks(runner.weeks);
    await this.painMap(runner.pain, { useFigure: runner.useFigure });
    await this.yesNo(runner.flags ?? []);
    await this.yesNo(runner.health ?? []);
    return this.result();
  }
}

async function assertChecked(page, selector) {
  assert.equal(await page.locator(selector).isChecked(), true, `${selector} is checked`);
}
