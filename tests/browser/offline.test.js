// Offline use and installation (docs/offline.md): after one visit the quiz works with no network;
// a new deployment is used whole from the next load on; a broken one leaves the old one working;
// the page can be installed; where service workers are refused, the quiz works as before. Only
// these tests allow service workers (support.js blocks them everywhere else).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFile, cp, mkdir, mkdtemp, readFile, readdir, rm, truncate, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliDecompressSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { serve, launch, openPage, watch, gotoApp, CHROMIUM, DIST, PHONE, LANGUAGES } from './support.js';
import { QuizPage } from './quiz-page.js';
import { RUNNERS } from './runners.js';

const PRECACHE = fileURLToPath(new URL('../../scripts/precache.mjs', import.meta.url));
const ALLOW = { serviceWorkers: 'allow' };
// A test that waits for a state that never comes fails instead of holding up the run.
const LIMIT = { timeout: 90_000 };

let browser, shipped;
const folders = [];
before(async () => {
  browser = await launch();
  shipped = JSON.parse(await readFile(join(DIST, 'clinic.json'), 'utf8'));
});
after(async () => {
  await browser?.close();
  await Promise.all(folders.map((dir) => rm(dir, { recursive: true, force: true })));
});

const digest = (algorithm, data) => createHash(algorithm).update(data).digest('base64');

/** A folder of its own to deploy and change: dist/ without the compressed copies. */
async function deployment() {
  const dir = await mkdtemp(join(tmpdir(), 'recovery-quiz-'));
  folders.push(dir);
  await cp(DIST, dir, { recursive: true, filter: (path) => !/\.(br|gz)$/.test(path) });
  return dir;
}

/** The sw.js of a folder, parsed: its build id, files and the clinic's own files. */
async function build(dir) {
  const sw = await readFile(join(dir, 'sw.js'), 'utf8');
  return JSON.parse(sw.match(/^const BUILD = (\{.*\});$/m)[1]);
}

/**
 * Puts the next build into `dir`, as uploading it and deleting the old hashed files would: new
 * CSS, JS and wasm under new hashed names (the CSS and JS mark themselves with `tag`), index.html
 * with their integrity and CSP hashes, and sw.js from scripts/precache.mjs.
 */
async function nextBuild(dir, tag) {
  let html = await readFile(join(dir, 'index.html'), 'utf8');
  const inlineHashes = () => [...html.matchAll(/<script(?![^>]*\b(?:src=|type="application\/json"))[^>]*>([\s\S]*?)<\/script>/g)]
    .map(([, body]) => `'sha256-${digest('sha256', body)}'`);
  const oldHashes = inlineHashes();
  const marks = { css: `\n:root { --build: ${tag}; }\n`, js: `\nglobalThis.quizBuild = '${tag}';\n`, wasm: '' };
  const files = {};
  const old = [];
  for (const [kind, pattern] of [['css', /style-\w+\.css/], ['js', /recovery-quiz-\w+\.js/], ['wasm', /recovery-quiz-\w+_bg\.wasm/]]) {
    const name = html.match(pattern)[0];
    const before = await readFile(join(dir, name));
    const after = Buffer.concat([before, Buffer.from(marks[kind])]);
    files[kind] = name.replace(/-[0-9a-f]{8,16}(?=(_bg)?\.)/, `-${tag.repeat(16)}`);
    await writeFile(join(dir, files[kind]), after);
    html = html.replaceAll(name, files[kind])
      .replaceAll(`sha384-${digest('sha384', before)}`, `sha384-${digest('sha384', after)}`);
    old.push(name);
  }
  inlineHashes().forEach((hash, i) => { html = html.replace(oldHashes[i], hash); });
  await writeFile(join(dir, 'index.html'), html);
  for (const name of old) await unlink(join(dir, name));
  await promisify(execFile)(process.execPath, [PRECACHE, dir]);
  return { ...files, id: (await build(dir)).id };
}

