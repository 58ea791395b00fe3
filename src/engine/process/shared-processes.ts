// Processes on the shared platform, the coordinator's side (docs/processes.md, DESIGN.md
// §1.7): each multiprocessing child is a new SharedArrayBuffer heap with its own GIL and its
// own workers, started from the warm pool exactly as the run's first process is
// (coordinator.ts), with the run's MpRegistry, trace log and clock.
//
// A worker that calls `_kitchen_mp.spawn` has already registered the pid; it posts 'spawn'
// and goes on. Here the child's main worker gets the spawn program and the payload
// (child-program.ts), pool workers attach to its heap as its threads need them, its output
// is ordered by its own write sequence and passed to the run's output, and its exit code
// goes into the registry (which wakes whoever joins it). terminate()/kill() record the end
// in the registry at once (the caller's worker does); the 'stop' that follows ends the
// child's workers here.

import { TraceLog } from '../../trace/ring.ts';
import type { OutChunk, FromWorker, RunSetup } from '../shared/messages.ts';
import type { WarmPool, WorkerLike } from '../shared/warm-pool.ts';
import * as L from '../shared/layout.ts';
import { MpRegistry } from '../../stdlib/native/mp-registry.ts';
import { CHILD_FILENAME, CHILD_PROGRAM, exitStatus } from './child-program.ts';
import type { ProcessRequest, ProcessSetup } from './shared-worker.ts';
import { DEFAULT_CAP as DEFAULT_HEAP_CAP } from '../../vm/heap.ts';

/** What the run gives its processes: where output and trace strings go. */
export interface ProcessSink {
  output(chunks: OutChunk[]): void;
  strings(pairs: [number, string][]): void;
  /** A note on stderr from the platform (an engine failure in a child). */
  note(text: string): void;
}

/** The latest compiled-code bundle a process sent with a spawn (code-bundle.ts): the first
 *  process of a later run gets it too, so on a page (or in the bench) that has started a
 *  child once, `import multiprocessing` is no longer compiled again. Units are used only
 *  for the very source they came from. */
let lastCode: Uint8Array | undefined;

/** Trace string indices: process k numbers its strings from k * STRING_STRIDE. */
const STRING_STRIDE = 1 << 20;
/** The coordinator's own strings (process names) come from the top of the range. */
const COORDINATOR_STRINGS = 2000 * STRING_STRIDE;

export class SharedProcesses {
  readonly registry: MpRegistry;
  private readonly children = new Map<number, ChildProcess>();
  private nextString = COORDINATOR_STRINGS;
  private readonly trace: TraceLog;
  finished = false;

  constructor(private readonly pool: WarmPool, private readonly root: RunSetup, private readonly sink: ProcessSink, private readonly source: string) {
    this.registry = MpRegistry.create(true, undefined, root.pid);
    this.trace = new TraceLog(root.traceBuffer);
  }

  /** The first process's part of RunSetup (its pid is the run's pid). */
  rootSetup(): ProcessSetup {
    const pid = this.registry.newProcess(0);
    this.emit(0, 'process-start', pid, 0, this.string('MainProcess'));
    return { registry: this.registry.buffer as SharedArrayBuffer, pid, ppid: 0, stringBase: 0, mainFilename: this.root.filename, mainSource: this.source, code: lastCode };
  }

  /** The first process ended: its exit code, for joiners still alive in children. */
  rootExited(exitCode: number): void {
    const pid = this.root.pid;
    if (this.registry.endProcess(pid, exitCode)) this.emit(this.now(), 'process-end', pid, exitCode, 0);
  }

  handle(m: ProcessRequest): void {
    if (this.finished) return;
    if (m.type === 'spawn') {
      if (m.code !== undefined) lastCode = m.code;
      const child = new ChildProcess(this, m.pid, m.ppid, this.childSetup(m), m.name);
      this.children.set(m.pid, child);
      this.emit(this.now(), 'process-start', m.pid, m.ppid, this.string(m.name));
      child.start();
    } else {
      this.children.get(m.pid)?.stop(m.exitCode);
    }
  }

