// Messages between the page and the run worker (src/engine/run.worker.ts). Kept in one
// place so both sides agree on the shapes; everything here is structured-clone safe.

import type { OutputChunk } from './output-batcher.ts';
import type { SyntaxErrorInfo } from '../python/syntax-error.ts';

export interface RunRequest {
  type: 'run';
  source: string;
  filename: string;
  /** Text that input() reads, line by line; EOF after it. */
  stdin?: string;
  heapCapBytes?: number;
}

export type RunWorkerMessage =
  | { type: 'started'; waitKind: 'atomics' | 'busy' }
  | { type: 'output'; chunks: OutputChunk[] }
  | { type: 'done'; exitCode: number }
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
