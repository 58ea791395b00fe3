// Spawning shared-platform workers in Node (worker_threads), for the CLI and the tests.
//
// Node 20 workers do not inherit the parent's module loader, so a worker cannot import our
// TypeScript directly. Registering tsx inside each worker works (see
// src/engine/__test-workers__/ts-entry.mjs) but costs each worker 1–2 s of CPU to
// transform the interpreter file by file, measured here: 8 workers took 6–10 s on 2
// cores. So we bundle the worker entry once per Node process with esbuild (a dependency of
// tsx and vite, already installed) into one plain .mjs that every worker loads in ~0.5 s,
// and fall back to tsx if esbuild is not available.

import { Worker } from 'node:worker_threads';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import type { FromWorker } from './messages.ts';
import type { WorkerLike } from './warm-pool.ts';

const ENTRY = fileURLToPath(new URL('./node.worker.ts', import.meta.url));
const TSX_ENTRY = fileURLToPath(new URL('./node-ts-entry.mjs', import.meta.url));

let bundled: string | null | undefined;

/** Path of the bundled worker (built on first call), or null when esbuild is missing. */
function bundle(): string | null {
  if (bundled !== undefined) return bundled;
  try {
    const require = createRequire(import.meta.url);
    const esbuild = require('esbuild') as typeof import('esbuild');
    const out = esbuild.buildSync({
      entryPoints: [ENTRY],
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'es2022',
      write: false,
      logLevel: 'silent',
    });
    const file = join(mkdtempSync(join(tmpdir(), 'kitchen-shared-')), 'worker.mjs');
    writeFileSync(file, out.outputFiles[0]!.contents);
    bundled = file;
  } catch {
    bundled = null;
  }
  return bundled;
}

/** A new Node worker running the shared platform's worker entry. */
export function spawnNodeWorker(): WorkerLike {
  const file = bundle();
  const w = file !== null
    ? new Worker(file)
    : new Worker(TSX_ENTRY, { workerData: { __entry: new URL('./node.worker.ts', import.meta.url).href } });
  let onMessage: (m: FromWorker) => void = () => {};
  let onError: (message: string) => void = () => {};
  let terminated = false;
  w.on('message', (m: FromWorker) => onMessage(m));
  w.on('error', (e) => onError(e instanceof Error ? `${e.name}: ${e.message}` : String(e)));
  w.on('exit', (code) => { if (!terminated && code !== 0) onError(`worker exited with code ${code}`); });
  return {
    post: (m) => w.postMessage(m),
    onMessage: (f) => { onMessage = f; },
    onError: (f) => { onError = f; },
    terminate: () => { terminated = true; void w.terminate(); },
    unref: () => w.unref(),
    ref: () => w.ref(),
  };
}
