// The shared platform in the browser: `runShared(source, opts)` for the page. Needs a
// cross-origin isolated page (SharedArrayBuffer); the coordinator runs on the page's main
// thread and never blocks. One warm pool per page, so the next run starts from loaded
// workers.

import { runSharedWith, type SharedRunOptions, type SharedRunResult } from './coordinator.ts';
import { WarmPool, type WorkerLike } from './warm-pool.ts';
import type { FromWorker } from './messages.ts';
import { poolSizeFor, DEFAULT_POOL } from './pool-size.ts';

export type { SharedRunOptions, SharedRunResult };

/** Vite bundles shared.worker.ts as a module worker from this exact pattern. */
function spawnBrowserWorker(): WorkerLike {
  const w = new Worker(new URL('./shared.worker.ts', import.meta.url), { type: 'module', name: 'python-thread' });
  let onMessage: (m: FromWorker) => void = () => {};
  let onError: (message: string) => void = () => {};
  w.onmessage = (ev: MessageEvent<FromWorker>) => onMessage(ev.data);
  w.onerror = (ev: ErrorEvent) => { ev.preventDefault(); onError(ev.message || 'a Python thread worker failed to start'); };
  return {
    post: (m) => w.postMessage(m),
    onMessage: (f) => { onMessage = f; },
    onError: (f) => { onError = f; },
    terminate: () => w.terminate(),
  };
}

let pool: WarmPool | null = null;

export function browserWarmPool(reserve = 3): WarmPool {
  if (pool === null) pool = new WarmPool(spawnBrowserWorker, reserve);
  pool.target = Math.max(pool.target, reserve);
  return pool;
}

/** Whether this page can use the shared platform (else: the virtual platform). */
export function sharedPlatformAvailable(): boolean {
  return typeof SharedArrayBuffer === 'function' && (globalThis as { crossOriginIsolated?: boolean }).crossOriginIsolated === true;
}

/** Without an explicit poolSize, a program that imports a thread module gets a larger pool
 *  up front (pool-size.ts), as far as the page has workers already loaded: booting a browser
 *  worker (fetching and compiling the interpreter) while the program starts its threads
 *  would slow them down, so beyond the loaded ones threads get workers on demand, as
 *  before. The reserve kept between runs stays small (a browser worker holds a whole
 *  interpreter); a run's workers come back to it when the run ends, so the next run of a
 *  thread program finds them loaded. */
export function runShared(source: string, opts: SharedRunOptions): Promise<SharedRunResult> {
  const pool = browserWarmPool(DEFAULT_POOL + 1);
  // One loaded worker becomes the main thread.
  const poolSize = opts.poolSize ?? Math.max(DEFAULT_POOL, Math.min(poolSizeFor(source), pool.loaded - 1));
  // The reserve is refilled once the run is over (warm-pool.ts).
  return runSharedWith(pool, source, { ...opts, poolSize }).finally(() => pool.fillSoon());
}
