// From result to appointment: the technique's own booking page with utm fields, events for a host
// page on another origin (in order, never an answer, only to the clinic's listed sites), the QR
// code of the share link, the printed sheet for the therapist, and the email to the clinic.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { serve, launch, openPage, axe, DIST, PHONE } from './support.js';
import { QuizPage } from './quiz-page.js';

const LANGUAGES = ['en', 'de', 'es', 'fr', 'it'];
const TECHNIQUES = ['deep-tissue', 'cupping', 'graston', 'cryotherapy'];
const UTM = { utm_source: 'recovery-quiz', utm_medium: 'referral' };
// Every answer's name: none may appear in an event.
const ANSWER_NAMES = [
  'foot', 'achilles', 'shin', 'calf', 'knee', 'knee-outer', 'hip', 'groin', 'quad', 'hamstring', 'glute', 'lower-back',
  'tight', 'sore', 'sharp', 'swollen',
  'chest', 'saddle', 'calf-swelling', 'bone-spot', 'night-pain', 'no-weight', 'pop', 'numbness', 'fever',
  'blood-thinners', 'pregnant', 'skin', 'varicose', 'neuropathy', 'cold-sensitive',
];
// Two painful spots and a health answer, so the events have answers to leak and do not.
const RUNNER = {
  training: { km: 42, runs: 4, hard: 1, long: 16, last: 30 },
  weeks: { hist: [36, 38, 40, 41] },
  pain: [
    { spot: 'calf', severity: 5, quality: 'tight', days: 10 },
    { spot: 'hamstring', severity: 3, quality: 'sore', days: 30 },
  ],
  health: ['varicose'],
};
// A tight calf in a marathon build: deep tissue (docs/recommendation-rules.md).
const CALF = '#/result?v=1&km=55&hist=45,48,50,52&runs=5&hard=2&long=28&last=30&pain=calf:5:tight:10&flags=&health=';
// Two spots and two health answers: the longest sheet the print test checks.
const SHEET = '#/result?v=1&km=55&hist=45,48,50,52&runs=5&hard=2&long=28&last=30&race=12&pain=calf:5:tight:10,foot:4:sore:70&flags=&health=varicose,skin';

let browser, shipped;
before(async () => {
  browser = await launch();
  shipped = JSON.parse(await readFile(join(DIST, 'clinic.json'), 'utf8'));
});
after(async () => { await browser?.close(); });

/** The quiz on one origin, with `clinic` (given the host's origin) as its clinic.json, and a host
 * page on a second origin that frames it with embed.js and records what embed.js hands it. */
async function quizAndHost(clinic, fragment = '') {
  const hostOverrides = {};
  const host = await serve({ overrides: hostOverrides });
  const quizOverrides = {};
  const quiz = await serve({ overrides: quizOverrides });
  quizOverrides['/clinic.json'] = { body: JSON.stringify(clinic(host.origin)) };
  const page = (path) => ({ type: 'text/html', body: `<!doctype html><html lang="en"><title>${path}</title><link rel="icon" href="data:,"><h1>${path}</h1></html>` });
  for (const technique of TECHNIQUES) hostOverrides[`/book/${technique}`] = page(technique);
  hostOverrides['/host.html'] = {
    type: 'text/html',
    body: `<!doctype html><html lang="en"><title>Clinic site</title><link rel="icon" href="data:,"><body><h1>Clinic site</h1>
      <script>
        window.received = []; window.byName = []; window.heights = 0;
        window.recoveryQuiz = { on: {
          any: function (payload, message, frame) { window.received.push({ message: message, frame: frame.id }); },
          result_shown: function (payload) { window.byName.push(payload); },
        } };
        addEventListener('message', function (e) { if (typeof e.data === 'string') window.heights++; });
      </script>
      <iframe id="quiz" data-recovery-quiz src="${quiz.url}?embed=1&embed-id=booking-page${fragment}" title="Recovery quiz"
        style="width:100%;border:0;height:150px"></iframe>
      <script src="${quiz.url}embed.js"></script></body></html>`,
  };
  const close = async () => { await quiz.close(); await host.close(); };
  return { quiz, host, close };
}

