// The first-visit transfer stays within the budget in tests/size-budget.json.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { serve, launch } from './support.js';
import { firstVisit } from './transfer.js';

test('first-visit transfer is within the size budget', async () => {
  const budget = JSON.parse(await readFile(new URL('../size-budget.json', import.meta.url), 'utf8'));
  const server = await serve();
  const browser = await launch();
  const files = await firstVisit(browser, server);
  await browser.close();
  await server.close();
  const total = files.reduce((sum, f) => sum + f.bytes, 0);
  assert.ok(files.some((f) => f.path.endsWith('.wasm')), 'the wasm is part of the first visit');
  assert.ok(total <= budget.first_visit_bytes,
    `first visit ${total} B > budget ${budget.first_visit_bytes} B: ${files.map((f) => `${f.path} ${f.bytes}`).join(', ')}`);
});