  /** Whether the run started any child process. */
  get spawnedAny(): boolean {
    return this.children.size > 0;
  }

  /** The run is over: every child still running goes with it. */
  finish(): void {
    this.finished = true;
    for (const c of this.children.values()) c.kill();
  }

  // ---- for ChildProcess -------------------------------------------------------------------

  take(): WorkerLike {
    return this.pool.take();
  }

  /**
   * Ends a process's workers (its end is in the registry already). Holding the registry's
   * mutex meanwhile, none of them is inside a registry section: a worker ended there would
   * leave the mutex locked and hang every other process. Their registry views see the end
   * (MpRegistry.owner) and never take the mutex again, so a worker whose termination
   * lands a little later cannot be caught holding it either.
   */
  endWorkers(workers: WorkerLike[]): void {
    if (workers.length === 0) return;
    this.registry.hold(() => {
      for (const w of workers) w.terminate();
    });
  }

  give(w: WorkerLike, warmth: number): void {
    this.pool.give(w, warmth);
  }

  takeBuffer(bytes: number): SharedArrayBuffer | null {
    return this.pool.takeBuffer(bytes);
  }

  giveBuffer(buffer: SharedArrayBuffer): void {
    this.pool.giveBuffer(buffer);
  }

  ended(pid: number, exitCode: number): void {
    // The first end wins: a 'stop' may have been recorded already by terminate().
    if (this.registry.endProcess(pid, exitCode) || this.registry.exitCode(pid) === exitCode) {
      this.emit(this.now(), 'process-end', pid, this.registry.exitCode(pid) ?? exitCode, 0);
    }
  }

  output(chunks: OutChunk[]): void { this.sink.output(chunks); }
  strings(pairs: [number, string][]): void { this.sink.strings(pairs); }
  note(text: string): void { this.sink.note(text); }

  now(): number {
    return Math.round((performance.timeOrigin + performance.now() - this.root.startMs) * 1000);
  }

  private childSetup(m: { pid: number; ppid: number; payload: Uint8Array; code?: Uint8Array }): RunSetup {
    const slot = m.pid - this.root.pid;
    const mp: ProcessSetup = {
      registry: this.registry.buffer as SharedArrayBuffer, pid: m.pid, ppid: m.ppid,
      stringBase: slot * STRING_STRIDE, mainFilename: this.root.filename, mainSource: this.source, payload: m.payload,
      code: m.code,
    };
    // A child's stdin is closed, as python3's spawn makes it: input() sees end of file.
    const { stdinFd: _fd, ...rest } = this.root;
    return { ...rest, source: CHILD_PROGRAM, filename: CHILD_FILENAME, pid: m.pid, stdin: '', mp };
  }

  private string(s: string): number {
    const i = this.nextString++;
    this.sink.strings([[i, s]]);
    return i;
  }

  private emit(t: number, kind: 'process-start' | 'process-end', pid: number, a: number, b: number): void {
    this.trace.emit(t, kind, pid, 0, 0, a, b);
  }
}

/** One child process: its workers, its output order, its end. */
class ChildProcess {
  private readonly workers: WorkerLike[] = [];
  private readonly released = new Set<WorkerLike>();
  /** Each released worker's isolateWarmth (worker-core.ts), for the pool's hand-out order. */
  private readonly warmth = new Map<WorkerLike, number>();
  private i32: Int32Array | null = null;
  private base = 0;
  private attaching = 0;
  private readonly chunks = new Map<number, OutChunk>();
  private nextSeq = 0;
  private done = false;

  constructor(private readonly procs: SharedProcesses, readonly pid: number, readonly ppid: number, private readonly setup: RunSetup, readonly name: string) {}

  start(): void {
    const main = this.add();
    main.post({ type: 'main', setup: this.setup, workerIndex: 0, preAttach: 0, heapBuffer: this.procs.takeBuffer(DEFAULT_HEAP_CAP) });
  }

