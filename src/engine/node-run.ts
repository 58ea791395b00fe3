// Running one Python source file in Node: the shared core of `kitchen run` and of the
// conformance runner's worker threads. The VM reports uncaught exceptions and sys.exit
// through its exit code and stderr; an exception that escapes runProgram is a bug in the
// engine, reported as such with exit status 70 (EX_SOFTWARE), never mistaken for Python's.

import { createCaptureSink, createNodeHost, type NodeHostOptions } from './node-host.ts';
import { runPython } from './python-entry.ts';

export const INTERNAL_ERROR_EXIT = 70;

export interface NodeRunOptions extends Omit<NodeHostOptions, 'sink'> {
  heapCapBytes?: number;
}

export function runInNode(source: string, opts: NodeRunOptions & { sink: NodeHostOptions['sink'] }): number {
  const host = createNodeHost(opts);
  try {
    return runPython(source, { filename: opts.filename, host, heapCapBytes: opts.heapCapBytes }).exitCode;
  } catch (e) {
    opts.sink.flush();
    // The summary goes last, where a reader (and the conformance runner) looks first.
    const summary = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    const stack = e instanceof Error && e.stack ? `${e.stack}\n` : '';
    opts.sink.write('stderr', `${stack}kitchen: internal error in the engine (not a Python exception): ${summary}\n`);
    return INTERNAL_ERROR_EXIT;
  } finally {
    opts.sink.flush();
  }
}

export interface CapturedRun {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/** Run and collect stdout, stderr and the exit status as strings. */
export function runCaptured(source: string, opts: NodeRunOptions): CapturedRun {
  const sink = createCaptureSink();
  const exitCode = runInNode(source, { ...opts, sink });
  return { stdout: sink.stdout, stderr: sink.stderr, exitCode };
}
