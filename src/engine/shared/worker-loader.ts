// How a Node worker of the shared platform loads the bundled interpreter (node-spawn.ts):
// a few lines of CommonJS, evaluated as the worker's entry (`new Worker(src, { eval: true })`),
// that compile the bundle (its bytes shared through workerData) with node:vm's Script and
// its V8 code cache, then run it.
//
// The bundle is one function expression (SCRIPT_PREFIX … SCRIPT_SUFFIX around esbuild's
// CommonJS output), so compiling it runs nothing, and the loader passes it `require`. The
// code cache, when there is none yet or V8 rejected it (another Node version or V8 flags),
// is written later by the worker itself, after a run compiled the interpreter's hot
// functions: node.worker.ts calls `codeCacheHook()?.save()` before reporting a process's
// exit. Written to a temporary name and renamed, as other processes may be reading it.

export interface LoaderData {
  /** Path of the bundled worker script (its name in stack traces). */
  file: string;
  /** Its UTF-8 bytes, read once by the spawning process (node-spawn.ts) and shared, so that
   *  the code cache, named after a hash of these bytes, always belongs to what the worker
   *  compiles: V8 checks a cache only against the source's length. */
  bytes: SharedArrayBuffer;
  /** Path of its V8 code cache (may not exist yet). */
  cache: string;
}

/** What the loader leaves for the bundle (on globalThis under CODE_CACHE_KEY). */
export interface CodeCacheHook {
  /** No usable cache was loaded: this worker should write one after a run. */
  wanted: boolean;
  /** Writes the cache now (once; errors are ignored: the cache is only an optimisation). */
  save(): void;
}

export const CODE_CACHE_KEY = 'kitchen.sharedWorkerCodeCache';

export function codeCacheHook(): CodeCacheHook | undefined {
  return (globalThis as Record<symbol, CodeCacheHook | undefined>)[Symbol.for(CODE_CACHE_KEY)];
}

export const SCRIPT_PREFIX = '(function (require, module, exports, __filename, __dirname) {';
export const SCRIPT_SUFFIX = '\n})';

export const LOADER_SOURCE = `'use strict';
const { existsSync, readFileSync, writeFileSync, renameSync, unlinkSync } = require('node:fs');
const { dirname } = require('node:path');
const { Script } = require('node:vm');
const { workerData, threadId } = require('node:worker_threads');
const { file, bytes, cache } = workerData.kitchenLoader;
const source = Buffer.from(bytes).toString('utf8');
let cachedData;
try { cachedData = readFileSync(cache); } catch { cachedData = undefined; }
const script = new Script(source, { filename: file, cachedData });
const rejected = cachedData !== undefined && script.cachedDataRejected === true;
globalThis[Symbol.for(${JSON.stringify(CODE_CACHE_KEY)})] = {
  wanted: cachedData === undefined || rejected,
  save() {
    if (!this.wanted) return;
    this.wanted = false;
    // Another worker may have written it since this one started.
    if (!rejected && existsSync(cache)) return;
    const tmp = cache + '.' + process.pid + '.' + threadId + '.tmp';
    try {
      writeFileSync(tmp, script.createCachedData());
      renameSync(tmp, cache);
    } catch {
      try { unlinkSync(tmp); } catch {}
    }
  },
};
const mod = { exports: {} };
script.runInThisContext()(require, mod, mod.exports, file, dirname(file));
`;
