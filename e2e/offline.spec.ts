// Issue 9, acceptance 4: after one visit the app loads and runs a preset with the server
// stopped. The built app is served by a plain static server (no isolation headers, as on a
// static host); the service worker keeps the app; then the server is closed and the page
// reloaded, and a preset runs.
import { expect, test } from '@playwright/test';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type {} from '../src/ui/kitchen-api.ts';
import { createStaticServer } from '../tools/static-server.mjs';
import { ClassroomPage } from './pages/classroom-page.ts';

let server: Server;
let url: string;

test.beforeEach(async () => {
  server = createStaticServer('dist');
  await new Promise<void>((res) => server.listen(0, 'localhost', res));
  url = `http://localhost:${(server.address() as AddressInfo).port}/`;
});
test.afterEach(async () => {
  server.closeAllConnections();
  await new Promise((res) => server.close(res));
});

async function visitOnce(kitchen: ClassroomPage) {
  await kitchen.goto(url);
  await expect.poll(() => kitchen.page.evaluate(() => crossOriginIsolated), { timeout: 20_000 }).toBe(true);
  await kitchen.waitReady();
  // The service worker has stored every file of the app.
  await expect(kitchen.page.locator('html')).toHaveAttribute('data-offline', 'ready', { timeout: 30_000 });
}

test('after one visit, the app loads and runs a preset with the server stopped', async ({ page }) => {
  const kitchen = new ClassroomPage(page);
  await visitOnce(kitchen);
  server.closeAllConnections();
  await new Promise((res) => server.close(res));
  server = createStaticServer('dist'); // closed again by afterEach, never listening

  await kitchen.goto(`${url}?preset=deadlock`);
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
  await expect.poll(() => page.evaluate(() => window.kitchen.getCode())).toContain('fork = threading.Lock()');
  const r = await page.evaluate(() => window.kitchen.run({ platform: 'virtual' }));
  // `python3 public/examples/16_deadlock.py`
  expect(r).toMatchObject({ stdout: 'deadlock: alice holds the fork and waits for the knife;\n          bob holds the knife and waits for the fork\n', exitCode: 0 });
  // The presets list came from the cache too.
  expect((await kitchen.presetIds()).length).toBeGreaterThan(15);
});

test('after one visit, the app works in the browser\'s offline mode', async ({ page, context }) => {
  const kitchen = new ClassroomPage(page);
  await visitOnce(kitchen);
  await context.setOffline(true);
  await kitchen.goto(url);
  await kitchen.choosePreset('io-bound-asyncio', "# I/O-bound work with asyncio: one thread, one event loop. Each task awaits");
  const r = await page.evaluate(() => window.kitchen.run({ platform: 'virtual' }));
  expect(r.exitCode).toBe(0);
  expect(r.stdout).toContain("'page 9'");
  await context.setOffline(false);
});
