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
import { parse, PySyntaxError } from '../python/parser.ts';
import { compile } from '../python/compiler.ts';
import { loadCode } from './code-object.ts';
import { registerSource } from './vm-state.ts';
import { callObject } from './abstract.ts';
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

export function compileToCode(rt: Runtime, source: string, filename: string, mode: 'exec' | 'eval'): Ref {
  registerSource(rt, filename, source);
  try {
    let mod = parse(source, filename);
    if (mode === 'eval') {
      const body = mod.body;
      if (body.length !== 1 || body[0]._type !== 'Expr') {
        throw new PySyntaxError({ type: 'SyntaxError', msg: 'invalid syntax', filename, lineno: 1, offset: 1, end_lineno: 1, end_offset: 1, text: source.split('\n')[0] ?? '' });
      }
      const ex = body[0] as A.Expr;
      const pos = { lineno: ex.lineno, col_offset: ex.col_offset, end_lineno: ex.end_lineno, end_col_offset: ex.end_col_offset };
      const target = { _type: 'Name', id: EVAL_RESULT, ctx: { _type: 'Store' }, ...pos } as unknown as A.Name;
      const assign = { _type: 'Assign', targets: [target], value: ex.value, type_comment: null, ...pos } as unknown as A.Assign;
      mod = { ...mod, body: [assign] } as A.Module;
    }
    return loadCode(rt, compile(mod, filename, source));
  } catch (e) {
    if (e instanceof PySyntaxError) throw new PyError(syntaxErrorObject(rt, e));
    throw e;
  }
}

void NULL;
