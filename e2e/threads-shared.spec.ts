// Threads on the page (issue 4, acceptance 1 and 6): on the cross-origin isolated page the
// Run button uses the shared platform (one Web Worker per Python thread over a
// SharedArrayBuffer heap, the GIL an Atomics mutex) and the status line says so. The guide's
// threading.Thread and ThreadPoolExecutor examples print what python3 prints (thread ids
// masked); a deadlock is detected and explained on both platforms; Stop ends a run whose
// threads spin, within 200 ms.
// Expected outputs: `python3 public/examples/0N_....py | sed -E 's/TID:[0-9]+/TID:N/'`
// (python3.11; the two examples print the same masked text).
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type {} from '../src/ui/kitchen-api.ts';
import { KitchenPage } from './pages/kitchen-page.ts';

const example = (name: string) => readFileSync(new URL(`../public/examples/${name}`, import.meta.url), 'utf8');
const PYTHON3_MASKED = '\nTID:N: 1\nTID:N: 1\nTID:N: 2\nTID:N: 2\nTID:N: 3\nTID:N: 3\nTID:N: 4\nTID:N: 4\nTID:N: 5\nTID:N: 5';
const mask = (s: string) => s.replace(/TID:\d+/g, 'TID:N');
/** Equal to python3's up to thread ids and interleaving: the same lines, and each thread's
 *  own lines in python3's order (1 to 5). */
function expectLikePython3(stdout: string, what: string) {
  expect(mask(stdout).split('\n').sort(), what).toEqual(PYTHON3_MASKED.split('\n').sort());
  const byThread = new Map<string, string[]>();
  for (const m of stdout.matchAll(/TID:(\d+): (\d)/g)) byThread.set(m[1], [...(byThread.get(m[1]) ?? []), m[2]]);
  expect([...byThread.values()], what).toEqual([['1', '2', '3', '4', '5'], ['1', '2', '3', '4', '5']]);
}

test('the Run button runs the threading.Thread example on the shared platform, like python3', async ({ page }) => {
  const kitchen = new KitchenPage(page);
  await kitchen.goto();
  await expect(kitchen.statusLine).toHaveAttribute('data-platform', 'shared');
  await expect(kitchen.statusLine).toContainText('platform: shared');
  await expect(kitchen.statusLine).toContainText('Web Worker');
  await kitchen.setCode(example('01_threading_thread.py'));
  await kitchen.runButton.click();
  await kitchen.waitRunEnded();
  expectLikePython3(await kitchen.stdoutText(), 'console');
  expect(await kitchen.stderrText()).toBe('');
});

test('window.kitchen.run on the shared platform: both guide examples, with their traces', async ({ page }) => {
  const kitchen = new KitchenPage(page);
  await kitchen.goto();
  for (const file of ['01_threading_thread.py', '02_thread_pool_executor.py']) {
    await kitchen.setCode(example(file));
    const t0 = Date.now();
    const r = await page.evaluate(() => window.kitchen.run({ platform: 'shared' }));
    const wall = Date.now() - t0;
    expect(r.stderr, file).toBe('');
    expect(r.exitCode, file).toBe(0);
    expectLikePython3(r.stdout, file);
    // The threads' sleeps overlap (sleep releases the GIL): from the trace, the two threads'
    // sleep intervals intersect. (How long the run takes depends on the machine's load.)
    const sleeps = new Map<number, [number, number][]>();
    const since = new Map<number, number>();
    for (const e of r.events) {
      if (e.kind === 'block' && e.what === 'sleep') since.set(e.tid, e.t);
      else if (e.kind === 'unblock' && e.what === 'sleep') sleeps.set(e.tid, [...(sleeps.get(e.tid) ?? []), [since.get(e.tid)!, e.t]]);
    }
    const [one, two] = [...sleeps.values()];
    const overlaps = one.filter(([a, b]) => two.some(([c, d]) => a < d && c < b)).length;
    const span = r.events.at(-1)!.t - r.events[0].t;
    console.log(`${file}: ${wall} ms wall, trace ${(span / 1000).toFixed(0)} ms, ${overlaps} of 5 sleeps overlap the other thread's`);
    expect(overlaps, file).toBeGreaterThanOrEqual(3);
    // The trace: the main thread and the two threads start and end; the GIL changes hands;
    // every sleep released it; events come in time order.
    const starts = r.events.filter((e) => e.kind === 'thread-start');
    expect(starts.map((e) => e.name), file).toContain('MainThread');
    expect(new Set(starts.map((e) => e.tid)).size, file).toBe(3);
    expect(r.events.filter((e) => e.kind === 'thread-end').length, file).toBe(3);
    expect(r.events.filter((e) => e.kind === 'block' && e.what === 'sleep').length, file).toBe(10);
    expect(new Set(r.events.filter((e) => e.kind === 'gil-take').map((e) => e.tid)).size, file).toBe(3);
    expect(r.events.filter((e) => e.kind === 'gil-drop').every((e) => ['interval', 'blocking', 'exit'].includes(String(e.reason))), file).toBe(true);
    for (let i = 1; i < r.events.length; i++) expect(r.events[i].t).toBeGreaterThanOrEqual(r.events[i - 1].t);
  }
});

