// After `trunk build --release`: renders the start screen with the app itself in headless
// Chromium and writes its markup into dist/index.html, so the first screen paints before the
// WebAssembly arrives. It stays, live, until the first tap or until the app has something else
// to show; then the app takes its place (src/hooks/prerender.rs).
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DIST, serve, launch, openPage } from '../tests/browser/support.js';

const file = join(DIST, 'index.html');
const html = await readFile(file, 'utf8');
if (!html.includes('<body></body>')) throw new Error('prerender.mjs: index.html has no empty <body> (already prerendered?)');
const clinicJson = await readFile(join(DIST, 'clinic.json'), 'utf8');
const clinic = JSON.parse(clinicJson);

const server = await serve();
const browser = await launch();
const { page, problems } = await openPage(browser, server.origin);
await page.goto(server.url);
await page.getByRole('button', { name: 'Start the quiz' }).waitFor();
await page.getByText(clinic.name, { exact: true }).waitFor();
await page.waitForLoadState('networkidle');
const body = await page.evaluate(() => document.getElementById('app').innerHTML);
await browser.close();
await server.close();
if (problems.length) throw new Error(`prerender.mjs: the start screen rendered with problems: ${problems}`);
// The clinic as built, for the app's first render (a data block: never executed, CSP-neutral).
const data = `<script type="application/json" id="clinic-data">${clinicJson.trim().replace(/</g, '\\u003c')}</script>`;
await writeFile(file, html.replace('<body></body>', `<body>${data}<div id="prerender">${body}</div></body>`));
console.log(`prerender.mjs: ${body.length} characters of start screen written into index.html`);
