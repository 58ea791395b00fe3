// Spawning shared-platform workers in Node (worker_threads), for the CLI and the tests.
//
// Node 20 workers do not inherit the parent's module loader, so a worker cannot import our
// TypeScript directly. Registering tsx inside each worker works (see
// src/engine/__test-workers__/ts-entry.mjs) but costs each worker 1–2 s of CPU to
// transform the interpreter file by file, measured here: 8 workers took 6–10 s on 2
// cores. So we bundle the worker entry once with esbuild (a dependency of tsx and vite,
// already installed) into one plain script, and fall back to tsx if esbuild is not
// available.
//
// The bundle is cached on disk (the OS temp directory) with the size and mtime of every
// source file it was built from, so a `kitchen run` after the first reuses it: bundling
// costs ~0.3 s of CPU each time, and the CLI starts a new Node process per program.
//
// Booting a worker is mostly V8 compiling that 2.5 MB script, then compiling each
// interpreter function again on its first call (the first Python thread a fresh worker runs
// is several times slower than the next). So the bundle is a classic script, not an ES
// module: worker-loader.ts compiles it with node:vm, which takes a V8 code cache. The first
// process main thread to end a run cleanly with no usable cache writes one (after its run,
// so the cache holds the bytecode of everything that run compiled: parser, compiler, eval
// loop, natives); every later worker starts from it. Measured here: compiling the script
// 78 ms without the cache, under 1 ms with it; spawn → 'loaded' 70–100 ms as an ES module,
// ~45 ms with the cache (the rest is Node's own worker start), CPU the running program
// gets back.
//
// V8 checks a cache against the source's length, not its text, so the cache file is named
// after a hash of the script's bytes, and those bytes are read once per process and shared
// with every worker it spawns (a SharedArrayBuffer in workerData: no copy per worker; a
// cloned 2.6 MB string cost the spawning thread ~16 ms each): a worker never compiles
// another build than its cache's, even while another process rebuilds the bundle file.

import { Worker } from 'node:worker_threads';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import type { FromWorker } from './messages.ts';
import type { WorkerLike } from './warm-pool.ts';
import { LOADER_SOURCE, SCRIPT_PREFIX, SCRIPT_SUFFIX, type LoaderData } from './worker-loader.ts';

const ENTRY = fileURLToPath(new URL('./node.worker.ts', import.meta.url));
const TSX_ENTRY = fileURLToPath(new URL('./node-ts-entry.mjs', import.meta.url));

export interface Bundle {
  /** Where the worker script was read from (its name in stack traces). */
  file: string;
  /** The script's UTF-8 bytes, as this process read them once: every worker it spawns
   *  compiles exactly these (the file may be rebuilt meanwhile by another process). */
  bytes: SharedArrayBuffer;
  /** Its V8 code cache (may not exist yet), named after a hash of `bytes`. */
  cache: string;
}

let bundled: Bundle | null | undefined;

/** The bundled worker, read and hashed (built first when missing or stale), or null when
 *  esbuild is missing (workers then run the TypeScript sources through tsx). */
export function workerBundle(): Bundle | null {
  if (bundled !== undefined) return bundled;
  try {
    const require = createRequire(import.meta.url);
    const esbuild = require('esbuild') as typeof import('esbuild');
    const dir = join(tmpdir(), 'kitchen-shared-workers');
    const key = createHash('sha1').update(`${ENTRY}\0${process.version}\0${esbuild.version}\0script`).digest('hex').slice(0, 16);
    const file = join(dir, `${key}.js`);
    const manifest = join(dir, `${key}.json`);
    let bytes: Uint8Array | null = fresh(file, manifest) ? readFileSync(file) : null;
    if (bytes === null) {
      const out = esbuild.buildSync({
        entryPoints: [ENTRY],
        bundle: true,
        format: 'cjs',
        platform: 'node',
        target: 'es2022',
        write: false,
        metafile: true,
        logLevel: 'silent',
        banner: { js: SCRIPT_PREFIX },
        footer: { js: SCRIPT_SUFFIX },
      });
      // A classic script has no import.meta (esbuild makes it an empty object): worker code
      // must not use it. Should it ever, the TypeScript sources run instead (slow, correct).
      if (out.warnings.some((w) => w.id === 'empty-import-meta')) throw new Error('worker code uses import.meta');
      bytes = out.outputFiles[0]!.contents;
      // Where the bundler resolves inputs from (its working directory).
      const inputs = Object.keys(out.metafile!.inputs).map((p) => resolve(p)).map((p) => [p, stamp(p)]);
      mkdirSync(dir, { recursive: true });
      // Written under temporary names and renamed: another process may be reading them.
      const tmp = `.${process.pid}.${Date.now()}`;
      writeFileSync(file + tmp, bytes);
      writeFileSync(manifest + tmp, JSON.stringify({ bundle: stamp(file + tmp).split(':')[0], inputs }));
      renameSync(file + tmp, file);
      renameSync(manifest + tmp, manifest);
    }
    // The cache is named after the exact bytes the workers compile (~2 ms to hash), never
    // after what the file held at some other moment.
    const hash = createHash('sha1').update(bytes).digest('hex').slice(0, 16);
    removeStaleCaches(dir, key, hash);
    const shared = new SharedArrayBuffer(bytes.byteLength);
    new Uint8Array(shared).set(bytes);
    bundled = { file, bytes: shared, cache: join(dir, `${key}-${hash}.v8cache`) };
  } catch (e) {
    if (process.env.KITCHEN_DEBUG) console.error('kitchen: no worker bundle:', e);
    bundled = null;
  }
  return bundled;
}

function stamp(path: string): string {
  const s = statSync(path);
  return `${s.size}:${s.mtimeMs}`;
}

/** The cached bundle exists, is the one the manifest describes, and no input changed. */
function fresh(file: string, manifest: string): boolean {
  try {
    const m = JSON.parse(readFileSync(manifest, 'utf8')) as { bundle: string; inputs: [string, string][] };
    if (stamp(file).split(':')[0] !== m.bundle) return false;
    return m.inputs.every(([p, s]) => stamp(p) === s);
  } catch {
    return false;
  }
}

/** Code caches of other builds of this bundle are of no use to this process. (One that a
 *  process still running an older build needs is written again by it: a cache is only an
 *  optimisation.) */
function removeStaleCaches(dir: string, key: string, hash: string): void {
  for (const f of readdirSync(dir)) {
    if (f.startsWith(`${key}-`) && f.endsWith('.v8cache') && f !== `${key}-${hash}.v8cache`) {
      try { unlinkSync(join(dir, f)); } catch { /* another process removed it */ }
    }
  }
}

/** A new Node worker running the shared platform's worker entry. */
export function spawnNodeWorker(): WorkerLike {
  const b = workerBundle();
  const w = b !== null
    ? new Worker(LOADER_SOURCE, { eval: true, workerData: { kitchenLoader: { file: b.file, bytes: b.bytes, cache: b.cache } satisfies LoaderData } })
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
