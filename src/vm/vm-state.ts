// Per-worker JS state of the eval loop that cannot live in the heap (JS objects, hooks the
// platform installs), keyed by Runtime. Process-wide settings (recursion limit, switch
// interval) live in the root block's spare words, so every worker of a process sees them.
//
// Root-block words claimed by the eval loop and sys (runtime.ts asks claimants to list
// them): R_SPARE0 recursion limit (small int), R_SPARE1 switch interval (float object),
// R_SPARE2 the builtins module, R_SPARE3 the sys module, R_SPARE4 free-threaded (small int
// 1 when the process runs without a GIL, NULL otherwise).

import { type Ref, NULL, smallInt, isSmallInt } from './heap.ts';
import { type Runtime, R_SPARE0, R_SPARE1, R_SPARE2, R_SPARE3, R_SPARE4 } from './runtime.ts';

export const R_RECURSION_LIMIT = R_SPARE0;
export const R_SWITCH_INTERVAL = R_SPARE1;
export const R_BUILTINS_MODULE = R_SPARE2;
export const R_SYS_MODULE = R_SPARE3;
export const R_GIL_DISABLED = R_SPARE4;

/** Marks the process as running without a GIL (PEP 703), before its program starts: what
 *  `sys._is_gil_enabled()` reports, and what the standard library's own Python code reads
 *  where CPython's C code would take a per-object lock (collections.deque). */
export function setGilDisabled(rt: Runtime): void {
  rt.setRoot(R_GIL_DISABLED, smallInt(1));
}

export function gilDisabled(rt: Runtime): boolean {
  return rt.root(R_GIL_DISABLED) !== NULL;
}

/** What a blocking builtin asks the platform to wait for (DESIGN.md §1.5). The platform
 *  waits and calls `resume(rt, ts, value | exception)` with the call's result. */
export interface BlockRequest {
  /** 'sleep', 'lock', 'join', 'queue', 'input', ... (for the trace and the platform). */
  kind: string;
  /** Maximum wait in µs (undefined: no timeout). */
  timeoutMicros?: number;
  /** For Atomics-based waits: i32 index in the heap and the value seen before blocking. */
  wakeIndex?: number;
  expected?: number;
  /** The array `wakeIndex` indexes when it is not the heap's (the run-wide process registry
   *  of `_kitchen_mp`, shared by every process). */
  wakeArray?: Int32Array;
  /** The blocking builtin's own data (the lock, the queue, ...). */
  payload?: unknown;
  /** Result value when the wait ends without an explicit resume value (e.g. sleep: None). */
  result?: Ref;
  /** Retry after a wake-up (lock acquire): returns the result, or another request. */
  retry?(rt: Runtime): Ref | BlockRequest;
}

/** Thrown by a platform through the eval loop to abandon a thread's JS stack at once (its
 *  process was terminated while the thread waited inside a callback): never turned into a
 *  Python exception, so no `except` or `finally` of that thread runs, as after SIGKILL. */
export class AbandonThread extends Error {}

/** Thrown by os._exit(n) through the eval loop: the process ends at once with status `n`,
 *  no `finally`, no atexit, no threading shutdown (CPython's os._exit calls _exit(2)). The
 *  platform running the thread catches it; processes record the end before it is thrown. */
export class ProcessExit extends AbandonThread {
  constructor(readonly status: number) {
    super('os._exit');
  }
}

/** Marker a native returns instead of a value when it must block (see requestBlock). */
export const BLOCK = 8 as Ref;

export interface VmState {
  /** The pending request of the native that returned BLOCK. */
  blockRequest: BlockRequest | null;
  /** > 0 while a native called back into Python (JS recursion): blocking then must be
   *  synchronous, through blockNested. */
  nesting: number;
  /** Waits synchronously for a request made while nested; returns the call's result or
   *  throws PyError. Installed by the platform (run.ts installs one for single-threaded
   *  programs). */
  blockNested: ((rt: Runtime, req: BlockRequest) => Ref) | null;
  /** Called at a check point that sees a GIL drop request while nested (the platform drops
   *  and re-takes the GIL synchronously). */
  yieldNested: ((rt: Runtime) => void) | null;
  /** Source text of loaded modules by filename, for tracebacks. */
  sources: Map<string, string[]>;
  /** Check points executed by `run` calls with a finite budget (the virtual platform's
   *  measure of work), and the budget the last one left. Both start as -0, a double: they
   *  outgrow small integers (a budget can be Infinity), and a field changing representation
   *  later deprecates VmState's map and the optimised eval loop with it (hash64.ts H). */
  checkpoints: number;
  budgetLeft: number;
  /** Collector entry point (gc.ts), installed when available. */
  collect: ((rt: Runtime) => void) | null;
}

const states = new WeakMap<Runtime, VmState>();
/** The last runtime asked about and its state: a WeakMap lookup on every nested eval loop
 *  (each item a generator yields to sum()) was a few percent of bench/spectral_norm.py. */
let lastRt: Runtime | null = null;
let lastState: VmState | null = null;

export function vm(rt: Runtime): VmState {
  if (rt === lastRt) return lastState!;
  let s = states.get(rt);
  lastRt = rt;
  if (!s) {
    s = { blockRequest: null, nesting: 0, blockNested: null, yieldNested: null, sources: new Map(), collect: null, checkpoints: -0, budgetLeft: -0 };
    states.set(rt, s);
  }
  lastState = s;
  return s;
}

/** A blocking builtin returns `requestBlock(rt, req)` instead of a value. */
export function requestBlock(rt: Runtime, req: BlockRequest): Ref {
  vm(rt).blockRequest = req;
  return BLOCK;
}

export function recursionLimit(rt: Runtime): number {
  const r = rt.root(R_RECURSION_LIMIT);
  return r !== NULL && isSmallInt(r) ? r >> 1 : 1000;
}
export function setRecursionLimit(rt: Runtime, n: number): void { rt.setRoot(R_RECURSION_LIMIT, smallInt(n)); }

/** Remember a file's source for tracebacks. */
export function registerSource(rt: Runtime, filename: string, source: string): void {
  vm(rt).sources.set(filename, source.split(/\r\n|\r|\n/));
}
