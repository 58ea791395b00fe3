// The one place where the engine's platform glue (browser workers, the Node CLI, the
// conformance runner) reaches into the pure Python layers. Every caller goes through these
// wrappers so that a change of name or signature in src/python or src/vm is fixed here once.
//
// Entry points used (docs/architecture.md, "The pipeline"):
//   runProgram     src/vm/run.ts          run a module to completion through a Host
//   parse, dumpAst src/python/parser.ts,  `kitchen ast` (python3's ast.dump format)
//                  src/python/ast-dump.ts
//   compileSource  src/python/compiler.ts `kitchen dis`
//   disassemble    src/python/dis.ts
//   findSyntaxError src/python/parser.ts  editor markers, without running anything

import type { Host } from '../vm/host.ts';
import type { SyntaxErrorInfo } from '../python/syntax-error.ts';
import { findSyntaxError, parse } from '../python/parser.ts';
import { dumpAst } from '../python/ast-dump.ts';
import { compileSource } from '../python/compiler.ts';
import { disassemble } from '../python/dis.ts';
import { runProgram } from '../vm/run.ts';
// The standard library registers itself with the VM's import system when loaded: the
// native modules (math, time, _thread, re, ...) and our Python-source modules.
import '../stdlib/native/index.ts';
import '../stdlib/py-sources.ts';

export type { Host, SyntaxErrorInfo };

export interface RunOptions {
  /** The name tracebacks show (`File "main.py"`) and `__file__`. */
  filename: string;
  host: Host;
  /** Upper bound of the heap in bytes (MemoryError beyond it); the VM's default otherwise. */
  heapCapBytes?: number;
}

/** Run `source` as the `__main__` module; output and waits go through `opts.host`. */
export function runPython(source: string, opts: RunOptions): { exitCode: number } {
  return runProgram(source, opts);
}

/** `ast.dump(ast.parse(source))`, exactly as python3.11 prints it. */
export function dumpPythonAst(source: string, filename: string): string {
  return dumpAst(parse(source, filename));
}

/** Our bytecode for `source`, as `kitchen dis` prints it. */
export function disassemblePython(source: string, filename: string): string {
  return disassemble(compileSource(source, filename));
}

/** The first syntax error python3 would report for `source`, or null if it compiles. */
export function checkSyntax(source: string, filename: string): SyntaxErrorInfo | null {
  return findSyntaxError(source, filename);
}
