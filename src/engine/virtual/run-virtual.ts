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

import type { Ref } from '../../vm/heap.ts';
import { NULL } from '../../vm/heap.ts';
import type { Runtime } from '../../vm/runtime.ts';
import { TS_THREAD_ID, TS_FRAME } from '../../vm/runtime.ts';
import type { Host, Micros } from '../../vm/host.ts';
import { PyError, raise } from '../../vm/errors.ts';
import { run, resume, startCall } from '../../vm/eval.ts';
import { vm, type BlockRequest, R_SWITCH_INTERVAL } from '../../vm/vm-state.ts';
import { floatValue } from '../../vm/objects/float.ts';
import { formatException } from '../../vm/traceback.ts';
import { decodeCode, lineOf } from '../../vm/code-object.ts';
import { F_CODE, F_LASTI } from '../../vm/frame.ts';
import { sysModules } from '../../vm/import.ts';
import { dictGetStr } from '../../vm/objects/dict-core.ts';
import { getAttrOpt } from '../../vm/abstract.ts';
import { setThreadPlatform } from '../../stdlib/native/thread.ts';
import { prepareProgram, systemExitStatus } from '../../vm/run.ts';
import { VirtualScheduler, type SimStop, type SimThread, type SimEvent } from './scheduler.ts';
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
  stdin?: string;
  argv?: readonly string[];
  environ?: Readonly<Record<string, string>>;
  heapCapBytes?: number;
  /** Called as output is produced (virtual time in µs). */
  onOutput?: (stream: 'stdout' | 'stderr', text: string, t: number) => void;
  /** Stop after this much virtual time (µs); the run then ends with status 124. */
  maxVirtualMicros?: number;
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

class VmThread implements SimThread {
  readonly pid = PID;
  readonly tid: number;
  name: string;
  /** The block request this thread is parked on, retried when it runs again. */
  pending: BlockRequest | null = null;
  finished = false;

  constructor(private readonly d: VirtualDriver, readonly ts: Ref, name: string) {
    this.tid = d.rt.heap.i32[(ts >> 2) + TS_THREAD_ID]!;
    this.name = name;
  }

  line(): number {
    return this.d.lineOf(this.ts);
  }

