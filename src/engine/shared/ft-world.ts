// Free-threaded mode of the shared platform (PEP 703): no GIL. Each worker's thread is
// *attached* while it runs bytecode or touches the heap and *detached* while it waits
// (sleep, lock, join, queue, an object lock), and a thread that needs every other thread
// parked at a safepoint — the garbage collector — *stops the world*.
//
// Implementation notes. After CPython 3.13's Python/pystate.c (_PyThreadState_Attach,
// _PyThreadState_Detach / _PyThreadState_Suspend, stop_the_world / start_the_world,
// park_detached_threads); the state names are CPython's _Py_THREAD_DETACHED / ATTACHED /
// SUSPENDED.
// - Each worker record (layout.ts) has a state word WS_ATTACH and the slot WS_SLOT of the
//   thread it runs (whose eval-breaker word is where a stop request is posted). A worker
//   runs one thread at a time, so the record stands for the thread.
// - attach: store the slot, CAS DETACHED → ATTACHED. If the CAS fails the stopper has
//   parked us (SUSPENDED): sleep on the state word until start_the_world makes it
//   DETACHED again, then retry. If it succeeds while a stop is requested, the stopper may
//   already have scanned us as detached or be waiting for us: park at once.
// - detach: ATTACHED → DETACHED, or → SUSPENDED (and notify the stopper) when a stop is
//   requested, as _PyThreadState_Suspend does.
// - stop: take the stop mutex (detaching while we wait for it, as CPython's PyMutex_Lock
//   with _PY_LOCK_DETACH, so two threads that stop at once cannot wait for each other),
//   set REQUESTED, then repeat until every other worker is SUSPENDED: CAS the DETACHED ones
//   to SUSPENDED; set the drop-request bit in the eval breaker of the ATTACHED ones (their
//   eval loop returns 'yield-gil' at the next check point, which here parks: detach then
//   attach) and sleep on FT_STW_EVENT (bumped by each thread that parks) for at most 1 ms.
//   CPython keeps a countdown under HEAD_LOCK instead; re-scanning the records avoids the
//   lock and tolerates records that appear meanwhile (a new worker attaching: it sees
//   REQUESTED after its CAS and parks itself).
// - start: clear REQUESTED first (a released thread must not park again), then every
//   SUSPENDED record → DETACHED with a wake-up, then release the stop mutex.
// - Stops nest on the stopping worker (a weakref callback run by the collector may
//   allocate and reach a check point that asks to collect): an inner stop only counts.
// - Why sequentially consistent Atomics suffice for "a stop never misses an attached
//   thread": a thread stores its slot, CASes to ATTACHED, then loads REQUESTED; the
//   stopper stores REQUESTED, then loads the state and slot. If the thread's load saw no
//   request, the stopper's loads come after the thread's stores and see it attached.

import { mutexLock, mutexUnlock } from '../futex.ts';
import { GIL_DROP_REQUEST_BIT } from '../gil.ts';
import * as L from './layout.ts';

export const enum FtState {
  Detached = 0,
  Attached = 1,
  Suspended = 2,
}

export class FtWorld {
  private depth = 0;
  private slot = 0;
  /** The slot the last attach was for (an object lock's sleeper re-attaches with it). */
  get current(): number { return this.slot; }
  /** Stops this worker made (a statistic for tests and the bench). */
  stops = 0;

  constructor(
    private readonly i32: Int32Array,
    private readonly base: number,
    private readonly me: number,
    private readonly breakerOf: (slot: number) => number,
  ) {
    // SAFETY: an atomic max: FT_WORKERS only grows, so a stopper's scan bound covers every
    // worker that registered before the stopper loaded it (see the header's argument).
    const at = base + L.FT_WORKERS;
    for (let n = Atomics.load(i32, at); n < me + 1; n = Atomics.load(i32, at)) {
      if (Atomics.compareExchange(i32, at, n, me + 1) === n) break;
    }
  }

  /** Marks the process free-threaded (the main worker, once, before others attach). */
  static init(i32: Int32Array, base: number): void {
    Atomics.store(i32, base + L.FT_ON, 1);
  }

  static enabled(i32: Int32Array, base: number): boolean {
    return Atomics.load(i32, base + L.FT_ON) === 1;
  }

  private rec(w: number, field: number): number {
    return L.wordOf(this.base, w, field);
  }

  private stopRequestedByOther(): boolean {
    const { i32, base } = this;
    return Atomics.load(i32, base + L.FT_STW_REQUESTED) !== 0 && Atomics.load(i32, base + L.FT_STW_OWNER) !== this.me + 1;
  }

  /** The gate's take: attach thread `slot` to the process. */
  take(slot: number): void {
    this.attach(slot);
  }

  /** The gate's drop (every reason): detach. */
  drop(_slot: number, _reason: string): void {
    this.detach();
  }

