// Regenerates the README's screenshots (docs/screenshot-*.png) from the built dist/: the start
// screen and a result, at phone and desktop sizes, and the same two on a phone in German. Run
// after `make dist`.
import { serve, launch, openPage, PHONE, DESKTOP } from '../tests/browser/support.js';

const RESULT = '#/result?v=1&km=55&hist=45,48,50,52&runs=5&hard=2&long=28&last=30&pain=calf:5:tight:10&flags=&health=';
const server = await serve();
const browser = await launch();
for (const [name, viewport, lang] of [['phone', PHONE, 'en'], ['desktop', DESKTOP, 'en'], ['phone-de', PHONE, 'de']]) {
  const { context, page } = await openPage(browser, server.origin, { viewport });
  await page.goto(`${server.url}?lang=${lang}`);
  await page.getByTestId('start').waitFor();
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: `docs/screenshot-${name}-start.png` });
  await page.goto(`${server.url}?lang=${lang}${RESULT}`);
  await page.locator('#result').waitFor();
  await page.screenshot({ path: `docs/screenshot-${name}-result.png` });
  await context.close();
}
await browser.close();
await server.close();
