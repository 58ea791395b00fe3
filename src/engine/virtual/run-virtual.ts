// The virtual platform: every thread of a Python program in one JS thread, under the
// deterministic VirtualScheduler (scheduler.ts) — a virtual clock, N virtual cores and
// CPython's GIL algorithm in virtual time. The same program and seed give the same
// interleaving, output and trace every time; a different seed changes the tie-breaks.
//
// Each Python thread is a VmThread: a thread state in the one Runtime, run in slices by
// `run(rt, budget)` (budget in eval-breaker check points). A builtin that blocks returns a
// block request; the thread parks in the scheduler on the request's futex word (or just a
// deadline, for sleep) and, once woken, retries it (a lock acquire tries again).
// Virtual time: `nsPerCheckpoint` per check point the thread passed (a loop iteration, a
// call), so CPU-bound work takes simulated time in proportion to what it executes.
//
// Free-threaded mode has no GIL: the budget counts instructions (`nsPerStep` each) and the
// eval loop stops at any instruction boundary (eval.ts `run(rt, budget, steps)`), so the
// scheduler can interleave parallel threads inside a `counter += 1` (scheduler.ts).

import type { Ref } from '../../vm/heap.ts';
import { NULL } from '../../vm/heap.ts';
import type { Runtime } from '../../vm/runtime.ts';
import { TS_THREAD_ID, TS_FRAME } from '../../vm/runtime.ts';
import type { Host, Micros, ProgramDir } from '../../vm/host.ts';
import { PyError, raise } from '../../vm/errors.ts';
import { run, resume, startCall, lastRunSteps } from '../../vm/eval.ts';
import { vm, type BlockRequest, R_SWITCH_INTERVAL, AbandonThread, ProcessExit, setGilDisabled } from '../../vm/vm-state.ts';
import { floatValue } from '../../vm/objects/float.ts';
import { formatException } from '../../vm/traceback.ts';
import { decodeCode, lineOf } from '../../vm/code-object.ts';
import { F_BACK, F_CODE, F_LASTI } from '../../vm/frame.ts';
import { sysModules } from '../../vm/import.ts';
import { dictGetStr } from '../../vm/objects/dict-core.ts';
import { getAttrOpt } from '../../vm/abstract.ts';
import { setThreadPlatform } from '../../stdlib/native/thread.ts';
import { prepareProgram, systemExitStatus } from '../../vm/run.ts';
import { threadInfo } from '../thread-info.ts';
import { deadlockReport as sharedDeadlockReport } from '../shared/deadlock.ts';
import { BlockReason } from '../../trace/schema.ts';
import { VirtualScheduler, type SimStop, type SimThread, type SimEvent } from './scheduler.ts';
import { installVirtualProcesses } from '../process/virtual-processes.ts';
import type { TraceEvent } from '../../trace/schema.ts';

export interface VirtualRunOptions {
  filename: string;
  seed?: number;
  cores?: number;
  freeThreaded?: boolean;
  /** The GIL's switch interval at start, µs (the program may change it). */
  switchIntervalMicros?: number;
  /** Virtual nanoseconds per eval-breaker check point. */
  nsPerCheckpoint?: number;
  /** Free-threaded mode: virtual nanoseconds per instruction. */
  nsPerStep?: number;
  stdin?: string;
  argv?: readonly string[];
  environ?: Readonly<Record<string, string>>;
  heapCapBytes?: number;
  /** The program's folder, for imports of sibling files (the CLI passes the script's). */
  programDir?: ProgramDir;
  /** Called as output is produced (virtual time in µs). */
  onOutput?: (stream: 'stdout' | 'stderr', text: string, t: number) => void;
  /** Stop after this much virtual time (µs); the run then ends with status 124. */
  maxVirtualMicros?: number;
  /** Live trace: called during the run with the events that are final so far, in time
   *  order, at most once per `liveIntervalMs` of real time; the rest come in one last call
   *  before runVirtual returns. `events` of the result still holds the whole trace. */
  onEvents?: (events: TraceEvent[]) => void;
  liveIntervalMs?: number;
}

export interface VirtualRunResult {
  exitCode: number;
  stdout: string;
  stderr: string;
  events: TraceEvent[];
  /** 'deadlock' when every remaining thread waited forever. */
  outcome: 'done' | 'deadlock' | 'time-limit';
}