  attach(slot: number): void {
    const { i32 } = this;
    const st = this.rec(this.me, L.WS_ATTACH);
    this.slot = slot;
    Atomics.store(i32, this.rec(this.me, L.WS_SLOT), slot);
    for (;;) {
      const c = Atomics.compareExchange(i32, st, FtState.Detached, FtState.Attached);
      if (c === FtState.Detached) {
        // A stop request left in our eval breaker is served by being here: clear it (a
        // stopper still waiting re-posts it on its next scan).
        Atomics.and(i32, this.breakerOf(slot), ~GIL_DROP_REQUEST_BIT);
        if (!this.stopRequestedByOther()) return;
        this.park();
        continue;
      }
      // Parked by a stopper: sleep until start_the_world (bounded, to re-check).
      Atomics.wait(i32, st, c, 50);
    }
  }

  detach(): void {
    if (this.stopRequestedByOther()) this.park();
    else Atomics.store(this.i32, this.rec(this.me, L.WS_ATTACH), FtState.Detached);
  }

  /** The thread this worker ran ended (its state may be freed by the next collection):
   *  stop requests go to a harmless word until the next attach. */
  retireSlot(): void {
    this.slot = L.ATTACH_SLOT;
    Atomics.store(this.i32, this.rec(this.me, L.WS_SLOT), L.ATTACH_SLOT);
  }

  private park(): void {
    const { i32, base } = this;
    Atomics.store(i32, this.rec(this.me, L.WS_ATTACH), FtState.Suspended);
    Atomics.add(i32, base + L.FT_STW_EVENT, 1);
    Atomics.notify(i32, base + L.FT_STW_EVENT);
  }

  /** Parks every other thread at a safepoint; the caller is attached. Pair with start(). */
  stop(): void {
    this.stopIf(null);
  }

  /** stop(), unless another thread was stopping the world when we asked and, once it is
   *  done, `stillNeeded` says there is nothing left to stop for (two threads that both
   *  asked to collect: the second's request was served by the first's collection, and a
   *  second stop would only park the first again). True when the world is stopped: pair
   *  it with start(); false when it was not. */
  stopIf(stillNeeded: (() => boolean) | null): boolean {
    const { i32, base, me } = this;
    if (Atomics.load(i32, base + L.FT_STW_OWNER) === me + 1) { this.depth++; return true; }
    if (Atomics.compareExchange(i32, base + L.FT_STW_MUTEX, 0, 1) !== 0) {
      // Another thread is stopping the world: let it (we park), then take our turn.
      const slot = this.slot;
      this.detach();
      mutexLock(i32, base + L.FT_STW_MUTEX);
      this.attach(slot);
      if (stillNeeded !== null && !stillNeeded()) {
        mutexUnlock(i32, base + L.FT_STW_MUTEX);
        return false;
      }
    }
    Atomics.store(i32, base + L.FT_STW_OWNER, me + 1);
    Atomics.store(i32, base + L.FT_STW_REQUESTED, 1);
    this.depth = 1;
    this.stops++;
    Atomics.add(i32, base + L.FT_STW_COUNT, 1);
    for (;;) {
      const ev = Atomics.load(i32, base + L.FT_STW_EVENT);
      let all = true;
      const n = Atomics.load(i32, base + L.FT_WORKERS);
      for (let w = 0; w < n; w++) {
        if (w === me) continue;
        const st = this.rec(w, L.WS_ATTACH);
        let s = Atomics.load(i32, st);
        if (s === FtState.Detached) {
          s = Atomics.compareExchange(i32, st, FtState.Detached, FtState.Suspended);
          if (s === FtState.Detached) continue;
        }
        if (s === FtState.Attached) {
          all = false;
          // SAFETY: `or` keeps the other bits (a GC request) of that thread's breaker.
          Atomics.or(i32, this.breakerOf(Atomics.load(i32, this.rec(w, L.WS_SLOT))), GIL_DROP_REQUEST_BIT);
        }
      }
      if (all) return true;
      Atomics.wait(i32, base + L.FT_STW_EVENT, ev, 1);
    }
  }

  /** Releases the threads stop() parked. */
  start(): void {
    const { i32, base, me } = this;
    if (--this.depth > 0) return;
    Atomics.store(i32, base + L.FT_STW_REQUESTED, 0);
    const n = Atomics.load(i32, base + L.FT_WORKERS);
    for (let w = 0; w < n; w++) {
      if (w === me) continue;
      const st = this.rec(w, L.WS_ATTACH);
      if (Atomics.compareExchange(i32, st, FtState.Suspended, FtState.Detached) === FtState.Suspended) Atomics.notify(i32, st);
    }
    Atomics.store(i32, base + L.FT_STW_OWNER, 0);
    mutexUnlock(i32, base + L.FT_STW_MUTEX);
  }

  /** Runs `f` with the world stopped. */
  stopped<T>(f: () => T): T {
    this.stop();
    try { return f(); } finally { this.start(); }
  }
}
