// The timeline and its companions in the page (issue 7): the timeline grows while a program
// runs and Stop freezes it; playback at 0.05× highlights each thread's line in the editor in
// the thread's colour and the console shows the output up to the cursor; the exports download
// valid Chrome Trace Event JSON, an SVG and a PNG. Screenshots are kept as test artifacts.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type {} from '../src/ui/kitchen-api.ts';
import { validateTraceEvents, fromChromeTrace } from '../src/trace/import-chrome.ts';
import { KitchenPage } from './pages/kitchen-page.ts';

const EXAMPLE = readFileSync(new URL('../public/examples/01_threading_thread.py', import.meta.url), 'utf8');

// Two CPU-bound daemon threads printing now and then, and a main thread that never ends.
const ENDLESS = `import threading, time

def work(n):
    i = 0
    while True:
        i += 1
        if i % 20000 == 0:
            print(n, i)

for k in range(2):
    threading.Thread(target=work, args=(k,), daemon=True).start()
while True:
    time.sleep(0.01)
`;

test('live: the timeline grows while the program runs, and Stop freezes it', async ({ page }, testInfo) => {
  const kitchen = new KitchenPage(page);
  await kitchen.goto();
  await kitchen.setCode(ENDLESS);
  await page.getByTestId('platform').selectOption('virtual');
  await kitchen.runButton.click();
  await expect(page.getByTestId('timeline-area')).toHaveAttribute('data-live', 'true');
  // Wait for a first batch, then watch it grow while the status still says running.
  await expect.poll(() => page.evaluate(() => window.kitchen.timelineEvents()), { timeout: 20_000 }).toBeGreaterThan(0);
  const first = await page.evaluate(() => window.kitchen.timelineEvents());
  await expect.poll(() => page.evaluate(() => window.kitchen.timelineEvents()), { timeout: 20_000 }).toBeGreaterThan(first);
  await expect(kitchen.runStatus).toHaveAttribute('data-status', 'running');
  // The second worker thread starts once the main thread gets the GIL back from the first:
  // its lane may come in a later batch than the first growth.
  await expect.poll(async () => (await page.evaluate(() => window.kitchen.lanes())).filter((l) => l.kind === 'thread').length, { timeout: 20_000 }).toBe(3);
  await expect(kitchen.runStatus).toHaveAttribute('data-status', 'running');
  await page.getByTestId('timeline-area').screenshot({ path: testInfo.outputPath('live-timeline.png') });

  await kitchen.stopButton.click();
  await kitchen.waitRunEnded();
  await expect(page.getByTestId('timeline-area')).toHaveAttribute('data-live', 'false');
  const frozen = await page.evaluate(() => window.kitchen.timelineEvents());
  expect(frozen).toBeGreaterThan(first);
  await page.waitForTimeout(700);
  expect(await page.evaluate(() => window.kitchen.timelineEvents())).toBe(frozen);
  expect(await page.evaluate(() => window.kitchen.playback().end)).toBeGreaterThan(0);
  await page.getByTestId('timeline-area').screenshot({ path: testInfo.outputPath('stopped-timeline.png') });
});