const PID = 4242;
const DEFAULT_NS_PER_CHECKPOINT = 40;
// A loop iteration is some 6-7 instructions per check point (`for` + `x += 1` is 7; a call to
// a one-line function adds 5 and a check point), so a thread computes at about the same
// virtual speed with and without the GIL.
const DEFAULT_NS_PER_STEP = 6;

export class VmThread implements SimThread {
  get pid(): number { return this.d.pid; }
  readonly tid: number;
  name: string;
  /** The block request this thread is parked on, retried when it runs again. */
  pending: BlockRequest | null = null;
  finished = false;
  /** The runtime's check-point count when this slice began (or resumed after waitNested). */
  sliceBefore = 0;

  constructor(private readonly d: VirtualDriver, readonly ts: Ref, name: string) {
    this.tid = d.rt.heap.i32[(ts >> 2) + TS_THREAD_ID]!;
    this.name = name;
  }

  line(): number {
    return this.d.lineOf(this.ts);
  }

  run(budget: number): SimStop {
    const { rt } = this.d;
    // Between two slices the scheduler is consistent: a good moment to hand out live events.
    this.d.live?.maybeFlush();
    rt.ts = this.ts;
    this.d.current = this;
    this.d.onSlice?.(this.d);
    let used = 0;
    // Finish a wait: retry the request (a lock tries to take the lock again).
    if (this.pending !== null) {
      const req = this.pending;
      this.pending = null;
      const next = this.d.complete(req);
      if (next !== null) return this.park(next, 0);
    }
    this.sliceBefore = this.d.checkpoints(rt);
    const ft = this.d.freeThreaded;
    let r: ReturnType<typeof run>;
    try {
      r = ft ? run(rt, Infinity, budget) : run(rt, budget);
    } catch (e) {
      // A wait inside a callback could not end (waitNested): the slice is abandoned.
      if (e instanceof SliceAbandoned) return e.stop;
      // os._exit(n): the process's end is recorded already (virtual-processes.ts); this
      // thread just stops, without the shutdown threadDone would run.
      if (e instanceof ProcessExit) {
        this.finished = true;
        return { kind: 'done', used: ft ? 1 : Math.max(1, this.d.checkpoints(rt) - this.sliceBefore) };
      }
      throw e;
    }
    used = Math.max(1, ft ? lastRunSteps() : this.d.checkpoints(rt) - this.sliceBefore);
    this.d.syncSwitchInterval();
    switch (r.kind) {
      case 'yield-gil':
        return { kind: 'preempted', used };
      case 'block': {
        // Futex check: a lock released since the builtin looked need not be waited for.
        const req = r.request;
        if (req.wakeIndex !== undefined && req.expected !== undefined && (req.wakeArray ?? rt.heap.i32)[req.wakeIndex] !== req.expected) {
          this.pending = req;
          return { kind: 'preempted', used };
        }
        return this.park(req, used);
      }
      case 'done':
        return this.d.threadDone(this, used);
      case 'exception':
        rt.host.write('stderr', formatException(rt, r.exc));
        if (this.d.isMain(this)) this.d.exitCode = 1;
        return this.d.threadDone(this, used);
      case 'exit':
        if (this.d.isMain(this)) this.d.exitCode = systemExitStatus(rt, r.exc);
        return this.d.threadDone(this, used);
    }
  }

  private park(req: BlockRequest, used: number): SimStop {
    this.pending = req;
    const now = this.d.sched.clockOf(this.d.pid, this.tid) + used * this.d.usPerUnit;
    return {
      kind: 'block',
      used,
      wait: {
        what: req.kind,
        key: req.wakeIndex === undefined ? undefined : this.d.waitKey(req.wakeIndex, req.wakeArray),
        deadline: req.timeoutMicros === undefined ? undefined : now + req.timeoutMicros,
      },
    };
  }
}

