// The virtual platform from the page (issues 7 and 8): the guide's threading example runs
// with window.kitchen.run({ platform: 'virtual', seed: 1 }), returns its trace, and the trace
// is drawn as the timeline (canvas) and as the kitchen (SVG chefs) at a playback cursor, with
// the stats line under it. Screenshots are kept under test-results/ as artifacts.
// The expected output is python3.11's for this program, thread ids masked (they differ per run).
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type {} from '../src/ui/kitchen-api.ts';
import { KitchenPage } from './pages/kitchen-page.ts';

const EXAMPLE = readFileSync(new URL('../public/examples/01_threading_thread.py', import.meta.url), 'utf8');
// `python3 public/examples/01_threading_thread.py | sed -E 's/TID:[0-9]+/TID:N/'`
const PYTHON3_MASKED = '\nTID:N: 1\nTID:N: 1\nTID:N: 2\nTID:N: 2\nTID:N: 3\nTID:N: 3\nTID:N: 4\nTID:N: 4\nTID:N: 5\nTID:N: 5';
const mask = (s: string) => s.replace(/TID:\d+/g, 'TID:N');

test('the threading example runs on the virtual platform and is drawn as timeline and kitchen', async ({ page }, testInfo) => {
  const kitchen = new KitchenPage(page);
  await kitchen.goto();
  await kitchen.setCode(EXAMPLE);
  const r = await page.evaluate(() => window.kitchen.run({ platform: 'virtual', seed: 1 }));
  expect(r.exitCode).toBe(0);
  expect(r.stderr).toBe('');
  expect(mask(r.stdout)).toBe(PYTHON3_MASKED);
  await expect(kitchen.console).toContainText('TID:');
  expect(mask(await kitchen.stdoutText())).toBe(PYTHON3_MASKED);

  // The trace: the main thread and the two workers start; the GIL is taken and handed over.
  const starts = r.events.filter((e) => e.kind === 'thread-start');
  expect(new Set(starts.map((e) => e.tid)).size).toBe(3);
  expect(starts.map((e) => e.name)).toContain('MainThread');
  const takes = r.events.filter((e) => e.kind === 'gil-take');
  expect(takes.length).toBeGreaterThan(3);
  expect(new Set(takes.map((e) => e.tid)).size).toBe(3);
  expect(r.events.filter((e) => e.kind === 'block' && e.what === 'sleep').length).toBe(10);
  // Events are in time order.
  for (let i = 1; i < r.events.length; i++) expect(r.events[i].t).toBeGreaterThanOrEqual(r.events[i - 1].t);
  // Ten sleeps of 0.2 s in two threads: about one simulated second.
  const end = r.events[r.events.length - 1].t;
  expect(end).toBeGreaterThanOrEqual(1_000_000);
  expect(end).toBeLessThan(1_100_000);

  // The timeline is drawn on a canvas; the stats line gives the trace's figures.
  await page.getByTestId('view-timeline').click();
  const timeline = page.getByTestId('timeline');
  await expect(timeline).toHaveAttribute('data-events', String(r.events.length));
  const canvas = timeline.locator('canvas');
  await expect(canvas).toBeVisible();
  const size = await canvas.evaluate((c: HTMLCanvasElement) => ({ w: c.width, h: c.height }));
  expect(size.w).toBeGreaterThan(200);
  expect(size.h).toBeGreaterThan(60);
  const stats = await page.evaluate(() => window.kitchen.stats());
  expect(stats).not.toBeNull();
  expect(stats!.gilSwitches).toBeGreaterThan(0);
  expect(stats!.wall).toBe(end - r.events[0].t);
  const statsLine = page.getByTestId('trace-stats');
  await expect(statsLine).toContainText('(simulated)');
  await expect(statsLine.locator('[data-stat="gil-switches"]')).toHaveText(String(stats!.gilSwitches));
  await expect(statsLine.locator('[data-stat="parallelism"]')).toHaveText(`${stats!.parallelism.toFixed(2)}×`);

  // A cursor in the middle of the run: the timeline draws its line, the kitchen its scene.
  const mid = r.events.find((e) => e.kind === 'block' && e.what === 'sleep')!.t + 50_000;
  await page.evaluate((t) => window.kitchen.seek(t), mid);
  await expect(page.getByTestId('playback-time')).toContainText('/ 1.00 s');
  await page.getByTestId('timeline-area').screenshot({ path: testInfo.outputPath('01-threading-timeline.png') });

  await page.getByTestId('view-kitchen').click();
  const svg = page.getByTestId('kitchen').locator('svg');
  await expect(svg).toBeVisible();
  const chefs = svg.locator('[data-chef]');
  await expect(chefs).toHaveCount(3);
  // Mid-sleep: both workers are away (time.sleep); MainThread waits at the pantry in join().
  const places = await chefs.evaluateAll((els) => els.map((e) => `${e.getAttribute('data-chef')}:${e.getAttribute('data-place')}`));
  expect(places.filter((p) => p.endsWith(':away')).length).toBe(2);
  expect(places).toContain('MainThread:pantry');
  await expect(page.getByTestId('kitchen-caption')).toContainText('are away waiting for deliveries (time.sleep) at the same time');
  await page.getByTestId('timeline-area').screenshot({ path: testInfo.outputPath('01-threading-kitchen.png') });

  // Playback moves the cursor forward at the chosen speed, and pauses.
  // At 0.5x the 0.5 s left after `mid` take a second: pausing after 300 ms of wall time
  // lands before the end even on a slow machine (at the end playback would stop by itself,
  // and the pause click would start it again).
  await page.evaluate(() => window.kitchen.setSpeed(0.5));
  await page.getByTestId('play').click();
  await expect(page.getByTestId('play')).toHaveAttribute('aria-pressed', 'true');
  await page.waitForTimeout(300);
  await page.getByTestId('play').click();
  await expect(page.getByTestId('play')).toHaveAttribute('aria-pressed', 'false');
  const pb = await page.evaluate(() => window.kitchen.playback());
  expect(pb.playing).toBe(false);
  expect(pb.cursor!).toBeGreaterThan(mid + 50_000);
  expect(pb.cursor!).toBeLessThanOrEqual(end);

  // The same seed gives the same run, event for event.
  const again = await page.evaluate(() => window.kitchen.run({ platform: 'virtual', seed: 1 }));
  expect(again.events).toEqual(r.events);
  expect(again.stdout).toBe(r.stdout);
});

