// The shared platform's coordinator: runs on the main thread (the page, or Node's main
// thread), never blocks, and owns the workers of a run (DESIGN.md §1.10).
//
// A run: take a warm worker and make it the main thread (it creates the heap and the
// process block, then sends the heap back); attach `poolSize` more workers to the heap as
// idle workers. From then on threads start without us: `start_new_thread` pushes onto the
// start queue in the heap and an idle worker takes it. Workers tell us when the queue or
// the pool changed ('pool', 'ready') and we keep `poolSize` idle workers ready (more while
// threads are queued). We also order and forward output (by the process-wide write
// sequence), decode the trace in batches, watch for a deadlock, and end the run when the
// main worker reports the process's exit — terminating every worker, which abandons daemon
// threads as CPython's exit does.

import { TraceLog, traceLogBytes } from '../../trace/ring.ts';
import { decodeEvent } from '../../trace/decode.ts';
import { ARG_NAMES, STRING_ARGS, EventKind, type TraceEvent } from '../../trace/schema.ts';
import type { Stream } from '../../vm/host.ts';
import { DEFAULT_CAP as DEFAULT_HEAP_CAP } from '../../vm/heap.ts';
import * as L from './layout.ts';
import type { FromWorker, OutChunk, RunSetup } from './messages.ts';
import { WarmPool, type WorkerLike } from './warm-pool.ts';
import { DeadlockDetector, deadlockReport } from './deadlock.ts';
import { SharedProcesses } from '../process/shared-processes.ts';

export interface SharedRunOptions {
  filename: string;
  /** sys.argv[1:] */
  argv?: readonly string[];
  environ?: Readonly<Record<string, string>>;
  stdin?: string;
  /** Node only: input() reads this file descriptor (a terminal) itself, in the worker
   *  whose thread calls it, instead of the `stdin` text. */
  stdinFd?: number;
  /** Initial switch interval in seconds (sys.setswitchinterval changes it later). */
  switchInterval?: number;
  /** Free-threaded mode (PEP 703): no GIL, the process's threads run in parallel on their
   *  workers; list/dict/set operations stay atomic through per-object locks and the
   *  collector stops the world (ft-world.ts, src/vm/object-lock.ts). */
  freeThreaded?: boolean;
  heapCapBytes?: number;
  /** Collect garbage at safepoints (default true; false: a program that allocates a lot
   *  ends in MemoryError at the heap cap). */
  collectGarbage?: boolean;
  /** os.cpu_count() (default: navigator.hardwareConcurrency, else 4). */
  cpuCount?: number;
  /** Workers attached before __main__ runs, ready for Thread.start() without a wait
   *  (default 2); later the coordinator keeps one spare beyond the queued threads. */
  poolSize?: number;
  /** Trace capacity in records (default 1,000,000; 36 MB). */
  traceCapacity?: number;
  /** End the run after this long (ms): stderr note, exit status 124. */
  timeLimitMs?: number;
  /** Stop the run (the page's Stop button): exit status 130. */
  signal?: AbortSignal;
  /** Output as the program writes it, in order (batched). */
  onOutput?: (chunks: OutChunk[]) => void;
  /** Trace events, decoded, in batches. */
  onEvents?: (events: TraceEvent[]) => void;
}

export interface SharedRunResult {
  exitCode: number;
  stdout: string;
  stderr: string;
  events: TraceEvent[];
  outcome: 'done' | 'deadlock' | 'time-limit' | 'stopped' | 'internal-error';
  /** start() → first bytecode of each thread, µs. */
  startLatencies: number[];
}

const POLL_MS = 50;
let nextPid = 1000;

/** Runs `source` on the shared platform with workers from `pool`. */
export function runSharedWith(pool: WarmPool, source: string, opts: SharedRunOptions): Promise<SharedRunResult> {
  return new Promise((resolve) => new SharedRun(pool, source, opts, resolve).start());
}

class SharedRun {
  private readonly trace: TraceLog;
  private readonly setup: RunSetup;
  private readonly workers: (WorkerLike | null)[] = [];
  private i32: Int32Array | null = null;
  private base = 0;
  private attaching = 0;
  private readonly chunks = new Map<number, OutChunk>();
  private nextSeq = 0;
  private readonly strings: string[] = [''];
  private readonly events: TraceEvent[] = [];
  private traceNext = 0;
  private readonly latencies: number[] = [];
  private detector: DeadlockDetector | null = null;
  private timer: ReturnType<typeof setInterval> | null = null;
  private limit: ReturnType<typeof setTimeout> | null = null;
  private finished = false;
  private readonly tail: OutChunk[] = [];
  /** Pool workers taken at the start, attached once the heap exists. */
  private readonly early: WorkerLike[] = [];
  private readonly released = new Set<number>();
  /** Each released worker's isolateWarmth (worker-core.ts), for the pool's hand-out order. */
  private readonly warmth = new Map<number, number>();
  /** Workers taken from the pool already loaded (the main worker waits only for those). */
  private loadedTaken = 0;
  private recycling = false;
  /** multiprocessing children of this run (src/engine/process/shared-processes.ts). */
  private readonly procs: SharedProcesses;

