// The builtins that run code: exec, eval, compile, __build_class__, __import__
// (CPython Python/bltinmodule.c builtin_exec_impl / builtin_eval_impl / builtin_compile_impl
// / builtin___build_class__ / builtin___import__).
//
// Source strings are compiled through src/python (compileSource). The compiler has no
// 'eval' mode yet, so eval() checks that the source parses as one expression statement and
// compiles `<expr>` as the value of a RETURN in a synthetic function body... see evalSource.

import { type Ref, NULL } from './heap.ts';
import type { Runtime } from './runtime.ts';
import { TS_FRAME } from './runtime.ts';
import type { NativeFn } from './type-slots.ts';
import { typeError, raise } from './errors.ts';
import { isInstance, typeName, callObject } from './abstract.ts';
import { F_GLOBALS, F_LOCALS } from './frame.ts';
import { dictGetStr, dictSet, dictDel } from './objects/dict-core.ts';
import { tupleLen, tupleGet } from './objects/tuple-core.ts';
import { evalCodeNested } from './eval.ts';
import { loadCode } from './code-object.ts';
import { buildClass } from './objects/user-class.ts';
import { importName } from './import.ts';
import { splitKw } from './builtins-fns.ts';
import { compileToCode, EVAL_RESULT } from './compile-bridge.ts';
import { R_BUILTINS_MODULE } from './vm-state.ts';

function callerFrame(rt: Runtime): Ref { return rt.heap.i32[(rt.ts >> 2) + TS_FRAME] as Ref; }

function namespaces(rt: Runtime, fname: string, g: Ref | undefined, l: Ref | undefined): [Ref, Ref] {
  const f = callerFrame(rt);
  let globals = g === undefined || g === rt.none ? NULL : g;
  let locals = l === undefined || l === rt.none ? NULL : l;
  if (globals !== NULL && !isInstance(rt, globals, rt.types.dict)) {
    typeError(rt, `${fname}() globals must be a dict, not ${typeName(rt, globals)}`);
  }
  if (globals === NULL) {
    globals = rt.heap.i32[(f >> 2) + F_GLOBALS] as Ref;
    if (locals === NULL) {
      locals = rt.heap.i32[(f >> 2) + F_LOCALS] as Ref;
      if (locals === NULL) locals = globals;
    }
  } else if (locals === NULL) locals = globals;
  if (dictGetStr(rt, globals, rt.intern('__builtins__')) === NULL) {
    dictSet(rt, globals, rt.intern('__builtins__'), builtinsModule(rt));
  }
  return [globals, locals];
}

function builtinsModule(rt: Runtime): Ref { return rt.root(R_BUILTINS_MODULE); }

function codeOf(rt: Runtime, fname: string, src: Ref, mode: 'exec' | 'eval'): Ref {
  if (rt.typeOf(src) === rt.types.code) return src;
  if (!isInstance(rt, src, rt.types.str)) {
    typeError(rt, `${fname}() arg 1 must be a string, bytes or code object`);
  }
  // eval() (not compile()) skips leading blanks and tabs (bltinmodule.c builtin_eval_impl).
  const text = fname === 'eval' ? rt.jsStr(src).replace(/^[ \t]+/, '') : rt.jsStr(src);
  return compileToCode(rt, text, '<string>', mode, true);
}

const exec: NativeFn = (rt, _s, args, kwnames) => {
  const [pos, kw] = splitKw(rt, args, kwnames);
  if (pos.length < 1) typeError(rt, 'exec expected at least 1 argument, got 0');
  const [g, l] = namespaces(rt, 'exec', pos[1] ?? kw.get('globals'), pos[2] ?? kw.get('locals'));
  evalCodeNested(rt, codeOf(rt, 'exec', pos[0], 'exec'), g, l);
  return rt.none;
};

const evalFn: NativeFn = (rt, _s, args, kwnames) => {
  const [pos, kw] = splitKw(rt, args, kwnames);
  if (pos.length < 1) typeError(rt, 'eval expected at least 1 argument, got 0');
  const [g, l] = namespaces(rt, 'eval', pos[1] ?? kw.get('globals'), pos[2] ?? kw.get('locals'));
  const code = codeOf(rt, 'eval', pos[0], 'eval');
  const r = evalCodeNested(rt, code, g, l);
  // compile-bridge's eval mode stores the value under EVAL_RESULT in the locals mapping.
  const key = rt.intern(EVAL_RESULT);
  const v = rt.typeOf(l) === rt.types.dict ? dictGetStr(rt, l, key) : NULL;
  if (v === NULL) return r;
  dictDel(rt, l, key);
  return v;
};

const compile: NativeFn = (rt, _s, args, kwnames) => {
  const [pos, kw] = splitKw(rt, args, kwnames);
  const src = pos[0] ?? kw.get('source'), filename = pos[1] ?? kw.get('filename'), mode = pos[2] ?? kw.get('mode');
  if (src === undefined || filename === undefined || mode === undefined) typeError(rt, "compile() missing required argument 'source' (pos 1)");
  const m = rt.jsStr(mode!);
  if (m !== 'exec' && m !== 'eval' && m !== 'single') raise(rt, rt.types.ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
  return compileToCode(rt, rt.jsStr(src!), rt.jsStr(filename!), m === 'eval' ? 'eval' : 'exec', true);
};

const buildClassFn: NativeFn = (rt, _s, args, kwnames) => buildClass(rt, args, kwnames);

const importFn: NativeFn = (rt, _s, args, kwnames) => {
  const [pos, kw] = splitKw(rt, args, kwnames);
  const name = pos[0] ?? kw.get('name');
  if (name === undefined) typeError(rt, "__import__() missing required argument 'name' (pos 1)");
  const globals = pos[1] ?? kw.get('globals') ?? rt.none;
  const fromlist = pos[3] ?? kw.get('fromlist') ?? rt.none;
  const level = pos[4] ?? kw.get('level') ?? ((0 << 1) | 1) as Ref;
  const g = globals === rt.none ? rt.heap.i32[(callerFrame(rt) >> 2) + F_GLOBALS] as Ref : globals;
  return importName(rt, name!, g, fromlist, level);
};

export const BUILTIN_EXEC_FNS: Record<string, NativeFn> = {
  exec, eval: evalFn, compile, __build_class__: buildClassFn, __import__: importFn,
};

void [dictDel, tupleLen, tupleGet, callObject, loadCode];
