// A worker_threads worker of the conformance runner (tools/conformance.ts): it receives one
// program at a time, runs it through the engine and answers with what it printed. It needs
// no python3: the expected results are files next to each program.
//
// Two platforms run here: 'single' (one thread, a capturing Host: the corpus) and
// 'virtual' (every Python thread in this JS thread under the deterministic scheduler:
// threading/ and asyncio/). The shared platform starts workers of its own and never
// blocks, so the runner drives it from its main thread instead.

import { parentPort } from 'node:worker_threads';
import { INTERNAL_ERROR_EXIT, runCaptured } from '../src/engine/node-run.ts';
import { nodeProgramDir } from '../src/engine/node-host.ts';
import { runVirtual } from '../src/engine/virtual/run-virtual.ts';

/** Simulated time a virtual run may take before it is stopped (a program waiting forever
 *  on a timer would otherwise only end at the worker's real-time limit). */
const VIRTUAL_LIMIT_MICROS = 120e6;

export interface ConformanceJob {
  id: number;
  source: string;
  filename: string;
  /** The program's folder: modules beside it can be imported (python's sys.path[0]). */
  dir?: string;
  stdin: string;
  environ: Record<string, string>;
  /** Where it runs; 'single' when absent. */
  platform?: 'single' | 'virtual';
}

export interface ConformanceResult {
  id: number;
  stdout: string;
  stderr: string;
  exitCode: number;
  /** Wall time of the run in this worker, ms. */
  ms?: number;
}

parentPort!.on('message', (job: ConformanceJob) => {
  const t0 = performance.now();
  if (job.platform === 'virtual') {
    let result: ConformanceResult;
    try {
      const v = runVirtual(job.source, {
        filename: job.filename,
        environ: job.environ,
        stdin: job.stdin,
        maxVirtualMicros: VIRTUAL_LIMIT_MICROS,
      });
      result = { id: job.id, stdout: v.stdout, stderr: v.stderr, exitCode: v.exitCode, ms: performance.now() - t0 };
    } catch (e) {
      // As node-run.ts does for the single platform: an engine bug, never a Python error.
      const summary = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
      result = { id: job.id, stdout: '', stderr: `kitchen: internal error in the engine (not a Python exception): ${summary}\n`, exitCode: INTERNAL_ERROR_EXIT, ms: performance.now() - t0 };
    }
    parentPort!.postMessage(result);
    return;
  }
  const r = runCaptured(job.source, {
    filename: job.filename,
    // python3 shows these modules' absolute paths; the expected files have the folder cut.
    programDir: job.dir === undefined ? null : nodeProgramDir(job.dir, ''),
    environ: job.environ,
    readStdin: () => job.stdin,
  });
  const result: ConformanceResult = { id: job.id, ...r, ms: performance.now() - t0 };
  parentPort!.postMessage(result);
});

// Loaded: the runner hands out this worker from now on (tools/conformance.ts, Pool).
parentPort!.postMessage({ ready: true });
