// The virtual platform's scheduler: every thread of every process in one worker, a virtual
// clock, N virtual cores, and CPython's GIL algorithm replayed in virtual time
// (DESIGN.md §1.6). The same program and seed always give the same interleaving and the same
// trace, byte for byte; a different seed changes only the choices between equal candidates.
//
// How time moves. A thread runs in slices: the scheduler asks it to execute for at most a
// budget of instructions, converted to virtual time at `nsPerInstruction`. Under the GIL the
// VM stops only at its eval-breaker check points (function entry, backward jumps, after
// calls), so a thread is never interrupted between a load, a binary op and a store — exactly
// where CPython can be; there the budget counts check points.
//
// Free-threaded (PEP 703), threads of one process run truly in parallel on the N cores, so
// another thread's instructions can land between any two of a thread's: between the
// LOAD_GLOBAL and the STORE_GLOBAL of one `counter += 1`. The budget then counts
// instructions and the VM stops at any instruction boundary. While other threads of the
// same process are running, each slice is a seeded-random 1..stepSliceMax instructions and
// the thread that has reached the earliest instant runs next, so N threads on N cores
// advance together, a few instructions apart, in an order the seed decides. A thread
// running alone runs up to soloSliceMax instructions at a time: a thread it starts or wakes
// in the middle of a slice joins in at most that far behind it.
//
// The GIL in virtual time, following CPython 3.13 Python/ceval_gil.c (see src/engine/gil.ts
// for the shared-memory port):
//   1. A thread that wants a locked GIL waits. If a whole switch interval passes and the GIL
//      has not changed hands (switch_number unchanged), the waiter sets the drop request on
//      the holder and waits on.
//   2. The holder sees the request at its next check point (here: the slice ends at the
//      instant of the request), drops the GIL and — FORCE_SWITCHING — cannot re-take it before
//      another thread has taken it.
//   3. A thread that blocks (sleep, lock, join, queue, ...) drops the GIL first; on wake-up it
//      waits for the GIL again.
//   4. Processes each have their own GIL and run in parallel on the virtual cores; when more
//      threads could run than there are cores, the cores are shared round-robin in quanta.
//
// Blocking is futex-shaped: a thread blocks on a numeric key (a heap address of a lock, a
// thread's done flag, ...) with an optional deadline, and `notify(key, n)` wakes waiters. A
// pure sleep is a wait with a deadline and no key.

export interface SimThread {
  readonly pid: number;
  readonly tid: number;
  readonly name: string;
  /** Execute up to `budget` units of work: check points under a GIL (it stops only at one),
   *  instructions when free-threaded (it may stop between any two). */
  run(budget: number): SimStop;
  /** The source line the thread is at (for trace events); 0 if unknown. */
  line(): number;
}

export type SimStop =
  | { kind: 'preempted'; used: number }
  | { kind: 'block'; used: number; wait: WaitSpec }
  | { kind: 'done'; used: number };

export interface WaitSpec {
  /** What the thread waits for, as the trace names it: sleep, lock, join, queue, ... */
  what: string;
  /** The futex key it waits on, or undefined for a plain sleep. */
  key?: number;
  /** Virtual µs at which the wait times out; undefined waits for a notify. */
  deadline?: number;
  /** Does not need the GIL while blocked (always true) but needs it to continue: true. */
  needsGilAfter?: boolean;
}

export type WakeReason = 'notified' | 'timed-out';

export interface SchedulerOptions {
  cores: number;
  seed: number;
  /** Virtual nanoseconds per instruction (CPython runs very roughly 30–100 M bytecodes/s). */
  nsPerInstruction: number;
  /** Switch interval in µs per process (sys.setswitchinterval), default 5000. */
  switchIntervalMicros: number;
  freeThreaded: boolean;
  /** Longest slice a thread runs without the scheduler looking again, in virtual µs. */
  quantumMicros: number;
  /** Free-threaded: the longest slice, in instructions, while other threads of the process
   *  run in parallel (each slice draws 1..stepSliceMax from the seed). */
  stepSliceMax: number;
  /** Free-threaded: the longest slice of a thread running alone in its process. */
  soloSliceMax: number;
}

export const DEFAULT_SCHEDULER: SchedulerOptions = {
  cores: 4,
  seed: 1,
  nsPerInstruction: 20,
  switchIntervalMicros: 5000,
  freeThreaded: false,
  quantumMicros: 1000,
  stepSliceMax: 50,
  soloSliceMax: 1000,
};

