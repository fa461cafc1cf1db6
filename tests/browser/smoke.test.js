// The built page loads cleanly: no errors, nothing fetched from elsewhere, the basics of a real page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, PHONE, DESKTOP } from './support.js';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

for (const [name, viewport] of [['phone', PHONE], ['desktop', DESKTOP]]) {
  test(`first screen renders cleanly on ${name}`, async () => {
    const { context, page, problems } = await openPage(browser, server.origin, { viewport });
    await page.goto(server.url);
    const h1 = page.locator('main h1');
    await h1.waitFor();
    assert.match(await h1.textContent(), /massage/i);
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    assert.ok((await page.title()).length > 0, 'page title');
    assert.ok(await page.locator('meta[name="description"]').getAttribute('content'));
    assert.ok(await page.locator('meta[name="viewport"]').count());
    const icon = await page.locator('link[rel="icon"]').getAttribute('href');
    const iconResponse = await page.request.get(new URL(icon, page.url()).href);
    assert.equal(iconResponse.status(), 200, 'favicon is served');
    await page.waitForLoadState('networkidle');
    assert.deepEqual(problems, []);
    await context.close();
  });
}
