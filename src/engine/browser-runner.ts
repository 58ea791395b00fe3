// Runs Python programs for the page, each in a fresh module worker (run.worker.ts), and stops
// them by terminating that worker: an infinite loop never yields to the worker's event loop,
// so termination is the only stop that always works, and it is immediate. The next run gets
// a new worker, so nothing a stopped program left behind can leak into it.
//
// The runner knows nothing of React or the store: it reports through callbacks, one call per
// batch of output (OutputBatcher decides the batches inside the worker) and one per slice of
// trace events (virtual-platform runs).

import type { OutputChunk } from './output-batcher.ts';
import type { TraceEvent } from '../trace/schema.ts';
import type { RunEnd, RunRequest, RunWorkerMessage } from './worker-protocol.ts';

export interface RunCallbacks {
  /** One batch of output, in order. */
  onOutput(chunks: OutputChunk[]): void;
  /** One slice of the run's trace, in time order (slices arrive in order). */
  onEvents?(events: TraceEvent[]): void;
}

export type RunOutcome =
  /** `end` is given by the virtual platform: 'deadlock' or 'time-limit' besides 'done'. */
  | { kind: 'done'; exitCode: number; end?: RunEnd }
  | { kind: 'stopped' }
  | { kind: 'internal-error'; message: string };

export interface RunHandle {
  readonly outcome: Promise<RunOutcome>;
}

export type WorkerFactory = () => Worker;

/** The real worker; Vite bundles run.worker.ts as a module worker from this exact pattern. */
export const createRunWorker: WorkerFactory = () =>
  new Worker(new URL('./run.worker.ts', import.meta.url), { type: 'module', name: 'python-run' });

export class BrowserRunner {
  private current: { worker: Worker; finish: (o: RunOutcome) => void } | null = null;

  constructor(private readonly makeWorker: WorkerFactory = createRunWorker) {}

  get running(): boolean {
    return this.current !== null;
  }

  /** Start a run; a run still going is stopped first. */
  start(req: Omit<RunRequest, 'type'>, cb: RunCallbacks): RunHandle {
    this.stop();
    const worker = this.makeWorker();
    let settle!: (o: RunOutcome) => void;
    const outcome = new Promise<RunOutcome>((res) => (settle = res));
    const entry = {
      worker,
      finish: (o: RunOutcome) => {
        if (this.current === entry) this.current = null;
        worker.terminate();
        settle(o);
      },
    };
    this.current = entry;
    worker.onmessage = (ev: MessageEvent<RunWorkerMessage>) => {
      const m = ev.data;
      if (this.current !== entry) return; // a late message from a run already stopped
      if (m.type === 'output') cb.onOutput(m.chunks);
      else if (m.type === 'events') cb.onEvents?.(m.events);
      else if (m.type === 'done') entry.finish(m.end === undefined ? { kind: 'done', exitCode: m.exitCode } : { kind: 'done', exitCode: m.exitCode, end: m.end });
      else if (m.type === 'internal-error') entry.finish({ kind: 'internal-error', message: m.message });
    };
    worker.onerror = (ev: ErrorEvent) => {
      ev.preventDefault();
      entry.finish({ kind: 'internal-error', message: ev.message || 'the run worker failed to start' });
    };
    worker.postMessage({ type: 'run', ...req } satisfies RunRequest);
    return { outcome };
  }

  /** Stop the running program at once. Returns whether there was one. */
  stop(): boolean {
    const c = this.current;
    if (!c) return false;
    c.finish({ kind: 'stopped' });
    return true;
  }
}
