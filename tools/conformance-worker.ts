// A worker_threads worker of the conformance runner (tools/conformance.ts): it receives one
// program at a time, runs it through the engine with a capturing Host, and answers with what
// it printed. It needs no python3: the expected results are files next to each program.

import { parentPort } from 'node:worker_threads';
import { runCaptured } from '../src/engine/node-run.ts';

export interface ConformanceJob {
  id: number;
  source: string;
  filename: string;
  stdin: string;
  environ: Record<string, string>;
}

export interface ConformanceResult {
  id: number;
  stdout: string;
  stderr: string;
  exitCode: number;
}

parentPort!.on('message', (job: ConformanceJob) => {
  const r = runCaptured(job.source, {
    filename: job.filename,
    environ: job.environ,
    readStdin: () => job.stdin,
  });
  const result: ConformanceResult = { id: job.id, ...r };
  parentPort!.postMessage(result);
});