  /** terminate()/kill(): the registry says so already; its workers end now. */
  stop(exitCode: number): void {
    if (this.done) return;
    this.procs.ended(this.pid, exitCode);
    this.kill();
  }

  kill(): void {
    this.done = true;
    this.procs.endWorkers(this.workers.splice(0));
  }

  private add(): WorkerLike {
    const w = this.procs.take();
    this.workers.push(w);
    const index = this.workers.length - 1;
    w.onMessage((m) => this.onMessage(w, index, m));
    w.onError((message) => {
      this.procs.note(`kitchen: internal error in process ${this.pid} (not a Python exception): ${message}\n`);
      this.stop(70);
    });
    return w;
  }

  private onMessage(w: WorkerLike, index: number, m: FromWorker): void {
    if (m.type === 'released') {
      this.released.add(w);
      this.warmth.set(w, m.warmth);
      if (this.done) this.recycle(w);
      return;
    }
    if (this.done) return;
    switch (m.type) {
      case 'heap':
        this.i32 = new Int32Array(m.heap);
        this.base = m.base;
        this.topUp();
        break;
      case 'ready':
        this.attaching--;
        this.topUp();
        break;
      case 'pool':
        this.topUp();
        break;
      case 'out':
        this.procs.strings(m.strings);
        for (const c of m.chunks) this.chunks.set(c.seq, c);
        this.deliver();
        break;
      case 'exit':
        this.deliver();
        this.exit(exitStatus(m.exitCode));
        break;
      case 'internal-error':
        this.procs.note(`kitchen: internal error in process ${this.pid} (not a Python exception): ${m.message}\n`);
        this.stop(70);
        break;
      case 'spawn':
      case 'stop':
        this.procs.handle(m);
        break;
      default:
        void index;
        break;
    }
  }

  /** Keep one idle worker beyond the threads waiting to start (coordinator.ts topUp). */
  private topUp(): void {
    const { i32, base } = this;
    if (i32 === null || Atomics.load(i32, base + L.SHUTDOWN) !== 0) return;
    const idle = Atomics.load(i32, base + L.IDLE);
    const queued = Atomics.load(i32, base + L.Q_TAIL) - Atomics.load(i32, base + L.Q_HEAD);
    let want = queued - idle - this.attaching;
    while (want-- > 0 && this.workers.length < L.MAX_WORKERS) {
      const index = this.workers.length;
      const w = this.add();
      this.attaching++;
      w.post({ type: 'attach', setup: this.setup, workerIndex: index, heap: i32.buffer as SharedArrayBuffer, base });
    }
  }

  private deliver(): void {
    const ready: OutChunk[] = [];
    for (let c = this.chunks.get(this.nextSeq); c !== undefined; c = this.chunks.get(this.nextSeq)) {
      ready.push(c);
      this.chunks.delete(this.nextSeq);
      this.nextSeq = c.seq + c.n;
    }
    if (ready.length > 0) this.procs.output(ready);
  }

  private exit(exitCode: number): void {
    this.procs.ended(this.pid, exitCode);
    this.done = true;
    const rest = [...this.chunks.values()].sort((a, b) => a.seq - b.seq);
    this.chunks.clear();
    if (rest.length > 0) this.procs.output(rest);
    // Idle workers leave their loop and say 'released'; those still running daemon
    // threads after a grace period are ended with the process.
    for (const w of this.released) this.recycle(w);
    setTimeout(() => {
      this.procs.endWorkers(this.workers.splice(0).filter((w) => !this.released.has(w)));
    }, 300);
  }

  private recycle(w: WorkerLike): void {
    const i = this.workers.indexOf(w);
    if (i < 0) return;
    this.workers.splice(i, 1);
    this.procs.give(w, this.warmth.get(w) ?? 0);
    // The last worker of an ended process came back (kill() takes them all off this list
    // first, so a killed process's heap never gets here): its heap can serve another.
    if (this.workers.length === 0 && this.i32 !== null) this.procs.giveBuffer(this.i32.buffer as SharedArrayBuffer);
  }
}
