// The set-up page (setup/, src/setup/): a clinic makes its clinic.json from the example, sees
// the real quiz follow each change, opens every screen a runner can end on, downloads the file
// and copies the snippets; the file, uploaded into a served copy of the package, is what the
// quiz then shows, on a reload, offline and installed; the page keeps to its own CSP, speaks the
// quiz's languages, works by keyboard and offline, and is no part of the quiz's first visit.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve, launch, openPage, watch, axe, hasHorizontalScroll, screenshot, gotoApp, CHROMIUM, DIST, PHONE, DESKTOP } from './support.js';

const run = promisify(execFile);
const PACKAGE = fileURLToPath(new URL('../../scripts/package.py', import.meta.url));
const LOGO = join(DIST, 'icons/icon-192.png');
const ALLOW = { serviceWorkers: 'allow' };
// A test that waits for a state that never comes fails instead of holding up the run.
const LIMIT = { timeout: 120_000 };
const SMALL = { width: 320, height: 640 };

let browser;
const folders = [];
before(async () => { browser = await launch(); });
after(async () => {
  await browser?.close();
  await Promise.all(folders.map((dir) => rm(dir, { recursive: true, force: true })));
});

async function folder(prefix) {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  folders.push(dir);
  return dir;
}

/** `make package`'s zip of the built dist/, unpacked into a folder of its own: the clinic's copy. */
async function unpackedPackage() {
  const dir = await folder('recovery-quiz-package-');
  const zip = join(dir, 'recovery-quiz.zip');
  await run('python3', [PACKAGE, DIST, zip]);
  await run('python3', ['-m', 'zipfile', '-e', zip, dir]);
  return join(dir, 'recovery-quiz');
}

/** Opens the set-up page at `quiz` (the quiz's folder) and waits until it has opened a file. */
async function openSetup(page, quiz) {
  await page.goto(`${quiz}setup/`);
  await page.getByTestId('source').getByText(/You are editing|Sie bearbeiten/).waitFor();
}

/** The preview's frame, as a Frame (for waiting on its state) and a FrameLocator. */
async function preview(page) {
  const handle = await page.locator('iframe.preview-frame').elementHandle();
  return { frame: await handle.contentFrame(), inside: page.frameLocator('iframe.preview-frame') };
}

/** Waits until the quiz in the preview shows `name` as the clinic's. */
async function previewShows(page, name) {
  const { inside } = await preview(page);
  await inside.locator('.clinic-name', { hasText: name }).waitFor();
}

/** Clicks Download and returns the file's text; fails if no download starts. */
async function download(page) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download').click()]);
  assert.equal(file.suggestedFilename(), 'clinic.json');
  return readFile(await file.path(), 'utf8');
}

