// The page's runner: picks where a run's Python threads execute. On a cross-origin isolated
// page a 'shared' run goes to the shared platform (shared/run-shared-browser.ts: one Web
// Worker per Python thread over a SharedArrayBuffer heap, the coordinator on this, the
// page's, thread); everything else (the virtual platform, and any run where
// SharedArrayBuffer is missing) goes to BrowserRunner's run worker. Same interface as
// BrowserRunner, so the UI's run controller does not care which.
//
// Stop: the coordinator terminates every worker of the run at once (a thread spinning in
// Python never reads a message), so Stop is as immediate as BrowserRunner's.
//
// Trace order: the shared platform's workers write the trace ring concurrently, and a
// record's time is taken just before its slot is reserved, so records of different workers
// can arrive slightly out of time order (a worker preempted between the two steps). The UI
// wants slices in time order; events are held back HOLDBACK_US behind the newest one seen
// and released sorted, and the rest released sorted at the end.

import { BrowserRunner, type RunCallbacks, type RunHandle, type RunOutcome, type WorkerFactory } from './browser-runner.ts';
import type { RunRequest } from './worker-protocol.ts';
import type { TraceEvent } from '../trace/schema.ts';
import { browserWarmPool, runShared, sharedPlatformAvailable } from './shared/run-shared-browser.ts';

const HOLDBACK_US = 250_000;

/** Releases events in time order, HOLDBACK_US behind the newest. */
export class EventReorderer {
  private pending: TraceEvent[] = [];
  private newest = -Infinity;

  constructor(private readonly deliver: (events: TraceEvent[]) => void) {}

  push(batch: readonly TraceEvent[]): void {
    for (const e of batch) {
      this.pending.push(e);
      if (e.t > this.newest) this.newest = e.t;
    }
    this.release(this.newest - HOLDBACK_US);
  }

  /** Everything still held, sorted (the run is over). */
  end(): void {
    this.release(Infinity);
  }

  private release(upTo: number): void {
    if (this.pending.length === 0) return;
    this.pending.sort((a, b) => a.t - b.t); // stable: ties keep arrival order
    let n = 0;
    while (n < this.pending.length && this.pending[n]!.t <= upTo) n++;
    if (n === 0) return;
    const out = this.pending.splice(0, n);
    this.deliver(out);
  }
}

export class PageRunner {
  private readonly browser: BrowserRunner;
  private shared: { stop: AbortController; done: boolean } | null = null;

  constructor(makeWorker?: WorkerFactory) {
    this.browser = new BrowserRunner(makeWorker);
    // Load the shared platform's workers while the reader looks at the page: loading the
    // interpreter into a fresh worker takes a while, and the first run should not wait.
    if (sharedPlatformAvailable()) setTimeout(() => { void browserWarmPool(3).whenLoaded(); }, 300);
  }

  get running(): boolean {
    return this.browser.running || (this.shared !== null && !this.shared.done);
  }

  /** Whether a run of `req` would use the shared platform here. */
  static usesShared(req: Pick<RunRequest, 'platform'>): boolean {
    return req.platform === 'shared' && sharedPlatformAvailable();
  }

  start(req: Omit<RunRequest, 'type'>, cb: RunCallbacks): RunHandle {
    this.stop();
    if (!PageRunner.usesShared(req)) return this.browser.start(req, cb);
    const stop = new AbortController();
    const entry = { stop, done: false };
    this.shared = entry;
    const order = new EventReorderer((events) => cb.onEvents?.(events));
    const outcome: Promise<RunOutcome> = runShared(req.source, {
      filename: req.filename,
      stdin: req.stdin,
      heapCapBytes: req.heapCapBytes,
      ...(req.switchInterval !== undefined ? { switchInterval: req.switchInterval } : {}),
      ...(req.freeThreaded === true ? { freeThreaded: true } : {}),
      signal: stop.signal,
      onOutput: (chunks) => {
        if (!stop.signal.aborted) cb.onOutput(chunks.map((c) => ({ stream: c.stream, text: c.text })));
      },
      onEvents: (events) => {
        if (!stop.signal.aborted) order.push(events);
      },
    }).then((r): RunOutcome => {
      entry.done = true;
      if (this.shared === entry) this.shared = null;
      if (r.outcome === 'stopped') return { kind: 'stopped' };
      order.end();
      if (r.outcome === 'internal-error') return { kind: 'internal-error', message: r.stderr.trim().split('\n').pop() ?? 'the shared platform failed' };
      return { kind: 'done', exitCode: r.exitCode, end: r.outcome };
    });
    return { outcome };
  }

  stop(): boolean {
    const s = this.shared;
    if (s !== null && !s.done) {
      s.stop.abort(); // the coordinator terminates every worker of the run synchronously
      s.done = true;
      this.shared = null;
      return true;
    }
    return this.browser.stop();
  }
}
