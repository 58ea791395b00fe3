// The compare view's programs and the guide's predictions (issue 9, "Compare view").
// One workload — CPU-bound (a counting loop) or I/O-bound (a wait standing for a download) —
// done TASKS times: sequentially, with threads, with processes and with asyncio. Each
// program times its own work with time.perf_counter and prints one marker line at the end,
// so the measured time is the program's own (simulated on the virtual platform, real on
// the shared one) and does not include loading the interpreter.
//
// The guide ("CPU vs I/O Bound", "Types of Concurrency in Python"):
//   CPU-bound: threads are about as slow as sequential code (one GIL), processes are faster
//   on two or more cores (one GIL each), asyncio is sequential (computation never awaits).
//   I/O-bound: threads and asyncio are much faster than sequential code (waits overlap).

export type Workload = 'cpu' | 'io';
export type Variant = 'sequential' | 'threads' | 'processes' | 'asyncio';
export const VARIANTS: readonly Variant[] = ['sequential', 'threads', 'processes', 'asyncio'];
export const TASKS = 4;
export const MARKER = 'compare-elapsed:';

/** Size levels of the slider: loop iterations per task (CPU) or ms of waiting per task (I/O). */
export const SIZES: Record<Workload, readonly number[]> = {
  cpu: [10_000, 30_000, 100_000, 300_000, 1_000_000],
  io: [50, 100, 250, 500, 1000],
};

export function sizeLabel(w: Workload, size: number): string {
  return w === 'cpu' ? `${size.toLocaleString('en')} loop steps per task` : `${size} ms of waiting per task`;
}

const WORK: Record<Workload, (size: number) => string> = {
  cpu: (n) => `N = ${n}


def work(n=N):
    total = 0
    for i in range(n):
        total += i * i
    return total
`,
  io: (ms) => `N = ${ms / 1000}


def work(n=N):
    time.sleep(n)  # waiting, as for a download: the GIL is released
    return n
`,
};

/** The asyncio version of one task: I/O awaits; CPU work has nothing to await. */
const ASYNC_TASK: Record<Workload, string> = {
  cpu: `async def job():
    return work()  # no await inside: the loop cannot switch while it computes
`,
  io: `async def job():
    await asyncio.sleep(N)  # awaiting: the loop runs the other tasks meanwhile
    return N
`,
};

const BODY: Record<Variant, (w: Workload) => string> = {
  sequential: () => `    results = [work() for _ in range(TASKS)]\n`,
  threads: () => `    with ThreadPoolExecutor(max_workers=TASKS) as pool:
        results = list(pool.map(lambda _: work(), range(TASKS)))
`,
  processes: () => `    with ProcessPoolExecutor(max_workers=TASKS) as pool:
        results = list(pool.map(work, [N] * TASKS))
`,
  asyncio: () => `    async def main():
        return await asyncio.gather(*(job() for _ in range(TASKS)))

    results = asyncio.run(main())
`,
};

const IMPORTS: Record<Variant, string> = {
  sequential: '',
  threads: 'from concurrent.futures import ThreadPoolExecutor\n',
  processes: 'from concurrent.futures import ProcessPoolExecutor\n',
  asyncio: 'import asyncio\n',
};

export function compareProgram(w: Workload, v: Variant, size: number): string {
  return `# Compare view: ${w === 'cpu' ? 'CPU-bound' : 'I/O-bound'} work, ${TASKS} tasks, ${v}.
${IMPORTS[v]}import time

TASKS = ${TASKS}
${WORK[w](size)}
${v === 'asyncio' ? `\n${ASYNC_TASK[w]}` : ''}

if __name__ == "__main__":
    start = time.perf_counter()
${BODY[v](w)}    elapsed = time.perf_counter() - start
    assert len(results) == TASKS
    print(f"${MARKER} {elapsed:.6f}")
`;
}

/** The elapsed seconds a compare program printed, or null if it did not get that far. */
export function parseElapsed(stdout: string): number | null {
  const m = new RegExp(`^${MARKER} ([0-9.]+)$`, 'm').exec(stdout);
  return m ? Number(m[1]) : null;
}

export interface Check {
  variant: Variant;
  expect: string;
  /** Ratio of the variant's time to sequential; null if either failed. */
  ratio: number | null;
  ok: boolean | null;
}

export interface Verdict {
  prediction: string;
  checks: Check[];
  /** True: every check holds; false: one fails; null: something could not be measured. */
  agrees: boolean | null;
  summary: string;
}

/** "About as slow": within these ratios of sequential. Faster: below FASTER; much faster: below MUCH. */
export const SAME = [0.7, 1.5] as const;
export const FASTER = 0.75;
export const MUCH = 0.5;

export function prediction(w: Workload, cores: number): string {
  return w === 'cpu'
    ? `The guide predicts, for CPU-bound work: threads about as slow as sequential (one GIL, one thread runs Python at a time); processes faster${cores >= 2 ? '' : ' — but only on 2 or more cores, and this run has 1'} (each process has its own GIL); asyncio about sequential (computation never awaits).`
    : 'The guide predicts, for I/O-bound work: threads and asyncio much faster than sequential (waiting releases the GIL; an await lets the loop run other tasks). Processes overlap waits too, but each costs a process start.';
}

export function judge(w: Workload, times: Partial<Record<Variant, number | null>>, cores: number): Verdict {
  const seq = times.sequential ?? null;
  const ratio = (v: Variant) => {
    const t = times[v];
    return seq && t != null ? t / seq : null;
  };
  const check = (variant: Variant, expect: string, test: (r: number) => boolean): Check => {
    const r = ratio(variant);
    return { variant, expect, ratio: r, ok: r === null ? null : test(r) };
  };
  const same = (r: number) => r >= SAME[0] && r <= SAME[1];
  const checks: Check[] = w === 'cpu'
    ? [
        check('threads', 'about as slow as sequential', same),
        ...(cores >= 2 ? [check('processes', 'faster than sequential', (r) => r < FASTER)] : []),
        check('asyncio', 'about as slow as sequential', same),
      ]
    : [
        check('threads', 'much faster than sequential', (r) => r < MUCH),
        check('asyncio', 'much faster than sequential', (r) => r < MUCH),
      ];
  const failed = checks.filter((c) => c.ok === false);
  const unknown = checks.filter((c) => c.ok === null);
  const agrees = failed.length > 0 ? false : unknown.length > 0 ? null : true;
  const fmt = (c: Check) => `${c.variant} ${c.ratio === null ? 'not measured' : `×${c.ratio.toFixed(2)} of sequential`} (expected ${c.expect})`;
  const summary =
    agrees === true ? `This run agrees with the guide: ${checks.map(fmt).join('; ')}.`
    : agrees === false ? `This run does not agree with the guide: ${failed.map(fmt).join('; ')}.`
    : `Not every variant could be measured, so the guide cannot be checked fully: ${unknown.map((c) => c.variant).join(', ')} ${unknown.length === 1 ? 'has' : 'have'} no time.`;
  return { prediction: prediction(w, cores), checks, agrees, summary };
}
