// The precompiled standard library of the `kitchen` command: our Python-source stdlib
// (src/stdlib/py, every module under its `<frozen NAME>` file name) and the Python half of
// sys, compiled once and kept on disk as a code bundle (src/python/code-serial.ts), so that a
// run does not lex, parse and compile asyncio, threading, multiprocessing... again. Importing
// asyncio compiled about 10,000 lines at every start before; python3 reads .pyc files for
// the same reason.
//
// tools/build-cli.mjs writes the file right after it builds the CLI bundle (same sources,
// same compiler, so the two are always of one build) and bin/kitchen.mjs names it in the
// environment (KITCHEN_STDLIB_CODE), where every worker thread finds it too. A module is
// taken from the bundle only when its source is the very text it was compiled from
// (CodeBundle.lookup), so an edited module is compiled as before. Without the file (tests
// run from the sources) everything compiles as it always did. The app's build ships the
// same file to the page's workers (vite.config.ts, src/engine/browser-stdlib-code.ts).

import { readFileSync } from 'node:fs';
import { compileSource } from '../python/compiler.ts';
import { bundleEntry, writeBundle, CodeBundle, type BundleEntry } from '../python/code-serial.ts';
import { setLibraryUnitSource } from '../vm/compile-bridge.ts';
import { SYS_PY } from '../vm/sys-module.ts';
import { PY_SOURCES } from '../stdlib/py-sources.ts';

export const STDLIB_CODE_ENV = 'KITCHEN_STDLIB_CODE';

/** Every stdlib module compiled and encoded into one bundle. */
export function buildStdlibCode(): Uint8Array {
  const entries: BundleEntry[] = [];
  const add = (filename: string, source: string): void => {
    const e = bundleEntry(filename, source, compileSource(source, filename));
    if (e !== null) entries.push(e);
  };
  add('<sys>', SYS_PY);
  for (const [name, { source }] of Object.entries(PY_SOURCES)) add(`<frozen ${name}>`, source);
  return writeBundle(entries, false);
}

/** Uses the bundle named by KITCHEN_STDLIB_CODE, when there is one; returns how many
 *  modules it holds (0 without it). A missing or unreadable file only means compiling. */
export function installStdlibCode(file: string | undefined = process.env[STDLIB_CODE_ENV]): number {
  if (!file) return 0;
  try {
    const bundle = new CodeBundle(new Uint8Array(readFileSync(file)));
    setLibraryUnitSource((filename, source) => bundle.lookup(filename, source));
    return bundle.size;
  } catch {
    return 0;
  }
}