export class VirtualDriver {
  readonly sched: VirtualScheduler;
  /** This process's pid (the first process's is PID; multiprocessing children have others). */
  pid = PID;
  /** Called when one of this process's threads is about to run a slice (processes.ts). */
  onSlice: ((d: VirtualDriver) => void) | null = null;
  /** Called once when the process's main thread has finished its shutdown. */
  onExit: ((d: VirtualDriver) => void) | null = null;
  /** Wait key of a word outside the heap (the process registry's), by index. */
  foreignKey: ((index: number) => number) | null = null;
  /** Virtual µs per unit of a slice's work: a check point, or free-threaded an instruction. */
  readonly usPerUnit: number;
  readonly freeThreaded: boolean;
  exitCode = 0;
  current: VmThread | null = null;
  main!: VmThread;
  private readonly threads = new Map<number, VmThread>();
  private shuttingDown = false;
  /** Output and library events; a child process shares its parent's lists (processes.ts). */
  out: { stream: 'stdout' | 'stderr'; text: string; t: number; tid: number; line: number; pid?: number }[] = [];
  /** The live trace stream, when the caller asked for one. */
  live: LiveEvents | null = null;
  extra: SimEvent[] = [];
  private checkpointCounter = 0;

  constructor(public rt: Runtime, readonly opts: VirtualRunOptions, sched?: VirtualScheduler) {
    this.freeThreaded = opts.freeThreaded ?? false;
    const nsPerUnit = this.freeThreaded ? opts.nsPerStep ?? DEFAULT_NS_PER_STEP : opts.nsPerCheckpoint ?? DEFAULT_NS_PER_CHECKPOINT;
    this.usPerUnit = nsPerUnit / 1000;
    this.sched = sched ?? new VirtualScheduler({
      cores: opts.cores ?? 4,
      seed: opts.seed ?? 1,
      freeThreaded: this.freeThreaded,
      nsPerInstruction: nsPerUnit,
      ...(opts.switchIntervalMicros !== undefined ? { switchIntervalMicros: opts.switchIntervalMicros } : {}),
    });
  }

  /** Check points executed so far by this runtime (from the VM's counter). */
  checkpoints(rt: Runtime): number {
    return vm(rt).checkpoints ?? this.checkpointCounter;
  }

  private switchInterval: Ref = NULL;

  /** sys.setswitchinterval() stores the interval in the runtime; the GIL here follows it. */
  syncSwitchInterval(): void {
    const v = this.rt.root(R_SWITCH_INTERVAL);
    if (v === this.switchInterval || v === NULL) return;
    this.switchInterval = v;
    this.sched.setSwitchInterval(this.pid, floatValue(this.rt, v) * 1e6);
  }

  now(): number {
    const c = this.current;
    return c === null ? this.sched.time : this.sched.clockOf(this.pid, c.tid);
  }

  isMain(t: VmThread): boolean {
    return t === this.main;
  }

  /** The line the thread is at in the program's own file: the innermost frame of that file
   *  (a thread waiting inside threading.py's join is at the user's `t.join()` line), or 0. */
  lineOf(ts: Ref): number {
    const i32 = this.rt.heap.i32;
    for (let f = i32[(ts >> 2) + TS_FRAME] as Ref; f !== NULL; f = i32[(f >> 2) + F_BACK] as Ref) {
      if (decodeCode(this.rt, i32[(f >> 2) + F_CODE] as Ref).filename === this.opts.filename) return Math.max(0, frameLine(this.rt, f));
    }
    return 0;
  }

  addThread(ts: Ref, name: string, at: number): VmThread {
    const t = new VmThread(this, ts, name);
    this.threads.set(t.tid, t);
    this.sched.add(t, at);
    return t;
  }

  /** The scheduler's futex key for a wait on word `index` of this process's heap, or of
   *  another array (`wakeArray`: the run's process registry, shared by every process). The
   *  heaps of several processes use the same indices, so heap keys carry the pid. */
  waitKey(index: number, array?: Int32Array): number {
    if (array !== undefined && array !== this.rt.heap.i32 && this.foreignKey !== null) return this.foreignKey(index);
    return this.pid * 2 ** 31 + index;
  }

