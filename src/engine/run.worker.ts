// The module worker that runs one Python program for the page (DESIGN.md §1.10: the UI never
// runs Python). The page starts a fresh worker per run and terminates it to stop a program at
// once, whatever it is doing (an infinite loop never returns to the event loop, so a polite
// "please stop" message could never be read). One worker runs exactly one program.
//
// Two paths:
// - 'virtual': every Python thread runs here under the deterministic scheduler
//   (virtual/run-virtual.ts). Output is streamed as it is produced (in real-time batches: the
//   simulated clock says nothing about when the page should repaint); so is the trace, in
//   time order, as its events become final (run-virtual.ts onEvents), in slices of at most
//   EVENT_BATCH events, then 'done'.
// - otherwise the single-threaded path (runPython), which produces no trace yet.

import { createBrowserHost } from './browser-host.ts';
// python-entry.ts also registers the standard library (native modules and Python sources),
// which the virtual platform needs as much as runPython does.
import { runPython } from './python-entry.ts';
import { OutputBatcher } from './output-batcher.ts';
import { runVirtual } from './virtual/run-virtual.ts';
import { EVENT_BATCH, type RunRequest, type RunWorkerMessage } from './worker-protocol.ts';
import { installBrowserStdlibCode } from './browser-stdlib-code.ts';

const post = (m: RunWorkerMessage) => (self as unknown as { postMessage(m: unknown): void }).postMessage(m);

/** How often a running program hands its new trace events to the page (real time). */
const LIVE_INTERVAL_MS = 50;

const describeError = (e: unknown): string => (e instanceof Error ? `${e.name}: ${e.message}` : String(e));

function runOnVirtual(req: RunRequest): void {
  const batcher = new OutputBatcher((chunks) => post({ type: 'output', chunks }), () => performance.now());
  // The virtual platform never waits for real: sleep advances the simulated clock.
  post({ type: 'started', waitKind: 'busy' });
  try {
    const r = runVirtual(req.source, {
      filename: req.filename,
      seed: req.seed,
      cores: req.cores,
      freeThreaded: req.freeThreaded,
      ...(req.switchInterval !== undefined ? { switchIntervalMicros: req.switchInterval * 1e6 } : {}),
      stdin: req.stdin,
      heapCapBytes: req.heapCapBytes,
      onOutput: (stream, text) => batcher.write(stream, text),
      onEvents: (events) => {
        for (let i = 0; i < events.length; i += EVENT_BATCH) post({ type: 'events', events: events.slice(i, i + EVENT_BATCH) });
      },
      liveIntervalMs: LIVE_INTERVAL_MS,
    });
    batcher.flush();
    // A program that failed before running (a syntax error) reports only through the result.
    if (r.events.length === 0 && (r.stdout !== '' || r.stderr !== '')) {
      const chunks = [];
      if (r.stdout !== '') chunks.push({ stream: 'stdout' as const, text: r.stdout });
      if (r.stderr !== '') chunks.push({ stream: 'stderr' as const, text: r.stderr });
      post({ type: 'output', chunks });
    }
    post({ type: 'done', exitCode: r.exitCode, end: r.outcome });
  } catch (e) {
    batcher.flush();
    post({ type: 'internal-error', message: describeError(e) });
  }
}

function runSingleThreaded(req: RunRequest): void {
  const host = createBrowserHost({
    filename: req.filename,
    stdin: req.stdin,
    send: (chunks) => post({ type: 'output', chunks }),
  });
  post({ type: 'started', waitKind: host.waitKind });
  try {
    const { exitCode } = runPython(req.source, {
      filename: req.filename,
      host,
      heapCapBytes: req.heapCapBytes,
    });
    host.flush();
    post({ type: 'done', exitCode });
  } catch (e) {
    host.flush();
    post({ type: 'internal-error', message: describeError(e) });
  }
}

// The precompiled standard library is fetched as the worker starts; a run waits for it.
const stdlibReady = installBrowserStdlibCode();

self.onmessage = (ev: MessageEvent<RunRequest>) => {
  const req = ev.data;
  if (req.type !== 'run') return;
  void stdlibReady.then(() => {
    if (req.platform === 'virtual') runOnVirtual(req);
    else runSingleThreaded(req);
  });
};
