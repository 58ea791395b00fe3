// How many workers to attach to a process before its __main__ runs, from a cheap look at
// the program's text, when the caller did not say (SharedRunOptions.poolSize).
//
// A thread started while an attached worker is idle begins in well under a millisecond; one
// started when none is idle waits for the coordinator to attach another worker to the heap
// (a message round trip, then a few ms holding the GIL), or, in a fresh Node process (the
// CLI), for a new worker to boot (~50–100 ms of CPU, competing for the cores with the
// program). Measured on bench/threads/sleep_threads.py (8 threads × sleep(0.2)) from the
// CLI: 0.67–0.77 s with the old default of 2 attached workers.
//
// So a program that imports threading or _thread, or uses ThreadPoolExecutor, gets
// THREADED_POOL workers up front (as many as bench/threads/ starts at once;
// ThreadPoolExecutor's default max_workers is min(32, cpu_count + 4), 6–8 on small
// machines), and any other program the small default (asyncio and plain programs start no
// thread; a worker costs memory and its attach costs the GIL a little). A program that
// starts processes (multiprocessing, ProcessPoolExecutor) keeps the small default too: its
// child processes take their workers from the same warm pool, and idle thread workers
// attached to the parent would leave them to boot new ones (measured: processes/ppe_*.py
// went past the conformance time limit on a loaded machine). Threads beyond the pool still
// start, as before: the coordinator attaches more on demand. A mention inside a string
// only costs a few idle workers. The page takes at most the workers it has loaded
// (run-shared-browser.ts); the CLI starts all of them with the main thread's (they boot
// while it compiles and imports).

/** Workers attached up front for a program that does not import a thread module. */
export const DEFAULT_POOL = 2;
/** Workers attached up front for a program that does. */
export const THREADED_POOL = 8;

const THREAD_IMPORT = /^[ \t]*(?:import[ \t]+[^\n#]*\b(?:threading|_thread)\b|from[ \t]+(?:threading|_thread)[ \t]+import\b)/m;
const THREAD_POOL = /\bThreadPoolExecutor\b/;
const PROCESSES = /\b(?:multiprocessing|ProcessPoolExecutor)\b/;

/** The pool size for `source` (see the header). */
export function poolSizeFor(source: string): number {
  if (PROCESSES.test(source)) return DEFAULT_POOL;
  return THREAD_IMPORT.test(source) || THREAD_POOL.test(source) ? THREADED_POOL : DEFAULT_POOL;
}
