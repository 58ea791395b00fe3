// Issue 9, "Classroom": presets beside the editor, projector mode, keyboard shortcuts (that
// leave typing alone), "predict first", the embed-code dialog, and keyboard reachability.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type {} from '../src/ui/kitchen-api.ts';
import { ClassroomPage } from './pages/classroom-page.ts';

const THREADS = readFileSync(new URL('../public/examples/01_threading_thread.py', import.meta.url), 'utf8');

test('choosing a preset loads its program and shows its explanation in the guide\'s terms', async ({ page }) => {
  const kitchen = new ClassroomPage(page);
  await kitchen.goto();
  await kitchen.choosePreset('threading-thread', THREADS);
  await expect(kitchen.presetExplanation).toContainText('Guide: Python Threading');
  await expect(kitchen.presetExplanation).toContainText('GIL');
});

test('?preset= loads a preset and ?view= picks the view', async ({ page }) => {
  const kitchen = new ClassroomPage(page);
  await kitchen.goto('/?preset=deadlock&view=kitchen');
  await expect.poll(() => page.evaluate(() => window.kitchen.getCode())).toContain('fork = threading.Lock()');
  expect(await page.evaluate(() => window.kitchen.playback().view)).toBe('kitchen');
  await expect(kitchen.presetSelect).toHaveValue('deadlock');
});

test('projector mode enlarges the type and hides the chrome', async ({ page }) => {
  const kitchen = new ClassroomPage(page);
  await kitchen.goto();
  const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  const normal = await size();
  await kitchen.projectorToggle.click();
  await expect(page.locator('html')).toHaveClass(/projector/);
  expect(await size()).toBeGreaterThan(normal * 1.3);
  await expect(kitchen.statusLine).toBeHidden();
  await expect(page.locator('.app-title')).toBeHidden();
  await kitchen.projectorToggle.click();
  await expect(kitchen.statusLine).toBeVisible();
});

test('shortcuts: Space plays, arrows step, Esc stops — but not while typing in the editor', async ({ page }) => {
  const kitchen = new ClassroomPage(page);
  await kitchen.goto();
  await kitchen.setCode(THREADS);
  await page.evaluate(() => window.kitchen.run({ platform: 'virtual' }));
  await page.locator('body').click({ position: { x: 2, y: 2 } });
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const pb = () => page.evaluate(() => window.kitchen.playback());
  await page.keyboard.press('Home');
  const start = (await pb()).start;
  expect((await pb()).cursor).toBe(start);
  await page.keyboard.press('ArrowRight');
  const next = (await pb()).cursor!;
  expect(next).toBeGreaterThan(start);
  await page.keyboard.press('ArrowLeft');
  expect((await pb()).cursor).toBe(start);
  await page.keyboard.press('Space');
  await expect.poll(async () => (await pb()).playing).toBe(true);
  await page.keyboard.press('Space');
  await expect.poll(async () => (await pb()).playing).toBe(false);

  // In the editor the same keys type and move the caret.
  await kitchen.setCode('x = 1\n');
  const cursorBefore = (await pb()).cursor;
  await kitchen.editor.locator('.monaco-editor').click();
  await page.keyboard.press('End');
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowLeft');
  expect((await pb()).cursor).toBe(cursorBefore);
  expect((await pb()).playing).toBe(false);
  await expect.poll(() => page.evaluate(() => window.kitchen.getCode())).toContain(' ');

  // Esc stops a running program, even from the editor; Ctrl+Enter runs.
  await kitchen.setCode('while True:\n    pass\n');
  await page.keyboard.press('ControlOrMeta+Enter');
  await expect(kitchen.runStatus).toHaveAttribute('data-status', 'running');
  await page.keyboard.press('Escape');
  await expect(kitchen.runStatus).toHaveAttribute('data-status', 'stopped');
});

test('predict first hides the result until revealed, then compares with the guide', async ({ page }) => {
  const kitchen = new ClassroomPage(page);
  await kitchen.goto();
  await kitchen.choosePreset('threading-thread', THREADS);
  await kitchen.predictToggle.click();
  await kitchen.runButton.click();
  await expect(kitchen.predictOverlay).toBeVisible();
  await expect(kitchen.predictOverlay).toContainText('About how long does the run take?');
  await expect(kitchen.console).toBeHidden();
  await page.getByLabel('about 1 s: the sleeps overlap').check();
  await expect(kitchen.predictOverlay).toContainText('The run has finished.', { timeout: 30_000 });
  await kitchen.reveal.click();
  await expect(kitchen.console).toBeVisible();
  await expect(kitchen.console).toContainText('TID:');
  await expect(page.getByTestId('predict-result')).toContainText('you agree with the guide');
});

test('the embed dialog gives an iframe snippet for the preset in the editor', async ({ page }) => {
  const kitchen = new ClassroomPage(page);
  await kitchen.goto();
  await kitchen.choosePreset('threading-thread', THREADS);
  await page.getByTestId('embed-code-open').click();
  const code = page.getByTestId('embed-code');
  await expect(code).toHaveValue(/<iframe src="http:\/\/localhost:\d+\/\?embed=1&amp;preset=threading-thread&amp;view=timeline"/);
  await page.getByLabel('Run when loaded').check();
  await expect(code).toHaveValue(/autorun=1/);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('embed-dialog')).toBeHidden();
});

test('every control of the header can be reached with Tab', async ({ page }) => {
  const kitchen = new ClassroomPage(page);
  await kitchen.goto();
  const wanted = ['run', 'platform', 'compare-toggle', 'predict-toggle', 'projector-toggle', 'share', 'embed-code-open', 'preset-select'];
  const reached = new Set<string>();
  await page.locator('body').focus();
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    const id = await page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? '');
    if (id) reached.add(id);
  }
  for (const id of wanted) expect(reached, id).toContain(id);
});
