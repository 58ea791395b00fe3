// Compiled code handed from a process to the processes it starts (shared platform), so a
// child does not lex, parse and compile again what its parent's thread already compiled:
// the library modules (multiprocessing, pickle, threading, ...) and the main program it
// re-runs as __mp_main__. Our counterpart of the .pyc files a python3 child finds on disk.
//
// The parent's worker encodes each compiled module once (src/python/code-serial.ts) and
// puts them in one SharedArrayBuffer, rebuilt only when it has compiled more modules since;
// the buffer travels with the 'spawn' request and the child's setup (ProcessSetup.code), so
// every worker of every child reads one copy. A child's worker decodes a unit only when it
// imports that module, and only if its source is the same text (CodeBundle.lookup); what
// it gets this way joins its thread's compiled modules, so its own children get it too.

import { compileSource } from '../../python/compiler.ts';
import { type BundleEntry, bundleEntry, writeBundle, CodeBundle } from '../../python/code-serial.ts';
import { compiledLibraryUnits, setCompiledUnitSource } from '../../vm/compile-bridge.ts';

/** Encoded units of this thread, by file name, with the source each was compiled from. */
const encoded = new Map<string, { source: string; entry: BundleEntry | null }>();
let built: { count: number; main: string; source: string; bytes: Uint8Array } | null = null;

function encode(filename: string, source: string, unit: () => Parameters<typeof bundleEntry>[2] | null): BundleEntry | null {
  const had = encoded.get(filename);
  if (had !== undefined && had.source === source) return had.entry;
  const u = unit();
  const entry = u === null ? null : bundleEntry(filename, source, u);
  encoded.set(filename, { source, entry });
  return entry;
}

/** The bundle a new child gets: this thread's compiled library modules and the main
 *  program (compiled here if need be: the child would compile it first thing). */
export function codeBundleForChild(mainFilename: string, mainSource: string): Uint8Array {
  const units = compiledLibraryUnits();
  if (built !== null && built.count === units.size && built.main === mainFilename && built.source === mainSource) return built.bytes;
  const entries: BundleEntry[] = [];
  for (const [filename, { source, unit }] of units) {
    const e = encode(filename, source, () => unit);
    if (e !== null) entries.push(e);
  }
  const main = encode(mainFilename, mainSource, () => {
    try {
      return compileSource(mainSource, mainFilename);
    } catch {
      return null; // it compiled in this process; if not here, the child reports it
    }
  });
  if (main !== null) entries.push(main);
  built = { count: units.size, main: mainFilename, source: mainSource, bytes: writeBundle(entries, true) };
  return built.bytes;
}

/** A process's worker: compile-bridge asks this bundle before compiling anything. */
export function installCodeBundle(bytes: Uint8Array | undefined): void {
  if (bytes === undefined) return;
  const bundle = new CodeBundle(bytes);
  setCompiledUnitSource((filename, source) => bundle.lookup(filename, source));
}
