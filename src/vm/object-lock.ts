// Per-object locks of free-threaded mode (PEP 703): the lock word of a list, dict or set
// (L_LOCK, D_LOCK, SE_LOCK in their layouts) guards its raw table against a concurrent
// resize, so that with no GIL a list/dict/set operation stays atomic, as CPython's
// free-threaded build makes it with Py_BEGIN_CRITICAL_SECTION (Include/internal/
// pycore_critical_section.h, Objects/listobject.c, Objects/dictobject.c, Objects/setobject.c).
//
// Design notes:
// - A lock word is 0 when free, else the owner's id (the worker's heap allocation slot,
//   unique per worker, and a worker runs one thread at a time) with WAITERS set once
//   someone sleeps on it. Locks are recursive for their owner (a dict lookup that calls a
//   user __eq__ that reads the same dict): `lockObject` returns 0 when the caller already
//   held it, and `unlockObject` with 0 does nothing.
// - When the process is not free-threaded (`freeThreading.on` false: every single-thread
//   and GIL run) both calls are one predictable branch: the GIL already makes each
//   operation atomic, as in CPython's default build, where the critical-section macros
//   compile to nothing.
// - Contention: spin briefly, then sleep on the word. Sleeping goes through the platform's
//   `park` hook, which detaches the thread (CPython's PyMutex_Lock with _PY_LOCK_DETACH):
//   a sleeper that stayed attached would keep a stop-the-world request (garbage
//   collection) from ever completing while the lock's owner is itself parked for it. The
//   hook keeps the collector from running while this thread is detached here (the
//   natives below hold values only their JS locals know): see the shared platform's
//   free-threaded world (src/engine/shared/ft-world.ts).
// - Reads without the lock are memory-safe anyway (the collector is non-moving and runs
//   only with every thread parked, so a stale table a reader still walks is not freed under
//   it, as CPython's QSBR delays freeing), but could pair one table's indices with another's
//   entries: lookups that walk a raw table therefore take the lock too.

export const WAITERS = 0x40000000;
const SPINS = 256;

export interface FreeThreading {
  /** True while this worker runs a free-threaded process. */
  on: boolean;
  /** Sleeps until i32[index] may differ from `expected` (may return early). Installed by
   *  the platform; null: a plain Atomics.wait with a short timeout. */
  park: ((i32: Int32Array, index: number, expected: number) => void) | null;
}

/** Module state: one copy per worker, set by the platform for each run. */
export const freeThreading: FreeThreading = { on: false, park: null };

/** Interface of what this module needs from a Runtime (kept structural: no import cycle). */
interface HasHeap { readonly heap: { readonly i32: Int32Array; readonly slot: number } }

/** Takes the lock word `word` of object `o`; returns the token to pass to unlockObject
 *  (0 when nothing was taken: not free-threaded, or already held by this worker). */
export function lockObject(rt: HasHeap, o: number, word: number): number {
  if (!freeThreading.on) return 0;
  const i32 = rt.heap.i32, at = (o >> 2) + word, me = rt.heap.slot;
  // SAFETY: compareExchange is sequentially consistent: on success this worker owns the
  // object and sees every write the previous owner made before its releasing exchange.
  const c = Atomics.compareExchange(i32, at, 0, me);
  if (c === 0) return 1;
  if ((c & ~WAITERS) === me) return 0;
  lockSlow(i32, at, me);
  return 1;
}

/** Releases what lockObject took (token 0: nothing). */
export function unlockObject(rt: HasHeap, o: number, word: number, token: number): void {
  if (token === 0) return;
  const i32 = rt.heap.i32, at = (o >> 2) + word;
  // SAFETY: exchange is a sequentially consistent RMW, ordered after the writes of the
  // critical section; a sleeper announced itself with WAITERS before sleeping.
  if ((Atomics.exchange(i32, at, 0) & WAITERS) !== 0) Atomics.notify(i32, at, 1);
}

function lockSlow(i32: Int32Array, at: number, me: number): void {
  for (let k = 0; k < SPINS; k++) {
    if (Atomics.load(i32, at) === 0 && Atomics.compareExchange(i32, at, 0, me) === 0) return;
  }
  for (;;) {
    const v = Atomics.load(i32, at);
    if (v === 0) {
      // Taken after a wait: other sleepers may remain, so keep WAITERS (Drepper's mutex #3).
      if (Atomics.compareExchange(i32, at, 0, me | WAITERS) === 0) return;
      continue;
    }
    if ((v & WAITERS) === 0 && Atomics.compareExchange(i32, at, v, v | WAITERS) !== v) continue;
    const park = freeThreading.park;
    if (park !== null) park(i32, at, v | WAITERS);
    else Atomics.wait(i32, at, v | WAITERS, 1);
  }
}