/** Fills in a clinic's own details from the example, checking the preview after each change. */
async function setUpNorth(page) {
  const { frame, inside } = await preview(page);
  await previewShows(page, 'Riverside Sports Massage');
  for (const lang of ['es', 'fr', 'it']) await page.locator(`#offer-${lang}`).uncheck();
  await page.locator('#default-language').selectOption('de');
  await frame.waitForFunction(() => [...document.querySelectorAll('#language option')].map((o) => o.value).join() === 'de,en');
  await page.locator('#name-en').fill('North Running Clinic');
  await previewShows(page, 'North Running Clinic');
  await page.locator('#name-de').fill('Laufpraxis Nord');
  await page.locator('#intro-de').fill('');
  await page.locator('#intro-en').fill('Physios who run, for runners.');
  await inside.getByText('Physios who run, for runners.').waitFor();
  await page.locator('#accent-color').fill('#7a1f5c');
  await frame.waitForFunction(() => document.documentElement.style.getPropertyValue('--accent-l') === '#7a1f5c');
  await page.getByTestId('contrast').getByText(/Text on your colour: contrast \d+(\.\d)? to 1/).waitFor();
  await page.locator('#logo-file').setInputFiles({ name: 'north-logo.png', mimeType: 'image/png', buffer: await readFile(LOGO) });
  assert.equal(await page.locator('#logo').inputValue(), 'north-logo.png');
  assert.match(await page.locator('.logo-preview').getAttribute('src'), /^blob:/, 'the picked image, from the device');
  await page.getByTestId('logo-upload').getByText('named exactly north-logo.png').waitFor();
  await inside.locator('header.site img.logo[src="north-logo.png"]').waitFor({ state: 'attached' });
  await page.locator('#offer-graston').uncheck();
  await page.getByTestId('outcome-graston').waitFor({ state: 'detached' });
  await page.locator('#booking-url').fill('https://north.example/book');
  await page.locator('#booking-url-cupping').fill('https://north.example/book/cupping');
  await page.locator('#booking-utm').uncheck();
  await page.locator('#phone').fill('+49 40 555 0100');
  await page.locator('#email').fill('hallo@north.example');
  await page.locator('#address').fill('Hafenstraße 1, Hamburg');
  await page.locator('#emergency-number').fill('112');
  await page.locator('#units-mi').check();
  await page.locator('#site-origins').fill('https://www.north.example\nhttps://north.example');
  await page.getByTestId('outcome-deep-tissue').click();
  await inside.locator('#result[data-technique="deep-tissue"]').waitFor();
  await inside.getByRole('link', { name: 'Call +49 40 555 0100' }).waitFor();
  await inside.getByRole('link', { name: 'Email hallo@north.example' }).waitFor();
  await inside.locator('.address', { hasText: 'Hafenstraße 1, Hamburg' }).waitFor();
  await page.getByTestId('outcome-emergency').click();
  await inside.locator('#result[data-triage="emergency"]').getByText('Call 112 now').waitFor();
  await page.getByTestId('outcome-start').click();
  await inside.getByTestId('start').click();
  await inside.locator('#unit-mi:checked').waitFor({ state: 'attached' });
}

/** Serves dist/ with the clinic's logo uploaded beside it, as the preview asks for it. */
async function withLogo() {
  return serve({ overrides: { '/north-logo.png': { body: await readFile(LOGO), type: 'image/png' } } });
}

test('a clinic sets up from the example to its own details, and the preview follows each change', LIMIT, async () => {
  const server = await withLogo();
  for (const viewport of [DESKTOP, SMALL]) {
    const { context, page, problems } = await openPage(browser, server.origin, { viewport });
    await openSetup(page, server.url);
    await page.getByText('You are editing the clinic.json that is in the check\'s folder now.').waitFor();
    assert.equal(await page.locator('#name-en').inputValue(), 'Riverside Sports Massage');
    await setUpNorth(page);
    const file = JSON.parse(await page.getByTestId('file').textContent());
    assert.deepEqual(file, {
      format: 2,
      name: { de: 'Laufpraxis Nord', en: 'North Running Clinic' },
      intro: { en: 'Physios who run, for runners.' },
      languages: ['de', 'en'],
      accent_color: '#7a1f5c',
      logo: 'north-logo.png',
      techniques: ['deep-tissue', 'cupping', 'cryotherapy'],
      booking_url: 'https://north.example/book',
      booking_urls: { cupping: 'https://north.example/book/cupping' },
      booking_utm: false,
      phone: '+49 40 555 0100',
      email: 'hallo@north.example',
      address: 'Hafenstraße 1, Hamburg',
      emergency_number: '112',
      units: 'mi',
      site_origins: ['https://www.north.example', 'https://north.example'],
    });
    assert.equal(await hasHorizontalScroll(page), false, `no sideways scroll at ${viewport.width} px`);
    assert.deepEqual(await axe(page), [], `axe at ${viewport.width} px`);
    await screenshot(page, `setup-${viewport.width}`);
    assert.deepEqual(problems, []);
    await context.close();
  }
  await server.close();
});