/** Waits until the worker of build `id` is active and controls the page, with nothing pending:
 * the build that sw.js records as in charge. */
async function controlledBy(page, id) {
  await page.evaluate(async (id) => {
    for (;;) {
      const registration = await navigator.serviceWorker.ready;
      const { installing, waiting, active } = registration;
      const changed = new Promise((resolve) => {
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true });
        registration.addEventListener('updatefound', resolve, { once: true });
        for (const worker of [installing, waiting, active]) worker?.addEventListener('statechange', resolve, { once: true });
      });
      const settled = active.state === 'activated' && !installing && !waiting && navigator.serviceWorker.controller === active;
      const record = await caches.open(`recovery-quiz ${registration.scope} meta`)
        .then((meta) => meta.match(new URL('./?recovery-quiz-build-in-charge', registration.scope).href));
      if (settled && (await record?.text()) === id) return;
      await changed;
    }
  }, id);
}

/** The ids of the builds kept in the page's caches. */
async function cachedBuilds(page) {
  const names = await page.evaluate(() => caches.keys());
  return names.map((name) => name.match(/ build (\w+)$/)?.[1]).filter(Boolean).sort();
}

/** The build mark of the page's CSS and JS ('' and null for a build without one). */
function mark(page) {
  return page.evaluate(() => [getComputedStyle(document.documentElement).getPropertyValue('--build').trim(), globalThis.quizBuild ?? null]);
}

/** A profile of its own, not private, which Chromium needs to install a page. `args`: more flags. */
async function persistentContext(args = []) {
  const profile = await mkdtemp(join(tmpdir(), 'recovery-quiz-profile-'));
  folders.push(profile);
  const context = await chromium.launchPersistentContext(profile,
    { ...CHROMIUM, args: [...CHROMIUM.args, ...args], ...ALLOW, viewport: PHONE });
  return { context, page: context.pages()[0] ?? await context.newPage() };
}

/** A deployment (a new one by default), served at `prefix`, and a page that its service worker
 * controls. */
async function controlledDeployment(dir, prefix = '/') {
  dir ??= await deployment();
  const first = (await build(dir)).id;
  const server = await serve({ root: dir, prefix });
  const { context, page, problems } = await openPage(browser, server.origin, ALLOW);
  await gotoApp(page, server.url);
  await controlledBy(page, first);
  return { dir, first, server, context, page, problems };
}

/** Loads the quiz, starts it and returns the build mark of what runs. */
async function runningMark(page, url) {
  await gotoApp(page, url);
  await page.getByTestId('start').click();
  await page.locator('#km').waitFor();
  return mark(page);
}

