// The body of every shared-platform worker, whatever starts it (a Node worker_thread or a
// browser module Worker): say "loaded" (the module code is compiled and evaluated: the
// worker is warm), then run what the coordinator asks. `handle` never returns while the
// worker runs Python threads: it waits with Atomics.wait, not on the event loop, so this
// worker gets exactly one message that matters.
//
// A warm worker has loaded its code and nothing more. Running a small Python program at load
// time to have V8 compile the interpreter ahead of need was tried and removed: the eval
// loop then got optimised on the warm-up's type feedback, and real programs ran 2–3 times
// slower on such workers (2.4 M loop iterations: 2.3–6.0 s against 0.9–2.2 s without it,
// same machine, same load), while thread start latency did not improve.

import type { FromWorker, ToWorker } from './messages.ts';
import { SharedWorker, isolateWarmth } from './worker-core.ts';

export interface WorkerPort {
  post(m: FromWorker): void;
  onMessage(f: (m: ToWorker) => void): void;
}

export function startSharedWorker(port: WorkerPort): void {
  port.onMessage((m) => {
    try {
      new SharedWorker(m.setup, port).handle(m);
      port.post({ type: 'released', warmth: isolateWarmth() });
    } catch (e) {
      const message = e instanceof Error ? `${e.name}: ${e.message}\n${e.stack ?? ''}` : String(e);
      port.post({ type: 'internal-error', message });
    }
  });
  port.post({ type: 'loaded' });
}