test('the toolbar chooses the platform; Run on virtual fills the timeline and the stats line', async ({ page }, testInfo) => {
  const kitchen = new KitchenPage(page);
  await kitchen.goto();
  await kitchen.setCode(EXAMPLE);
  await page.getByTestId('platform').selectOption('virtual');
  await expect(kitchen.statusLine).toContainText('platform: virtual');
  expect(await page.evaluate(() => window.kitchen.platform())).toBe('virtual');
  await kitchen.runButton.click();
  await kitchen.waitRunEnded();
  expect(mask(await kitchen.stdoutText())).toBe(PYTHON3_MASKED);
  await expect(page.getByTestId('timeline').locator('canvas')).toBeVisible();
  await expect(page.getByTestId('trace-stats')).toContainText('GIL switches');
  await page.screenshot({ path: testInfo.outputPath('01-threading-page.png') });

  // Options of the virtual platform are refused on the shared one.
  const err = await page.evaluate(() => window.kitchen.run({ platform: 'shared', seed: 2 }).then(() => '', (e: Error) => e.message));
  expect(err).toContain('seed');
});

// Issue 7, acceptance 1 (the examples our engine runs today on the virtual platform): each
// runs, its threads get a lane, and a screenshot of timeline and kitchen is kept. Exit status
// is python3's (0); 16_deadlock's threads are daemons its main thread gives up waiting for.
const GUIDE: { file: string; threads: number; exitCode: number; extra?: string }[] = [
  { file: '10_cpu_bound_threads.py', threads: 3, exitCode: 0, extra: 'gil-drop-request' },
  { file: '11_io_bound_threads.py', threads: 6, exitCode: 0 },
  { file: '13_io_bound_asyncio.py', threads: 1, exitCode: 0, extra: 'task-step' },
  { file: '14_race_condition.py', threads: 5, exitCode: 0, extra: 'gil-drop-request' },
  { file: '15_race_fixed_with_lock.py', threads: 5, exitCode: 0, extra: 'gil-drop-request' },
  { file: '16_deadlock.py', threads: 3, exitCode: 0 },
  { file: '17_producer_consumer.py', threads: 4, exitCode: 0 },
  { file: '20_gil_vs_free_threaded.py', threads: 5, exitCode: 0, extra: 'gil-drop-request' },
];

for (const ex of GUIDE) {
  test(`guide example ${ex.file} on the virtual platform: lanes, stats, screenshots`, async ({ page }, testInfo) => {
    const kitchen = new KitchenPage(page);
    await kitchen.goto();
    await kitchen.setCode(readFileSync(new URL(`../public/examples/${ex.file}`, import.meta.url), 'utf8'));
    const r = await page.evaluate(async () => {
      const res = await window.kitchen.run({ platform: 'virtual', seed: 1 });
      // Summarise in the page: a big trace need not cross to the test process.
      const tids = new Set(res.events.filter((e) => e.kind === 'thread-start').map((e) => e.tid));
      return { exitCode: res.exitCode, stderr: res.stderr, threads: tids.size, count: res.events.length, kinds: [...new Set(res.events.map((e) => e.kind))] };
    });
    expect(r.exitCode).toBe(ex.exitCode);
    expect(r.stderr).toBe('');
    expect(r.threads).toBe(ex.threads);
    expect(r.kinds).toContain('gil-take');
    if (ex.extra) expect(r.kinds).toContain(ex.extra);
    const timeline = page.getByTestId('timeline');
    await expect(timeline).toHaveAttribute('data-events', String(r.count));
    await expect(timeline.locator('canvas')).toBeVisible();
    await expect(page.getByTestId('trace-stats')).toContainText('GIL switches');
    const name = ex.file.replace(/\.py$/, '');
    const pb = await page.evaluate(() => window.kitchen.playback());
    await page.evaluate((t) => window.kitchen.seek(t), pb.start + (pb.end - pb.start) / 3);
    await page.getByTestId('timeline-area').screenshot({ path: testInfo.outputPath(`${name}-timeline.png`) });
    await page.getByTestId('view-kitchen').click();
    await expect(page.getByTestId('kitchen').locator('svg [data-chef]').first()).toBeAttached();
    await page.getByTestId('timeline-area').screenshot({ path: testInfo.outputPath(`${name}-kitchen.png`) });
  });
}
