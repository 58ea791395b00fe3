// The Host of one shared-platform worker (src/vm/host.ts), plus the worker's outbox.
//
// - Clock: every worker has its own performance.timeOrigin, so "µs since the run began" is
//   computed from absolute time: timeOrigin + now() minus the run's origin, which the
//   coordinator took once and every worker received (DESIGN.md §1.6: one clock for all).
// - Output: each write gets a process-wide sequence number (Atomics.add on the process
//   block) and goes into a batch that is posted to the coordinator at most every 30 ms while
//   output keeps coming, and always before the worker waits or drops the GIL (a worker
//   blocked in Atomics.wait cannot post anything, and the coordinator orders by `seq`).
// - Trace strings (thread names, printed text) get process-wide indices the same way and
//   travel in the same batches.
// - stdin lines are handed out by a shared counter, so input() on any thread reads the
//   next line.

import type { Host, Micros, ProgramDir, Stream } from '../../vm/host.ts';
import type { FromWorker, OutChunk, RunSetup } from './messages.ts';
import { OUT_SEQ, STDIN_LINE, STRINGS } from './layout.ts';

/** How a worker reads a line from a file descriptor (installed by the Node worker entry;
 *  browsers have none). */
let fdLineReader: ((fd: number) => string | null) | null = null;
export function setFdLineReader(f: (fd: number) => string | null): void {
  fdLineReader = f;
}

/** The program's folder, for imports of the modules beside it (installed by the Node worker
 *  entry; browsers have no file system, their program is the editor's one file). */
let programDirOf: ((filename: string) => ProgramDir) | null = null;
export function setProgramDirReader(f: (filename: string) => ProgramDir): void {
  programDirOf = f;
}

export interface Outbox {
  post(m: FromWorker): void;
}

export class WorkerHost implements Host {
  readonly epochSeconds: number;
  readonly environ: Readonly<Record<string, string>>;
  readonly argv: readonly string[];
  readonly pid: number;
  readonly ppid: number;
  readonly cpuCount: number;
  /** Heap words (set once the heap exists). */
  i32: Int32Array | null = null;
  base = 0;
  /** Thread id of the thread this worker runs now (for output attribution). */
  tid = 0;
  /** Called for every write (the worker's trace emits a `print` event). */
  onWrite: ((stream: Stream, text: string) => void) | null = null;
  private chunks: OutChunk[] = [];
  private strings: [number, string][] = [];
  private lastFlush = -Infinity;
  private readonly stdinLines: string[];
  /** Per-worker word for plain sleeps (nobody else ever changes it). */
  private readonly sleepWord = new Int32Array(new SharedArrayBuffer(4));
  /** Strings this worker already sent, so a repeated name costs no new entry. */
  private readonly known = new Map<string, number>();

  readonly programDir?: ProgramDir;

  constructor(private readonly setup: RunSetup, private readonly outbox: Outbox) {
    if (programDirOf) this.programDir = programDirOf(setup.filename);
    this.epochSeconds = setup.startMs / 1000;
    this.environ = setup.environ;
    this.argv = setup.argv;
    this.pid = setup.pid;
    // A multiprocessing child's parent is the process that started it (os.getppid).
    this.ppid = setup.mp !== undefined && setup.mp.ppid !== 0 ? setup.mp.ppid : 1;
    this.cpuCount = setup.cpuCount;
    this.stdinLines = setup.stdin.split('\n');
    if (this.stdinLines[this.stdinLines.length - 1] === '') this.stdinLines.pop();
  }

  attach(i32: Int32Array, base: number): void {
    this.i32 = i32;
    this.base = base;
  }

  now(): Micros {
    return Math.round((performance.timeOrigin + performance.now() - this.setup.startMs) * 1000) as Micros;
  }

  write(stream: Stream, text: string): void {
    if (text.length === 0) return;
    this.onWrite?.(stream, text);
    const seq = this.i32 ? Atomics.add(this.i32, this.base + OUT_SEQ, 1) : 0;
    const t = this.now();
    const last = this.chunks[this.chunks.length - 1];
    // Merge only writes that nobody else's write came between.
    if (last && last.stream === stream && last.tid === this.tid && last.seq + last.n === seq) {
      last.text += text;
      last.n++;
    } else {
      this.chunks.push({ seq, stream, text, t, tid: this.tid, n: 1 });
    }
    if (performance.now() - this.lastFlush >= 30) this.flush();
  }

  /** The trace string-table index of `s` (allocated process-wide, sent with the next batch). */
  stringIndex(s: string): number {
    if (s === '') return 0;
    const hit = this.known.get(s);
    if (hit !== undefined) return hit;
    const i = Atomics.add(this.i32!, this.base + STRINGS, 1) + 1;
    if (this.known.size < 10_000) this.known.set(s, i);
    this.strings.push([i, s]);
    return i;
  }

  flush(): void {
    this.lastFlush = performance.now();
    if (this.chunks.length === 0 && this.strings.length === 0) return;
    const chunks = this.chunks;
    this.chunks = [];
    const strings = this.strings;
    this.strings = [];
    this.outbox.post({ type: 'out', chunks, strings });
  }

  readLine(): string | null {
    this.flush(); // input()'s prompt shows before the program waits
    if (this.setup.stdinFd !== undefined && fdLineReader !== null) return fdLineReader(this.setup.stdinFd);
    const i = this.i32 ? Atomics.add(this.i32, this.base + STDIN_LINE, 1) : 0;
    return i < this.stdinLines.length ? this.stdinLines[i]! : null;
  }

  waitSync(wakeIndex: number, expected: number, micros: number): 'ok' | 'timed-out' | 'not-equal' {
    this.flush();
    const ms = micros < 0 ? Infinity : micros / 1000;
    if (this.i32 === null || wakeIndex <= 0) return Atomics.wait(this.sleepWord, 0, 0, ms);
    return Atomics.wait(this.i32, wakeIndex, expected, ms);
  }

  /** Sleeps for `micros` (a wait nobody can end early). */
  sleep(micros: number): void {
    const end = performance.now() + micros / 1000;
    for (;;) {
      const left = end - performance.now();
      if (left <= 0) return;
      Atomics.wait(this.sleepWord, 0, 0, left);
    }
  }
}
