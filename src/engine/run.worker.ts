// The module worker that runs one Python program for the page (DESIGN.md §1.10: the UI never
// runs Python). The page starts a fresh worker per run and terminates it to stop a program at
// once, whatever it is doing (an infinite loop never returns to the event loop, so a polite
// "please stop" message could never be read). One worker runs exactly one program.

import { createBrowserHost } from './browser-host.ts';
import { runPython } from './python-entry.ts';
import type { RunRequest, RunWorkerMessage } from './worker-protocol.ts';

const post = (m: RunWorkerMessage) => (self as unknown as { postMessage(m: unknown): void }).postMessage(m);

self.onmessage = (ev: MessageEvent<RunRequest>) => {
  const req = ev.data;
  if (req.type !== 'run') return;
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
    post({ type: 'internal-error', message: e instanceof Error ? `${e.name}: ${e.message}` : String(e) });
  }
};