test('every outcome button opens its screen in the preview, for any techniques offered', LIMIT, async () => {
  const server = await serve();
  const { context, page, problems } = await openPage(browser, server.origin, { viewport: DESKTOP });
  await openSetup(page, server.url);
  const { inside } = await preview(page);
  await previewShows(page, 'Riverside Sports Massage');
  for (const offered of [['deep-tissue', 'cupping', 'graston', 'cryotherapy'], ['graston', 'cryotherapy'], ['cupping']]) {
    for (const technique of ['deep-tissue', 'cupping', 'graston', 'cryotherapy']) {
      await page.locator(`#offer-${technique}`).setChecked(offered.includes(technique));
    }
    const buttons = await page.locator('[data-testid^="outcome-"]').evaluateAll((bs) => bs.map((b) => b.dataset.testid));
    assert.deepEqual(buttons, ['outcome-start', ...offered.map((t) => `outcome-${t}`), 'outcome-clinician', 'outcome-emergency']);
    for (const technique of offered) {
      await page.getByTestId(`outcome-${technique}`).click();
      await inside.locator(`#result[data-triage="massage"][data-technique="${technique}"]`).waitFor();
    }
    for (const triage of ['clinician', 'emergency']) {
      await page.getByTestId(`outcome-${triage}`).click();
      await inside.locator(`#result[data-triage="${triage}"][data-technique="none"]`).waitFor();
    }
    await page.getByTestId('outcome-start').click();
    await inside.getByTestId('start').waitFor();
  }
  assert.deepEqual(problems, []);
  await context.close();
  await server.close();
});

test('the preview shows the quiz at a phone\'s and a computer\'s width, scaled to fit', LIMIT, async () => {
  const server = await serve();
  const { context, page, problems } = await openPage(browser, server.origin, { viewport: SMALL });
  await openSetup(page, server.url);
  const { frame } = await preview(page);
  await previewShows(page, 'Riverside Sports Massage');
  const widths = () => frame.evaluate(() => innerWidth);
  assert.equal(await widths(), 390);
  await page.getByRole('radio', { name: 'Computer' }).check();
  await frame.waitForFunction(() => innerWidth === 1280);
  const shown = await page.locator('iframe.preview-frame').evaluate((f) => f.getBoundingClientRect().width);
  assert.ok(shown < 320, `scaled into the phone's column: ${shown} px`);
  assert.equal(await hasHorizontalScroll(page), false);
  await page.getByRole('radio', { name: 'Phone' }).check();
  await frame.waitForFunction(() => innerWidth === 390);
  assert.deepEqual(problems, []);
  await context.close();
  await server.close();
});

