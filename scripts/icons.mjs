// Renders the home-screen icons in static/icons/ from static/favicon.svg with headless Chromium.
// Run by hand after changing the favicon (`node scripts/icons.mjs`), then commit the PNGs: the
// build only copies them. "any" icons are the favicon as it is (rounded corners); "maskable" ones
// square its corners off, so a launcher's mask never shows a corner: the mark must stay inside the
// central 80 % circle, which the favicon's does.
import { readFile, mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { launch } from '../tests/browser/support.js';

const STATIC = fileURLToPath(new URL('../static/', import.meta.url));
const favicon = await readFile(`${STATIC}favicon.svg`, 'utf8');
const rounded = /<rect ([^>]*)rx="[\d.]+"/;
if (!rounded.test(favicon)) throw new Error('icons.mjs: static/favicon.svg has no rounded <rect> background to square off');
const designs = { icon: favicon, maskable: favicon.replace(rounded, '<rect $1') };

await mkdir(`${STATIC}icons`, { recursive: true });
const browser = await launch();
for (const size of [192, 512]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  for (const [name, svg] of Object.entries(designs)) {
    const sized = svg.replace('<svg ', `<svg width="${size}" height="${size}" `);
    await page.setContent(`<body style="margin:0">${sized}</body>`);
    await page.screenshot({ path: `${STATIC}icons/${name}-${size}.png`, omitBackground: true });
    console.log(`icons.mjs: static/icons/${name}-${size}.png`);
  }
  await page.close();
}
await browser.close();
