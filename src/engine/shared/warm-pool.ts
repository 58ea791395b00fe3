// Pre-warmed workers: spawned ahead of need, their module code loaded, not yet attached to
// any process. Loading the VM into a fresh worker is the slow part of starting a thread
// (hundreds of ms: the whole interpreter is parsed and evaluated), so the coordinator keeps
// a few loaded workers in reserve, across runs, and attaches one when a process needs it.
// A worker that has been attached to a heap comes back here only when its run ended
// cleanly (give); otherwise it is terminated with its run.
//
// Refilling the reserve waits until the run is over: a worker boot costs 50–100 ms of CPU
// (more in a browser), and a run that just took several workers is starting its threads,
// which need the cores (the machine this was tuned on has two). So take() spawns only what
// is needed now (a fresh worker when none is loaded) and starts one spare when the reserve
// ran dry (the next demand, another thread or a multiprocessing child, finds a worker
// already booting); runShared (run-shared-node.ts, run-shared-browser.ts) calls fillSoon()
// when a run ends, and workers of a run that ended cleanly come back through give().
// whenLoaded() (tests, the bench, the page's idle warm-up) fills at once. (Refilling on a
// timer after the last take was tried: the boots then landed in the middle of longer runs;
// an e2e Stop measured 0.5 s against its 0.2 s bound while they booted.)

import type { FromWorker, ToWorker } from './messages.ts';

/** What the coordinator needs from a worker, in Node or in a browser. */
export interface WorkerLike {
  post(m: ToWorker): void;
  /** Replaces the message handler. */
  onMessage(f: (m: FromWorker) => void): void;
  onError(f: (message: string) => void): void;
  terminate(): void;
  /** Node: let the process exit while this (idle, warm) worker exists. */
  unref?(): void;
  ref?(): void;
}

export type SpawnWorker = () => WorkerLike;

/** Spare run buffers a pool keeps: a run with four child processes gives back six. */
const MAX_SPARE_BUFFERS = 6;

export class WarmPool {
  private readonly warm: WorkerLike[] = [];
  /** Reserve workers still loading their code, with the resolver of their promise. */
  private readonly loading = new Map<WorkerLike, { done: Promise<void>; settle: () => void }>();
  /** Workers that came back from a run (give), with the number of Python threads their
   *  isolate has run: the more, the more of the interpreter V8 has optimised. */
  private readonly ran = new WeakMap<WorkerLike, number>();

  constructor(private readonly spawn: SpawnWorker, public target: number) {}

  /** Buffers of finished runs (heaps, trace logs) that nothing touches any more, to use
   *  again. A run's buffers are big (a 256 MiB heap reserved up front, a 36 MB trace log),
   *  and a released worker's isolate keeps its references to them until V8 collects its
   *  garbage, which an idle worker never does: a new pair per run piled up address space
   *  the process had committed to (30 GB after a minute of benchmark runs, when a fork of
   *  python3 failed with ENOMEM). Runs take them back here instead. */
  private readonly spare: SharedArrayBuffer[] = [];

  /** A spare buffer of exactly `bytes`, or null. */
  takeBuffer(bytes: number): SharedArrayBuffer | null {
    const i = this.spare.findIndex((b) => b.byteLength === bytes);
    return i < 0 ? null : this.spare.splice(i, 1)[0]!;
  }

  /** Keeps a finished run's buffer for the next run (at most MAX_SPARE_BUFFERS, the oldest dropped). */
  giveBuffer(buffer: SharedArrayBuffer): void {
    if (this.spare.includes(buffer)) return;
    this.spare.push(buffer);
    if (this.spare.length > MAX_SPARE_BUFFERS) this.spare.shift();
  }

  /** A worker for a run: a warm one if there is one (else a new one; messages posted to it
   *  wait until its code has loaded). The reserve is refilled when the run ends (header). */
  take(): WorkerLike {
    return this.takeReporting().worker;
  }

  /** take(), saying whether the worker had already loaded its code. */
  takeReporting(): { worker: WorkerLike; loaded: boolean } {
    // A worker that already ran Python (given back) first, the latest such: its interpreter
    // is JIT-compiled, while a fresh isolate runs its first few hundred ms of Python in V8's
    // lower tiers, slower still when its optimising compiles compete for busy cores (two
    // multiprocessing children started on fresh workers each ran their first 2M iterations
    // at half the speed of one).
    // The warmest, and of equally warm ones the latest given back.
    let i = -1, best = 0;
    for (let k = this.warm.length - 1; k >= 0; k--) {
      const r = this.ran.get(this.warm[k]!) ?? 0;
      if (r > best) { best = r; i = k; }
    }
    const w = i >= 0 ? this.warm.splice(i, 1)[0]! : (this.warm.shift() ?? this.fresh());
    const pending = this.loading.get(w);
    pending?.settle(); // its loading is the run's business now
    w.ref?.();
    if (this.warm.length === 0 && this.target > 0) this.warm.push(this.fresh());
    return { worker: w, loaded: pending === undefined };
  }

  /** A worker whose run ended cleanly comes back to the reserve (its interpreter already
   *  JIT-compiled: the next run starts faster). Beyond `max` it is terminated. */
  give(w: WorkerLike, warmth = 1, max = Math.max(16, 2 * this.target)): void {
    if (this.warm.length >= max) { w.terminate(); return; }
    w.onMessage(() => {});
    w.onError(() => {
      const i = this.warm.indexOf(w);
      if (i >= 0) this.warm.splice(i, 1);
    });
    w.unref?.();
    this.ran.set(w, warmth);
    this.warm.push(w);
  }

  /** Spawn workers until `target` are in reserve. */
  fill(): void {
    this.cancelFill();
    while (this.warm.length < this.target) this.warm.push(this.fresh());
  }

  private refill: ReturnType<typeof setTimeout> | null = null;

  /** fill() from a fresh task (a run just ended): unless dispose() comes first, as when a
   *  CLI run is over and the process ends. */
  fillSoon(): void {
    this.cancelFill();
    if (this.warm.length >= this.target) return;
    this.refill = setTimeout(() => { this.refill = null; this.fill(); }, 0);
    // Node: a pending refill must not keep the process alive.
    (this.refill as { unref?: () => void }).unref?.();
  }

  private cancelFill(): void {
    if (this.refill !== null) clearTimeout(this.refill);
    this.refill = null;
  }

  /** Resolves when every worker now in reserve has loaded its code (tests, the bench). */
  async whenLoaded(): Promise<void> {
    this.fill();
    await Promise.all(this.warm.map((w) => this.loading.get(w)?.done));
  }

  get size(): number {
    return this.warm.length;
  }

  /** Reserve workers that have loaded their code. */
  get loaded(): number {
    let n = 0;
    for (const w of this.warm) if (!this.loading.has(w)) n++;
    return n;
  }

  /** Terminate the reserve (tests, page unload). */
  dispose(): void {
    this.cancelFill();
    for (const w of this.warm.splice(0)) w.terminate();
  }

  private fresh(): WorkerLike {
    const w = this.spawn();
    const drop = () => {
      const i = this.warm.indexOf(w);
      if (i >= 0) this.warm.splice(i, 1);
    };
    let loaded!: () => void;
    const done = new Promise<void>((res) => { loaded = res; });
    // Loaded and idle, a reserve worker must not keep Node alive (w.ref() when taken).
    const settle = () => { this.loading.delete(w); if (this.warm.includes(w)) w.unref?.(); loaded(); };
    this.loading.set(w, { done, settle });
    w.onError(() => { drop(); settle(); });
    w.onMessage((m) => { if (m.type === 'loaded') settle(); });
    return w;
  }
}
