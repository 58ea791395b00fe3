// Spawning shared-platform workers in Node (worker_threads), for the CLI and the tests.
//
// Node 20 workers do not inherit the parent's module loader, so a worker cannot import our
// TypeScript directly. Registering tsx inside each worker works (see
// src/engine/__test-workers__/ts-entry.mjs) but costs each worker 1–2 s of CPU to
// transform the interpreter file by file, measured here: 8 workers took 6–10 s on 2
// cores. So we bundle the worker entry once per Node process with esbuild (a dependency of
// tsx and vite, already installed) into one plain .mjs that every worker loads in ~0.5 s,
// and fall back to tsx if esbuild is not available.
//
// The bundle is also cached on disk (the OS temp directory) with the size and mtime of
// every source file it was built from, so a `kitchen run` after the first reuses it: bundling
// costs ~0.3 s of CPU each time, and the CLI starts a new Node process per program.

import { Worker } from 'node:worker_threads';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createHash } from 'node:crypto';
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
    const dir = join(tmpdir(), 'kitchen-shared-workers');
    const key = createHash('sha1').update(`${ENTRY}\0${process.version}\0${esbuild.version}`).digest('hex').slice(0, 16);
    const file = join(dir, `${key}.mjs`);
    const manifest = join(dir, `${key}.json`);
    if (cacheValid(file, manifest)) return (bundled = file);
    const out = esbuild.buildSync({
      entryPoints: [ENTRY],
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'es2022',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    // Where the bundler resolves inputs from (its working directory).
    const inputs = Object.keys(out.metafile!.inputs).map((p) => resolve(p)).map((p) => [p, stamp(p)]);
    mkdirSync(dir, { recursive: true });
    // Written under temporary names and renamed: another process may be reading them.
    const tmp = `.${process.pid}.${Date.now()}`;
    writeFileSync(file + tmp, out.outputFiles[0]!.contents);
    writeFileSync(manifest + tmp, JSON.stringify({ bundle: stamp(file + tmp).split(':')[0], inputs }));
    renameSync(file + tmp, file);
    renameSync(manifest + tmp, manifest);
    bundled = file;
  } catch {
    bundled = null;
  }
  return bundled;
}

function stamp(path: string): string {
  const s = statSync(path);
  return `${s.size}:${s.mtimeMs}`;
}

/** The cached bundle exists, is the one the manifest describes, and no input changed. */
function cacheValid(file: string, manifest: string): boolean {
  try {
    const m = JSON.parse(readFileSync(manifest, 'utf8')) as { bundle: string; inputs: [string, string][] };
    if (stamp(file).split(':')[0] !== m.bundle) return false;
    return m.inputs.every(([p, s]) => stamp(p) === s);
  } catch {
    return false;
  }
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
