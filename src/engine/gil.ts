// The Global Interpreter Lock of one Python process, shared by the Web Workers (or Node
// worker_threads) that run its threads, as a few Int32 words in a SharedArrayBuffer.
//
// Implementation notes. This is a port of CPython 3.13's Python/ceval_gil.c onto Atomics;
// the step numbers below refer to take_gil() and drop_gil() there.
//
// - The GIL is a boolean `locked` protected by a mutex, whose changes are announced on a
//   condition variable `cond`. The mutex is held only briefly, so it is rarely contended.
// - A thread that wants the GIL waits on `cond` for at most the switch interval (5 ms by
//   default, sys.setswitchinterval). If the wait times out and no switch happened meanwhile
//   (`switch_number` unchanged), it sets the GIL-drop-request bit in the eval breaker of the
//   holder (`last_holder`) — in 3.13 the request lives in the holder's own eval breaker, not
//   in an interpreter-wide flag — and keeps waiting.
// - The holder's eval loop checks its eval breaker at check points (function entry, backward
//   jumps, after calls: see src/vm/eval.ts). Seeing the request, it calls drop() and then
//   take() again.
// - FORCE_SWITCHING: a thread that drops the GIL *because it was asked to* waits on a second
//   condition `switch_cond` until another thread has taken the GIL (`last_holder` changed).
//   Without this, on a multi-core machine the dropper would usually win the race to re-take
//   the GIL, and the waiter would starve for many intervals.
// - `switch_number` counts hand-overs between different threads; a waiter compares it across
//   its timed wait to tell "the holder kept the GIL for a whole interval" from "the GIL
//   changed hands and the new holder has not used up its interval yet".
//
// Threads here are identified by positive integers (`slot`: in the engine, the address of
// the thread's state object in the heap); each has an eval-breaker word in the same
// Int32Array, found by `breakerIndex(slot)` (the thread state's TS_EVAL_BREAKER word).

import { condSignal, condWait, mutexLock, mutexUnlock } from './futex';

/** Word offsets of the GIL's state, relative to its base index. */
const LOCKED = 0;
const MUTEX = 1;
const COND = 2;
const SWITCH_MUTEX = 3;
const SWITCH_COND = 4;
const LAST_HOLDER = 5;
const SWITCH_NUMBER = 6;
const INTERVAL_US = 7;
/** Number of Int32 words the GIL occupies. */
export const GIL_WORDS = 8;

/** Eval-breaker bits (CPython 3.13 pycore_ceval.h has the same idea). */
export const GIL_DROP_REQUEST_BIT = 1 << 0;

/** 5 ms, CPython's DEFAULT_INTERVAL. */
export const DEFAULT_SWITCH_INTERVAL_US = 5000;

export type GilEvent =
  | { kind: 'gil-wait'; tid: number }
  | { kind: 'gil-take'; tid: number; switched: boolean }
  | { kind: 'gil-drop'; tid: number; reason: GilDropReason }
  | { kind: 'gil-drop-request'; tid: number; holder: number };

export type GilDropReason = 'interval' | 'blocking' | 'exit';

export interface GilOptions {
  /** Where the GIL's GIL_WORDS words start. */
  base: number;
  /** The index of a thread's eval-breaker word. */
  breakerIndex: (slot: number) => number;
  /** Called for every observable step, for the trace. Runs on the calling thread. */
  trace?: (e: GilEvent) => void;
}

export class Gil {
  private readonly b: number;
  private readonly breakerOf: (slot: number) => number;
  private readonly trace: ((e: GilEvent) => void) | undefined;

  constructor(private readonly i32: Int32Array, opts: GilOptions) {
    this.b = opts.base;
    this.breakerOf = opts.breakerIndex;
    this.trace = opts.trace;
  }

  /** Initialises a fresh GIL (create_gil): unlocked, no holder yet. Call once per process. */
  static init(i32: Int32Array, base: number): void {
    for (let k = 0; k < GIL_WORDS; k++) Atomics.store(i32, base + k, 0);
    Atomics.store(i32, base + INTERVAL_US, DEFAULT_SWITCH_INTERVAL_US);
  }

  get intervalMicros(): number {
    return Atomics.load(this.i32, this.b + INTERVAL_US);
  }

  /** sys.setswitchinterval: seen by every thread's next timed wait. */
  set intervalMicros(us: number) {
    Atomics.store(this.i32, this.b + INTERVAL_US, Math.max(1, Math.round(us)));
  }

  /** The slot of the thread that holds the GIL, or last held it. */
  get lastHolder(): number {
    return Atomics.load(this.i32, this.b + LAST_HOLDER);
  }

