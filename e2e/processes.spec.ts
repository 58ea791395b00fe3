// Processes on the page (issue 6, acceptance 1): the guide's multiprocessing examples and the
// lessons that start processes run on both platforms — shared (the isolated page's default:
// a child is a new SharedArrayBuffer heap with its own Web Workers) and virtual (chosen in
// the toolbar or named in window.kitchen.run) — and print what python3 prints, up to pids,
// thread ids, times and interleaving. Their traces start and end every process and show
// the messages between them; the timeline draws one GIL lane per process.
// Expected outputs: `python3 public/examples/NN_....py` (python3.11), masked by `mask`.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import type {} from '../src/ui/kitchen-api.ts';
import { KitchenPage } from './pages/kitchen-page.ts';

const example = (name: string) => readFileSync(new URL(`../public/examples/${name}`, import.meta.url), 'utf8');

/** Ids and times differ from run to run: the same masks on both sides. */
const mask = (s: string) => s
  .replace(/PID: ?\d+/g, 'PID:N')
  .replace(/TID: \d+/g, 'TID: N')
  .replace(/(pid|process|child) \d+/g, '$1 N')
  .replace(/\d+\.\d+ s\b/g, 'T s');
const lines = (s: string) => mask(s).split('\n').filter((l) => l !== '').sort();

const counting = (n: number) => [1, 2, 3, 4, 5].flatMap((i) => Array(n).fill(`PID:N: ${i}`));
/** python3's output of each example, masked (unordered lines), and its pids (processes). */
const EXAMPLES: { file: string; python3: string[]; processes: number; messages: boolean }[] = [
  { file: '03_multiprocessing_process.py', python3: counting(2), processes: 3, messages: false },
  { file: '04_process_pool_executor.py', python3: counting(2), processes: 3, messages: true },
  {
    file: '05_processes_with_thread_pools.py',
    python3: [1, 2, 3, 4, 5, 6].map((n) => `PID:N, TID: N, compute_square(${n}) = ${n * n}`),
    processes: 3,
    messages: true,
  },
  {
    file: '12_cpu_bound_processes.py',
    python3: ['2 processes took T s', 'process N: 44999850000', 'process N: 44999850000'],
    processes: 3,
    messages: true,
  },
  {
    file: '19_main_guard.py',
    python3: ['child N working', 'module body runs in pid N as __main__', 'module body runs in pid N as __mp_main__', 'parent done'],
    processes: 2,
    messages: false,
  },
  {
    file: '21_io_bound_processes.py',
    python3: ["4 downloads in 4 processes took T s (one takes T s)", "['file-0', 'file-1', 'file-2', 'file-3']"],
    processes: 5,
    messages: true,
  },
];

type Ev = { kind: string; pid: number; t: number; [k: string]: unknown };

async function runOn(page: Page, platform: 'shared' | 'virtual') {
  return page.evaluate((p) => window.kitchen.run({ platform: p }), platform);
}

function checkTrace(events: Ev[], processes: number, messages: boolean, what: string) {
  const starts = events.filter((e) => e.kind === 'process-start');
  const ends = events.filter((e) => e.kind === 'process-end');
  expect(starts.length, `${what}: process-start events`).toBe(processes);
  expect(new Set(starts.map((e) => e.pid)).size, what).toBe(processes);
  expect(starts.filter((e) => e.name === 'MainProcess').length, what).toBe(1);
  // Every child ends with 0 (the first process too, unless the page closed its trace first).
  const children = starts.filter((e) => e.name !== 'MainProcess').map((e) => e.pid);
  for (const pid of children) {
    const end = ends.find((e) => e.pid === pid);
    expect(end, `${what}: process-end of ${pid}`).toBeDefined();
    expect(end!.exitCode, what).toBe(0);
  }
  if (messages) {
    // A pool sends tasks to its workers and gets results back: each message's send and
    // recv carry the same id, in two different processes.
    const sends = new Map(events.filter((e) => e.kind === 'send').map((e) => [e.msg, e]));
    const across = events.filter((e) => e.kind === 'recv' && sends.has(e.msg) && sends.get(e.msg)!.pid !== e.pid);
    expect(across.length, `${what}: messages received in another process`).toBeGreaterThanOrEqual(2);
    expect(new Set(across.map((e) => e.pid)).size, what).toBeGreaterThanOrEqual(2);
  }
}

for (const platform of ['shared', 'virtual'] as const) {
  for (const ex of EXAMPLES) {
    test(`${ex.file} on the ${platform} platform: python3's output, processes in the trace, a GIL lane each`, async ({ page }) => {
      const kitchen = new KitchenPage(page);
      await kitchen.goto();
      await expect(kitchen.statusLine).toHaveAttribute('data-platform', 'shared');
      await kitchen.setCode(example(ex.file));
      const t0 = Date.now();
      const r = await runOn(page, platform);
      console.log(`${ex.file} on ${platform}: ${Date.now() - t0} ms wall`);
      expect(r.stderr, ex.file).toBe('');
      expect(r.exitCode, ex.file).toBe(0);
      expect(lines(r.stdout), ex.file).toEqual([...ex.python3].sort());
      if (ex.file.startsWith('19_')) expect(mask(r.stdout).split('\n')[0]).toBe('module body runs in pid N as __main__');
      checkTrace(r.events as unknown as Ev[], ex.processes, ex.messages, `${ex.file}@${platform}`);
      const lanes = await page.evaluate(() => window.kitchen.lanes());
      const gil = lanes.filter((l) => l.kind === 'gil');
      expect(gil.length, `${ex.file}: GIL lanes`).toBe(ex.processes);
      expect(new Set(gil.map((l) => (l as { pid: number }).pid)).size).toBe(ex.processes);
    });
  }
}

test('choosing virtual in the toolbar runs processes on the virtual cores', async ({ page }) => {
  const kitchen = new KitchenPage(page);
  await kitchen.goto();
  await page.getByTestId('platform').selectOption('virtual');
  await expect.poll(() => page.evaluate(() => window.kitchen.platform())).toBe('virtual');
  await kitchen.setCode(example('03_multiprocessing_process.py'));
  await kitchen.runButton.click();
  await kitchen.waitRunEnded();
  expect(lines(await kitchen.stdoutText())).toEqual(counting(2).sort());
  expect(await kitchen.stderrText()).toBe('');
  const gil = (await page.evaluate(() => window.kitchen.lanes())).filter((l) => l.kind === 'gil');
  expect(gil.length).toBe(3);
});

for (const platform of ['shared', 'virtual'] as const) {
  test(`a pool worker calling os._exit breaks the ProcessPoolExecutor on the ${platform} platform`, async ({ page }) => {
    // tests/conformance/processes/ppe_broken_os_exit.out is python3's output.
    const dir = '../tests/conformance/processes/ppe_broken_os_exit';
    const src = readFileSync(new URL(`${dir}.py`, import.meta.url), 'utf8');
    const expected = readFileSync(new URL(`${dir}.out`, import.meta.url), 'utf8');
    const kitchen = new KitchenPage(page);
    await kitchen.goto();
    await kitchen.setCode(src);
    const r = await runOn(page, platform);
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe(expected);
    // The worker that died ends with status 1 in the trace.
    const ends = (r.events as unknown as Ev[]).filter((e) => e.kind === 'process-end');
    expect(ends.some((e) => e.exitCode === 1)).toBe(true);
  });
}
