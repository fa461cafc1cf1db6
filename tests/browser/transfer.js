// First-visit transfer: every file the browser fetches from a cold start until the first
// question can be answered (after the tap on Start), counted as the brotli bytes a compressing
// host sends for each.
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { DIST, openPage } from './support.js';

/** [{ path, bytes }] for a cold visit to `server`, in request order. */
export async function firstVisit(browser, server) {
  const { context, page } = await openPage(browser, server.origin);
  const paths = [];
  page.on('request', (r) => paths.push(new URL(r.url()).pathname));
  await page.goto(server.url);
  await page.waitForLoadState('networkidle');
  await page.getByTestId('start').click();
  await page.locator('#km').waitFor();
  await page.waitForLoadState('networkidle');
  await context.close();
  const files = [];
  for (const path of [...new Set(paths)]) {
    const file = join(DIST, path === '/' ? 'index.html' : path.slice(1));
    const compressed = await stat(file + '.br').catch(() => stat(file));
    files.push({ path, bytes: compressed.size });
  }
  return files;
}