  get locked(): boolean {
    return Atomics.load(this.i32, this.b + LOCKED) === 1;
  }

  get switchNumber(): number {
    return Atomics.load(this.i32, this.b + SWITCH_NUMBER);
  }

  /** The eval-breaker word of a thread, as the eval loop polls it. */
  breakerIndex(slot: number): number {
    return this.breakerOf(slot);
  }

  dropRequested(slot: number): boolean {
    return (Atomics.load(this.i32, this.breakerOf(slot)) & GIL_DROP_REQUEST_BIT) !== 0;
  }

  /** take_gil: blocks the calling worker until thread `slot` holds the GIL. */
  take(slot: number): void {
    const { i32, b } = this;
    // 1. Take the mutex that protects `locked`.
    mutexLock(i32, b + MUTEX);
    if (Atomics.load(i32, b + LOCKED) !== 0) {
      this.trace?.({ kind: 'gil-wait', tid: slot });
      // 2. While someone holds the GIL, wait for at most one interval at a time.
      while (Atomics.load(i32, b + LOCKED) !== 0) {
        const savedSwitch = Atomics.load(i32, b + SWITCH_NUMBER);
        const interval = Math.max(1, Atomics.load(i32, b + INTERVAL_US));
        const r = condWait(i32, b + COND, b + MUTEX, interval);
        // 3. A whole interval passed and the GIL did not change hands: ask the holder to
        //    drop it at its next check point.
        if (
          r === 'timed-out' &&
          Atomics.load(i32, b + LOCKED) !== 0 &&
          Atomics.load(i32, b + SWITCH_NUMBER) === savedSwitch
        ) {
          const holder = Atomics.load(i32, b + LAST_HOLDER);
          // SAFETY: `or` is atomic, so other bits of the holder's eval breaker (GC request,
          // async exception) set concurrently are kept.
          Atomics.or(i32, this.breakerOf(holder), GIL_DROP_REQUEST_BIT);
          this.trace?.({ kind: 'gil-drop-request', tid: slot, holder });
        }
      }
    }
    // 4. _ready: the switch mutex must be held while last_holder changes (see drop()).
    mutexLock(i32, b + SWITCH_MUTEX);
    Atomics.store(i32, b + LOCKED, 1);
    const switched = Atomics.load(i32, b + LAST_HOLDER) !== slot;
    if (switched) {
      Atomics.store(i32, b + LAST_HOLDER, slot);
      Atomics.add(i32, b + SWITCH_NUMBER, 1);
    }
    // 5. Wake a dropper waiting in FORCE_SWITCHING for someone else to take the GIL.
    condSignal(i32, b + SWITCH_COND);
    mutexUnlock(i32, b + SWITCH_MUTEX);
    // 6. A drop request aimed at us while we waited is moot now that we hold the GIL.
    Atomics.and(i32, this.breakerOf(slot), ~GIL_DROP_REQUEST_BIT);
    mutexUnlock(i32, b + MUTEX);
    this.trace?.({ kind: 'gil-take', tid: slot, switched });
  }

  /**
   * drop_gil: thread `slot` releases the GIL. With reason 'interval' (the eval loop saw a
   * drop request) it then waits until another thread has taken it (FORCE_SWITCHING).
   * 'exit' is the thread's final release: it never waits.
   */
  drop(slot: number, reason: GilDropReason): void {
    const { i32, b } = this;
    // 1. Record ourselves as the last holder, so waiters' drop requests find us.
    Atomics.store(i32, b + LAST_HOLDER, slot);
    // 2. Release and announce.
    mutexLock(i32, b + MUTEX);
    Atomics.store(i32, b + LOCKED, 0);
    condSignal(i32, b + COND);
    mutexUnlock(i32, b + MUTEX);
    this.trace?.({ kind: 'gil-drop', tid: slot, reason });
    // 3. FORCE_SWITCHING: if we were asked to drop, wait until somebody else took the GIL.
    if (reason !== 'exit' && this.dropRequested(slot)) {
      mutexLock(i32, b + SWITCH_MUTEX);
      if (Atomics.load(i32, b + LAST_HOLDER) === slot) {
        Atomics.and(i32, this.breakerOf(slot), ~GIL_DROP_REQUEST_BIT);
        // The loop guards against spurious wake-ups; CPython's single COND_WAIT relies on
        // its condvar not waking spuriously, which futex sequence waits do not promise.
        while (Atomics.load(i32, b + LAST_HOLDER) === slot) {
          condWait(i32, b + SWITCH_COND, b + SWITCH_MUTEX);
        }
      }
      mutexUnlock(i32, b + SWITCH_MUTEX);
    }
  }
}
