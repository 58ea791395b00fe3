// `kitchen run` on the shared platform (the default): every Python thread on its own Node
// worker_thread over one SharedArrayBuffer heap (src/engine/shared/). Output is written as
// the coordinator delivers it, in the program's order; --trace writes the decoded trace as
// Chrome Trace Event JSON; --free-threaded runs the process without a GIL (PEP 703). stdin: piped input is read up front and handed out line by line
// to whichever thread calls input(); from a terminal, the worker that calls input() reads
// the terminal itself (src/engine/shared/node.worker.ts), so input() waits for the user.

import { readFileSync, writeFileSync } from 'node:fs';
import { runShared, nodeWarmPool } from '../engine/shared/run-shared-node.ts';
import { onBrokenPipe } from '../engine/node-host.ts';
import { buildModel } from '../trace/intervals.ts';
import { toChromeTrace } from '../trace/export-chrome.ts';
import type { ParsedArgs } from './args.ts';

export async function runSharedCli(source: string, file: string, args: ParsedArgs): Promise<number> {
  // Here this thread's event loop runs while the program does, so writes may be queued
  // (a coordinator must not block on a full pipe); a reader that went away shows up as an
  // 'error' event, and ends the run as on the other platforms (node-host.ts writeAllSync).
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') onBrokenPipe();
      throw e;
    });
  }
  const terminal = Boolean(process.stdin.isTTY);
  const stdin = terminal ? '' : (() => {
    try { return readFileSync(0, 'utf8'); } catch { return ''; }
  })();
  const r = await runShared(source, {
    filename: file,
    argv: args.programArgs,
    environ: Object.fromEntries(Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined)),
    stdin,
    stdinFd: terminal ? 0 : undefined,
    heapCapBytes: args.heapCapMB === undefined ? undefined : Math.floor(args.heapCapMB * 1024 * 1024),
    switchInterval: args.switchInterval,
    ...(args.freeThreaded ? { freeThreaded: true } : {}),
    onOutput: (chunks) => {
      for (const c of chunks) (c.stream === 'stdout' ? process.stdout : process.stderr).write(c.text);
    },
  }, 1); // one spare loaded worker: a thread beyond the first two starts without a wait
  nodeWarmPool().dispose();
  if (args.trace !== undefined) {
    writeFileSync(args.trace, JSON.stringify(toChromeTrace(buildModel(r.events), r.events)));
  }
  return r.exitCode;
}