  constructor(
    private readonly pool: WarmPool,
    source: string,
    private readonly opts: SharedRunOptions,
    private readonly resolve: (r: SharedRunResult) => void,
  ) {
    const traceCapacity = opts.traceCapacity ?? 1_000_000;
    this.trace = TraceLog.create(traceCapacity, true, pool.takeBuffer(traceLogBytes(traceCapacity)));
    this.setup = {
      source,
      filename: opts.filename,
      argv: [opts.filename, ...(opts.argv ?? [])],
      environ: opts.environ ?? {},
      stdin: opts.stdin ?? '',
      ...(opts.stdinFd !== undefined ? { stdinFd: opts.stdinFd } : {}),
      startMs: performance.timeOrigin + performance.now(),
      traceBuffer: this.trace.buffer as SharedArrayBuffer,
      pid: nextPid++,
      collectGarbage: opts.collectGarbage ?? true,
      ...(opts.freeThreaded === true ? { freeThreaded: true } : {}),
      cpuCount: opts.cpuCount ?? (typeof navigator !== 'undefined' && navigator.hardwareConcurrency ? navigator.hardwareConcurrency : 4),
    };
    this.procs = new SharedProcesses(pool, this.setup, {
      output: (chunks) => { this.delivered.push(...chunks); this.opts.onOutput?.(chunks); },
      strings: (pairs) => { for (const [i, s] of pairs) this.strings[i] = s; },
      note: (text) => { this.tail.push(this.note(text)); },
    }, source);
    this.setup.mp = this.procs.rootSetup();
  }

  start(): void {
    const main = this.addWorker();
    // Take the first pool workers now, so we know how many are loaded: the main thread
    // waits for those to attach (a worker still loading would hold it up for long).
    this.loadedTaken = 0;
    for (let i = 0; i < this.poolSize; i++) this.early.push(this.addWorker());
    main.post({
      type: 'main', setup: this.setup, workerIndex: 0, switchIntervalSeconds: this.opts.switchInterval,
      heapCapBytes: this.opts.heapCapBytes, preAttach: this.loadedTaken,
      heapBuffer: this.pool.takeBuffer(this.opts.heapCapBytes ?? DEFAULT_HEAP_CAP),
    });
    this.timer = setInterval(() => this.tick(), POLL_MS);
    if (this.opts.timeLimitMs !== undefined) {
      this.limit = setTimeout(() => {
        this.tail.push(this.note(`kitchen: stopped after ${this.opts.timeLimitMs} ms (time limit)\n`));
        this.finish(124, 'time-limit');
      }, this.opts.timeLimitMs);
    }
    this.opts.signal?.addEventListener('abort', () => this.finish(130, 'stopped'));
  }

  private addWorker(): WorkerLike {
    const { worker: w, loaded } = this.pool.takeReporting();
    if (loaded) this.loadedTaken++;
    const index = this.workers.length;
    this.workers.push(w);
    w.onMessage((m) => this.onMessage(index, m));
    w.onError((message) => this.internalError(message));
    return w;
  }

  private onMessage(index: number, m: FromWorker): void {
    if (m.type === 'released') {
      this.released.add(index);
      this.warmth.set(index, m.warmth);
      if (this.finished) {
        this.recycle(index);
        this.onReleased?.();
      }
      return;
    }
    if (this.finished) return;
    switch (m.type) {
      case 'loaded':
        break;
      case 'heap':
        this.i32 = new Int32Array(m.heap);
        this.base = m.base;
        this.detector = new DeadlockDetector(this.i32, m.base);
        for (const w of this.early.splice(0)) this.attach(w, this.workers.indexOf(w));
        break;
      case 'ready':
        this.attaching--;
        this.topUp();
        break;
      case 'pool':
        this.topUp();
        break;
      case 'out':
        for (const [i, s] of m.strings) this.strings[i] = s;
        for (const c of m.chunks) this.chunks.set(c.seq, c);
        this.deliverOutput();
        break;
      case 'start-latency':
        this.latencies.push(m.micros);
        break;
      case 'exit':
        this.procs.rootExited(m.exitCode);
        this.exitWhenComplete(m.exitCode, Date.now() + 1000);
        break;
      case 'spawn':
      case 'stop':
        this.procs.handle(m);
        break;
      case 'internal-error':
        this.internalError(m.message);
        break;
    }
  }

