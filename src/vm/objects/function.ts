// The function object: a code object plus the globals, defaults, closure and names it was
// created with (CPython Objects/funcobject.c). MAKE_FUNCTION / SET_FUNCTION_ATTRIBUTE build
// it; calling it from Python pushes a frame in the running eval loop (eval.ts), calling it
// from native code (its `call` slot) runs a nested eval loop until the frame returns.

import { type Ref, NULL } from '../heap.ts';
import type { Runtime } from '../runtime.ts';
import { registerType } from '../registry.ts';
import { TF_METHOD_DESCRIPTOR, TF_BASETYPE } from '../type-layout.ts';
import { CO_NAME, CO_QUALNAME, CO_DOC } from '../code-object.ts';
import { newDict, dictGetStr, dictSet, dictDel } from './dict-core.ts';
import { genericGetAttr, genericSetAttr } from '../type-object.ts';
import { raise } from '../errors.ts';
import { addressString, attributeError } from '../abstract.ts';
import { newMethod } from './method.ts';
import { callFunctionNested } from '../eval.ts';

export const FN_CODE = 2;
export const FN_GLOBALS = 3;
export const FN_BUILTINS = 4;
export const FN_NAME = 5;
export const FN_QUALNAME = 6;
export const FN_DEFAULTS = 7;    // tuple or NULL
export const FN_KWDEFAULTS = 8;  // dict or NULL
export const FN_CLOSURE = 9;     // tuple of cells or NULL
export const FN_DOC = 10;
export const FN_DICT = 11;       // dict or NULL (function attributes)
export const FN_ANNOTATIONS = 12;// dict or NULL
export const FN_MODULE = 13;
export const FN_WORDS = 14;
export const FUNCTION_BYTES = FN_WORDS * 4;

const REF_WORDS = [FN_CODE, FN_GLOBALS, FN_BUILTINS, FN_NAME, FN_QUALNAME, FN_DEFAULTS, FN_KWDEFAULTS, FN_CLOSURE, FN_DOC, FN_DICT, FN_ANNOTATIONS, FN_MODULE];

export function newFunction(rt: Runtime, code: Ref, globals: Ref, builtins: Ref): Ref {
  const f = rt.heap.alloc(rt.types.function, FUNCTION_BYTES);
  const i32 = rt.heap.i32, w = f >> 2, cw = code >> 2;
  i32[w + FN_CODE] = code;
  i32[w + FN_GLOBALS] = globals;
  i32[w + FN_BUILTINS] = builtins;
  i32[w + FN_NAME] = i32[cw + CO_NAME];
  i32[w + FN_QUALNAME] = i32[cw + CO_QUALNAME];
  i32[w + FN_DOC] = i32[cw + CO_DOC] || rt.none;
  const mod = dictGetStr(rt, globals, rt.intern('__name__'));
  i32[w + FN_MODULE] = mod === NULL ? rt.none : mod;
  return f;
}

export const fnGet = (rt: Runtime, f: Ref, word: number): Ref => rt.heap.i32[(f >> 2) + word] as Ref;
export const fnSet = (rt: Runtime, f: Ref, word: number, v: Ref): void => { rt.heap.i32[(f >> 2) + word] = v; };

function fnDict(rt: Runtime, f: Ref): Ref {
  let d = fnGet(rt, f, FN_DICT);
  if (d === NULL) { d = newDict(rt); fnSet(rt, f, FN_DICT, d); }
  return d;
}

const orNone = (rt: Runtime, r: Ref): Ref => (r === NULL ? rt.none : r);
const field = (word: number, settable: 'any' | 'str' | 'tuple' | 'dict' | 'none' = 'none') => ({
  get: (rt: Runtime, f: Ref) => orNone(rt, fnGet(rt, f, word)),
  set: settable === 'none' ? undefined : (rt: Runtime, f: Ref, v: Ref) => {
    if (v === NULL) {
      if (settable === 'str') raise(rt, rt.types.TypeError, 'cannot delete attribute');
      fnSet(rt, f, word, NULL);
      return;
    }
    if (settable === 'str' && rt.typeOf(v) !== rt.types.str) raise(rt, rt.types.TypeError, '__name__ must be set to a string object');
    fnSet(rt, f, word, (settable === 'tuple' || settable === 'dict') && v === rt.none ? NULL : v);
  },
});

const GETSETS = {
  __code__: field(FN_CODE, 'any'),
  __globals__: field(FN_GLOBALS),
  __builtins__: field(FN_BUILTINS),
  __name__: field(FN_NAME, 'str'),
  __qualname__: field(FN_QUALNAME, 'str'),
  __defaults__: field(FN_DEFAULTS, 'tuple'),
  __kwdefaults__: field(FN_KWDEFAULTS, 'dict'),
  __closure__: field(FN_CLOSURE),
  __doc__: field(FN_DOC, 'any'),
  __module__: field(FN_MODULE, 'any'),
  __annotations__: {
    get: (rt: Runtime, f: Ref) => { let a = fnGet(rt, f, FN_ANNOTATIONS); if (a === NULL) { a = newDict(rt); fnSet(rt, f, FN_ANNOTATIONS, a); } return a; },
    set: (rt: Runtime, f: Ref, v: Ref) => fnSet(rt, f, FN_ANNOTATIONS, v),
  },
  __dict__: { get: (rt: Runtime, f: Ref) => fnDict(rt, f), set: (rt: Runtime, f: Ref, v: Ref) => fnSet(rt, f, FN_DICT, v) },
};

registerType({
  key: 'function',
  name: 'function',
  basicsize: FUNCTION_BYTES,
  flags: TF_METHOD_DESCRIPTOR,
  slots: {
    traverse(rt, f, visit) {
      for (const k of REF_WORDS) { const r = fnGet(rt, f, k); if (r !== NULL) visit(r); }
    },
    call(rt, f, args, kwnames) { return callFunctionNested(rt, f, args, kwnames); },
    descrGet(rt, f, obj) { return obj === NULL ? f : newMethod(rt, f, obj); },
    repr(rt, f) { return rt.newStr(`<function ${rt.jsStr(fnGet(rt, f, FN_QUALNAME))} at ${addressString(f)}>`); },
    getattro(rt, f, name) {
      const d = fnGet(rt, f, FN_DICT);
      if (d !== NULL) {
        const v = dictGetStr(rt, d, name);
        if (v !== NULL) return v;
      }
      return genericGetAttr(rt, f, name);
    },
    setattro(rt, f, name, v) {
      const n = rt.jsStr(name);
      if (n.startsWith('__') && n in GETSETS) { genericSetAttr(rt, f, name, v); return; }
      if (v === NULL) {
        const d = fnGet(rt, f, FN_DICT);
        if (d === NULL || !dictDel(rt, d, name)) attributeError(rt, f, name);
        return;
      }
      dictSet(rt, fnDict(rt, f), name, v);
    },
  },
  getsets: GETSETS,
});

void TF_BASETYPE;
void CO_NAME;