test('sw.js lists every file of the build with its integrity, as the files were finally written', LIMIT, async () => {
  const { id, files, own, setup } = await build(DIST);
  assert.match(id, /^[0-9a-f]{16}$/);
  assert.deepEqual(own, ['clinic.json'], 'the clinic\'s own file');
  for (const lang of LANGUAGES) assert.ok(`manifest.${lang}.json` in files, `the build's manifest in ${lang}`);
  const file = (path) => path.replace(/(^|\/)$/, '$1index.html').replace(/^\.\//, '');
  const built = (await readdir(DIST, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name).slice(DIST.length + 1))
    .filter((path) => !/\.(br|gz)$/.test(path) && !['sw.js', ...own].includes(path));
  assert.deepEqual(Object.keys(files).map(file).sort(), built.filter((path) => !path.startsWith('setup/')).sort());
  assert.deepEqual(Object.keys(setup).map(file).sort(), built.filter((path) => path.startsWith('setup/')).sort(), 'the set-up page apart');
  for (const name of ['clinic.json.br', 'clinic.json.gz']) {
    assert.equal(await readFile(join(DIST, name)).catch(() => null), null, `no ${name}: a host must never send an old clinic.json from it`);
  }
  for (const kind of [/^\.\/$/, /^recovery-quiz-[0-9a-f]+\.js$/, /_bg\.wasm$/, /^style-[0-9a-f]+\.css$/, /^favicon\.svg$/, /^embed\.js$/,
    /^icons\/icon-192\.png$/, /^icons\/icon-512\.png$/, /^icons\/maskable-192\.png$/, /^icons\/maskable-512\.png$/]) {
    assert.ok(Object.keys(files).some((path) => kind.test(path)), `${kind} among the files`);
  }
  for (const [path, integrity] of Object.entries({ ...files, ...setup })) {
    assert.equal(integrity, `sha384-${digest('sha384', await readFile(join(DIST, file(path))))}`, path);
  }
  for (const path of [...Object.keys(files).map(file), 'sw.js']) {
    const br = await readFile(join(DIST, `${path}.br`)).catch(() => null);
    if (br || !path.endsWith('.png')) assert.deepEqual(brotliDecompressSync(br), await readFile(join(DIST, path)), `${path}.br`);
  }
});

test('after one visit the quiz works with no network: a whole run, share links, any query, the logo', LIMIT, async () => {
  const dir = await deployment();
  await mkdir(join(dir, 'images'));
  await cp(join(DIST, 'favicon.svg'), join(dir, 'images/logo.svg'));
  await writeFile(join(dir, 'clinic.json'), JSON.stringify({ ...shipped, logo: 'images/logo.svg' }));
  await promisify(execFile)(process.execPath, [PRECACHE, dir]);
  const { server, context, page, problems } = await controlledDeployment(dir, '/tools/recovery-quiz/');
  await context.setOffline(true);
  const quiz = new QuizPage(page);
  await quiz.goto(server.url);
  await page.getByText(shipped.name, { exact: true }).waitFor();
  await page.waitForFunction(() => document.querySelector('img.logo')?.naturalWidth > 0);
  assert.deepEqual(await quiz.complete(RUNNERS[1]), RUNNERS[1].expect);
  const fragment = new URL(page.url()).hash;
  for (const address of ['', '?embed=1', 'index.html?lang=de', '?debug']) {
    await page.goto('about:blank');
    await quiz.goto(server.url + address + fragment);
    assert.deepEqual(await quiz.result(), RUNNERS[1].expect, `the share link at ${address || 'the folder'}`);
    assert.equal(await page.locator('header.site').count(), address === '?embed=1' ? 0 : 1, address);
    assert.equal(await page.locator('.config-problems').count(), 0, 'clinic.json as kept, with no problem');
  }
  await page.reload();
  await page.locator('#result').waitFor();

  // Back online, an edit of clinic.json on the host shows at once.
  await context.setOffline(false);
  await writeFile(join(dir, 'clinic.json'), JSON.stringify({ ...shipped, name: 'Riverside Sports Massage and Physio' }));
  await gotoApp(page, server.url);
  await page.getByText('Riverside Sports Massage and Physio', { exact: true }).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
  await server.close();
});

test('a new deployment is used whole from the next load on; a page of the old one keeps its files', LIMIT, async () => {
  const { dir, first, server, context, page, problems } = await controlledDeployment();
  const oldWasm = (await readFile(join(dir, 'index.html'), 'utf8')).match(/recovery-quiz-\w+_bg\.wasm/)[0];

  const b = await nextBuild(dir, 'b');
  await gotoApp(page, server.url);
  assert.deepEqual(await mark(page), ['', null], 'the load that finds the new build still runs the old one');
  await controlledBy(page, b.id);
  assert.deepEqual(await cachedBuilds(page), [b.id, first].sort(), 'the old build is kept for its pages');
  const status = await page.evaluate((wasm) => fetch(wasm).then((r) => r.status), oldWasm);
  assert.equal(status, 200, 'the old page still gets its wasm, gone from the host');

  const requests = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname.slice(1)));
  assert.deepEqual(await runningMark(page, server.url), ['b', 'b'], 'the next load runs the new build');
  const hashed = requests.filter((path) => /-[0-9a-f]{16}(_bg)?\.(js|wasm|css)$/.test(path) && !path.startsWith('boot-'));
  assert.deepEqual(hashed.sort(), [b.css, b.js, b.wasm].sort(), 'every file of the new build, none of the old');

  const c = await nextBuild(dir, 'c');
  await gotoApp(page, server.url);
  await controlledBy(page, c.id);
  assert.deepEqual(await cachedBuilds(page), [b.id, c.id].sort(), 'the build before the previous one is dropped');
  await context.setOffline(true);
  assert.deepEqual(await runningMark(page, server.url), ['c', 'c'], 'offline too');
  assert.deepEqual(problems, []);
  await context.close();
  await server.close();
});

