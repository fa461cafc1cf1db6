// Shared harness for the browser tests: a static server over dist/ on 127.0.0.1 (brotli like a
// real host), headless Debian Chromium through playwright-core, and watchers that fail a test on
// any console error, page error or request to another origin.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { readFile, stat, mkdir } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';

export { AxeBuilder };

const here = fileURLToPath(new URL('.', import.meta.url));
export const DIST = resolve(here, '../../dist');
export const ARTIFACTS = resolve(here, '../artifacts');
export const SCREENSHOTS = join(ARTIFACTS, 'screenshots');

/** The languages the quiz ships, the default first (locales/languages.txt). */
export const LANGUAGES = readFileSync(resolve(here, '../../locales/languages.txt'), 'utf8')
  .split('\n').map((line) => line.split('#')[0].trim()).filter(Boolean);

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 800 };

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png',
};

/** Serves `root` under `prefix` (e.g. "/tools/quiz/") on 127.0.0.1; `overrides` maps a path to a body. */
export async function serve({ root = DIST, prefix = '/', overrides = {} } = {}) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    let path = decodeURIComponent(url.pathname);
    if (path in overrides) {
      const { status = 200, body, type = 'application/json' } = overrides[path];
      res.writeHead(status, { 'content-type': type });
      return res.end(body);
    }
    if (!path.startsWith(prefix)) { res.writeHead(404); return res.end(); }
    path = path.slice(prefix.length) || 'index.html';
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(root, path));
    if (!file.startsWith(root)) { res.writeHead(403); return res.end(); }
    try {
      await stat(file);
    } catch {
      res.writeHead(404); return res.end();
    }
    const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' };
    let body;
    if ((req.headers['accept-encoding'] ?? '').includes('br')) {
      try { body = await readFile(file + '.br'); headers['content-encoding'] = 'br'; } catch { /* plain */ }
    }
    body ??= await readFile(file);
    res.writeHead(200, headers);
    res.end(body);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  // A test that fails before its `close()` must not keep the test file's process alive (that
  // hung a whole run once): the server never holds the process open, and closing it also ends
  // the browser's idle keep-alive connections.
  server.unref();
  const origin = `http://127.0.0.1:${server.address().port}`;
  const close = () => new Promise((ok) => { server.close(ok); server.closeAllConnections(); });
  return { origin, url: origin + prefix, close };
}

/** How every test starts Chromium (also for a persistent profile: `chromium.launchPersistentContext`). */
export const CHROMIUM = {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
};

export async function launch() {
  return chromium.launch(CHROMIUM);
}

/**
 * A fresh context and page at a size, with watchers (`watch`). Service workers are blocked unless
 * `serviceWorkers: 'allow'` is passed: most tests hold back or alter files with `page.route`,
 * which never sees what a service worker answers.
 */
export async function openPage(browser, origin, { viewport = PHONE, ...options } = {}) {
  const context = await browser.newContext({ viewport, serviceWorkers: 'block', ...options });
  const page = await context.newPage();
  return { context, page, problems: watch(page, origin) };
}

/** The page's problems, as they come: console errors, page errors, HTTP errors and requests to
 * any origin but `origin`. */
export function watch(page, origin) {
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.protocol !== 'data:' && u.protocol !== 'blob:' && u.origin !== origin) problems.push(`foreign request: ${r.url()}`);
  });
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
  return problems;
}

/** Runs axe (WCAG 2.2 A/AA) and returns its violations, summarised. */
export async function axe(page) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

export async function screenshot(page, name) {
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Whether the page scrolls sideways. */
export function hasHorizontalScroll(page) {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}

/** Opens `url` and waits until the app has taken over from the pre-rendered start screen. */
export async function gotoApp(page, url) {
  await page.goto(url);
  await page.locator('#app:not([hidden])').waitFor();
}