  /**
   * A wait requested while natives are below on the JS stack (`sorted(q.get() for ...)`,
   * `list(executor.map(...))`): the other threads run from inside this call
   * (VirtualScheduler.waitInSlice) until this one is woken and has its GIL back.
   */
  waitNested(first: BlockRequest): Ref {
    const t = this.current;
    if (t === null) return raise(this.rt, this.rt.types.RuntimeError, `cannot wait (${first.kind}) here`);
    let req = first;
    for (;;) {
      const words = req.wakeArray ?? this.rt.heap.i32;
      const changed = req.wakeIndex !== undefined && req.expected !== undefined && words[req.wakeIndex] !== req.expected;
      if (!changed) {
        const now = this.sched.clockOf(this.pid, t.tid);
        const out = this.sched.waitInSlice(t, {
          what: req.kind,
          key: req.wakeIndex === undefined ? undefined : this.waitKey(req.wakeIndex, req.wakeArray),
          deadline: req.timeoutMicros === undefined ? undefined : now + req.timeoutMicros,
        });
        this.rt.ts = t.ts;
        this.current = t;
        this.onSlice?.(this);
        t.sliceBefore = this.checkpoints(this.rt);
        if (out === 'done') throw new SliceAbandoned({ kind: 'done', used: 1 });
        if (out === 'paused') throw new SliceAbandoned({ kind: 'preempted', used: 1 });
        if (out === 'deadlock') {
          // Nothing can wake it: park it for good, so the run reports the deadlock.
          t.pending = req;
          throw new SliceAbandoned({ kind: 'block', used: 1, wait: { what: req.kind } });
        }
      }
      if (req.retry === undefined) return req.result ?? this.rt.none;
      const next = req.retry(this.rt);
      if (typeof next === 'number') return next as Ref;
      req = next;
    }
  }

  /** The process was terminated: none of its threads will run again. */
  markAllFinished(): void {
    for (const t of this.threads.values()) t.finished = true;
  }

  /** Completes a wait: the retry's result, or another request to wait for. */
  complete(req: BlockRequest): BlockRequest | null {
    const { rt } = this;
    try {
      let value: Ref = req.result ?? rt.none;
      if (req.retry !== undefined) {
        const r = req.retry(rt);
        if (typeof r !== 'number') return r;
        value = r as Ref;
      }
      resume(rt, { value });
    } catch (e) {
      if (e instanceof PyError) resume(rt, { exception: e.exc });
      else throw e;
    }
    return null;
  }

  threadDone(t: VmThread, used: number): SimStop {
    const { rt } = this;
    if (t === this.main && !this.shuttingDown) {
      // Interpreter exit: threading._shutdown() joins the non-daemon threads first.
      this.shuttingDown = true;
      const threading = dictGetStr(rt, sysModules(rt), rt.intern('threading'));
      if (threading !== NULL) {
        const shutdown = getAttrOpt(rt, threading, rt.intern('_shutdown'));
        if (shutdown !== NULL) {
          startCall(rt, shutdown, []);
          return { kind: 'preempted', used };
        }
      }
    }
    t.finished = true;
    if (t === this.main) {
      this.sched.stopAll(t, this.pid);
      this.onExit?.(this);
    }
    return { kind: 'done', used };
  }

  write(stream: 'stdout' | 'stderr', text: string): void {
    const t = this.now();
    const c = this.current;
    this.out.push({ stream, text, t, tid: c?.tid ?? this.main?.tid ?? 0, line: c !== null ? this.lineOf(c.ts) : 0, pid: this.pid });
    this.opts.onOutput?.(stream, text, t);
  }
}

/** Thrown through the VM when a thread's wait inside a callback cannot end normally. */
class SliceAbandoned extends AbandonThread {
  constructor(readonly stop: SimStop) {
    super('slice abandoned');
  }
}

/** The source line a frame is at (its last instruction's line). */
function frameLine(rt: Runtime, f: Ref): number {
  const i32 = rt.heap.i32;
  const d = decodeCode(rt, i32[(f >> 2) + F_CODE] as Ref);
  return lineOf(d, Math.max(0, i32[(f >> 2) + F_LASTI]! - 1));
}