test('a build rolled back, then replaced: the build that was in charge is kept, not the newer-made one', LIMIT, async () => {
  const { dir, first, server, context, page, problems } = await controlledDeployment();
  const snapshot = await mkdtemp(join(tmpdir(), 'recovery-quiz-'));
  folders.push(snapshot);
  await cp(dir, snapshot, { recursive: true });
  const b = await nextBuild(dir, 'b');
  await gotoApp(page, server.url);
  await controlledBy(page, b.id);
  await cp(snapshot, dir, { recursive: true });
  await gotoApp(page, server.url);
  await controlledBy(page, first);
  assert.deepEqual(await cachedBuilds(page), [first, b.id].sort(), 'back to the first build, the second kept for its pages');
  const c = await nextBuild(dir, 'c');
  await gotoApp(page, server.url);
  await controlledBy(page, c.id);
  assert.deepEqual(await cachedBuilds(page), [first, c.id].sort(), 'the first build was in charge before the third');
  await context.setOffline(true);
  assert.deepEqual(await runningMark(page, server.url), ['c', 'c']);
  assert.deepEqual(problems, []);
  await context.close();
  await server.close();
});

test('a clinic.json broken on the host does not hold the worker back, and the quiz runs offline', LIMIT, async () => {
  const dir = await deployment();
  await writeFile(join(dir, 'clinic.json'), '{ "name": "Riverside Sports Massage", ');
  const { server, context, page, problems } = await controlledDeployment(dir);
  await context.setOffline(true);
  const quiz = new QuizPage(page);
  await quiz.goto(server.url);
  assert.deepEqual(await quiz.complete(RUNNERS[0]), RUNNERS[0].expect);
  assert.deepEqual(problems, []);
  await context.close();
  await server.close();
});

for (const [name, breakIt] of [
  ['the new wasm is missing', (dir, b) => unlink(join(dir, b.wasm))],
  ['the new JS was altered after the build', (dir, b) => appendFile(join(dir, b.js), '\n// altered\n')],
  ['sw.js is cut short', async (dir) => truncate(join(dir, 'sw.js'), 1000)],
]) {
  test(`when ${name}, the old version keeps working, online and offline`, LIMIT, async () => {
    const { dir, first, server, context, page, problems } = await controlledDeployment();
    await breakIt(dir, await nextBuild(dir, 'b'));
    // What a browser does when it checks for a new sw.js, which it does on every load.
    const outcome = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      const found = new Promise((resolve) => registration.addEventListener('updatefound', () => resolve(registration.installing)));
      const updated = await registration.update().then(() => 'fetched', (error) => error.name);
      if (updated !== 'fetched') return updated;
      const worker = await found;
      return new Promise((resolve) => {
        const settled = () => ['redundant', 'activated'].includes(worker.state) && resolve(worker.state);
        worker.addEventListener('statechange', settled);
        settled();
      });
    });
    assert.ok(['redundant', 'TypeError'].includes(outcome), `the new build is refused: ${outcome}`);
    assert.deepEqual(await cachedBuilds(page), [first], 'nothing of the new build is kept');
    for (const offline of [false, true]) {
      await context.setOffline(offline);
      assert.deepEqual(await runningMark(page, server.url), ['', null], `the old build runs ${offline ? 'offline' : 'online'}`);
    }
    assert.deepEqual(problems, []);
    await context.close();
    await server.close();
  });
}

