// Entry of a shared-platform worker in the browser: a module Web Worker that Vite bundles
// from `new Worker(new URL('./shared.worker.ts', import.meta.url), { type: 'module' })`
// (browser-spawn.ts). The page must be cross-origin isolated (SharedArrayBuffer).

import { startSharedWorker } from './worker-entry.ts';
import type { ToWorker } from './messages.ts';

const scope = self as unknown as {
  postMessage(m: unknown): void;
  onmessage: ((ev: MessageEvent<ToWorker>) => void) | null;
};
startSharedWorker({
  post: (m) => scope.postMessage(m),
  onMessage: (f) => { scope.onmessage = (ev) => f(ev.data); },
});
