// Compiling source text at run time (exec/eval/compile, Python-source stdlib modules, the
// main program) through src/python, turning the compiler's PySyntaxError into Python's
// SyntaxError, and remembering the source for tracebacks.
//
// eval mode: the compiler only has an 'exec' mode, so an expression is compiled as the
// statement `__ck_eval_result__ = (<expr>)` (after checking that the source is exactly one
// expression, as CPython's eval grammar requires); builtins-exec.ts reads the value back
// from the locals mapping and removes it. A known difference: the name is briefly visible
// in that mapping.

import { type Ref, NULL } from './heap.ts';
import type { Runtime } from './runtime.ts';
import { PyError } from './errors.ts';
import { parse, parseEval, PySyntaxError } from '../python/parser.ts';
import { compile } from '../python/compiler.ts';
import { loadCode } from './code-object.ts';
import { registerSource } from './vm-state.ts';
import { callObject, isInstance } from './abstract.ts';
import { callPyHelper } from './py-helpers.ts';
import type { CompileWarning } from '../python/compile-error.ts';
import { newTuple } from './objects/tuple-core.ts';
import type * as A from '../python/ast.ts';

export const EVAL_RESULT = '__ck_eval_result__';

/** A Python SyntaxError (or IndentationError/TabError) object for a compiler error. */
export function syntaxErrorObject(rt: Runtime, e: PySyntaxError): Ref {
  const type = (rt.types as Record<string, Ref>)[e.type] ?? rt.types.SyntaxError;
  const info = newTuple(rt, [
    rt.newStr(e.filename), rt.newInt(e.lineno), rt.newInt(e.offset),
    e.text === null ? rt.none : rt.newStr(e.text), rt.newInt(e.end_lineno), rt.newInt(e.end_offset),
  ]);
  return callObject(rt, type, [rt.newStr(e.msg), info]);
}

/** Compiled library modules by source: every process of a run (every Runtime in one JS
 *  thread or worker) imports the same stdlib, and a CodeUnit is plain data that loadCode
 *  only reads, so each library module is parsed and compiled once per thread. */
const libraryUnits = new Map<string, { source: string; unit: ReturnType<typeof compile> }>();

/** This thread's compiled library modules (the process platform sends them to a new
 *  process's threads as a code bundle, src/python/code-serial.ts). */
export function compiledLibraryUnits(): ReadonlyMap<string, { source: string; unit: ReturnType<typeof compile> }> {
  return libraryUnits;
}

/** Code compiled elsewhere (another thread's compiler, through a code bundle), asked before
 *  compiling in 'exec' mode; it answers only for the very same file name and source.
 *  Installed by the process platform (src/engine/process/shared-worker.ts). */
let unitSource: ((filename: string, source: string) => ReturnType<typeof compile> | undefined) | null = null;
export function setCompiledUnitSource(f: typeof unitSource): void {
  unitSource = f;
}

/** Precompiled standard library (the CLI's on-disk cache, src/engine/node-stdlib-code.ts),
 *  asked after the process bundle above; it too answers only for the very same source. */
let libraryUnitSource: ((filename: string, source: string) => ReturnType<typeof compile> | undefined) | null = null;
export function setLibraryUnitSource(f: typeof libraryUnitSource): void {
  libraryUnitSource = f;
}

/** `fromString`: source given to exec/eval/compile at run time. CPython shows the line of a
 *  compiler (not parser) error by reading the named file (PyErr_ProgramTextObject), which a
 *  string has none of: its SyntaxError.text is then None. */
export function compileToCode(rt: Runtime, source: string, filename: string, mode: 'exec' | 'eval', fromString = false): Ref {
  registerSource(rt, filename, source);
  const library = mode === 'exec' && filename.startsWith('<frozen ');
  const cached = library ? libraryUnits.get(filename) : undefined;
  if (cached !== undefined && cached.source === source) return loadCode(rt, cached.unit);
  const given = mode !== 'exec' ? undefined
    : (unitSource !== null ? unitSource(filename, source) : undefined) ?? (libraryUnitSource !== null ? libraryUnitSource(filename, source) : undefined);
  if (given !== undefined) {
    if (library) libraryUnits.set(filename, { source, unit: given });
    return loadCode(rt, given);
  }
  try {
    let mod: A.Module;
    if (mode === 'eval') {
      // python's eval grammar (parseEval), then the expression as one assignment.
      const value = parseEval(source, filename);
      const pos = { lineno: value.lineno, col_offset: value.col_offset, end_lineno: value.end_lineno, end_col_offset: value.end_col_offset };
      const target = { _type: 'Name', id: EVAL_RESULT, ctx: { _type: 'Store' }, ...pos } as unknown as A.Name;
      const assign = { _type: 'Assign', targets: [target], value, type_comment: null, ...pos } as unknown as A.Assign;
      mod = { _type: 'Module', body: [assign], type_ignores: [] } as A.Module;
    } else {
      mod = parse(source, filename);
    }
    let unit: ReturnType<typeof compile>;
    try {
      unit = compile(mod, filename, source);
    } catch (e) {
      if (fromString && e instanceof PySyntaxError) e.text = null;
      throw e;
    }
    if (library) libraryUnits.set(filename, { source, unit });
    else if (unit.syntaxWarnings) reportSyntaxWarnings(rt, filename, unit.syntaxWarnings);
    return loadCode(rt, unit);
  } catch (e) {
    if (e instanceof PySyntaxError) throw new PyError(syntaxErrorObject(rt, e));
    throw e;
  }
}

/** The compiler's SyntaxWarnings through `warnings.warn_explicit`, as python3's compiler
 *  issues them, so the program's filters apply; a filter that turns one into an error makes
 *  it a SyntaxError at its line, as python3 does. */
function reportSyntaxWarnings(rt: Runtime, filename: string, warnings: readonly CompileWarning[]): void {
  for (const w of warnings) {
    try {
      callPyHelper(rt, 'warnings', 'warn_explicit', [rt.newStr(w.message), rt.types.SyntaxWarning, rt.newStr(filename), rt.newInt(w.lineno)]);
    } catch (e) {
      if (!(e instanceof PyError) || !isInstance(rt, e.exc, rt.types.SyntaxWarning)) throw e;
      throw new PySyntaxError({
        type: 'SyntaxError', msg: w.message, filename, lineno: w.lineno, offset: w.col_offset + 1,
        end_lineno: w.lineno, end_offset: 0, text: null,
      });
    }
  }
}

void NULL;