test('the page can be installed, from a subfolder, under the clinic\'s name in the page\'s language', LIMIT, async () => {
  const server = await serve({ prefix: '/tools/recovery-quiz/' });
  const { context, page } = await persistentContext();
  const problems = watch(page, server.origin);
  for (const lang of ['de', 'en']) {
    await gotoApp(page, `${server.url}?lang=${lang}`);
    await controlledBy(page, (await build(DIST)).id);
    const cdp = await context.newCDPSession(page);
    await page.waitForFunction((lang) => document.querySelector('link[rel=manifest]')?.href.endsWith(`manifest.${lang}.json`), lang);
    assert.deepEqual((await cdp.send('Page.getInstallabilityErrors')).installabilityErrors, [], lang);
    const { url, errors, data } = await cdp.send('Page.getAppManifest');
    assert.equal(url, `${server.url}manifest.${lang}.json`);
    assert.deepEqual(errors, []);
    const manifest = JSON.parse(data);
    const name = typeof shipped.name === 'string' ? shipped.name : shipped.name[lang];
    assert.equal(manifest.name, `${name}: ${await page.title()}`, 'the clinic\'s name and the title the page shows');
    assert.equal(manifest.lang, lang);
    assert.equal(manifest.theme_color, shipped.accent_color.toLowerCase());
    assert.equal(manifest.display, 'standalone');
    assert.deepEqual([manifest.id, manifest.start_url, manifest.scope], ['./', './', './']);
    const sizes = (purpose) => manifest.icons.filter((i) => i.purpose === purpose && i.type === 'image/png').map((i) => i.sizes);
    assert.deepEqual([sizes('any'), sizes('maskable')], [['192x192', '512x512'], ['192x192', '512x512']]);
    for (const icon of manifest.icons) {
      const response = await page.request.get(new URL(icon.src, url).href);
      assert.equal(response.status(), 200, icon.src);
    }
    await cdp.detach();
  }
  assert.deepEqual(problems, []);
  await context.close();
  await server.close();
});

test('the manifest linked is the page\'s language, after a switch too', LIMIT, async () => {
  const server = await serve();
  const { context, page, problems } = await openPage(browser, server.origin);
  await gotoApp(page, `${server.url}?lang=en`);
  const manifest = () => page.locator('link[rel=manifest]').getAttribute('href');
  await page.locator('link[rel=manifest]').waitFor({ state: 'attached' });
  assert.equal(await manifest(), 'manifest.en.json');
  const reloaded = page.waitForEvent('load');
  await page.locator('#language').selectOption('fr');
  await reloaded;
  await page.locator('link[rel=manifest][href="manifest.fr.json"]').waitFor({ state: 'attached' });
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'fr');
  assert.equal(await page.locator('link[rel=manifest]').count(), 1, 'one link, in the new language');
  assert.deepEqual(problems, []);
  await context.close();
  await server.close();
});

