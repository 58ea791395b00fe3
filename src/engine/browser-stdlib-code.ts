// The precompiled standard library in the browser: what src/engine/node-stdlib-code.ts is for
// the `kitchen` command. Without it a page worker lexes, parses and compiles every Python
// module of our stdlib the first time a program imports it: `import asyncio` took 0.39-0.43 s
// of a page's first run, against 0.11-0.13 s for the command with its precompiled code.
//
// The build (vite.config.ts) writes the code bundle that tools/build-cli.mjs makes for the
// command, gzip-compressed, beside the worker scripts (STDLIB_CODE_ASSET). Each Python worker
// fetches it once when it starts, before it says it is loaded (the browser's cache serves the
// later workers of the page), and answers the compiler's lookups from it. A module is taken
// from the bundle only for the very source text it was compiled from (CodeBundle.lookup), so
// a bundle of another build is harmless. Where the file is missing (the dev server) or
// cannot be read, everything compiles as before.

import { CodeBundle } from '../python/code-serial.ts';
import { setLibraryUnitSource } from '../vm/compile-bridge.ts';
import { STDLIB_CODE_ASSET } from './stdlib-code-asset.ts';

/** How long a worker waits for the file before it goes on without it: a run never hangs on
 *  a stalled request (a worker of the virtual platform starts with its run). */
const FETCH_TIMEOUT_MS = 3000;

/** Fetches and installs the precompiled library; resolves to the number of modules it holds
 *  (0 without it). Never rejects. */
export async function installBrowserStdlibCode(): Promise<number> {
  try {
    // A name held in a variable: the bundler leaves the URL to be resolved at run time,
    // beside the built worker script.
    const asset = STDLIB_CODE_ASSET;
    const res = await fetch(new URL(asset, import.meta.url), { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
    if (!res.ok) return 0;
    let bytes = new Uint8Array(await res.arrayBuffer());
    // gzip's magic number, unless a server sent the file gzip-encoded and the browser has
    // already decompressed it.
    if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
      bytes = new Uint8Array(await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer());
    }
    const bundle = new CodeBundle(bytes);
    setLibraryUnitSource((filename, source) => bundle.lookup(filename, source));
    return bundle.size;
  } catch {
    return 0;
  }
}
