// Messages between the shared platform's coordinator (main thread: the page, or Node's
// main thread) and its workers. Structured-clone safe; SharedArrayBuffers are shared, not
// copied. Everything time-critical (starting a thread, waking a waiter, the GIL) goes
// through Atomics on the heap instead: messages carry only what the coordinator must see
// (output, strings for the trace, "the pool is short", "the process ended").

import type { Stream } from '../../vm/host.ts';
import type { ProcessRequest, ProcessSetup } from '../process/shared-worker.ts';

/** Sent once to every worker, when it is taken from the warm pool for a run. */
export interface RunSetup {
  source: string;
  filename: string;
  argv: readonly string[];
  environ: Readonly<Record<string, string>>;
  stdin: string;
  /** Node only: input() reads this descriptor (a terminal) directly (worker-host.ts). */
  stdinFd?: number;
  /** The run's origin, ms since the epoch (performance.timeOrigin + performance.now()). */
  startMs: number;
  traceBuffer: SharedArrayBuffer;
  pid: number;
  cpuCount: number;
  /** Run the garbage collector (src/vm/gc.ts) at safepoints; see SharedRunOptions. */
  collectGarbage: boolean;
  /** Free-threaded mode (PEP 703): no GIL; threads attach and detach (ft-world.ts), and
   *  list/dict/set take their per-object locks (src/vm/object-lock.ts). */
  freeThreaded?: boolean;
  /** multiprocessing: the run's process registry and this process's place in it. */
  mp?: ProcessSetup;
}

export type ToWorker =
  /** Become the process's main thread: create the heap and run __main__. */
  | {
      type: 'main'; setup: RunSetup; workerIndex: number; switchIntervalSeconds?: number; heapCapBytes?: number;
      /** A finished run's heap buffer to use again (heap.ts HeapOptions.reuse), or null. */
      heapBuffer: SharedArrayBuffer | null;
      /** Pool workers to wait for (attached) before running __main__. */
      preAttach: number;
    }
  /** Attach to the process's heap and wait for threads to run. */
  | { type: 'attach'; setup: RunSetup; workerIndex: number; heap: SharedArrayBuffer; base: number };

/** One write to stdout/stderr. `seq` is the process-wide order of writes (the writes happen
 *  under the GIL, so this is the order the program made them in). */
export interface OutChunk {
  seq: number;
  /** Consecutive writes merged into this chunk (seq .. seq + n - 1). */
  n: number;
  stream: Stream;
  text: string;
  /** µs since the run began. */
  t: number;
  tid: number;
}

export type FromWorker =
  /** Module code loaded (a warm worker). */
  | { type: 'loaded' }
  /** Done with its run (the process ended and this worker was idle or the main thread):
   *  it may be given the next run. */
  | { type: 'released'; warmth: number }
  /** The main worker made the heap: attach the pool to it. */
  | { type: 'heap'; heap: SharedArrayBuffer; base: number }
  /** Attached and idle (ready for a thread). */
  | { type: 'ready'; workerIndex: number }
  /** Batches of output and of trace strings. `strings` are [index, text] pairs. */
  | { type: 'out'; chunks: OutChunk[]; strings: [number, string][] }
  /** A thread was queued or taken: the coordinator checks the pool's size. */
  | { type: 'pool' }
  /** start() to first bytecode, µs (a measurement for tests and the bench). */
  | { type: 'start-latency'; micros: number }
  /** The main thread ended (after threading._shutdown): the process is over. */
  | { type: 'exit'; exitCode: number }
  /** The engine failed (not a Python exception). */
  | { type: 'internal-error'; message: string }
  /** Start or stop a Python process (multiprocessing; src/engine/process/). */
  | ProcessRequest;
