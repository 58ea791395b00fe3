// The guide's asyncio example in the browser: the editor marks the time.sleep inside the
// coroutine as a blocking call (with why and what to await instead), the program prints
// what python3 prints, and the trace shows the six steps blocking the loop one after another.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type {} from '../src/ui/kitchen-api.ts';
import { KitchenPage } from './pages/kitchen-page.ts';

const GUIDE = readFileSync(new URL('../public/examples/06_asyncio_gather_blocking_sleep.py', import.meta.url), 'utf8');

test('time.sleep inside async def gets a warning marker with the non-blocking alternative', async ({ page }) => {
  const kitchen = new KitchenPage(page);
  await kitchen.goto();
  await kitchen.setCode(GUIDE);
  const warning = page.locator('.monaco-editor .squiggly-warning');
  await expect(warning).toHaveCount(1);
  // Hovering the call shows the marker's text.
  await page.locator('.monaco-editor .view-line', { hasText: 'time.sleep(0.5)' }).getByText('time.sleep(0.5)').hover();
  const hover = page.locator('.monaco-hover:not(.hidden)');
  await expect(hover).toContainText('time.sleep() blocks the event loop');
  await expect(hover).toContainText('await asyncio.sleep');

  // The awaited form is not flagged; neither is time.sleep outside a coroutine.
  await kitchen.setCode(GUIDE.replace('time.sleep(0.5)', 'await asyncio.sleep(0.5)'));
  await expect(warning).toHaveCount(0);
  await kitchen.setCode('import time\n\ndef f():\n    time.sleep(1)\n');
  await expect(page.locator('.monaco-editor .squiggly-warning')).toHaveCount(0);
  // A blocking threading lock in a coroutine is flagged too.
  await kitchen.setCode('import threading\nlock = threading.Lock()\n\nasync def f():\n    lock.acquire()\n');
  await expect(warning).toHaveCount(1);
});

test('the guide example prints what python3 prints and its trace shows the loop blocked six times', async ({ page }) => {
  test.setTimeout(120_000);
  const kitchen = new KitchenPage(page);
  await kitchen.goto();
  await kitchen.setCode(GUIDE);
  const r = await page.evaluate(() => window.kitchen.run());
  expect(r.exitCode).toBe(0);
  expect(r.stderr).toBe('');
  // python3.11: the list of two coroutine reprs, then six results in order, one thread.
  const lines = r.stdout.split('\n');
  expect(lines[0]).toMatch(/^\[<coroutine object process_task at 0x[0-9a-f]+>, <coroutine object process_task at 0x[0-9a-f]+>\]$/);
  const results = lines.filter((l) => l.startsWith('PID'));
  expect(results.map((l) => l.replace(/^PID: \d+, TID: \d+, /, ''))).toEqual([1, 2, 3, 4, 5, 6].map((n) => `compute_square(${n}) = ${n * n}`));
  expect(new Set(results.map((l) => l.split(',')[1])).size).toBe(1);
  // Six steps held the loop for their time.sleep(0.5). On a loaded machine another step can
  // pass the 0.1 s slow-callback threshold too (one CI run saw a seventh, short one): those
  // are not the sleeps, so only the long ones are counted.
  const blocked = r.events.filter((e) => e.kind === 'loop-blocked' && Number(e.micros) >= 450_000);
  expect(blocked.length).toBe(6);
  // The blocked steps do not overlap: each task ran only after the previous one's sleep.
  const ends = blocked.map((b) => b.t).sort((a, b) => a - b);
  for (let i = 1; i < ends.length; i++) expect(ends[i]! - ends[i - 1]!).toBeGreaterThanOrEqual(450_000);
  expect(r.events.filter((e) => e.kind === 'task-create').length).toBe(8);
});