/** The frame of the quiz on the host page, once the app runs in it. */
async function quizFrame(page) {
  await page.frameLocator('#quiz').locator('#app').waitFor({ state: 'attached' });
  return page.frame({ url: /embed=1/ });
}

/** Problems but the host page's own requests, which are on purpose on another origin. */
const withoutHost = (problems, host) => problems.filter((p) => !p.startsWith(`foreign request: ${host.origin}/`));

test('a host page on another origin gets each event in order, never an answer, and Book opens a new tab', async () => {
  const { quiz, host, close } = await quizAndHost((origin) => ({
    ...shipped,
    site_origins: ['https://www.clinic.example', origin],
    booking_urls: Object.fromEntries(TECHNIQUES.map((t, i) => [t, `${origin}/book/${t}?service=${i + 1}`])),
  }));
  const { context, page, problems } = await openPage(browser, quiz.origin, { viewport: PHONE });
  await page.goto(host.origin + '/host.html');
  const frame = await quizFrame(page);
  const runner = new QuizPage(frame);
  await runner.start();
  await runner.training(RUNNER.training);
  await runner.weeks(RUNNER.weeks);
  await runner.painMap(RUNNER.pain);
  await runner.yesNo([]);
  await runner.yesNo(RUNNER.health);
  const result = await runner.result();
  assert.equal(result.triage, 'massage');

  const book = frame.getByTestId('book');
  assert.equal(await book.getAttribute('target'), '_blank', 'inside a frame, booking opens a new tab');
  for (const id of ['call', 'email', 'send-result']) {
    assert.equal(await frame.getByTestId(id).getAttribute('target'), '_top', `${id} goes to the top window`);
  }
  const [tab] = await Promise.all([context.waitForEvent('page'), book.click()]);
  await tab.waitForLoadState();
  const opened = new URL(tab.url());
  assert.equal(`${opened.origin}${opened.pathname}`, `${host.origin}/book/${result.technique}`);
  assert.equal(opened.searchParams.get('service'), String(TECHNIQUES.indexOf(result.technique) + 1));
  assert.equal(opened.searchParams.get('utm_campaign'), result.technique);
  await page.waitForFunction(() => window.received.some((r) => r.message.event === 'recoveryquiz.contact_clicked'));

  const received = await page.evaluate(() => window.received);
  const messages = received.map((r) => r.message);
  assert.deepEqual(messages.map((m) => [m.event.replace('recoveryquiz.', ''), m.payload.step ?? m.payload.contact ?? '']), [
    ['ready', ''], ['started', ''],
    ['step_viewed', 'training'], ['step_viewed', 'weeks'], ['step_viewed', 'pain-map'],
    // Two spots, one screen told once: how many spots hurt is not told either.
    ['step_viewed', 'pain-details'], ['step_viewed', 'safety'], ['step_viewed', 'health'],
    ['result_shown', ''], ['contact_clicked', 'book'],
  ]);
  assert.ok(received.every((r) => r.frame === 'quiz'), 'embed.js names the frame');
  assert.deepEqual(messages.find((m) => m.event === 'recoveryquiz.result_shown').payload,
    { triage: 'massage', technique: result.technique, everyDays: Number(result.everyDays), language: 'en' });
  assert.deepEqual(messages.at(-1).payload, { contact: 'book', technique: result.technique });
  for (const message of messages) {
    assert.deepEqual(Object.keys(message).sort(), ['embedId', 'event', 'payload']);
    assert.equal(message.embedId, 'booking-page');
    for (const [key, value] of Object.entries(message.payload)) {
      assert.ok(['language', 'step', 'triage', 'technique', 'everyDays', 'contact'].includes(key), `${message.event} tells ${key}`);
      assert.ok(!ANSWER_NAMES.includes(value), `${message.event} tells the answer ${value}`);
      if (typeof value === 'number') assert.ok(key === 'everyDays' && [7, 14, 28].includes(value), `${message.event}: ${key} ${value}`);
    }
  }
  assert.deepEqual(await page.evaluate(() => window.byName), [messages[8].payload], 'a callback by the event\'s name');
  const height = await page.locator('#quiz').evaluate((f) => f.getBoundingClientRect().height);
  assert.ok(height > 150, `embed.js still sizes the frame (${height} px)`);
  assert.deepEqual(withoutHost(problems, host), []);
  await context.close();
  await close();
});