test('playback at 0.05x highlights each thread\'s line in its colour, and the console shows output up to the cursor', async ({ page }, testInfo) => {
  const kitchen = new KitchenPage(page);
  await kitchen.goto();
  await kitchen.setCode(EXAMPLE);
  const r = await page.evaluate(() => window.kitchen.run({ platform: 'virtual', seed: 1 }));
  expect(r.exitCode).toBe(0);
  const names = r.events.filter((e) => e.kind === 'thread-start').map((e) => String(e.name));
  expect(names).toHaveLength(3);
  const [main, w1, w2] = names as [string, string, string];
  await page.evaluate(() => window.kitchen.setSpeed(0.05));

  // Plays from `from` for `ms` of real time at 0.05x, pauses, returns the cursor and highlights.
  const playAt = async (from: number, ms: number) => {
    await page.evaluate((t) => window.kitchen.seek(t), from);
    await page.evaluate(() => window.kitchen.play());
    await page.waitForTimeout(ms);
    await page.evaluate(() => window.kitchen.pause());
    return page.evaluate(() => ({ cursor: window.kitchen.playback().cursor!, lines: window.kitchen.highlights() }));
  };
  const lineOf = (lines: { line: number; thread: string }[], who: string) => lines.find((l) => l.thread === who)?.line;

  // Instant 1, in the first sleep (0.09 s + 0.05 x 300 ms = about 0.105 s): both workers are
  // in time.sleep(.2) (line 6), MainThread in thread1.join() (line 18).
  const a = await playAt(90_000, 300);
  expect(a.cursor).toBeGreaterThan(90_000);
  expect(a.cursor).toBeLessThan(199_000);
  expect(lineOf(a.lines, w1)).toBe(6);
  expect(lineOf(a.lines, w2)).toBe(6);
  expect(lineOf(a.lines, main)).toBe(18);
  expect(new Set(a.lines.map((l) => l.color)).size).toBe(3);
  // The editor shows it: two tinted lines, each with its threads' names written on it.
  const editor = page.getByTestId('editor');
  await expect(editor.locator('[class*="ck-thread-line-"]')).toHaveCount(2);
  const written = await editor.locator('[class*="ck-thread-at-"]').evaluateAll((els) => els.map((e) => getComputedStyle(e, '::after').content).sort());
  expect(written).toHaveLength(2);
  expect(written.find((c) => c.includes(main))).toBe(`"\u25c0 ${main}"`);
  expect(written.find((c) => c.includes(w1))).toContain(w2);
  await expect(page.getByTestId('console-at-cursor')).toBeVisible();
  expect(await kitchen.stdoutText()).toBe('');
  await page.screenshot({ path: testInfo.outputPath('playback-instant-1.png') });

  // Instant 2: a worker's first print. Playing on from just before it, the cursor passes it
  // while the printing worker is on its print line (7) and the console holds that one line.
  const firstPrint = r.events.find((e) => e.kind === 'print')!;
  const printer = r.events.find((e) => e.kind === 'thread-start' && e.tid === firstPrint.tid)!.name as string;
  const b = await playAt(firstPrint.t - 1, 60);
  expect(b.cursor).toBeGreaterThanOrEqual(firstPrint.t);
  const nextOfPrinter = r.events.find((e) => e.tid === firstPrint.tid && e.t > firstPrint.t)!;
  if (b.cursor < nextOfPrinter.t) expect(lineOf(b.lines, printer)).toBe(7);
  const printedBy = r.events.filter((e) => e.kind === 'print' && e.t <= b.cursor).map((e) => String(e.text)).join('');
  expect(await kitchen.stdoutText()).toBe(printedBy);
  expect(printedBy).toContain('TID:');
  await page.screenshot({ path: testInfo.outputPath('playback-instant-2.png') });

  // Instant 3: after the first worker has finished: it has no highlight any more.
  const firstEnd = r.events.find((e) => e.kind === 'thread-end' && e.tid !== r.events[0]!.tid)!;
  const endedName = r.events.find((e) => e.kind === 'thread-start' && e.tid === firstEnd.tid)!.name as string;
  await page.evaluate((t) => window.kitchen.seek(t), firstEnd.t);
  const c = { lines: await page.evaluate(() => window.kitchen.highlights()) };
  expect(c.lines.map((l) => l.thread)).not.toContain(endedName);
  const mainEnd = r.events.find((e) => e.kind === 'thread-end' && e.tid === r.events[0]!.tid)!.t;
  if (mainEnd > firstEnd.t) expect(c.lines.map((l) => l.thread)).toContain(main);
  await page.screenshot({ path: testInfo.outputPath('playback-instant-3.png') });

  // No cursor: no highlights, and the console shows the whole output again.
  await page.evaluate(() => window.kitchen.seek(null));
  await expect(editor.locator('[class*="ck-thread-line-"]')).toHaveCount(0);
  await expect(page.getByTestId('console-at-cursor')).toHaveCount(0);
});

test('export: Chrome Trace Event JSON that re-imports, the timeline as SVG and PNG', async ({ page }, testInfo) => {
  const kitchen = new KitchenPage(page);
  await kitchen.goto();
  await kitchen.setCode(EXAMPLE);
  const r = await page.evaluate(async () => {
    const res = await window.kitchen.run({ platform: 'virtual', seed: 1 });
    return { exitCode: res.exitCode, threads: res.events.filter((e) => e.kind === 'thread-start').map((e) => String(e.name)) };
  });
  expect(r.exitCode).toBe(0);

  const save = async (testId: string, name: string) => {
    const [dl] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
    expect(dl.suggestedFilename()).toBe(name);
    const path = testInfo.outputPath(name);
    await dl.saveAs(path);
    return readFileSync(path);
  };
  const json = JSON.parse((await save('export-trace', 'trace.json')).toString('utf8'));
  expect(validateTraceEvents(json)).toEqual([]);
  const model = fromChromeTrace(json);
  expect(model.threads.map((t) => t.name)).toEqual(r.threads);
  expect(model.segments.length).toBeGreaterThan(10);

  const svg = (await save('export-svg', 'timeline.svg')).toString('utf8');
  expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  for (const name of r.threads) expect(svg).toContain(name);
  expect(svg).toContain('simulated time');

  const png = await save('export-png', 'timeline.png');
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  // IHDR: twice the SVG's width.
  expect(png.readUInt32BE(16)).toBe(2400);
  expect(png.readUInt32BE(20)).toBeGreaterThan(100);
});

test('reduced motion and high contrast: the kitchen steps without walking, both views switch ink', async ({ page }, testInfo) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const kitchen = new KitchenPage(page);
  await kitchen.goto();
  await kitchen.setCode(EXAMPLE);
  await page.evaluate(() => window.kitchen.run({ platform: 'virtual', seed: 1 }));
  await page.getByTestId('view-kitchen').click();
  await page.evaluate(() => window.kitchen.seek(100_000));
  const view = page.locator('.kitchen-view');
  await expect(view).toHaveAttribute('data-motion', 'reduced');
  await expect(view).toHaveAttribute('data-contrast', 'standard');
  await page.getByTestId('high-contrast').check();
  await expect(view).toHaveAttribute('data-contrast', 'high');
  await page.getByTestId('timeline-area').screenshot({ path: testInfo.outputPath('kitchen-high-contrast.png') });
  await page.getByTestId('view-timeline').click();
  await page.getByTestId('timeline-area').screenshot({ path: testInfo.outputPath('timeline-high-contrast.png') });

  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await page.getByTestId('view-kitchen').click();
  await page.evaluate(() => window.kitchen.seek(700_000));
  await expect(page.locator('.kitchen-view')).toHaveAttribute('data-motion', 'walk');
});
