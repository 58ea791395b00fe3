// A mutex and a condition variable over an Int32Array that may live in a SharedArrayBuffer,
// built on Atomics.wait / Atomics.notify (futexes). The GIL (gil.ts) and the Python-level
// locks of the shared platform are made of these.
//
// The mutex is the three-state futex mutex of Ulrich Drepper's "Futexes Are Tricky"
// (mutex #3): 0 unlocked, 1 locked, 2 locked with (possible) waiters. The condition variable
// is a sequence counter: a waiter reads the sequence, releases the mutex and sleeps while the
// sequence is unchanged; a signal bumps the sequence and wakes one sleeper. A wake-up may be
// spurious, so every caller re-checks its predicate in a loop, as with pthread condvars.
//
// Atomics.wait is not allowed on a browser's main thread: these functions run in workers
// (and in Node, where the main thread may wait).

const UNLOCKED = 0;
const LOCKED = 1;
const CONTENDED = 2;

/** Takes the mutex at `i32[at]`, sleeping while another thread holds it. */
export function mutexLock(i32: Int32Array, at: number): void {
  // SAFETY: compareExchange is sequentially consistent: on success this thread owns the
  // mutex and sees every write the previous owner made before its unlock.
  let c = Atomics.compareExchange(i32, at, UNLOCKED, LOCKED);
  if (c === UNLOCKED) return;
  // Mark the mutex contended before sleeping, so the owner's unlock knows to wake someone.
  if (c !== CONTENDED) c = Atomics.exchange(i32, at, CONTENDED);
  while (c !== UNLOCKED) {
    Atomics.wait(i32, at, CONTENDED);
    // SAFETY: exchange to CONTENDED (not LOCKED): other sleepers may remain, and the next
    // unlock must wake them.
    c = Atomics.exchange(i32, at, CONTENDED);
  }
}

/** Releases the mutex at `i32[at]`, waking one sleeper if there may be one. */
export function mutexUnlock(i32: Int32Array, at: number): void {
  // SAFETY: sub is a sequentially consistent read-modify-write, so the writes made while the
  // mutex was held are visible to the next owner before it can observe the mutex free.
  if (Atomics.sub(i32, at, 1) !== LOCKED) {
    Atomics.store(i32, at, UNLOCKED);
    Atomics.notify(i32, at, 1);
  }
}

export type WaitResult = 'signalled' | 'timed-out';

/**
 * Waits on the condition variable at `i32[cond]`, releasing the mutex at `i32[mutex]` while
 * asleep and holding it again on return. `micros` < 0 waits without a time limit.
 */
export function condWait(i32: Int32Array, cond: number, mutex: number, micros = -1): WaitResult {
  // SAFETY: the sequence is read while the mutex is held, so a signal sent after we release
  // the mutex changes it and Atomics.wait returns at once ('not-equal') instead of sleeping
  // through the signal: no lost wake-up.
  const seq = Atomics.load(i32, cond);
  mutexUnlock(i32, mutex);
  const r = Atomics.wait(i32, cond, seq, micros < 0 ? Infinity : micros / 1000);
  mutexLock(i32, mutex);
  return r === 'timed-out' ? 'timed-out' : 'signalled';
}

/** Wakes one waiter of the condition variable at `i32[cond]`. */
export function condSignal(i32: Int32Array, cond: number): void {
  // SAFETY: add then notify: a waiter that read the old sequence either is already asleep
  // (and is woken) or has not slept yet (and sees the new sequence).
  Atomics.add(i32, cond, 1);
  Atomics.notify(i32, cond, 1);
}

/** Wakes every waiter of the condition variable at `i32[cond]`. */
export function condBroadcast(i32: Int32Array, cond: number): void {
  Atomics.add(i32, cond, 1);
  Atomics.notify(i32, cond);
}