test('bad input in every field gets its message beside it, and never a broken download', LIMIT, async () => {
  const server = await serve();
  const { context, page, problems } = await openPage(browser, server.origin, { viewport: SMALL });
  await openSetup(page, server.url);
  let downloads = 0;
  page.on('download', () => { downloads += 1; });
  const long = 'x'.repeat(301);
  const bad = [
    ['#name-de', long, /300 characters or fewer/],
    ['#intro-fr', long, /300 characters or fewer/],
    ['#accent-color', 'teal', /like #0b5d56/],
    ['#logo', 'https://elsewhere.example/logo.png', /not a web address/],
    ['#booking-url', 'riverside.example/book', /starts with https:\/\//],
    ['#booking-url-graston', 'ftp://riverside.example', /starts with https:\/\//],
    ['#phone', 'call us', /digits, spaces/],
    ['#email', 'hello at riverside', /info@clinic\.example/],
    ['#address', long, /300 characters or fewer/],
    ['#emergency-number', '99 9', /2 to 6 digits/],
    ['#site-origins', 'https://www.riverside.example/contact', /one site address per line/],
  ];
  for (const [field, value, message] of bad) {
    await page.locator(field).fill(value);
    const error = page.locator(`${field}-error`);
    await error.waitFor();
    assert.match(await error.textContent(), message, field);
    assert.equal(await page.locator(field).getAttribute('aria-invalid'), 'true', field);
    assert.match(await page.locator(field).getAttribute('aria-describedby'), new RegExp(`${field.slice(1)}-error`));
  }
  for (const technique of ['deep-tissue', 'cupping', 'graston', 'cryotherapy']) await page.locator(`#offer-${technique}`).uncheck();
  await page.locator('#techniques-error').getByText('Choose at least one technique.').waitFor();
  for (const lang of ['en', 'de', 'es', 'fr', 'it']) await page.locator(`#offer-${lang}`).uncheck();
  await page.locator('#languages-error').getByText('Choose at least one language.').waitFor();
  for (const lang of ['en', 'de', 'es', 'fr', 'it']) await page.locator(`#name-${lang}`).fill('');
  await page.locator('#name-en-error').getByText('Please give your clinic\'s name.').waitFor();

  await page.getByTestId('download').click();
  const blocked = page.getByTestId('download-blocked');
  await blocked.waitFor();
  assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), 'download-blocked', 'the list takes the focus');
  assert.match(await blocked.textContent(), /12 fields need a look before you can download your file/);
  assert.equal(await blocked.getByRole('listitem').count(), 12);
  assert.equal(downloads, 0, 'no file while a field needs a look');
  assert.equal(await hasHorizontalScroll(page), false);
  assert.deepEqual(await axe(page), []);
  await screenshot(page, 'setup-blocked-320');
  await blocked.getByRole('link', { name: 'Phone number' }).click();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'phone', 'a link in the list leads to its field');

  await page.getByTestId('open-example').click();
  await page.getByText('You are editing the example').waitFor();
  await blocked.waitFor({ state: 'detached' });
  await page.locator('#open-file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{ "name": "Broken",\n  "phone": }') });
  await page.getByTestId('notes').getByText('broken.json could not be opened: it is not valid JSON (the error is on line 2').waitFor();
  assert.equal(await page.locator('#name-en').inputValue(), 'Riverside Sports Massage', 'the form is left as it was');
  const text = await download(page);
  assert.equal(text, await page.getByTestId('file').textContent(), 'the file downloaded is the one shown');
  assert.deepEqual(JSON.parse(text).name, 'Riverside Sports Massage');
  await page.getByTestId('downloaded').waitFor();
  assert.deepEqual(problems, []);
  await context.close();
  await server.close();
});

