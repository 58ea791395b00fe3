// Pre-warmed workers: spawned ahead of need, their module code loaded, not yet attached to
// any process. Loading the VM into a fresh worker is the slow part of starting a thread
// (hundreds of ms: the whole interpreter is parsed and evaluated), so the coordinator keeps
// a few loaded workers in reserve, across runs, and attaches one when a process needs it.
// A worker that has been attached to a heap is never returned here: it belongs to its run
// and is terminated with it.

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

export class WarmPool {
  private readonly warm: WorkerLike[] = [];
  /** Reserve workers still loading their code, with the resolver of their promise. */
  private readonly loading = new Map<WorkerLike, { done: Promise<void>; settle: () => void }>();

  constructor(private readonly spawn: SpawnWorker, public target: number) {}

  /** A worker for a run: a warm one if there is one (else a new one; messages posted to it
   *  wait until its code has loaded). The reserve is refilled at once. */
  take(): WorkerLike {
    return this.takeReporting().worker;
  }

  /** take(), saying whether the worker had already loaded its code. */
  takeReporting(): { worker: WorkerLike; loaded: boolean } {
    const w = this.warm.shift() ?? this.fresh();
    const pending = this.loading.get(w);
    pending?.settle(); // its loading is the run's business now
    w.ref?.();
    this.fill();
    return { worker: w, loaded: pending === undefined };
  }

  /** A worker whose run ended cleanly comes back to the reserve (its interpreter already
   *  JIT-compiled: the next run starts faster). Beyond `max` it is terminated. */
  give(w: WorkerLike, max = Math.max(16, 2 * this.target)): void {
    if (this.warm.length >= max) { w.terminate(); return; }
    w.onMessage(() => {});
    w.onError(() => {
      const i = this.warm.indexOf(w);
      if (i >= 0) this.warm.splice(i, 1);
    });
    w.unref?.();
    this.warm.push(w);
  }

  /** Spawn workers until `target` are in reserve. */
  fill(): void {
    while (this.warm.length < this.target) this.warm.push(this.fresh());
  }

  /** Resolves when every worker now in reserve has loaded its code (tests, the bench). */
  async whenLoaded(): Promise<void> {
    this.fill();
    await Promise.all(this.warm.map((w) => this.loading.get(w)?.done));
  }

  get size(): number {
    return this.warm.length;
  }

  /** Terminate the reserve (tests, page unload). */
  dispose(): void {
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