/** A scheduling event, in the trace's vocabulary. */
export interface SimEvent {
  t: number;
  kind: string;
  pid: number;
  tid: number;
  line: number;
  args?: Record<string, unknown>;
}

type ThreadStatus = 'wants-gil' | 'running' | 'blocked' | 'done';

interface ThreadRec {
  t: SimThread;
  status: ThreadStatus;
  /** Virtual time this thread has reached: it ran, or has been waiting, up to here. */
  clock: number;
  wait?: WaitSpec;
  wake?: WakeReason;
  /** When its current timed wait for the GIL began, and the switch_number it saw then. */
  gilWaitSince: number;
  savedSwitch: number;
  /** FORCE_SWITCHING: it dropped on request and may not re-take before someone else did. */
  mustYield: boolean;
  /** Arrival order, for FIFO among equals before the seeded tie-break. */
  order: number;
  /** Set when a wait in the middle of its slice (waitInSlice) ended: the slice resumed here. */
  resumedAt?: number;
}

interface GilState {
  holder: ThreadRec | undefined;
  lastHolder: number;
  switchNumber: number;
  interval: number;
  dropRequest: boolean;
  /** When the GIL was last released. */
  freeSince: number;
}

/** Small deterministic PRNG (mulberry32) for seeded tie-breaking. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class VirtualScheduler {
  private readonly opts: SchedulerOptions;
  private readonly threads: ThreadRec[] = [];
  private readonly gils = new Map<number, GilState>();
  private readonly cores: number[];
  private readonly random: () => number;
  private readonly events: (SimEvent & { seq: number })[] = [];
  private seq = 0;
  private order = 0;

  constructor(opts: Partial<SchedulerOptions> = {}) {
    this.opts = { ...DEFAULT_SCHEDULER, ...opts };
    this.random = rng(this.opts.seed);
    this.cores = new Array<number>(Math.max(1, this.opts.cores)).fill(0);
  }

  /** The earliest instant any live thread has reached: events before it are final. */
  get time(): number {
    let t = Infinity;
    for (const r of this.threads) if (r.status !== 'done') t = Math.min(t, r.clock);
    return t === Infinity ? Math.max(0, ...this.threads.map((r) => r.clock)) : t;
  }

  /**
   * The instant before which every event has been emitted, so a live view may show them: a
   * running or GIL-waiting thread emits nothing before its clock; a blocked one wakes at its
   * deadline or when a thread that is not blocked notifies it, at that thread's clock.
   * (stopAll at the main thread's exit is the exception: it ends blocked daemon threads at
   * their own, older clocks.)
   */
  horizon(): number {
    let active = Infinity;
    for (const r of this.threads) if (r.status !== 'done' && r.status !== 'blocked') active = Math.min(active, r.clock);
    let t = active;
    for (const r of this.threads) {
      if (r.status === 'blocked') t = Math.min(t, Math.max(r.clock, Math.min(r.wait?.deadline ?? Infinity, active)));
    }
    return t;
  }

  /** Adds a thread at virtual time `at` (a new thread starts by waiting for its GIL). */
  add(t: SimThread, at = 0): void {
    const rec: ThreadRec = { t, status: 'wants-gil', clock: at, gilWaitSince: at, savedSwitch: 0, mustYield: false, order: this.order++ };
    this.threads.push(rec);
    if (!this.gils.has(t.pid)) {
      this.gils.set(t.pid, { holder: undefined, lastHolder: 0, switchNumber: 0, interval: this.opts.switchIntervalMicros, dropRequest: false, freeSince: at });
    }
    this.emit(at, 'thread-start', rec, { name: t.name });
    if (this.opts.freeThreaded) rec.status = 'running';
    else this.beginGilWait(rec, at);
  }

  setSwitchInterval(pid: number, micros: number): void {
    const g = this.gils.get(pid);
    if (g !== undefined) g.interval = Math.max(1, micros);
  }

  /** Wakes up to `n` threads blocked on `key` at virtual time `at` (futex wake). */
  notify(key: number, at: number, n = Infinity): number {
    const waiters = this.threads.filter((r) => r.status === 'blocked' && r.wait?.key === key).sort((a, b) => a.order - b.order);
    let woke = 0;
    for (const r of waiters) {
      if (woke >= n) break;
      this.unblock(r, 'notified', Math.max(at, r.clock));
      woke++;
    }
    return woke;
  }

  /** Why a thread's last block ended, for the VM to return from its wait. */
  wakeReason(pid: number, tid: number): WakeReason | undefined {
    return this.threads.find((r) => r.t.tid === tid && r.t.pid === pid)?.wake;
  }

  /** The current virtual time of one thread (time.monotonic() inside it). */
  clockOf(pid: number, tid: number): number {
    return this.threads.find((r) => r.t.tid === tid && r.t.pid === pid)?.clock ?? 0;
  }

  /** Ends every thread that is still alive (daemon threads when the main thread exits), or
   *  only those of process `pid` (a process that exits or is terminated). */
  stopAll(except?: SimThread, pid?: number): void {
    // They end when the interpreter exits: at the exiting thread's instant, not at the older
    // instant a blocked daemon thread last ran (its wait lasted until the exit).
    const exitAt = except === undefined ? 0 : this.clockOf(except.pid, except.tid);
    for (const r of this.threads) {
      if (r.status === 'done' || r.t === except || (pid !== undefined && r.t.pid !== pid)) continue;
      const g = this.gils.get(r.t.pid)!;
      const at = Math.max(r.clock, exitAt);
      if (g.holder === r) {
        g.holder = undefined;
        this.emit(at, 'gil-drop', r, { reason: 'exit' });
      }
      r.status = 'done';
      this.emit(at, 'thread-end', r);
    }
  }

  /** Scheduling events so far, in time order (stable for equal times). */
  drainEvents(): SimEvent[] {
    const out = this.events.splice(0).sort((a, b) => a.t - b.t || a.seq - b.seq);
    return out.map(({ seq: _seq, ...e }) => e);
  }

  /**
   * Runs until every thread is done ('done'), until no thread can ever proceed ('deadlock':
   * every live thread blocked without a deadline), or until virtual time `until` ('paused').
   */
  runAll(until = Infinity): 'done' | 'deadlock' | 'paused' {
    this.until = until;
    const r = this.loop(undefined);
    return r === 'resumed' ? 'done' : r;
  }

  /**
   * Thread `t`, in the middle of its slice, must wait (a native called back into Python and
   * that code blocks: `sorted(q.get() for ...)`). Its JS stack cannot be suspended, so the
   * other threads run from here, in a loop nested in the one that is running `t`, until `t`
   * is woken and holds its GIL again; then `t` goes on with its slice. A thread suspended
   * like this further down the stack is not run (or given its GIL) until the wait above it
   * returns: the waits unwind last-in first-out, as the JS stack does.
   * 'resumed' when `t` may continue; 'deadlock' or 'paused' when the run cannot go on.
   */
  waitInSlice(t: SimThread, wait: WaitSpec): 'resumed' | 'deadlock' | 'paused' | 'done' {
    const r = this.threads.find((x) => x.t === t);
    if (r === undefined) throw new Error('waitInSlice: unknown thread');
    const g = this.gils.get(r.t.pid)!;
    const at = r.clock;
    if (!this.opts.freeThreaded) this.dropGil(r, g, 'blocking', at);
    r.status = 'blocked';
    r.wait = wait;
    r.wake = undefined;
    this.emit(at, 'block', r, { what: wait.what, object: wait.key ?? 0 });
    this.nested.push(r);
    try {
      const out = this.loop(r);
      if (out === 'resumed') r.resumedAt = r.clock;
      return out;
    } finally {
      this.nested.pop();
    }
  }

  /** Why a thread's wait in waitInSlice ended. */
  wakeReasonOf(t: SimThread): WakeReason | undefined {
    return this.threads.find((x) => x.t === t)?.wake;
  }

  private until = Infinity;
  /** Threads waiting in waitInSlice, innermost last. */
  private readonly nested: ThreadRec[] = [];

  /** A thread suspended in waitInSlice below the innermost one: it may not run yet. */
  private suspended(r: ThreadRec): boolean {
    const n = this.nested.length;
    return n > 1 && r !== this.nested[n - 1] && this.nested.includes(r);
  }

  private loop(target: ThreadRec | undefined): 'done' | 'deadlock' | 'paused' | 'resumed' {
    const until = this.until;
    for (;;) {
      if (target !== undefined && target.status === 'running') return 'resumed';
      const live = this.threads.filter((r) => r.status !== 'done');
      if (live.length === 0) return 'done';
      this.grantGils();
      if (target !== undefined && target.status === 'running') return 'resumed';
      if (target !== undefined && target.status === 'done') return 'done';
      const runner = this.pickRunner();
      const deadline = this.nextDeadline();
      if (runner === undefined && deadline === undefined) return 'deadlock';
      const start = runner === undefined ? Infinity : Math.max(runner.r.clock, this.cores[runner.core]!);
      if (Math.min(start, deadline?.t ?? Infinity) >= until) return 'paused';
      if (deadline !== undefined && deadline.t <= start) {
        this.fire(deadline.t);
        continue;
      }
      if (runner === undefined) return 'deadlock';
      const { r, core } = runner;
      r.clock = start;
      const g = this.gils.get(r.t.pid)!;
      // At a check point with a pending drop request: drop now (the eval breaker fired).
      if (!this.opts.freeThreaded && g.dropRequest && g.holder === r) {
        this.dropGil(r, g, 'interval', start);
        r.mustYield = true;
        this.beginGilWait(r, start);
        continue;
      }
      const deadline2 = this.nextDeadlineOf(r.t.pid)?.t ?? Infinity;
      const limit = Math.min(deadline2, start + this.opts.quantumMicros, until);
      let budget = Math.max(1, Math.floor(((limit - start) * 1000) / this.opts.nsPerInstruction));
      // The units of work between check points differ in cost in a real interpreter, so a
      // request arriving "now" is seen at whichever check point comes next. Equal costs
      // would always stop at the same kind of check point; a seeded jitter of one unit
      // restores the variety, deterministically.
      if (limit === deadline2 && budget > 1 && this.random() < 0.5) budget -= 1;
      if (this.opts.freeThreaded) {
        budget = Math.min(budget, this.runsInParallel(r) ? 1 + Math.floor(this.random() * this.opts.stepSliceMax) : this.opts.soloSliceMax);
      }
      const stop = r.t.run(budget);
      // A slice interrupted by waitInSlice goes on from when the thread got its GIL back.
      const from = r.resumedAt ?? start;
      r.resumedAt = undefined;
      const end = from + (stop.used * this.opts.nsPerInstruction) / 1000;
      r.clock = end;
      this.cores[core] = end;
      r.order = this.order++;
      this.afterRun(r, g, stop, end);
    }
  }

  // --- internals -----------------------------------------------------------------------

  private emit(t: number, kind: string, r: ThreadRec, args?: Record<string, unknown>): void {
    this.events.push({ t, kind, pid: r.t.pid, tid: r.t.tid, line: r.t.line(), args, seq: this.seq++ });
  }

  private beginGilWait(r: ThreadRec, at: number): void {
    r.status = 'wants-gil';
    r.clock = at;
    r.gilWaitSince = at;
    const g = this.gils.get(r.t.pid)!;
    r.savedSwitch = g.switchNumber;
    this.emit(at, 'gil-wait', r);
  }

  private unblock(r: ThreadRec, why: WakeReason, at: number): void {
    r.wake = why;
    this.emit(at, 'unblock', r, { what: r.wait?.what, object: r.wait?.key ?? 0 });
    r.wait = undefined;
    r.clock = at;
    r.order = this.order++;
    if (this.opts.freeThreaded) r.status = 'running';
    else this.beginGilWait(r, at);
  }

  /** Hands each free GIL to a waiting thread: the longest waiting, ties broken by the seed. */
  private grantGils(): void {
    if (this.opts.freeThreaded) return;
    for (const [pid, g] of this.gils) {
      if (g.holder !== undefined) continue;
      let cands = this.threads.filter((r) => r.t.pid === pid && r.status === 'wants-gil' && !this.suspended(r));
      if (cands.length === 0) continue;
      const others = cands.filter((r) => !r.mustYield);
      if (others.length > 0) cands = others;
      // The GIL goes to whoever is waiting when it is free: the earliest to arrive.
      const first = Math.min(...cands.map((r) => Math.max(r.clock, g.freeSince)));
      const tied = cands.filter((r) => Math.max(r.clock, g.freeSince) === first);
      const r = tied.length === 1 ? tied[0]! : tied[Math.floor(this.random() * tied.length)]!;
      const at = first;
      const switched = g.lastHolder !== r.t.tid;
      if (switched) {
        g.lastHolder = r.t.tid;
        g.switchNumber++;
      }
      for (const o of this.threads) {
        if (o === r || o.t.pid !== pid || o.status !== 'wants-gil') continue;
        // Threads whose wait began while the GIL was free (they lost the race for it at this
        // instant), and the dropper whose FORCE_SWITCHING wait ends now, start their timed
        // wait here, seeing the new switch_number — in CPython they enter the locked branch
        // of take_gil only now.
        if (o.mustYield || o.gilWaitSince <= at) {
          o.gilWaitSince = Math.max(o.gilWaitSince, at);
          o.savedSwitch = g.switchNumber;
        }
        if (switched) o.mustYield = false;
      }
      g.holder = r;
      g.dropRequest = false;
      r.status = 'running';
      r.clock = at;
      this.emit(at, 'gil-take', r, { switched });
    }
  }

  /** Free-threaded: another thread of r's process is running too, so their instructions
   *  interleave (threads of other processes share no memory: their order cannot matter). */
  private runsInParallel(r: ThreadRec): boolean {
    for (const o of this.threads) if (o !== r && o.status === 'running' && o.t.pid === r.t.pid && !this.suspended(o)) return true;
    return false;
  }

  /** The runnable thread that can start earliest, and the core it starts on. */
  private pickRunner(): { r: ThreadRec; core: number } | undefined {
    let core = 0;
    for (let c = 1; c < this.cores.length; c++) if (this.cores[c]! < this.cores[core]!) core = c;
    let best: ThreadRec | undefined;
    for (const r of this.threads) {
      if (r.status !== 'running' || this.suspended(r)) continue;
      if (best === undefined || r.clock < best.clock || (r.clock === best.clock && r.order < best.order)) best = r;
    }
    return best === undefined ? undefined : { r: best, core };
  }

  private deadlinesOf(r: ThreadRec): number | undefined {
    if (r.status === 'blocked') return r.wait?.deadline;
    if (r.status === 'wants-gil' && !this.opts.freeThreaded) {
      const g = this.gils.get(r.t.pid)!;
      if (g.holder !== undefined && !g.dropRequest) return r.gilWaitSince + g.interval;
    }
    return undefined;
  }

  private nextDeadline(): { t: number } | undefined {
    let t = Infinity;
    for (const r of this.threads) t = Math.min(t, this.deadlinesOf(r) ?? Infinity);
    return t === Infinity ? undefined : { t };
  }

  private nextDeadlineOf(pid: number): { t: number } | undefined {
    let t = Infinity;
    for (const r of this.threads) if (r.t.pid === pid) t = Math.min(t, this.deadlinesOf(r) ?? Infinity);
    return t === Infinity ? undefined : { t };
  }

  /** Something happens at `t` with no thread running: timeouts expire, drop requests are made. */
  private fire(t: number): void {
    for (const r of this.threads) {
      if (r.status === 'blocked' && r.wait?.deadline !== undefined && r.wait.deadline <= t) this.unblock(r, 'timed-out', r.wait.deadline);
    }
    if (this.opts.freeThreaded) return;
    for (const r of this.threads) {
      if (r.status !== 'wants-gil') continue;
      const g = this.gils.get(r.t.pid)!;
      if (g.holder === undefined || g.dropRequest || r.gilWaitSince + g.interval > t) continue;
      const at = r.gilWaitSince + g.interval;
      if (g.switchNumber === r.savedSwitch) {
        g.dropRequest = true;
        this.emit(at, 'gil-drop-request', r, { holder: g.holder.t.tid });
      } else {
        // The GIL changed hands during this wait: CPython's loop starts a new timed wait.
        r.gilWaitSince = at;
        r.savedSwitch = g.switchNumber;
      }
    }
  }

  private afterRun(r: ThreadRec, g: GilState, stop: SimStop, end: number): void {
    if (stop.kind === 'done') {
      if (!this.opts.freeThreaded) this.dropGil(r, g, 'exit', end);
      r.status = 'done';
      this.emit(end, 'thread-end', r);
    } else if (stop.kind === 'block') {
      if (!this.opts.freeThreaded) this.dropGil(r, g, 'blocking', end);
      r.status = 'blocked';
      r.wait = stop.wait;
      r.wake = undefined;
      this.emit(end, 'block', r, { what: stop.wait.what, object: stop.wait.key ?? 0 });
    }
    // 'preempted': the thread stays runnable; a pending drop request is honoured when it is next picked.
  }

  private dropGil(r: ThreadRec, g: GilState, reason: 'interval' | 'blocking' | 'exit', at: number): void {
    if (g.holder !== r) return;
    g.holder = undefined;
    g.lastHolder = r.t.tid;
    g.dropRequest = false;
    g.freeSince = at;
    this.emit(at, 'gil-drop', r, { reason });
  }
}
