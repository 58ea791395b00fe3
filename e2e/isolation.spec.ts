// Acceptance 1: the served app is cross-origin isolated (headers from the server) and says so.
import { expect, test } from '@playwright/test';
import type {} from '../src/ui/kitchen-api.ts';
import { KitchenPage } from './pages/kitchen-page.ts';

test('the page is served with COOP/COEP/CORP and is cross-origin isolated', async ({ page }) => {
  const response = await page.goto('/');
  const headers = response!.headers();
  expect(headers['cross-origin-opener-policy']).toBe('same-origin');
  expect(headers['cross-origin-embedder-policy']).toBe('require-corp');
  expect(headers['cross-origin-resource-policy']).toBe('same-origin');

  const kitchen = new KitchenPage(page);
  await kitchen.waitReady();
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
  expect(await page.evaluate(() => typeof SharedArrayBuffer)).toBe('function');
  expect(await page.evaluate(() => window.kitchen.platform())).toBe('shared');
  await expect(kitchen.statusLine).toHaveAttribute('data-isolated', 'true');
  await expect(kitchen.statusLine).toContainText('platform: shared');
});

test('the editor highlights Python and the timeline area is laid out', async ({ page }) => {
  const kitchen = new KitchenPage(page);
  await kitchen.goto();
  await kitchen.setCode('def f():\n    return "text"  # note\n');
  // Monarch tokens from the Python contribution: a keyword and a string get their own classes.
  await expect(page.locator('.monaco-editor .view-line span.mtk8, .monaco-editor .view-line span[class*="mtk"]').first()).toBeVisible();
  const classes = await page.locator('.monaco-editor .view-lines span span').evaluateAll((els) => new Set(els.map((e) => e.className)).size);
  expect(classes).toBeGreaterThanOrEqual(3);
  const box = await page.getByTestId('timeline-area').boundingBox();
  expect(box!.height).toBeGreaterThan(100);
});
