// Entry of a shared-platform worker in the browser: a module Web Worker that Vite bundles
// from `new Worker(new URL('./shared.worker.ts', import.meta.url), { type: 'module' })`
// (browser-spawn.ts). The page must be cross-origin isolated (SharedArrayBuffer).

import { startSharedWorker } from './worker-entry.ts';
import type { ToWorker } from './messages.ts';
import { installBrowserStdlibCode } from '../browser-stdlib-code.ts';

const scope = self as unknown as {
  postMessage(m: unknown): void;
  onmessage: ((ev: MessageEvent<ToWorker>) => void) | null;
};
// 'loaded' comes once the precompiled standard library is in place (or known to be
// missing). The pool may post a run to a worker before that (warm-pool.ts: a worker taken
// while loading gets its message when it is ready), so messages that arrive meanwhile are
// kept, and handed over after 'loaded', in order.
const early: ToWorker[] = [];
let deliver: ((m: ToWorker) => void) | null = null;
scope.onmessage = (ev) => { if (deliver !== null) deliver(ev.data); else early.push(ev.data); };
void installBrowserStdlibCode().then(() => startSharedWorker({
  post: (m) => scope.postMessage(m),
  onMessage: (f) => {
    deliver = f;
    // After startSharedWorker has posted 'loaded', as a message would have come before.
    queueMicrotask(() => { for (const m of early.splice(0)) f(m); });
  },
}));
