// Every example of the guide (public/examples) on the virtual platform (issue 7 acceptance 1,
// issue 8 acceptance 1): it runs, the timeline shows the lanes and states the program must
// produce (read through window.kitchen.lanes(), which lays out the model the canvas draws),
// the stats line gives the guide's verdict, and the kitchen scene at three instants (a
// quarter, half and three quarters of the run) has the right kind of restaurant. A screenshot
// of the timeline and one of the kitchen at each instant are kept as test artifacts.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type {} from '../src/ui/kitchen-api.ts';
import type { LaneSummary } from '../src/ui/trace-pane/views-api.ts';
import { KitchenPage } from './pages/kitchen-page.ts';

interface Expect {
  file: string;
  freeThreaded?: boolean;
  processes: number;
  threads: number;
  /** At least this many asyncio task lanes. */
  tasks?: number;
  /** States that some worker lane (not a process's first thread) must show. */
  workerStates?: string[];
  /** States some lane must show. */
  anyStates?: string[];
  /** States no worker lane may show. */
  notWorkerStates?: string[];
  verdict?: RegExp;
  /** Scene mode in the middle of the run. */
  mode: 'sequential' | 'threads' | 'processes' | 'asyncio';
}

// What each program does, read from its source: who sleeps, who computes, who waits on what.
const EXAMPLES: Expect[] = [
  { file: '01_threading_thread.py', processes: 1, threads: 3, workerStates: ['blocked:sleep'], anyStates: ['blocked:join'], verdict: /^I\/O-bound threads: 2 threads/, mode: 'threads' },
  { file: '02_thread_pool_executor.py', processes: 1, threads: 3, workerStates: ['blocked:sleep'], verdict: /^I\/O-bound threads/, mode: 'threads' },
  { file: '03_multiprocessing_process.py', processes: 3, threads: 3, anyStates: ['blocked:sleep', 'blocked:join'], verdict: /^Processes: 3 processes, each with its own GIL/, mode: 'processes' },
  { file: '04_process_pool_executor.py', processes: 3, threads: 4, anyStates: ['blocked:sleep'], verdict: /^Processes: 3 processes/, mode: 'processes' },
  { file: '05_processes_with_thread_pools.py', processes: 3, threads: 10, workerStates: ['blocked:sleep'], verdict: /^Processes: 3 processes/, mode: 'processes' },
  { file: '06_asyncio_gather_blocking_sleep.py', processes: 1, threads: 1, tasks: 6, anyStates: ['blocked:sleep'], verdict: /^asyncio: a blocking call inside a coroutine froze the event loop/, mode: 'asyncio' },
  { file: '10_cpu_bound_threads.py', processes: 1, threads: 3, workerStates: ['running', 'waiting-gil'], notWorkerStates: ['blocked:sleep'], verdict: /^CPU-bound threads: 2 threads took [12]\.\d\d× one thread's time — the GIL let only one run at a time$/, mode: 'threads' },
  { file: '11_io_bound_threads.py', processes: 1, threads: 6, workerStates: ['blocked:sleep'], verdict: /^I\/O-bound threads: 5 threads waited 2\.50 s in all/, mode: 'threads' },
  { file: '12_cpu_bound_processes.py', processes: 3, threads: 4, anyStates: ['running'], verdict: /^Processes: 3 processes, each with its own GIL — up to [2-4] ran at the same instant; parallelism (1\.[5-9]|[2-9]\.)/, mode: 'processes' },
  { file: '13_io_bound_asyncio.py', processes: 1, threads: 1, tasks: 10, anyStates: ['awaiting', 'blocked:select'], verdict: /^asyncio: \d+ tasks awaited .* the loop switched tasks at each await$/, mode: 'asyncio' },
  { file: '14_race_condition.py', processes: 1, threads: 5, workerStates: ['waiting-gil'], verdict: /^CPU-bound threads: 4 threads/, mode: 'threads' },
  { file: '15_race_fixed_with_lock.py', processes: 1, threads: 5, workerStates: ['blocked:lock'], mode: 'threads' },
  { file: '16_deadlock.py', processes: 1, threads: 3, workerStates: ['blocked:lock'], verdict: /^Locks: alice, bob spent \d+% of their time waiting for a lock/, mode: 'threads' },
  { file: '17_producer_consumer.py', processes: 1, threads: 4, workerStates: ['blocked:sleep'], anyStates: ['blocked:queue'], mode: 'threads' },
  { file: '18_blocking_call_in_coroutine.py', processes: 1, threads: 1, tasks: 3, anyStates: ['blocked:sleep'], verdict: /^asyncio: a blocking call inside a coroutine froze the event loop for 1\.50 s/, mode: 'asyncio' },
  { file: '19_main_guard.py', processes: 2, threads: 2, verdict: /^Processes: 2 processes/, mode: 'processes' },
  { file: '20_gil_vs_free_threaded.py', processes: 1, threads: 5, workerStates: ['waiting-gil'], verdict: /— the GIL let only one run at a time$/, mode: 'threads' },
  { file: '20_gil_vs_free_threaded.py', freeThreaded: true, processes: 1, threads: 5, notWorkerStates: ['waiting-gil'], verdict: /free-threaded, with no GIL, they ran on up to [2-4] cores at once$/, mode: 'threads' },
  { file: '21_io_bound_processes.py', processes: 5, threads: 6, anyStates: ['blocked:sleep'], verdict: /^Processes: 5 processes/, mode: 'processes' },
  { file: '22_cpu_bound_asyncio.py', processes: 1, threads: 1, tasks: 3, anyStates: ['running'], mode: 'asyncio' },
];

const workerLanes = (lanes: LaneSummary[]): LaneSummary[] => {
  const firstSeen = new Set<number>();
  return lanes.filter((l) => {
    if (l.kind !== 'thread') return false;
    if (firstSeen.has(l.pid!)) return true;
    firstSeen.add(l.pid!);
    return false;
  });
};

for (const ex of EXAMPLES) {
  const name = ex.file.replace(/\.py$/, '') + (ex.freeThreaded ? '-free-threaded' : '');
  test(`guide example ${name}: lanes, states, verdict, kitchen at three instants`, async ({ page }, testInfo) => {
    test.setTimeout(180_000);
    const kitchen = new KitchenPage(page);
    await kitchen.goto();
    await kitchen.setCode(readFileSync(new URL(`../public/examples/${ex.file}`, import.meta.url), 'utf8'));
    const r = await page.evaluate(async (ft) => {
      const res = await window.kitchen.run({ platform: 'virtual', seed: 1, ...(ft ? { freeThreaded: true } : {}) });
      return { exitCode: res.exitCode, stderr: res.stderr, count: res.events.length };
    }, ex.freeThreaded === true);
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(0);
    await expect(page.getByTestId('timeline')).toHaveAttribute('data-events', String(r.count));

    const lanes = await page.evaluate(() => window.kitchen.lanes());
    expect(lanes[0]!.kind).toBe('cores');
    expect(lanes.filter((l) => l.kind === 'gil')).toHaveLength(ex.freeThreaded ? 0 : ex.processes);
    expect(new Set(lanes.filter((l) => l.kind === 'thread').map((l) => l.pid)).size).toBe(ex.processes);
    expect(lanes.filter((l) => l.kind === 'thread')).toHaveLength(ex.threads);
    const tasks = lanes.filter((l) => l.kind === 'task');
    if (ex.tasks !== undefined) expect(tasks.length).toBeGreaterThanOrEqual(ex.tasks);
    else expect(tasks).toHaveLength(0);
    const workers = workerLanes(lanes);
    for (const st of ex.workerStates ?? []) expect(workers.some((l) => l.states.includes(st)), `a worker lane shows ${st}`).toBe(true);
    for (const st of ex.anyStates ?? []) expect(lanes.some((l) => l.states.includes(st)), `a lane shows ${st}`).toBe(true);
    for (const st of ex.notWorkerStates ?? []) expect(workers.every((l) => !l.states.includes(st)), `no worker lane shows ${st}`).toBe(true);
    if (ex.verdict) await expect(page.getByTestId('trace-verdict').filter({ hasText: ex.verdict })).toHaveCount(1);
    await page.getByTestId('timeline-area').screenshot({ path: testInfo.outputPath(`${name}-timeline.png`) });

    // The kitchen at a quarter, half and three quarters of the run.
    await page.getByTestId('view-kitchen').click();
    const { start, end } = await page.evaluate(() => window.kitchen.playback());
    for (const [i, f] of [0.25, 0.5, 0.75].entries()) {
      const t = start + (end - start) * f;
      await page.evaluate((at) => window.kitchen.seek(at), t);
      const scene = (await page.evaluate(() => window.kitchen.scene()))!;
      expect(scene.t).toBeCloseTo(t, 3);
      const chefs = scene.kitchens.flatMap((k) => k.chefs);
      expect(chefs.length).toBeGreaterThan(0);
      expect(chefs.length).toBeLessThanOrEqual(ex.threads);
      // A chef stands where its thread's state puts it; only one cooks per kitchen (one GIL).
      if (!ex.freeThreaded) for (const k of scene.kitchens) expect(k.chefs.filter((c) => c.place === 'stove').length).toBeLessThanOrEqual(1);
      if (f === 0.5) expect(scene.mode).toBe(ex.mode);
      await expect(page.getByTestId('kitchen').locator('svg [data-chef]')).toHaveCount(chefs.length);
      await expect(page.getByTestId('kitchen-caption')).toHaveText(scene.caption);
      await page.getByTestId('timeline-area').screenshot({ path: testInfo.outputPath(`${name}-kitchen-${i + 1}.png`) });
    }
  });
}