  /** `poolSize` workers are attached at the start (before __main__ runs). Later, keep at
   *  least one idle worker beyond the threads waiting in the start queue: attaching takes
   *  the GIL briefly, so we attach only when the spare runs out, not after every start. */
  private topUp(): void {
    const { i32, base } = this;
    if (i32 === null || Atomics.load(i32, base + L.SHUTDOWN) !== 0) return;
    const idle = Atomics.load(i32, base + L.IDLE);
    const queued = Atomics.load(i32, base + L.Q_TAIL) - Atomics.load(i32, base + L.Q_HEAD);
    let want = 1 + queued - idle - this.attaching;
    while (want-- > 0) this.attachOne();
  }

  private attachOne(): void {
    if (this.i32 === null || this.workers.length >= L.MAX_WORKERS) return;
    const index = this.workers.length;
    this.attach(this.addWorker(), index);
  }

  private attach(w: WorkerLike, index: number): void {
    this.attaching++;
    w.post({ type: 'attach', setup: this.setup, workerIndex: index, heap: this.i32!.buffer as SharedArrayBuffer, base: this.base });
  }

  private get poolSize(): number {
    return Math.max(1, Math.min(this.opts.poolSize ?? 2, L.MAX_WORKERS - 1));
  }

  private tick(): void {
    if (this.finished) return;
    this.pollTrace(false);
    const found = this.detector?.check(this.workers.length);
    if (found) {
      this.pollTrace(true);
      this.tail.push(this.note(deadlockReport(found, this.events)));
      this.finish(1, 'deadlock');
    }
  }

  /** The process ended: wait (briefly) until every write made before the exit arrived. */
  private exitWhenComplete(exitCode: number, deadline: number): void {
    if (this.finished) return;
    const written = this.i32 ? Atomics.load(this.i32, this.base + L.OUT_SEQ) : this.nextSeq;
    const latencies = this.i32 ? Atomics.load(this.i32, this.base + L.LATENCIES_POSTED) : 0;
    if ((this.nextSeq >= written && this.latencies.length >= latencies) || Date.now() > deadline) this.finish(exitCode, 'done');
    else setTimeout(() => this.exitWhenComplete(exitCode, deadline), 5);
  }

  private deliverOutput(): void {
    const ready: OutChunk[] = [];
    for (let c = this.chunks.get(this.nextSeq); c !== undefined; c = this.chunks.get(this.nextSeq)) {
      ready.push(c);
      this.chunks.delete(this.nextSeq);
      this.nextSeq = c.seq + countWrites(c);
    }
    if (ready.length === 0) return;
    this.delivered.push(...ready);
    this.opts.onOutput?.(ready);
  }

  private readonly delivered: OutChunk[] = [];

  /** Decode committed trace records; an event whose string argument has not arrived yet
   *  waits (with everything after it) for the next poll, unless `force`. */
  private pollTrace(force: boolean): void {
    const log = this.trace;
    const end = log.reserved;
    const batch: TraceEvent[] = [];
    while (this.traceNext < end && log.committed(this.traceNext)) {
      if (!force && !this.stringsReady(this.traceNext)) break;
      batch.push(decodeEvent(log, this.traceNext, this.strings));
      this.traceNext++;
    }
    if (batch.length === 0) return;
    for (const e of batch) this.events.push(e);
    this.opts.onEvents?.(batch);
  }

  private stringsReady(slot: number): boolean {
    const log = this.trace;
    const w = log.recordIndex(slot);
    const kind = decodeKindArgs(log.i32[w + 2]!);
    if (kind === null) return true;
    for (const k of kind) if (this.strings[log.i32[w + 6 + k]!] === undefined) return false;
    return true;
  }

  private recycle(index: number): void {
    const w = this.workers[index];
    if (!this.recycling || w === null || w === undefined) return;
    this.workers[index] = null;
    this.pool.give(w, this.warmth.get(index) ?? 0);
  }

  private note(text: string): OutChunk {
    return { seq: -1, n: 1, stream: 'stderr', text, t: Math.round((performance.timeOrigin + performance.now() - this.setup.startMs) * 1000), tid: 0 };
  }

  private internalError(message: string): void {
    this.tail.push(this.note(`kitchen: internal error in the shared platform (not a Python exception): ${message}\n`));
    this.finish(70, 'internal-error');
  }

