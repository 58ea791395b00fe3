// Issue 9, acceptance 1: a share link round-trips the code, the options and the view.
import { expect, test } from '@playwright/test';
import type {} from '../src/ui/kitchen-api.ts';
import { ClassroomPage } from './pages/classroom-page.ts';

const PROGRAM = 'import threading\n\n# ünïcode and "quotes" survive\nt = threading.Thread(target=print, args=("shared",))\nt.start()\nt.join()\n';

test('a share link restores code, platform, view, speed and classroom toggles', async ({ page, context }) => {
  const kitchen = new ClassroomPage(page);
  await kitchen.goto();
  await kitchen.setCode(PROGRAM);
  await page.getByTestId('platform').selectOption('virtual');
  await page.getByTestId('view-kitchen').click();
  await page.getByTestId('speed').selectOption('0.25');
  await kitchen.predictToggle.click();
  const url = await kitchen.shareUrl();
  expect(url.startsWith(new URL('/', page.url()).href)).toBe(true);
  expect(url.length).toBeLessThan(600);

  const other = new ClassroomPage(await context.newPage());
  await other.goto(url);
  await expect.poll(() => other.page.evaluate(() => window.kitchen.getCode())).toBe(PROGRAM);
  expect(await other.page.evaluate(() => window.kitchen.platform())).toBe('virtual');
  expect(await other.page.evaluate(() => window.kitchen.playback().view)).toBe('kitchen');
  expect(await other.page.evaluate(() => window.kitchen.playback().speed)).toBe(0.25);
  await expect(other.page.getByTestId('view-kitchen')).toHaveAttribute('aria-pressed', 'true');
  await expect(other.predictToggle).toHaveAttribute('aria-pressed', 'true');

  // And the restored program runs.
  const r = await other.page.evaluate(() => window.kitchen.run());
  expect(r).toMatchObject({ stdout: 'shared\n', exitCode: 0 });
});

test('a damaged share link is reported, not applied', async ({ page }) => {
  const kitchen = new ClassroomPage(page);
  await kitchen.goto('/#k1=AAAA-not-deflate');
  await expect(kitchen.console).toContainText('This share link could not be opened');
});