test('a host page whose origin the clinic does not list gets no event', async () => {
  const { quiz, host, close } = await quizAndHost(() => ({ ...shipped, site_origins: ['https://www.clinic.example'] }), CALF);
  const { context, page, problems } = await openPage(browser, quiz.origin, { viewport: PHONE });
  await page.goto(host.origin + '/host.html');
  const frame = await quizFrame(page);
  await frame.locator('#result').waitFor();
  await frame.getByTestId('change-answers').click();
  await frame.locator('#km').waitFor();
  // A height message is posted after every render, before that render's events: once one
  // arrives from a later render, any event sent earlier would have arrived before it.
  const heights = await page.evaluate(() => window.heights);
  await frame.locator('#km').fill('56');
  await page.waitForFunction((before) => window.heights > before, heights);
  assert.deepEqual(await page.evaluate(() => window.received), []);
  assert.deepEqual(withoutHost(problems, host), []);
  await context.close();
  await close();
});

test('Book opens the technique\'s own page with the utm fields after its query, or the general page with the service to ask for', async () => {
  const overrides = {};
  const server = await serve({ overrides });
  const page = { type: 'text/html', body: '<!doctype html><html lang="en"><title>Booking</title><link rel="icon" href="data:,"><h1>Booking</h1></html>' };
  overrides['/book/deep-tissue'] = page;
  overrides['/book'] = page;
  const general = `${server.origin}/book?clinic=7`;
  for (const [own, expected] of [
    [{ 'deep-tissue': `${server.origin}/book/deep-tissue?service=12&staff=3` }, `${server.origin}/book/deep-tissue?service=12&staff=3`],
    [{ cupping: `${server.origin}/book/cupping?service=4` }, general],
  ]) {
    overrides['/clinic.json'] = { body: JSON.stringify({ ...shipped, booking_url: general, booking_urls: own }) };
    const { context, page: tab, problems } = await openPage(browser, server.origin);
    const quiz = new QuizPage(tab);
    await tab.goto(server.url + CALF);
    assert.equal((await quiz.result()).technique, 'deep-tissue');
    await tab.locator(`#result [data-testid="book"][href^="${expected}"]`).waitFor();
    const askFor = tab.getByTestId('ask-for');
    if (expected === general) {
      const name = await tab.locator('#result .technique h2').first().textContent();
      assert.ok((await askFor.textContent()).includes(name), 'the general page: which service to ask for');
    } else {
      assert.equal(await askFor.count(), 0, 'its own page: nothing to ask for');
    }
    assert.equal(await tab.getByTestId('book').getAttribute('target'), '_top');
    assert.deepEqual(await axe(tab), []);
    await Promise.all([tab.waitForURL((url) => url.pathname.startsWith('/book')), tab.getByTestId('book').click()]);
    const opened = new URL(tab.url());
    const wanted = new URL(expected);
    for (const [key, value] of wanted.searchParams) assert.equal(opened.searchParams.get(key), value, `${key} kept`);
    assert.deepEqual([...opened.searchParams.keys()].slice(0, [...wanted.searchParams.keys()].length), [...wanted.searchParams.keys()],
      'the page\'s own query first');
    assert.deepEqual(Object.fromEntries([...opened.searchParams].filter(([k]) => k.startsWith('utm_'))),
      { ...UTM, utm_campaign: 'deep-tissue' });
    assert.equal(opened.pathname, wanted.pathname);
    assert.deepEqual(problems, []);
    await context.close();
  }
  await server.close();
});