/** Makes `d` the platform of its runtime: blocking, thread start, wake-ups and trace. */
export function attachDriver(d: VirtualDriver): void {
  const rt = d.rt;
  // A wait inside a native callback (a blocking call in __eq__, a generator consumed by
  // sorted()) cannot suspend the JS stack: the other threads run from inside it.
  vm(rt).blockNested = (_rt2, req) => d.waitNested(req);
  setThreadPlatform(rt, {
    startThread(rt2, ts) {
      d.addThread(ts, threadInfo(rt2, ts)[0], d.now());
    },
    wake(_rt2, index, count) {
      d.sched.notify(d.waitKey(index), d.now(), count);
    },
    trace(_rt2, kind, args) {
      const c = d.current;
      if (kind === 'thread-name' && c !== null) {
        c.name = String(args.name);
        d.extra.push({ t: d.now(), kind, pid: d.pid, tid: c.tid, line: 0, args: { name: args.name } });
        return;
      }
      d.extra.push({ t: d.now(), kind, pid: d.pid, tid: c?.tid ?? 0, line: c ? d.lineOf(c.ts) : 0, args: { ...args } });
    },
    threadCount: () => [...d['threads'].values()].filter((t) => !t.finished).length,
  });
}

/** Runs a program on the virtual platform to completion. */
export function runVirtual(source: string, opts: VirtualRunOptions): VirtualRunResult {
  let driver: VirtualDriver | null = null;
  const stdinLines = (opts.stdin ?? '').split('\n');
  if (stdinLines.length > 0 && stdinLines[stdinLines.length - 1] === '') stdinLines.pop();
  const early: { stream: 'stdout' | 'stderr'; text: string }[] = [];
  const host: Host = {
    write: (stream, text) => (driver ? driver.write(stream, text) : early.push({ stream, text })),
    now: () => (driver ? driver.now() : 0) as Micros,
    epochSeconds: 1_767_225_600, // 2026-01-01T00:00:00Z: simulated runs use a fixed calendar
    readLine: () => (stdinLines.length > 0 ? stdinLines.shift()! : null),
    environ: opts.environ ?? {},
    argv: opts.argv ?? [opts.filename],
    pid: PID,
    ppid: 1,
    cpuCount: opts.cores ?? 4,
    ...(opts.programDir ? { programDir: opts.programDir } : {}),
  };
  const prepared = prepareProgram(source, { filename: opts.filename, host, heapCapBytes: opts.heapCapBytes });
  if (prepared.rt === null) {
    const text = early.map((o) => o.text).join('');
    return { exitCode: prepared.exitCode, stdout: '', stderr: text, events: [], outcome: 'done' };
  }
  const rt = prepared.rt;
  // The starting interval is the program's own as far as sys.getswitchinterval() can tell.
  if (opts.switchIntervalMicros !== undefined) rt.setRoot(R_SWITCH_INTERVAL, rt.newFloat(opts.switchIntervalMicros / 1e6));
  if (opts.freeThreaded === true) setGilDisabled(rt);
  const d = (driver = new VirtualDriver(rt, opts));
  attachDriver(d);
  installVirtualProcesses(d, source);
  if (opts.onEvents !== undefined) d.live = new LiveEvents(d, opts.onEvents, opts.liveIntervalMs ?? 50);
  d.main = d.addThread(rt.ts, 'MainThread', 0);
  const limit = opts.maxVirtualMicros ?? Infinity;
  const outcome = d.sched.runAll(limit);
  let result: VirtualRunResult['outcome'] = 'done';
  if (outcome === 'deadlock') {
    result = 'deadlock';
    rt.host.write('stderr', deadlockReport(d));
    d.exitCode = d.exitCode || 1;
  } else if (outcome === 'paused') {
    result = 'time-limit';
    rt.host.write('stderr', `kitchen: stopped after ${(limit / 1e6).toFixed(3)} s of simulated time\n`);
    d.exitCode = 124;
  }
  const events = collectEvents(d.live ?? new LiveEvents(d, undefined, 0));
  return {
    exitCode: d.exitCode,
    stdout: early.filter((o) => o.stream === 'stdout').map((o) => o.text).join('') + d.out.filter((o) => o.stream === 'stdout').map((o) => o.text).join(''),
    stderr: early.filter((o) => o.stream === 'stderr').map((o) => o.text).join('') + d.out.filter((o) => o.stream === 'stderr').map((o) => o.text).join(''),
    events,
    outcome: result,
  };
}