test('a file the clinic opens: what the form cannot hold is said, the rest is kept as written', LIMIT, async () => {
  const server = await serve();
  const { context, page, problems } = await openPage(browser, server.origin, { viewport: DESKTOP });
  await openSetup(page, server.url);
  const file = { name: 'Old Clinic', accent_color: 'teal', units: 5, phone_number: '0', techniques: ['cupping', 'reiki'], format: 3 };
  await page.locator('#open-file').setInputFiles({ name: 'old.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await page.getByText('You are editing old.json, from this device.').waitFor();
  const notes = await page.getByTestId('notes').textContent();
  for (const note of [/“units” holds the wrong kind of value/, /“phone_number” is not something the check knows/,
    /“techniques” has "reiki", which the check does not know/, /newer version of the check \(format 3\)/]) {
    assert.match(notes, note);
  }
  assert.equal(await page.locator('#accent-color').inputValue(), 'teal', 'kept, with its message beside it');
  await page.locator('#accent-color-error').waitFor();
  assert.deepEqual(await page.locator('#techniques input:checked').evaluateAll((is) => is.map((i) => i.id)), ['offer-cupping']);
  await previewShows(page, 'Old Clinic');
  assert.deepEqual(problems, []);
  await context.close();
  await server.close();
});

test('the downloaded file, uploaded into a served copy of the package, is what the quiz shows: at once, reloaded, offline and installed', LIMIT, async () => {
  const quiz = await unpackedPackage();
  await writeFile(join(quiz, 'north-logo.png'), await readFile(LOGO));
  const server = await serve({ root: quiz, prefix: '/recovery-quiz/' });
  {
    const { context, page, problems } = await openPage(browser, server.origin, { viewport: DESKTOP });
    await openSetup(page, server.url);
    await setUpNorth(page);
    assert.match(await page.locator('#snippet-own-site').inputValue(), new RegExp(`src="${server.url}\\?embed=1"`));
    await writeFile(join(quiz, 'clinic.json'), await download(page));
    assert.deepEqual(problems, []);
    await context.close();
  }
  const profile = await folder('recovery-quiz-profile-');
  const context = await chromium.launchPersistentContext(profile, { ...CHROMIUM, ...ALLOW, viewport: PHONE, locale: 'de-DE' });
  const page = context.pages()[0] ?? await context.newPage();
  const problems = watch(page, server.origin);
  const shows = async (name) => {
    await page.locator('.clinic-name', { hasText: name }).waitFor();
    await page.waitForFunction(() => document.documentElement.style.getPropertyValue('--accent-l') === '#7a1f5c');
    await page.locator('header.site img.logo[src="north-logo.png"]').waitFor();
  };
  await gotoApp(page, `${server.url}?debug`);
  await shows('Laufpraxis Nord');
  assert.equal(await page.locator('.config-problems').count(), 0, 'the quiz finds nothing wrong in the file');
  assert.equal(await page.locator('html').getAttribute('lang'), 'de');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.reload();
  await shows('Laufpraxis Nord');
  await context.setOffline(true);
  await page.reload();
  await shows('Laufpraxis Nord');
  await context.setOffline(false);
  problems.splice(0, problems.length, ...problems.filter((p) => !p.includes('ERR_INTERNET_DISCONNECTED')));
  const cdp = await context.newCDPSession(page);
  const manifest = async () => JSON.parse((await cdp.send('Page.getAppManifest')).data);
  assert.equal((await manifest()).name, `Laufpraxis Nord: ${await page.title()}`);
  assert.equal((await manifest()).theme_color, '#7a1f5c');

  // An edit of clinic.json on the host, and nothing else: used on the next load, installed too.
  const edited = JSON.parse(await readFile(join(quiz, 'clinic.json'), 'utf8'));
  edited.name.de = 'Laufpraxis Nord-Ost';
  await writeFile(join(quiz, 'clinic.json'), JSON.stringify(edited));
  await page.reload();
  await shows('Laufpraxis Nord-Ost');
  await page.locator('link[rel="manifest"]').waitFor({ state: 'attached' });
  assert.equal((await manifest()).name, `Laufpraxis Nord-Ost: ${await page.title()}`);
  assert.deepEqual(problems, []);
  await context.close();
  await server.close();
});

test('the set-up page is no part of the quiz\'s first visit or files, and works offline once opened', LIMIT, async () => {
  const sw = await readFile(join(DIST, 'sw.js'), 'utf8');
  const { files, setup } = JSON.parse(sw.match(/^const BUILD = (\{.*\});$/m)[1]);
  assert.deepEqual(Object.keys(files).filter((path) => path.startsWith('setup/')), [], 'not among the quiz\'s files');
  assert.ok(Object.keys(setup).includes('setup/') && Object.keys(setup).some((p) => p.endsWith('_bg.wasm')), 'listed apart');
  const quiz = await folder('recovery-quiz-offline-');
  await cp(DIST, quiz, { recursive: true });
  const server = await serve({ root: quiz, prefix: '/q/' });
  const { context, page, problems } = await openPage(browser, server.origin, { viewport: SMALL, ...ALLOW });
  const requested = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await gotoApp(page, server.url);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.evaluate(() => navigator.serviceWorker.ready);
  assert.deepEqual(requested.filter((path) => path.includes('/setup/')), [], 'a runner\'s device never asks for it');
  const kept = () => page.evaluate(async () => {
    const urls = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
    }
    return urls.filter((url) => url.includes('/setup/'));
  });
  assert.deepEqual(await kept(), [], 'nor keeps it');

  await openSetup(page, server.url);
  await previewShows(page, 'Riverside Sports Massage');
  await page.waitForFunction(async (count) => {
    let urls = 0;
    for (const name of await caches.keys()) {
      urls += (await (await caches.open(name)).keys()).filter((r) => r.url.includes('/setup/')).length;
    }
    return urls === count;
  }, Object.keys(setup).length);
  await context.setOffline(true);
  await page.reload();
  await page.getByTestId('source').getByText('You are editing the clinic.json').waitFor();
  await page.locator('#name-en').fill('Offline Clinic');
  await previewShows(page, 'Offline Clinic');
  await context.setOffline(false);
  assert.deepEqual(problems.filter((p) => !p.includes('ERR_INTERNET_DISCONNECTED')), []);
  await context.close();
  await server.close();
});

test('the snippets put the quiz into a page, and copy by keyboard alone', LIMIT, async () => {
  const host = { type: 'text/html', body: '' };
  const server = await serve({ overrides: { '/host.html': host } });
  const { context, page, problems } = await openPage(browser, server.origin, { viewport: DESKTOP });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  await openSetup(page, server.url);
  await page.locator('#site-origins').fill('https://www.riverside.example');
  assert.equal(await page.locator('#snippet-frame-ancestors').inputValue(),
    "Content-Security-Policy: frame-ancestors 'self' https://www.riverside.example");
  const fixed = await page.locator('#snippet-site-builder').inputValue();
  assert.match(fixed, /height:1400px/);
  assert.match(fixed, new RegExp(`<a href="${server.url}" target="_blank" rel="noopener">Open the check on a page of its own</a>`));
  assert.match(await page.locator('#snippet-wordpress').inputValue(), /^<!-- wp:html -->\n<iframe data-recovery-quiz/);

  // From the copy button's neighbour to the button and the clipboard, by keyboard.
  await page.locator('#snippet-own-site').focus();
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), 'copy-snippet-own-site');
  await page.keyboard.press('Enter');
  await page.getByText('Copied.').waitFor();
  const snippet = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(snippet, await page.locator('#snippet-own-site').inputValue());

  host.body = `<!doctype html><html lang="en"><title>Clinic</title><link rel="icon" href="data:,"><body><h1>Our clinic</h1>${snippet}</body></html>`;
  const site = await openPage(browser, server.origin, { viewport: PHONE });
  await site.page.goto(`${server.origin}/host.html`);
  await site.page.frameLocator('iframe').locator('#app main h1').waitFor();
  await site.page.waitForFunction(() => document.querySelector('iframe').getBoundingClientRect().height > 150);
  assert.deepEqual(site.problems, []);
  await site.context.close();

  // The whole form, from the top, by keyboard: Tab reaches Download and Enter downloads.
  await page.locator('#setup-language').focus();
  let presses = 0;
  while (await page.evaluate(() => document.activeElement.dataset.testid) !== 'download' && presses < 200) {
    await page.keyboard.press('Tab');
    presses += 1;
  }
  const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  assert.equal(file.suggestedFilename(), 'clinic.json');
  assert.deepEqual(problems, []);
  await context.close();
  await server.close();
});

