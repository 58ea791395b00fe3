// Messages between the page and the run worker (src/engine/run.worker.ts). Kept in one
// place so both sides agree on the shapes; everything here is structured-clone safe.

import type { OutputChunk } from './output-batcher.ts';
import type { SyntaxErrorInfo } from '../python/syntax-error.ts';
import type { TraceEvent } from '../trace/schema.ts';

/** Where a run's Python threads execute (docs/architecture.md, "Engine"). */
export type RunPlatform = 'shared' | 'virtual';

export interface RunRequest {
  type: 'run';
  source: string;
  filename: string;
  /** Text that input() reads, line by line; EOF after it. */
  stdin?: string;
  heapCapBytes?: number;
  /** 'virtual' runs every thread in this worker under the deterministic scheduler and
   *  returns a trace; 'shared' runs on the shared platform (page-runner.ts, on an isolated
   *  page; the run worker never sees it there); absent: the single-threaded path. */
  platform?: RunPlatform;
  /** Virtual platform only: tie-breaking seed (default 1). */
  seed?: number;
  /** Virtual platform only: number of virtual cores (default 4). */
  cores?: number;
  /** PEP 703 mode, no GIL (virtual and shared platforms; docs/architecture.md "Free-threaded mode"). */
  freeThreaded?: boolean;
  /** The GIL's switch interval at start, in seconds (sys.setswitchinterval changes it). */
  switchInterval?: number;
}

/** How a virtual run ended besides its exit status (run-virtual.ts VirtualRunResult). */
export type RunEnd = 'done' | 'deadlock' | 'time-limit';

/** Trace events are posted in slices of at most this many, so that one huge trace does not
 *  become one huge structured clone that stalls the page while it is decoded. */
export const EVENT_BATCH = 20_000;

export type RunWorkerMessage =
  | { type: 'started'; waitKind: 'atomics' | 'busy' }
  | { type: 'output'; chunks: OutputChunk[] }
  /** A slice of the run's trace, in time order; slices arrive in order before 'done'. */
  | { type: 'events'; events: TraceEvent[] }
  | { type: 'done'; exitCode: number; end?: RunEnd }
  /** The engine itself failed (a bug or a missing piece), not the Python program. */
  | { type: 'internal-error'; message: string };

export interface SyntaxCheckRequest {
  type: 'check';
  id: number;
  source: string;
  filename: string;
}

export type SyntaxWorkerMessage =
  | { type: 'checked'; id: number; error: SyntaxErrorInfo | null }
  | { type: 'check-failed'; id: number; message: string };