/** The same report as the shared platform's (shared/deadlock.ts): who waits for which lock,
 *  held by whom, from the threads' pending requests and the lock events traced so far. */
function deadlockReport(d: VirtualDriver): string {
  const events: TraceEvent[] = [];
  const waiters: { tid: number; what: number; object: number }[] = [];
  for (const t of d['threads'].values()) {
    events.push({ t: 0, pid: PID, tid: t.tid, kind: 'thread-start', name: t.name });
    if (t.finished) events.push({ t: 0, pid: PID, tid: t.tid, kind: 'thread-end' });
  }
  for (const e of d.extra) {
    if (e.kind === 'acquire' || e.kind === 'release') events.push({ t: e.t, pid: PID, tid: e.tid, kind: e.kind, ...e.args });
  }
  for (const t of d['threads'].values()) {
    if (t.finished || t.pending === null) continue;
    const object = typeof t.pending.payload === 'number' ? t.pending.payload : 0;
    const line = t.line();
    if (line > 0) events.push({ t: 0, pid: PID, tid: t.tid, kind: 'block', line });
    waiters.push({ tid: t.tid, what: (BlockReason as Record<string, number>)[t.pending.kind] ?? 0, object });
  }
  return sharedDeadlockReport(waiters, events);
}

/**
 * Hands out the trace in time order while the run goes on. Scheduler events, library events
 * (locks, asyncio) and output are gathered as they are produced; those before the
 * scheduler's horizon are final: sorted by time (scheduler events first, then library events,
 * then output, each in emission order: the order the whole-run sort gives) and delivered.
 * Nothing at the horizon itself is delivered, so events of one instant never straddle two
 * deliveries.
 */
class LiveEvents {
  private sim: SimEvent[] = [];
  private extra = 0;
  private out = 0;
  private pendingExtra: SimEvent[] = [];
  private pendingOut: SimEvent[] = [];
  private last = -Infinity;
  readonly all: TraceEvent[] = [];

  constructor(private readonly d: VirtualDriver, private readonly deliver: ((events: TraceEvent[]) => void) | undefined, private readonly intervalMs: number) {}

  maybeFlush(): void {
    if (this.deliver === undefined) return;
    const now = performance.now();
    if (now - this.last < this.intervalMs) return;
    this.last = now;
    this.flush(this.d.sched.horizon());
  }

  /** Delivers every event before `horizon` (Infinity: all of them, the run is over). */
  flush(horizon: number): void {
    const d = this.d;
    for (const e of d.sched.drainEvents()) this.sim.push(e);
    for (; this.extra < d.extra.length; this.extra++) this.pendingExtra.push(d.extra[this.extra]!);
    for (; this.out < d.out.length; this.out++) {
      const o = d.out[this.out]!;
      this.pendingOut.push({ t: o.t, kind: 'print', pid: o.pid ?? PID, tid: o.tid, line: o.line, args: { stream: o.stream === 'stdout' ? 1 : 2, text: o.text } });
    }
    const ready: SimEvent[] = [];
    const take = (list: SimEvent[]): SimEvent[] => {
      const keep: SimEvent[] = [];
      for (const e of list) (e.t < horizon ? ready : keep).push(e);
      return keep;
    };
    this.sim = take(this.sim);
    this.pendingExtra = take(this.pendingExtra);
    this.pendingOut = take(this.pendingOut);
    if (ready.length === 0) return;
    ready.sort((a, b) => a.t - b.t); // stable: the order of `ready` breaks ties
    const names = new Map<number, string>();
    for (const t of d['threads'].values()) names.set(t.tid, t.name);
    const batch = ready.map((e) => {
      const ev: TraceEvent = { t: e.t, pid: e.pid, tid: e.tid, kind: e.kind as TraceEvent['kind'] };
      if (e.line > 0) ev.line = e.line;
      if (e.args) Object.assign(ev, e.args);
      if (e.kind === 'thread-start' && e.pid === d.pid) ev.name = names.get(e.tid) ?? ev.name;
      return ev;
    });
    for (const e of batch) this.all.push(e);
    this.deliver?.(batch);
  }
}

function collectEvents(live: LiveEvents): TraceEvent[] {
  live.flush(Infinity);
  return live.all;
}