  private finish(exitCode: number, outcome: SharedRunResult['outcome']): void {
    if (this.finished) return;
    this.finished = true;
    this.procs.finish();
    if (this.timer !== null) clearInterval(this.timer);
    if (this.limit !== null) clearTimeout(this.limit);
    if (outcome === 'done') {
      // Idle workers leave their loop when the process shuts down and say 'released';
      // those still busy (daemon threads) after a grace period are terminated.
      this.recycling = true;
      for (const i of this.released) this.recycle(i);
      setTimeout(() => {
        this.recycling = false;
        this.workers.forEach((w, i) => { if (w !== null && !this.released.has(i)) w.terminate(); });
      }, 300);
    } else {
      for (const w of this.workers) w?.terminate();
    }
    // Whatever arrived out of order (a daemon thread's last batch) goes in sequence order.
    const rest = [...this.chunks.values()].sort((a, b) => a.seq - b.seq);
    this.chunks.clear();
    const all = [...this.delivered, ...rest, ...this.tail];
    if (rest.length + this.tail.length > 0) this.opts.onOutput?.([...rest, ...this.tail]);
    // Stop must be immediate (the page's Stop button): the records not decoded yet are left.
    if (outcome !== 'stopped') this.pollTrace(true);
    // The whole output and trace are put together when first read: the page's Stop reads
    // neither, and for a program that printed for a few seconds (megabytes, hundreds of
    // thousands of events) joining and sorting them here made Stop take 0.2-0.4 s, growing
    // with the run's length.
    const join = (s: Stream) => all.filter((c) => c.stream === s).map((c) => c.text).join('');
    const recorded = this.events;
    const lazy = <T>(make: () => T): (() => T) => {
      let v: { value: T } | null = null;
      return () => (v ??= { value: make() }).value;
    };
    const stdout = lazy(() => join('stdout')), stderr = lazy(() => join('stderr'));
    const events = lazy(() => [...recorded].sort((a, b) => a.t - b.t));
    const result: SharedRunResult = {
      exitCode, outcome, startLatencies: this.latencies,
      get stdout() { return stdout(); },
      get stderr() { return stderr(); },
      get events() { return events(); },
    };
    if (outcome === 'done') {
      this.whenReleased((all) => {
        if (all) this.recycleBuffers();
        this.resolve(result);
      });
    } else {
      this.resolve(result);
    }
  }

  /** The heap and trace log go back to the pool (WarmPool.giveBuffer) once every worker
   *  of the process is released: none of them writes there any more. Not the trace log of
   *  a run that had child processes (a child ended by the run's end may still be writing
   *  events for a moment), nor anything of a run that ended otherwise (its workers were
   *  terminated, and termination is not instantaneous). */
  private recycleBuffers(): void {
    if (this.i32 !== null) this.pool.giveBuffer(this.i32.buffer as SharedArrayBuffer);
    if (!this.procs.spawnedAny) this.pool.giveBuffer(this.trace.buffer as SharedArrayBuffer);
  }

  private onReleased: (() => void) | null = null;

  /** Calls `then` once every worker of the run is back in the pool, or after
   *  RELEASE_WAIT_MS. The workers say 'released' a moment after the process ends; a run
   *  started before then (the page's next Run, a benchmark's next round) took colder
   *  workers from the reserve instead, whose V8 had not compiled the eval loop (a benchmark
   *  alternating runs of 1 and 2 threads got fresh isolates for its threads as late as its
   *  twelfth run; a thread of 2.4M iterations took 0.46 s on one, 0.26-0.43 s on warm ones). */
  private whenReleased(then: (all: boolean) => void): void {
    const all = () => this.workers.every((w, i) => w === null || this.released.has(i));
    if (all()) { then(true); return; }
    const timer = setTimeout(() => { this.onReleased = null; then(false); }, RELEASE_WAIT_MS);
    this.onReleased = () => {
      if (!all()) return;
      clearTimeout(timer);
      this.onReleased = null;
      then(true);
    };
  }
}

/** Merged chunks cover several consecutive writes (worker-host.ts). */
function countWrites(c: OutChunk): number {
  return c.n;
}

/** How long a finished run waits for its workers to come back to the pool (whenReleased). */
const RELEASE_WAIT_MS = 50;

const STRING_ARG_POSITIONS: (number[] | null)[] = [];
function decodeKindArgs(code: number): number[] | null {
  return STRING_ARG_POSITIONS[code] ?? null;
}
for (const [kind, names] of Object.entries(ARG_NAMES)) {
  const pos: number[] = [];
  names.forEach((n, i) => { if (n !== undefined && STRING_ARGS.has(n)) pos.push(i); });
  if (pos.length > 0) STRING_ARG_POSITIONS[(EventKind as Record<string, number>)[kind]!] = pos;
}