/** The QR code in the result, read from a screenshot of it. */
async function readQr(page) {
  const png = PNG.sync.read(await page.getByTestId('share-qr').locator('svg').screenshot());
  const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  assert.ok(code, 'a QR code is found');
  return code.data;
}

test('the QR code decodes to the share link, on screen and on paper', async () => {
  const server = await serve();
  const { context, page, problems } = await openPage(browser, server.origin, { viewport: PHONE, deviceScaleFactor: 2 });
  const quiz = new QuizPage(page);
  await page.goto(`${server.url}?lang=de${SHEET}`);
  await quiz.result();
  const link = await page.evaluate(() => location.href);
  assert.ok(link.endsWith(SHEET), link);
  assert.equal(await readQr(page), link);
  assert.equal(await page.locator('.for-therapist').isVisible(), false, 'the therapist\'s part is for paper');
  assert.deepEqual(await axe(page), []);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await readQr(page), link);
  const sheet = page.locator('.for-therapist');
  assert.equal(await sheet.isVisible(), true);
  assert.equal(await sheet.locator('tbody tr').count(), 2, 'each painful spot');
  assert.equal(await sheet.locator('li').count(), 2, 'each health answer that was yes');
  assert.deepEqual(problems, []);
  await context.close();
  await server.close();
});

for (const code of LANGUAGES) {
  test(`${code}: the printed sheet, with the therapist's part and the QR code, fits one A4 page`, async () => {
    const server = await serve();
    const { context, page, problems } = await openPage(browser, server.origin);
    const quiz = new QuizPage(page);
    await page.goto(`${server.url}?lang=${code}${SHEET}`);
    await quiz.result();
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.getByTestId('share-qr').isVisible(), true);
    assert.equal(await page.locator('.for-therapist').isVisible(), true);
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    assert.equal(pages, 1, `the sheet in ${code} fits one A4 page`);
    assert.deepEqual(problems, []);
    await context.close();
    await server.close();
  });
}

test('the email to the clinic holds the share link and a summary of what is on screen, nothing else', async () => {
  const server = await serve();
  const { context, page, problems } = await openPage(browser, server.origin);
  const quiz = new QuizPage(page);
  await page.goto(server.url + SHEET);
  const { technique } = await quiz.result();
  const link = await page.evaluate(() => location.href);
  const send = page.getByTestId('send-result');
  const href = await send.getAttribute('href');
  const mail = new URL(href);
  assert.equal(mail.protocol, 'mailto:');
  assert.equal(decodeURIComponent(mail.pathname), shipped.email);
  assert.deepEqual([...mail.searchParams.keys()], ['subject', 'body']);
  const [summary, shared, ...rest] = mail.searchParams.get('body').split('\r\n');
  assert.deepEqual(rest, [], 'a summary line and the link');
  assert.equal(shared, link);
  const name = await page.locator('#result .technique h2').first().textContent();
  assert.ok(summary.includes(name), `the summary names ${technique} as shown: ${summary}`);
  const every = (await page.locator('#result .every strong').textContent()).toLowerCase().replace(/\.$/, '');
  assert.ok(summary.toLowerCase().includes(every), `the interval as shown: ${summary} / ${every}`);
  for (const answer of ['Calf', 'calf', 'Heel', 'varicose', 'Varicose', 'skin', '55', '12']) {
    assert.ok(!summary.includes(answer), `the summary tells no answer (${answer})`);
  }
  assert.equal(await send.getAttribute('target'), '_top');
  assert.match(page.url(), /#\/result/, 'nothing opened until the runner taps it');
  assert.deepEqual(problems, []);
  await context.close();
  await server.close();
});