  run(budget: number): SimStop {
    const { rt } = this.d;
    rt.ts = this.ts;
    this.d.current = this;
    let used = 0;
    // Finish a wait: retry the request (a lock tries to take the lock again).
    if (this.pending !== null) {
      const req = this.pending;
      this.pending = null;
      const next = this.d.complete(req);
      if (next !== null) return this.park(next, 0);
    }
    const before = this.d.checkpoints(rt);
    const r = run(rt, budget);
    used = Math.max(1, this.d.checkpoints(rt) - before);
    this.d.syncSwitchInterval();
    switch (r.kind) {
      case 'yield-gil':
        return { kind: 'preempted', used };
      case 'block': {
        // Futex check: a lock released since the builtin looked need not be waited for.
        const req = r.request;
        if (req.wakeIndex !== undefined && req.expected !== undefined && rt.heap.i32[req.wakeIndex] !== req.expected) {
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
    const now = this.d.sched.clockOf(PID, this.tid) + used * this.d.usPerCheckpoint;
    return {
      kind: 'block',
      used,
      wait: {
        what: req.kind,
        key: req.wakeIndex,
        deadline: req.timeoutMicros === undefined ? undefined : now + req.timeoutMicros,
      },
    };
  }
}

class VirtualDriver {
  readonly sched: VirtualScheduler;
  readonly usPerCheckpoint: number;
  exitCode = 0;
  current: VmThread | null = null;
  main!: VmThread;
  private readonly threads = new Map<number, VmThread>();
  private shuttingDown = false;
  readonly out: { stream: 'stdout' | 'stderr'; text: string; t: number; tid: number }[] = [];
  readonly extra: SimEvent[] = [];
  private checkpointCounter = 0;

  constructor(public rt: Runtime, private readonly opts: VirtualRunOptions) {
    this.usPerCheckpoint = (opts.nsPerCheckpoint ?? DEFAULT_NS_PER_CHECKPOINT) / 1000;
    this.sched = new VirtualScheduler({
      cores: opts.cores ?? 4,
      seed: opts.seed ?? 1,
      freeThreaded: opts.freeThreaded ?? false,
      nsPerInstruction: opts.nsPerCheckpoint ?? DEFAULT_NS_PER_CHECKPOINT,
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
    this.sched.setSwitchInterval(PID, floatValue(this.rt, v) * 1e6);
  }

  now(): number {
    const c = this.current;
    return c === null ? this.sched.time : this.sched.clockOf(PID, c.tid);
  }

  isMain(t: VmThread): boolean {
    return t === this.main;
  }

  lineOf(ts: Ref): number {
    const f = this.rt.heap.i32[(ts >> 2) + TS_FRAME] as Ref;
    return f === NULL ? 0 : frameLine(this.rt, f);
  }

  addThread(ts: Ref, name: string, at: number): VmThread {
    const t = new VmThread(this, ts, name);
    this.threads.set(t.tid, t);
    this.sched.add(t, at);
    return t;
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
    if (t === this.main) this.sched.stopAll(t);
    return { kind: 'done', used };
  }

  write(stream: 'stdout' | 'stderr', text: string): void {
    const t = this.now();
    this.out.push({ stream, text, t, tid: this.current?.tid ?? this.main?.tid ?? 0 });
    this.opts.onOutput?.(stream, text, t);
  }
}

/** The source line a frame is at (its last instruction's line). */
function frameLine(rt: Runtime, f: Ref): number {
  const i32 = rt.heap.i32;
  const d = decodeCode(rt, i32[(f >> 2) + F_CODE] as Ref);
  return lineOf(d, Math.max(0, i32[(f >> 2) + F_LASTI]! - 1));
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
  };
  const prepared = prepareProgram(source, { filename: opts.filename, host, heapCapBytes: opts.heapCapBytes });
  if (prepared.rt === null) {
    const text = early.map((o) => o.text).join('');
    return { exitCode: prepared.exitCode, stdout: '', stderr: text, events: [], outcome: 'done' };
  }
  const rt = prepared.rt;
  const d = (driver = new VirtualDriver(rt, opts));
  // A wait inside a native callback (a blocking call in __eq__, say) would need the JS stack
  // to be suspended; the virtual platform cannot, so it says so.
  vm(rt).blockNested = (rt2, req) => raise(rt2, rt2.types.RuntimeError, `cannot wait (${req.kind}) inside a callback on the virtual platform`);
  setThreadPlatform(rt, {
    startThread(rt2, ts) {
      d.addThread(ts, `Thread-${rt2.heap.i32[(ts >> 2) + TS_THREAD_ID]}`, d.now());
    },
    wake(_rt2, index, count) {
      d.sched.notify(index, d.now(), count);
    },
    trace(_rt2, kind, args) {
      const c = d.current;
      if (kind === 'thread-name' && c !== null) {
        c.name = String(args.name);
        d.extra.push({ t: d.now(), kind, pid: PID, tid: c.tid, line: 0, args: { name: args.name } });
        return;
      }
      d.extra.push({ t: d.now(), kind, pid: PID, tid: c?.tid ?? 0, line: c ? d.lineOf(c.ts) : 0, args: { ...args } });
    },
    threadCount: () => [...d['threads'].values()].filter((t) => !t.finished).length,
  });
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
  const events = collectEvents(d);
  return {
    exitCode: d.exitCode,
    stdout: early.filter((o) => o.stream === 'stdout').map((o) => o.text).join('') + d.out.filter((o) => o.stream === 'stdout').map((o) => o.text).join(''),
    stderr: early.filter((o) => o.stream === 'stderr').map((o) => o.text).join('') + d.out.filter((o) => o.stream === 'stderr').map((o) => o.text).join(''),
    events,
    outcome: result,
  };
}

function deadlockReport(d: VirtualDriver): string {
  const lines = ['kitchen: deadlock — every remaining thread waits and nothing can wake it:'];
  for (const t of d['threads'].values()) {
    if (t.finished || t.pending === null) continue;
    lines.push(`  ${t.name} waits for a ${t.pending.kind} (line ${t.line()})`);
  }
  return lines.join('\n') + '\n';
}

function collectEvents(d: VirtualDriver): TraceEvent[] {
  const sim = d.sched.drainEvents();
  const all: SimEvent[] = [...sim, ...d.extra];
  for (const o of d.out) all.push({ t: o.t, kind: 'print', pid: PID, tid: o.tid, line: 0, args: { stream: o.stream === 'stdout' ? 1 : 2, text: o.text } });
  all.sort((a, b) => a.t - b.t);
  const names = new Map<number, string>();
  for (const t of d['threads'].values()) names.set(t.tid, t.name);
  return all.map((e) => {
    const ev: TraceEvent = { t: e.t, pid: e.pid, tid: e.tid, kind: e.kind as TraceEvent['kind'] };
    if (e.line > 0) ev.line = e.line;
    if (e.args) Object.assign(ev, e.args);
    if (e.kind === 'thread-start') ev.name = names.get(e.tid) ?? ev.name;
    return ev;
  });
}
