// Issue 9, acceptance 1 (embed): a course page that is not cross-origin isolated frames the
// kitchen with ?embed=1; it runs a preset on the virtual platform and says so in one line.
// The postMessage API sets and runs code for the origin named by &origin=, and ignores
// messages from any other origin.
import { expect, test, type Frame, type Page } from '@playwright/test';
import type {} from '../src/ui/kitchen-api.ts';
import { startHostPage, type HostPage } from './pages/host-page.ts';

let host: HostPage;
let app: string;

test.beforeAll(async ({ }, info) => {
  app = info.project.use.baseURL!;
  host = await startHostPage((hostOrigin) => `${app}?embed=1&preset=race-fixed&autorun=1&view=timeline&origin=${encodeURIComponent(hostOrigin)}`);
});
test.afterAll(async () => host.close());

async function kitchenFrame(page: Page): Promise<Frame> {
  await expect.poll(() => page.frames().some((f) => f.url().includes('embed=1'))).toBe(true);
  const frame = page.frames().find((f) => f.url().includes('embed=1'))!;
  await frame.waitForFunction(() => typeof window.kitchen?.run === 'function' && document.querySelector('.monaco-editor') !== null);
  return frame;
}

test('framed by a non-isolated page, ?embed=1 runs a preset on the virtual platform and says so', async ({ page }) => {
  await page.goto(host.url());
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(false);
  const frame = await kitchenFrame(page);
  const inFrame = page.frameLocator('#kitchen');
  expect(await frame.evaluate(() => crossOriginIsolated)).toBe(false);
  expect(await frame.evaluate(() => window.kitchen.platform())).toBe('virtual');
  await expect(inFrame.getByTestId('embed-app')).toBeVisible();
  await expect(inFrame.getByTestId('embed-notice')).toContainText('virtual platform');
  await expect(inFrame.getByTestId('open-new-tab')).toBeVisible();
  // The compact layout has no full-page chrome.
  await expect(inFrame.getByTestId('share')).toHaveCount(0);
  // autorun ran the preset: the locked counter is exact.
  await expect(inFrame.getByTestId('console')).toContainText('expected 200000, got 200000', { timeout: 60_000 });
  await expect(inFrame.getByTestId('timeline')).toBeVisible();
});

test('the postMessage API sets and runs code for the trusted origin', async ({ page }) => {
  await page.goto(host.url());
  const frame = await kitchenFrame(page);
  await expect.poll(() => page.evaluate(() => (window as unknown as { replies: { data: { type: string } }[] }).replies.map((r) => r.data.type))).toContain('ready');
  // Wait for the autorun to end before sending (a run replaces the one in progress).
  await expect(page.frameLocator('#kitchen').getByTestId('console')).toContainText('got 200000', { timeout: 60_000 });
  await page.evaluate(() => {
    const w = window as unknown as { send(m: unknown): void };
    w.send({ kitchen: 1, id: 1, type: 'set-code', code: 'import threading\nt = threading.Thread(target=lambda: print("from the host"))\nt.start(); t.join()\n' });
    w.send({ kitchen: 1, id: 2, type: 'run' });
  });
  await expect.poll(() => page.evaluate(() => (window as unknown as { replies: { data: { id?: number } }[] }).replies.find((r) => r.data.id === 2)?.data), { timeout: 60_000 })
    .toMatchObject({ kitchen: 1, id: 2, type: 'result', result: { stdout: 'from the host\n', exitCode: 0, platform: 'virtual' } });
  const first = await page.evaluate(() => (window as unknown as { replies: { origin: string; data: { id?: number } }[] }).replies.find((r) => r.data.id === 1));
  expect(first).toEqual({ origin: new URL(app).origin, data: { kitchen: 1, id: 1, type: 'ok' } });
  expect(await frame.evaluate(() => window.kitchen.getCode())).toContain('from the host');
});

test('messages from an origin that was not named are ignored', async ({ page }) => {
  // Same host page, reached as 127.0.0.1: another origin than the localhost one the embed trusts.
  const untrusted = new URL(host.url('127.0.0.1'));
  await page.goto(untrusted.href);
  const frame = await kitchenFrame(page);
  const before = await frame.evaluate(() => window.kitchen.getCode());
  // It trusts localhost, so it did not even announce itself to this page.
  await page.evaluate(() => {
    const w = window as unknown as { send(m: unknown): void };
    w.send({ kitchen: 1, id: 1, type: 'set-code', code: 'print("pwned")\n' });
    w.send({ kitchen: 1, id: 2, type: 'get-code' });
    w.send({ kitchen: 1, id: 3, type: 'ping' });
  });
  await page.waitForTimeout(1500);
  expect(await frame.evaluate(() => window.kitchen.getCode())).toBe(before);
  expect(await page.evaluate(() => (window as unknown as { replies: unknown[] }).replies)).toEqual([]);
});