for (const platform of ['shared', 'virtual'] as const) {
  test(`a deadlock is detected on the ${platform} platform and the console says who waits for what`, async ({ page }) => {
    const kitchen = new KitchenPage(page);
    await kitchen.goto();
    // Two threads take two locks in opposite order (`with` blocks); python3 hangs on it.
    await kitchen.setCode(readFileSync(new URL('../src/engine/shared/__fixtures__/deadlock-with.py', import.meta.url), 'utf8'));
    const r = await page.evaluate((p) => window.kitchen.run({ platform: p }), platform);
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^kitchen: deadlock/);
    expect(r.stderr).toMatch(/MainThread \(line 29\) waits to join alice/);
    expect(r.stderr).toMatch(/alice \(line 14\) waits for lock at 0x[0-9a-f]+, held by bob/);
    expect(r.stderr).toMatch(/bob \(line 21\) waits for lock at 0x[0-9a-f]+, held by alice/);
    await expect(kitchen.console).toContainText('held by bob');
    await expect(kitchen.runButton).toBeEnabled();
  });
}

test('Stop ends a shared-platform run within 200 ms, whatever its threads do', async ({ page }) => {
  const kitchen = new KitchenPage(page);
  await kitchen.goto();
  // Two spinning threads, one thread deadlocked on a lock it holds, one sleeping: no deadlock
  // to detect (a sleeper can still wake), nothing ever ends.
  await kitchen.setCode([
    'import threading, time',
    'def spin():',
    '    while True:',
    '        pass',
    'def stuck():',
    '    l = threading.Lock()',
    '    l.acquire()',
    '    l.acquire()',
    'for f in (spin, spin, stuck):',
    '    threading.Thread(target=f).start()',
    'print("started", flush=True)',
    'while True:',
    '    time.sleep(0.05)',
    '',
  ].join('\n'));
  await kitchen.runButton.click();
  await expect(kitchen.console).toContainText('started');
  await page.waitForTimeout(300);
  const stopMs = await page.evaluate(async () => {
    const consoleEl = document.querySelector('[data-testid="console"]')!;
    const t0 = performance.now();
    (document.querySelector('[data-testid="stop"]') as HTMLButtonElement).click();
    return await new Promise<number>((res) => {
      const check = () => {
        if (consoleEl.textContent!.includes('Stopped.')) {
          res(performance.now() - t0);
          return true;
        }
        return false;
      };
      if (check()) return;
      const mo = new MutationObserver(() => check() && mo.disconnect());
      mo.observe(consoleEl, { childList: true, subtree: true, characterData: true });
    });
  });
  console.log(`Stop took ${stopMs.toFixed(0)} ms`);
  expect(stopMs).toBeLessThan(200);
  await expect(kitchen.runStatus).toHaveAttribute('data-status', 'stopped');
  // The next run starts from fresh workers and works.
  await kitchen.setCode('import threading\nt = threading.Thread(target=print, args=("again",))\nt.start(); t.join()\n');
  const again = await page.evaluate(() => window.kitchen.run());
  expect(again).toMatchObject({ stdout: 'again\n', exitCode: 0, stopped: false });
});

test('the free-threaded switch: off the GIL on the shared platform and on the virtual one', async ({ page }) => {
  const kitchen = new KitchenPage(page);
  await kitchen.goto();
  const toggle = page.getByTestId('free-threaded');
  // Shared platform: threads run with no GIL, so the trace has no GIL events at all.
  await expect(toggle).toBeEnabled();
  await toggle.check();
  const ft = await page.evaluate(async () => {
    window.kitchen.setCode('import threading\nts = [threading.Thread(target=sum, args=(range(100000),)) for _ in range(2)]\nfor t in ts: t.start()\nfor t in ts: t.join()\nprint("done")\n');
    const r = await window.kitchen.run();
    return { stdout: r.stdout, exitCode: r.exitCode, gil: r.events.filter((e) => e.kind.startsWith('gil-')).length, starts: r.events.filter((e) => e.kind === 'thread-start').length };
  });
  expect(ft).toMatchObject({ stdout: 'done\n', exitCode: 0, gil: 0 });
  expect(ft.starts).toBeGreaterThanOrEqual(2);
  await toggle.uncheck();
  const gil = await page.evaluate(async () => {
    const r = await window.kitchen.run();
    return r.events.filter((e) => e.kind === 'gil-take').length;
  });
  expect(gil).toBeGreaterThan(0);
  await page.getByTestId('platform').selectOption('virtual');
  await expect(toggle).toBeEnabled();
  await toggle.check();
  await kitchen.setCode([
    'import threading',
    'def work():',
    '    total = 0',
    '    for i in range(200000):',
    '        total += i',
    '    print(total)',
    'ts = [threading.Thread(target=work) for _ in range(2)]',
    'for t in ts: t.start()',
    'for t in ts: t.join()',
    '',
  ].join('\n'));
  await kitchen.runButton.click();
  await kitchen.waitRunEnded();
  expect(await kitchen.stdoutText()).toBe('19999900000\n19999900000\n');
  // No GIL: the two threads ran at the same time on the virtual cores.
  const stats = await page.evaluate(() => window.kitchen.stats());
  expect(stats!.parallelism).toBeGreaterThan(1.2);
  await toggle.uncheck();
  await kitchen.runButton.click();
  await kitchen.waitRunEnded();
  const withGil = await page.evaluate(() => window.kitchen.stats());
  expect(withGil!.parallelism).toBeLessThan(1.2);
});
