// Acceptance 5: nothing is fetched from anywhere but our own server while the app loads and
// runs a program (Monaco, its worker, fonts and the engine all come from our origin).
import { expect, test } from '@playwright/test';
import type {} from '../src/ui/kitchen-api.ts';
import { KitchenPage } from './pages/kitchen-page.ts';

test('no request leaves our origin while the app loads and runs', async ({ page, context, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const outside: string[] = [];
  const seen: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    seen.push(url);
    const u = new URL(url);
    const ours = u.origin === origin || u.protocol === 'data:' || u.protocol === 'blob:';
    if (!ours) {
      outside.push(url);
      return route.abort('blockedbyclient');
    }
    return route.continue();
  });
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.origin !== origin && u.protocol !== 'data:' && u.protocol !== 'blob:') outside.push(r.url());
  });

  const kitchen = new KitchenPage(page);
  await kitchen.goto();
  await kitchen.setCode('print("offline")\n');
  const r = await page.evaluate(() => window.kitchen.run());
  expect(r.stdout).toBe('offline\n');
  // Worker scripts go through the route too (Monaco starts its own worker only when needed).
  expect(seen.some((u) => u.includes('run.worker'))).toBe(true);
  expect(seen.some((u) => u.includes('syntax.worker'))).toBe(true);
  // So does the precompiled standard library the Python workers fetch as they start.
  expect(seen.some((u) => u.endsWith('/assets/stdlib-code.bin'))).toBe(true);
  expect(outside).toEqual([]);
});
