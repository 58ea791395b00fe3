// Acceptance 2: on a plain static server that sends no special headers, the built app becomes
// cross-origin isolated after the service worker's first reload.
import { expect, test } from '@playwright/test';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type {} from '../src/ui/kitchen-api.ts';
import { createStaticServer } from '../tools/static-server.mjs';
import { KitchenPage } from './pages/kitchen-page.ts';

let server: Server;
let url: string;

test.beforeAll(async () => {
  // dist/ was built by `npm start`, which the webServer of playwright.config.ts runs.
  server = createStaticServer('dist');
  await new Promise<void>((res) => server.listen(0, 'localhost', res));
  url = `http://localhost:${(server.address() as AddressInfo).port}/`;
});
test.afterAll(async () => {
  await new Promise((res) => server.close(res));
});

test('the service worker makes the built app isolated on a plain static host', async ({ page }) => {
  const first = await page.goto(url);
  expect(first!.headers()['cross-origin-opener-policy']).toBeUndefined();
  expect(first!.headers()['cross-origin-embedder-policy']).toBeUndefined();

  // The worker registers, then reloads the page once; from then on it adds the headers.
  await expect.poll(() => page.evaluate(() => crossOriginIsolated).catch(() => false), { timeout: 20_000 }).toBe(true);
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  expect(await page.evaluate(() => typeof SharedArrayBuffer)).toBe('function');
  const kitchen = new KitchenPage(page);
  await kitchen.waitReady();
  await expect(kitchen.statusLine).toHaveAttribute('data-platform', 'shared');
});

test.describe('without isolation', () => {
  // No service worker and no headers: what a browser without isolation support, or a frame in
  // a page that is not isolated, gets. The page must say so and fall back to 'virtual'.
  test.use({ serviceWorkers: 'block' });

  test('the page says it is not isolated, falls back to virtual, and still runs programs', async ({ page }) => {
    await page.goto(url);
    const kitchen = new KitchenPage(page);
    await kitchen.waitReady();
    expect(await page.evaluate(() => crossOriginIsolated)).toBe(false);
    expect(await page.evaluate(() => window.kitchen.platform())).toBe('virtual');
    await expect(kitchen.statusLine).toHaveAttribute('data-isolated', 'false');
    await expect(kitchen.statusLine).toContainText('platform: virtual');

    // time.sleep still waits (by spinning on the clock, without SharedArrayBuffer).
    await kitchen.setCode('import time\nt = time.perf_counter()\ntime.sleep(0.2)\nprint(time.perf_counter() - t >= 0.2)\n');
    const r = await page.evaluate(() => window.kitchen.run());
    expect(r).toMatchObject({ stdout: 'True\n', exitCode: 0 });
  });
});
