// The shared platform's process block: the GIL's words and the platform's own words (live
// thread count, the start queue, per-worker status for the deadlock detector, the run's
// clock origin), as one raw block in the process's heap.
//
// Why in the heap and not in a separate SharedArrayBuffer: the GIL (../gil.ts) takes ONE
// Int32Array for its own words and for every thread's eval-breaker word, and the eval
// breakers are thread-state words in the heap (TS_EVAL_BREAKER). So the GIL's words must
// live in the heap too, and the rest of the platform's words go with them: one buffer to
// hand to each worker and to the coordinator. The main worker allocates the block right
// after bootstrapping the heap, marks it immortal (the collector never frees or moves it),
// and sends its address to the coordinator, which passes it to every worker it attaches.
//
// All indices below are word offsets from the block's first word (`base`, an i32 index).

import { GIL_WORDS } from '../gil.ts';

/** GIL words: base + GIL .. base + GIL + GIL_WORDS. */
export const GIL = 0;
/** Python threads started and not finished (threading._count, the deadlock detector). */
export const LIVE = GIL + GIL_WORDS;
/** Mutex (futex.ts) protecting the start queue and IDLE. */
export const Q_MUTEX = LIVE + 1;
/** Start queue: ring of thread-state addresses, Q_HEAD..Q_TAIL (monotonic counters); idle
 *  workers wait on IDLE_STACK below. */
export const Q_HEAD = Q_MUTEX + 1;
export const Q_TAIL = Q_HEAD + 1;
/** Workers sleeping in the idle loop, ready for a thread. */
export const IDLE = Q_TAIL + 1;
/** Set to 1 when the process ends: idle workers leave their loop. */
export const SHUTDOWN = IDLE + 1;
/** Bumped at every GIL take and every wake-up from a wait: the deadlock detector's
 *  "something happened" witness. */
export const PROGRESS = SHUTDOWN + 1;
/** Next index in the run's string table (trace string arguments); 0 is ''. */
export const STRINGS = PROGRESS + 1;
/** Next stdout/stderr write sequence number (the coordinator orders output by it). */
export const OUT_SEQ = STRINGS + 1;
/** Next stdin line to hand out (input() on any thread). */
export const STDIN_LINE = OUT_SEQ + 1;
/** Pool workers attached so far (the main thread waits for the first ones). */
export const ATTACHED = STDIN_LINE + 1;
/** f64 (two words): the run's origin in ms since the epoch (performance.timeOrigin +
 *  performance.now() of the coordinator at run start). Read as Float64Array index
 *  (base + START_MS) >> 1, so it must be an even word offset (base is even: a heap block's
 *  payload is 8-byte aligned); rounding up leaves at most one spare word. An odd offset
 *  would lay the f64 over ATTACHED (seen: a child process waited 3 s for pool workers). */
export const START_MS = (ATTACHED + 2) & ~1;
/** The eval-breaker word of the pseudo thread that attaches a worker under the GIL. */
export const ATTACH_BREAKER = START_MS + 2;
/** Free-threaded mode (ft-world.ts). FT_ON: 1 when the process has no GIL. FT_STW_MUTEX:
 *  a futex mutex held by the thread that stops the world. FT_STW_REQUESTED: 1 while a stop
 *  is requested or in force. FT_STW_OWNER: the stopping worker's index + 1. FT_STW_EVENT:
 *  bumped (and notified) by every thread that parks, so the stopper re-checks. FT_WORKERS:
 *  one more than the highest worker index that ever attached (the stopper's scan bound).
 *  FT_STW_COUNT: stops so far (a statistic). */
export const FT_ON = ATTACH_BREAKER + 1;
export const FT_STW_MUTEX = FT_ON + 1;
export const FT_STW_REQUESTED = FT_STW_MUTEX + 1;
export const FT_STW_OWNER = FT_STW_REQUESTED + 1;
export const FT_STW_EVENT = FT_STW_OWNER + 1;
export const FT_WORKERS = FT_STW_EVENT + 1;
export const FT_STW_COUNT = FT_WORKERS + 1;
/** Futex mutex over the process's thread list (CPython's HEAD_LOCK): free-threaded threads
 *  start and end at once on several workers. */
export const FT_HEAD_MUTEX = FT_STW_COUNT + 1;
/** Threads whose start latency a worker has posted: the coordinator's end of the run waits
 *  for that many 'start-latency' messages (they come from other workers than the main
 *  thread's 'exit', so they can arrive after it). */
export const LATENCIES_POSTED = FT_HEAD_MUTEX + 1;
export const Q_CAP = 512;
/** Start queue entries of Q_ENTRY words: thread state, start() time in µs since the run
 *  began, the thread's name (trace string index), daemon flag. */
export const Q_ENTRY = 4;
export const Q_ITEMS = LATENCIES_POSTED + 1;
/** Per-worker status records, for the deadlock detector. */
export const MAX_WORKERS = 200;
export const W_BASE = Q_ITEMS + Q_ENTRY * Q_CAP;
export const W_WORDS = 9;
/** Word offsets in a worker record. */
export const WS_STATE = 0;     // WorkerState
export const WS_TID = 1;       // thread id (TS_THREAD_ID) it runs, 0 when idle
export const WS_WAKE = 2;      // heap i32 index it waits on (state BLOCKED_*)
export const WS_EXPECTED = 3;  // value it waits to change
export const WS_WHAT = 4;      // BlockReason code
export const WS_OBJECT = 5;    // the object waited for (lock address), 0 if none
export const WS_ATTACH = 6;    // free-threaded: FtState of the worker's thread (ft-world.ts)
export const WS_SLOT = 7;      // free-threaded: the GIL slot (thread state) it runs or attaches
export const WS_WARMTH = 8;    // threads its isolate has run (any process), set when it goes idle
/** Idle workers, ordered by WS_WARMTH and the most recently idle on top among equals
 *  (guarded by Q_MUTEX): a queued thread goes to the top one, whose V8 has most likely
 *  optimized the eval loop (the least recently idle one, a condition variable's FIFO choice,
 *  is the coldest). IDLE_STACK_TOP is the count; each
 *  worker sleeps on its own IDLE_WAKE word. */
export const IDLE_STACK_TOP = W_BASE + MAX_WORKERS * W_WORDS;
export const IDLE_STACK = IDLE_STACK_TOP + 1;
export const IDLE_WAKE = IDLE_STACK + MAX_WORKERS;
export const BLOCK_WORDS = IDLE_WAKE + MAX_WORKERS;

export const enum WorkerState {
  None = 0,
  /** Running bytecode or waiting for the GIL. */
  Running = 1,
  /** In a wait that ends by itself (sleep, timed acquire). */
  BlockedTimed = 2,
  /** In a futex wait without timeout: only another thread can end it. */
  BlockedForever = 3,
}

/** The pseudo GIL slot a worker uses while it attaches its Runtime (no thread state yet):
 *  its eval breaker is ATTACH_BREAKER. Real slots are thread-state addresses (≥ 4096). */
export const ATTACH_SLOT = 8;

/** Index of a worker record's word. */
export function wordOf(base: number, worker: number, field: number): number {
  return base + W_BASE + worker * W_WORDS + field;
}