test('the set-up page speaks the quiz\'s languages, switched in place, under its own strict policy', LIMIT, async () => {
  const server = await serve();
  const { context, page, problems } = await openPage(browser, server.origin, { viewport: SMALL, locale: 'de-DE' });
  await openSetup(page, server.url);
  assert.equal(await page.locator('main h1').textContent(), 'Regenerations-Check einrichten');
  assert.equal(await page.locator('html').getAttribute('lang'), 'de');
  assert.match(await page.locator('iframe.preview-frame').getAttribute('src'), /lang=de$/);
  await page.locator('#phone').fill('+49 30 1');
  for (const [lang, heading] of [['fr', 'Configurer votre questionnaire de récupération'], ['it', 'Configura il tuo questionario di recupero'],
    ['es', 'Configura tu cuestionario de recuperación'], ['en', 'Set up your recovery check']]) {
    await page.locator('#setup-language').selectOption(lang);
    await page.locator('main h1', { hasText: heading }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), lang);
    assert.equal(await page.locator('#phone').inputValue(), '+49 30 1', 'nothing typed is lost');
    assert.deepEqual(await axe(page), [], lang);
    assert.equal(await hasHorizontalScroll(page), false, lang);
  }
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  assert.match(policy, /default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-[^;]+; style-src 'self'; img-src 'self' data: blob:; frame-src 'self'; connect-src 'self'/);
  assert.doesNotMatch(policy, /unsafe-inline/);
  assert.deepEqual(problems, [], 'no CSP violation, no error');
  await context.close();
  await server.close();
});
