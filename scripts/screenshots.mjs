// Regenerates the README's screenshots (docs/screenshot-*.png) from the built dist/:
// the start screen and a result, at phone and desktop sizes. Run after `make dist`.
import { serve, launch, openPage, PHONE, DESKTOP } from '../tests/browser/support.js';

const RESULT = '#/result?v=1&km=55&hist=45,48,50,52&runs=5&hard=2&long=28&last=30&pain=calf:5:tight:10&flags=&health=';
const server = await serve();
const browser = await launch();
for (const [size, viewport] of [['phone', PHONE], ['desktop', DESKTOP]]) {
  const { context, page } = await openPage(browser, server.origin, { viewport });
  await page.goto(server.url);
  await page.getByTestId('start').waitFor();
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: `docs/screenshot-${size}-start.png` });
  await page.goto(server.url + RESULT);
  await page.locator('#result').waitFor();
  await page.screenshot({ path: `docs/screenshot-${size}-result.png` });
  await context.close();
}
await browser.close();
await server.close();
