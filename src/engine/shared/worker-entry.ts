// The body of every shared-platform worker, whatever starts it (a Node worker_thread or a
// browser module Worker): say "loaded" (the module code is compiled and evaluated: the
// worker is warm), then run what the coordinator asks. `handle` never returns while the
// worker runs Python threads: it waits with Atomics.wait, not on the event loop, so this
// worker gets exactly one message that matters.

import type { FromWorker, ToWorker } from './messages.ts';
import { SharedWorker } from './worker-core.ts';
import { warmUp } from './warm-up.ts';

export interface WorkerPort {
  post(m: FromWorker): void;
  onMessage(f: (m: ToWorker) => void): void;
}

export function startSharedWorker(port: WorkerPort): void {
  port.onMessage((m) => {
    try {
      new SharedWorker(m.setup, port).handle(m);
      port.post({ type: 'released' });
    } catch (e) {
      const message = e instanceof Error ? `${e.name}: ${e.message}\n${e.stack ?? ''}` : String(e);
      port.post({ type: 'internal-error', message });
    }
  });
  warmUp();
  port.post({ type: 'loaded' });
}
