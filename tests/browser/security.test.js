// Trust: a strict CSP with no violations, nothing leaving the device, every bad input answered
// clearly, and a crash that loses nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serve, launch, openPage, gotoApp, DESKTOP, DIST, LANGUAGES } from './support.js';
import { QuizPage } from './quiz-page.js';
import { RUNNERS } from './runners.js';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** Records CSP violations from the first script on. */
async function watchCsp(page) {
  await page.addInitScript(() => {
    window.__csp = [];
    addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return () => page.evaluate(() => window.__csp);
}

test('the built page carries a strict CSP and subresource integrity', async () => {
  const html = await (await fetch(server.url)).text();
  const policy = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/)?.[1];
  assert.ok(policy, 'a CSP meta tag');
  const directives = Object.fromEntries(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
  assert.deepEqual(directives['default-src'], ["'self'"]);
  assert.deepEqual(directives['script-src'].slice(0, 2), ["'self'", "'wasm-unsafe-eval'"]);
  assert.ok(directives['script-src'].slice(2).every((s) => /^'sha256-[A-Za-z0-9+/=]+'$/.test(s)), 'only hashes beside self');
  assert.equal(directives['style-src'][0], "'self'");
  assert.ok(directives['style-src'].slice(1).every((s) => /^'sha256-[A-Za-z0-9+/=]+'$/.test(s)), 'only hashes beside self');
  assert.deepEqual(directives['connect-src'], ["'self'"]);
  assert.deepEqual(directives['worker-src'], ["'self'"]);
  assert.deepEqual(directives['manifest-src'], ["'self'"]);
  assert.deepEqual(directives['object-src'], ["'none'"]);
  assert.deepEqual(directives['base-uri'], ["'none'"]);
  assert.doesNotMatch(policy, /'unsafe-inline'|'unsafe-eval'/);
  const sri = async (name) => `sha384-${createHash('sha384').update(await readFile(join(DIST, name))).digest('base64')}`;
  const bundles = JSON.parse(html.match(/<script type="application\/json" id="bundles">([^<]+)<\/script>/)[1]);
  const importMap = JSON.parse(html.match(/<script type="importmap">([^<]+)<\/script>/)[1]);
  assert.deepEqual(Object.keys(bundles).sort(), [...LANGUAGES].sort(), 'an app for every language');
  for (const { js, wasm, integrity } of Object.values(bundles)) {
    assert.equal(importMap.integrity[js], await sri(js.slice(2)), `SRI on ${js} (import map)`);
    assert.equal(integrity, await sri(wasm.slice(2)), `SRI on ${wasm} (its fetch)`);
  }
  for (const tag of html.match(/<(link rel="stylesheet"|script src=)[^>]+>/g)) {
    const name = tag.match(/(?:href|src)="\.\/([^"]+)"/)[1];
    assert.ok(tag.includes(`integrity="${await sri(name)}"`), `SRI on ${name}`);
  }
});

test('a tampered wasm is refused: the app does not run, the page says so', async () => {
  const { context, page, problems } = await openPage(browser, server.origin);
  await page.route('**/*.wasm', async (route) => {
    const body = Buffer.from(await (await route.fetch()).body());
    body[body.length - 1] ^= 1;
    await route.fulfill({ body, contentType: 'application/wasm' });
  });
  await page.goto(server.url);
  await page.getByTestId('start').click();
  await page.locator('#crash').waitFor({ state: 'visible' });
  assert.equal(await page.locator('#km').count(), 0);
  assert.ok(problems.some((p) => /integrity/i.test(p)), `the browser reports the integrity failure: ${problems}`);
  await context.close();
});

test('a complete run: no CSP violation, no cookie, no other origin, one storage key, forgettable', async () => {
  const { context, page, problems } = await openPage(browser, server.origin, { viewport: DESKTOP, serviceWorkers: 'allow' });
  const violations = await watchCsp(page);
  const requests = [];
  page.on('request', (r) => requests.push(r));
  const quiz = new QuizPage(page);
  await quiz.goto(server.url);
  await quiz.complete(RUNNERS[1]);
  assert.equal(await page.evaluate(() => navigator.serviceWorker.ready.then((r) => r.scope)), server.url, 'a service worker, under the policy');
  assert.deepEqual(await violations(), []);
  assert.deepEqual(await context.cookies(), []);
  assert.equal(await page.evaluate(() => document.cookie), '');
  assert.deepEqual(await page.evaluate(() => Object.keys(localStorage).sort()), ['recovery-quiz.clinic', 'recovery-quiz.progress'],
    'the answers, and the clinic\'s own file as last read');
  assert.deepEqual(await page.evaluate(() => Object.keys(sessionStorage)), []);
  const paths = requests.map((r) => new URL(r.url()).pathname);
  const assets = paths.every((p) => /^\/(index\.html)?$|\.(js|wasm|css|svg)$|^\/clinic\.json$/.test(p));
  assert.ok(assets, `only the bundle's own files are requested: ${paths}`);
  // The answers live in the fragment and in local storage: no request carries them, in its
  // address (path and query) or its body.
  const sent = requests.map((r) => `${new URL(r.url()).pathname}${new URL(r.url()).search} ${r.postData() ?? ''}`);
  assert.ok(!sent.some((s) => /result|[?&](v|km|runs|hard|pain|flags|health)=/.test(s)), `answers are never in a request: ${sent}`);
  await page.getByTestId('forget').click();
  await page.getByTestId('forgotten').waitFor();
  assert.deepEqual(await page.evaluate(() => Object.keys(localStorage)), []);
  assert.deepEqual(problems, []);
  await context.close();
});

const MALFORMED = [
  ['no version', '#/result?km=40&runs=4'],
  ['a newer version', '#/result?v=2&km=40&runs=4'],
  ['a word for a version', '#/result?v=one&km=40&runs=4'],
  ['truncated mid-key', '#/result?v=1&km=40&ru'],
  ['truncated mid-escape', '#/result?v=1&km=4%2'],
  ['bad escape', '#/result?v=1&km=%zz&runs=4'],
  ['invalid UTF-8', '#/result?v=1&km=40&runs=4&pain=%ff'],
  ['negative distance', '#/result?v=1&km=-5&runs=4'],
  ['distance out of range', '#/result?v=1&km=401&runs=4'],
  ['huge number', '#/result?v=1&km=1e308&runs=4'],
  ['NaN', '#/result?v=1&km=NaN&runs=4'],
  ['too many runs', '#/result?v=1&km=40&runs=22'],
  ['more hard sessions than runs', '#/result?v=1&km=40&runs=2&hard=3'],
  ['long run longer than the week', '#/result?v=1&km=20&runs=2&long=21'],
  ['three weeks of history', '#/result?v=1&km=40&runs=4&hist=1,2,3'],
  ['duplicated key', '#/result?v=1&km=40&km=41&runs=4'],
  ['duplicated spot', '#/result?v=1&km=40&runs=4&pain=calf:3:sore:2,calf:4:tight:9'],
  ['unknown spot', '#/result?v=1&km=40&runs=4&pain=elbow:3:sore:2'],
  ['severity 11', '#/result?v=1&km=40&runs=4&pain=calf:11:sore:2'],
  ['unknown flag', '#/result?v=1&km=40&runs=4&flags=headache'],
  ['unknown health answer', '#/result?v=1&km=40&runs=4&health=asthma'],
  ['non-ASCII', '#/result?v=1&km=４０&runs=4'],
  ['script in a value', '#/result?v=1&km=40&runs=4&pain=<script>alert(1)</script>:1:sore:1'],
  ['escaped markup in a value', '#/result?v=1&km=40&runs=4&flags=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E'],
  ['oversized (100 KB)', '#/result?v=1&km=40&runs=4&x=' + 'a'.repeat(100_000)],
  ['empty result route', '#/result'],
];

test(`${MALFORMED.length} malformed links each show #link-error, never run markup, never break`, async () => {
  const { context, page, problems } = await openPage(browser, server.origin);
  const violations = await watchCsp(page);
  let dialogs = 0;
  page.on('dialog', async (d) => { dialogs += 1; await d.dismiss(); });
  for (const [name, fragment] of MALFORMED) {
    await page.goto('about:blank');
    await page.goto(server.url + fragment);
    await page.locator('#link-error').waitFor();
    assert.equal(await page.locator('#result').count(), 0, name);
    const message = await page.locator('#link-error [role="alert"]').textContent();
    assert.ok(message.length > 10, `${name}: a plain explanation`);
    assert.equal(await page.locator('#link-error img, #link-error script').count(), 0, `${name}: markup stays text`);
  }
  assert.equal(dialogs, 0, 'no script from a link ever ran');
  assert.deepEqual(await violations(), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('corrupt or foreign saved data is dropped quietly, other sites\' keys untouched', async () => {
  const { context, page, problems } = await openPage(browser, server.origin);
  for (const saved of ['not json', '{"format":1}', '{"format":99,"step":2,"draft":{}}', '[]', 'null',
    JSON.stringify({ format: 1, step: 99, draft: { km: '<b>x</b>', unit: 'Furlong' } }), '"' + 'x'.repeat(200_000) + '"']) {
    await page.goto(server.url);
    await page.evaluate((s) => { localStorage.clear(); localStorage.setItem('other-app', 'keep'); localStorage.setItem('recovery-quiz.progress', s); }, saved);
    await gotoApp(page, server.url);
    await page.getByTestId('start').waitFor();
    const keys = await page.evaluate(() => Object.keys(localStorage));
    assert.ok(keys.includes('other-app') && !keys.includes('recovery-quiz.progress'), `${saved.slice(0, 40)}: ${keys}`);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('extreme and hostile values typed into the form get clear messages and stay text', async () => {
  const { context, page, problems } = await openPage(browser, server.origin);
  let dialogs = 0;
  page.on('dialog', async (d) => { dialogs += 1; await d.dismiss(); });
  const quiz = new QuizPage(page);
  await quiz.goto(server.url);
  await quiz.start();
  for (const [typed, message] of [['-1', /0 to 400/], ['1e308', /number/], ['NaN', /number/], ['', /fill this in/], ['abc', /number/], ['<img src=x onerror=alert(1)>', /number/], ['9'.repeat(400), /0 to 400/]]) {
    await page.locator('#km').fill(typed);
    await page.locator('#runs').fill('3');
    await page.locator('button[type="submit"]').click();
    await page.locator('#km-error').waitFor();
    assert.match(await page.locator('#km-error').textContent(), message, `km typed as ${typed.slice(0, 20)}`);
    assert.equal(await page.locator('#km').inputValue(), typed, 'what was typed is kept');
  }
  assert.equal(await page.locator('main img').count(), 0);
  assert.equal(dialogs, 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a WebAssembly trap shows a friendly message with Reload, and the answers survive', async () => {
  const { context, page, problems } = await openPage(browser, server.origin);
  const quiz = new QuizPage(page);
  await quiz.goto(server.url);
  await quiz.start();
  await quiz.training({ km: 33, runs: 4 });
  assert.equal(await page.locator('#crash').isVisible(), false);
  // A real trap: a tiny module whose only instruction is `unreachable`, called from a task.
  await page.evaluate(() => {
    const bytes = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 7, 5, 1, 1, 116, 0, 0, 10, 5, 1, 3, 0, 0, 11]);
    const { exports } = new WebAssembly.Instance(new WebAssembly.Module(bytes));
    setTimeout(() => exports.t());
  });
  await page.locator('#crash').waitFor({ state: 'visible' });
  assert.match(await page.locator('#crash').textContent(), /Reload/);
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Reload');
  await Promise.all([page.waitForEvent('load'), page.locator('#crash button').click()]);
  await page.getByTestId('resume').click();
  await page.locator('#week-0').waitFor();
  await page.getByTestId('back').click();
  assert.equal(await page.locator('#km').inputValue(), '33', 'answers kept through the crash');
  assert.deepEqual(problems.filter((p) => !/unreachable/.test(p)), []);
  await context.close();
});

test('with storage blocked (a cross-site iframe, strict privacy) the quiz still works', async () => {
  const { context, page, problems } = await openPage(browser, server.origin);
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });
  });
  const quiz = new QuizPage(page);
  await quiz.goto(server.url);
  assert.deepEqual(await quiz.complete(RUNNERS[0]), RUNNERS[0].expect);
  await page.getByTestId('forget').click();
  await page.getByTestId('forgotten').waitFor();
  assert.equal(await page.locator('#crash').isVisible(), false);
  assert.deepEqual(problems, []);
  await context.close();
});