test('the first visit asks for nothing more until the app runs; then the manifest and sw.js', LIMIT, async () => {
  const server = await serve();
  /** Page requests started before the wasm had arrived, and when the late ones started. */
  const visit = async ({ context, page }) => {
    const problems = watch(page, server.origin);
    const started = [];
    let arrived = Infinity;
    page.on('request', (r) => started.push([new URL(r.url()).pathname, performance.now()]));
    page.on('requestfinished', (r) => { if (r.url().endsWith('.wasm')) arrived = performance.now(); });
    context.on('request', (r) => { if (r.url().endsWith('/sw.js')) started.push(['/sw.js', performance.now()]); });
    await page.goto(server.url);
    await page.getByTestId('start').click();
    await page.locator('#km').waitFor();
    await page.locator('link[rel=manifest]').waitFor({ state: 'attached' });
    await page.waitForLoadState('networkidle');
    assert.deepEqual(problems, []);
    await context.close();
    const early = started.filter(([, at]) => at < arrived).map(([path]) => path).sort();
    return { early, late: Object.fromEntries(started.filter(([, at]) => at > arrived)) };
  };
  const before = await visit(await openPage(browser, server.origin));
  // A profile that can install, where Chrome fetches a linked manifest at once.
  const now = await visit(await persistentContext());
  assert.deepEqual(now.early, before.early, 'the same requests while the page loads');
  const late = Object.keys(now.late);
  assert.ok(late.some((path) => /^\/manifest\.[a-z]+\.json$/.test(path)) && late.includes('/sw.js'), `the manifest and sw.js once the app runs: ${late}`);
  await server.close();
});

test('in a cross-site iframe the quiz works, whether the browser refuses it a worker or partitions one', LIMIT, async () => {
  const overrides = {};
  const server = await serve({ overrides });
  const host = `http://localhost:${new URL(server.origin).port}`;
  overrides['/host.html'] = {
    type: 'text/html',
    body: `<!doctype html><html lang="en"><title>Host</title><link rel="icon" href="data:,"><h1>Clinic site</h1>
      <iframe src="${server.url}?embed=1" title="Recovery quiz" style="width:100%;height:900px;border:0"></iframe>`,
  };
  // Debian's Chromium refuses service workers and storage to every cross-site frame. Chrome as
  // most people run it (third-party cookies allowed) gives the frame a worker of its own,
  // partitioned: the quiz's own site does not see it.
  for (const [name, open, expected] of [
    ['refused', () => openPage(browser, server.origin, ALLOW), 'refused'],
    ['partitioned', () => persistentContext(['--disable-features=TrackingProtection3pcd']), server.url],
  ]) {
    const { context, page } = await open();
    const problems = watch(page, server.origin);
    await page.goto(`${host}/host.html`);
    const frame = page.frameLocator('iframe');
    await frame.getByTestId('start').click();
    await frame.locator('#km').waitFor();
    const quiz = page.frames().find((f) => f.url().startsWith(server.url));
    const scope = await quiz.evaluate((refused) => (refused ? navigator.serviceWorker.getRegistration()
      : navigator.serviceWorker.ready).then((r) => r.scope, () => 'refused'), expected === 'refused');
    assert.equal(scope, expected, name);
    assert.deepEqual(problems.filter((p) => !p.startsWith(`foreign request: ${host}/`)), [], name);
    if (name === 'partitioned') {
      await page.goto(`${server.url}clinic.json`);
      assert.equal(await page.evaluate(() => navigator.serviceWorker.getRegistration()), undefined, 'not the site\'s own');
    }
    await context.close();
  }
  await server.close();
});

const REFUSALS = {
  'no service workers at all': () => { delete Navigator.prototype.serviceWorker; },
  'a document that may not use them': () => {
    Object.defineProperty(Navigator.prototype, 'serviceWorker', { get() { throw new DOMException('denied', 'SecurityError'); } });
  },
  'the registration refused': () => {
    ServiceWorkerContainer.prototype.register = () => Promise.reject(new DOMException('denied', 'SecurityError'));
  },
};

for (const [name, refuse] of Object.entries(REFUSALS)) {
  test(`with ${name}, the quiz works as before, without a word in the console`, LIMIT, async () => {
    const server = await serve();
    const { context, page, problems } = await openPage(browser, server.origin, ALLOW);
    await page.addInitScript(refuse);
    const quiz = new QuizPage(page);
    await quiz.goto(server.url);
    assert.deepEqual(await quiz.complete(RUNNERS[0]), RUNNERS[0].expect);
    assert.deepEqual(await page.evaluate(() => caches.keys()), [], 'nothing cached');
    assert.deepEqual(problems, []);
    await context.close();
    await server.close();
  });
}
