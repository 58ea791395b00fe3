// Access to an exception's traceback / context / cause for the eval loop and the traceback
// printer, and `raise` argument normalisation (CPython Python/ceval.c do_raise).
// Thin wrappers over exceptions.ts's accessors that read None as NULL.

import { type Ref, NULL } from './heap.ts';
import type { Runtime } from './runtime.ts';
import { typeError, PyError } from './errors.ts';
import { callObject, isType, typeName } from './abstract.ts';
import { T_FLAGS, TF_BASE_EXC_SUBCLASS } from './type-layout.ts';

import * as X from './objects/exceptions.ts';

const nn = (rt: Runtime, r: Ref): Ref => (r === rt.none ? NULL : r);

export const excTraceback = (rt: Runtime, e: Ref): Ref => nn(rt, X.excTraceback(rt, e));
export const setExcTraceback = (rt: Runtime, e: Ref, tb: Ref): void => X.setExcTraceback(rt, e, tb);
export const excContext = (rt: Runtime, e: Ref): Ref => nn(rt, X.excContext(rt, e));
export const setExcContext = (rt: Runtime, e: Ref, c: Ref): void => X.setExcContext(rt, e, c);
export const excCause = (rt: Runtime, e: Ref): Ref => nn(rt, X.excCause(rt, e));
/** `raise e from c`: __cause__ = c (NULL for None) and __suppress_context__ = True. */
export function setExcCause(rt: Runtime, e: Ref, c: Ref): void { X.setExcCause(rt, e, nn(rt, c)); }
export function excSuppressContext(rt: Runtime, e: Ref): boolean { return X.excSuppressContext(rt, e); }
export function excArgs(rt: Runtime, e: Ref): Ref { return X.excArgs(rt, e); }

export function isBaseExcType(rt: Runtime, t: Ref): boolean {
  return isType(rt, t) && (rt.heap.i32[(t >> 2) + T_FLAGS] & TF_BASE_EXC_SUBCLASS) !== 0;
}
export function isBaseExcInstance(rt: Runtime, o: Ref): boolean {
  return (o & 1) === 0 && o !== NULL && (rt.heap.i32[(rt.typeOf(o) >> 2) + T_FLAGS] & TF_BASE_EXC_SUBCLASS) !== 0;
}

/** The exception object `raise v` raises. */
export function normalizeRaise(rt: Runtime, v: Ref): Ref {
  if (isBaseExcType(rt, v)) {
    const e = callObject(rt, v, []);
    if (!isBaseExcInstance(rt, e)) {
      typeError(rt, `calling ${rt.jsStr(callObject(rt, rt.types.str, [v]))} should have returned an instance of BaseException, not ${typeName(rt, e)}`);
    }
    return e;
  }
  if (isBaseExcInstance(rt, v)) return v;
  return typeError(rt, 'exceptions must derive from BaseException');
}

void PyError;
