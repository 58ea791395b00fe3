// The Python face of generators, coroutines and async generators (CPython
// Objects/genobject.c): iteration, send / throw / close, gi_* / cr_* attributes, repr.
// Resumption itself is the eval loop's (eval.ts genResumeNested).

import { type Ref, NULL } from '../heap.ts';
import type { Runtime } from '../runtime.ts';
import { registerType } from '../registry.ts';
import type { NativeFn, TypeSlots, GetSet } from '../type-slots.ts';
import { PyError, typeError, raise } from '../errors.ts';
import { callObject, isType, isInstance, addressString, getAttrOpt } from '../abstract.ts';
import { decodeCode } from '../code-object.ts';
import { F_CODE, F_LASTI, F_LOCALSPLUS, F_SP } from '../frame.ts';
import { OP } from '../../python/opcodes.ts';
import { isGenLike, GEN_FRAME, GEN_NAME, GEN_QUALNAME, GEN_STATE, GEN_CODE, GS_CREATED, GS_RUNNING, GS_CLOSED, genTraverse } from './generator.ts';
import { genResumeNested } from '../eval.ts';
import { newExceptionObject } from './exceptions.ts';
import { isBaseExcType, isBaseExcInstance, setExcTraceback } from '../exc-util.ts';

const field = (rt: Runtime, g: Ref, k: number): Ref => rt.heap.i32[(g >> 2) + k] as Ref;

/** next(g): the next value, or NULL when it returns (StopIteration absorbed). */
function genNext(rt: Runtime, g: Ref): Ref {
  const r = genResumeNested(rt, g, rt.none);
  if (r.yielded) return r.value;
  lastReturn = r.value;
  return NULL;
}

/** The return value of the generator that last finished under next() (tp_iternext returns
 *  NULL; builtin next() turns it into StopIteration(value) as CPython's gen_iternext does). */
let lastReturn: Ref = NULL;
export function takeGenReturn(rt: Runtime): Ref { const v = lastReturn; lastReturn = NULL; return v === NULL ? rt.none : v; }

function send(rt: Runtime, g: Ref, v: Ref): Ref {
  const r = genResumeNested(rt, g, v);
  if (r.yielded) return r.value;
  throw new PyError(newExceptionObject(rt, rt.types.StopIteration, r.value === rt.none ? [] : [r.value]));
}

function makeThrown(rt: Runtime, args: Ref[]): Ref {
  if (args.length < 1 || args.length > 3) typeError(rt, `throw expected at least 1 argument, got ${args.length}`);
  const [typ, val, tb] = args;
  let exc: Ref;
  if (isBaseExcType(rt, typ)) {
    if (val === undefined || val === rt.none) exc = callObject(rt, typ, []);
    else if (isInstance(rt, val, typ)) exc = val;
    else exc = callObject(rt, typ, [val]);
  } else if (isBaseExcInstance(rt, typ)) {
    if (val !== undefined && val !== rt.none) typeError(rt, 'instance exception may not have a separate value');
    exc = typ;
  } else {
    return typeError(rt, `exceptions must be classes or instances deriving from BaseException, not ${rt.jsStr(callObject(rt, rt.types.str, [callObject(rt, rt.types.type, [typ])])).replace(/^<class '(.*)'>$/, '$1')}`);
  }
  if (tb !== undefined && tb !== rt.none) setExcTraceback(rt, exc, tb);
  return exc;
}

/** The iterator g is delegating to (suspended inside `yield from` / `await`), or NULL:
 *  CPython _PyGen_yf. The frame then sits before a RESUME 2/3 with the receiver on top. */
function delegate(rt: Runtime, g: Ref): Ref {
  const i32 = rt.heap.i32;
  if (i32[(g >> 2) + GEN_STATE] !== 1) return NULL;
  const f = i32[(g >> 2) + GEN_FRAME] as Ref;
  const d = decodeCode(rt, i32[(f >> 2) + F_CODE] as Ref);
  const ip = i32[(f >> 2) + F_LASTI];
  if (ip >= d.code.length) return NULL;
  const w = d.code[ip];
  if ((w & 0xff) !== OP.RESUME || (w >>> 8) < 2) return NULL;
  const sp = (f >> 2) + F_LOCALSPLUS + d.nlocalsplus + i32[(f >> 2) + F_SP];
  return i32[sp - 1] as Ref;
}

function throwInto(rt: Runtime, g: Ref, exc: Ref): Ref {
  // CPython _gen_throw: a generator suspended in `yield from` passes the exception down first.
  const yf = delegate(rt, g);
  if (yf !== NULL) {
    let raised: Ref = NULL;
    try {
      if (isGenLike(rt, yf)) {
        if (isInstance(rt, exc, rt.types.GeneratorExit)) close(rt, yf, 'generator');
        else {
          return throwInto(rt, yf, exc); // raises StopIteration (caught below) when yf ends
        }
      } else if (!isInstance(rt, exc, rt.types.GeneratorExit)) {
        const meth = getAttrOpt(rt, yf, rt.intern('throw'));
        if (meth !== NULL) return callObject(rt, meth, [exc]);
      }
    } catch (e) {
      if (!(e instanceof PyError)) throw e;
      raised = e.exc;
    }
    if (raised !== NULL) exc = raised;
  }
  const r = genResumeNested(rt, g, rt.none, exc);
  if (r.yielded) return r.value;
  throw new PyError(newExceptionObject(rt, rt.types.StopIteration, r.value === rt.none ? [] : [r.value]));
}

function close(rt: Runtime, g: Ref, kind: string): Ref {
  const st = rt.heap.i32[(g >> 2) + GEN_STATE];
  if (st === GS_CLOSED) return rt.none;
  if (st === GS_CREATED) { rt.heap.i32[(g >> 2) + GEN_STATE] = GS_CLOSED; return rt.none; }
  if (st === GS_RUNNING) raise(rt, rt.types.ValueError, `${kind} already executing`);
  // CPython gen_close: close the iterator we delegate to first (gen_close_iter).
  const yf = delegate(rt, g);
  if (yf !== NULL) {
    if (isGenLike(rt, yf)) close(rt, yf, kind);
    else { const m = getAttrOpt(rt, yf, rt.intern('close')); if (m !== NULL) callObject(rt, m, []); }
  }
  try {
    const r = genResumeNested(rt, g, rt.none, newExceptionObject(rt, rt.types.GeneratorExit, []));
    if (r.yielded) raise(rt, rt.types.RuntimeError, `${kind} ignored GeneratorExit`);
  } catch (e) {
    if (e instanceof PyError && (isInstance(rt, e.exc, rt.types.GeneratorExit) || isInstance(rt, e.exc, rt.types.StopIteration))) return rt.none;
    throw e;
  }
  return rt.none;
}

function common(kind: 'generator' | 'coroutine' | 'async_generator', prefix: 'gi' | 'cr' | 'ag') {
  const label = kind === 'async_generator' ? 'async generator' : kind;
  const slots: TypeSlots = {
    traverse: genTraverse,
    repr(rt, g) { return rt.newStr(`<${kind} object ${rt.jsStr(field(rt, g, GEN_QUALNAME))} at ${addressString(g)}>`); },
  };
  if (kind === 'generator') {
    slots.iter = (_rt, g) => g;
    slots.next = genNext;
  }
  const methods: Record<string, NativeFn> = {
    send(rt, g, args) { if (args.length !== 1) typeError(rt, `${kind}.send() takes exactly one argument (${args.length} given)`); return send(rt, g, args[0]); },
    throw(rt, g, args) { return throwInto(rt, g, makeThrown(rt, args)); },
    close(rt, g) { return close(rt, g, label); },
  };
  if (kind === 'coroutine') methods.__await__ = (rt, g) => g;
  const getsets: Record<string, GetSet> = {
    __name__: { get: (rt, g) => field(rt, g, GEN_NAME), set: (rt, g, v) => { rt.heap.i32[(g >> 2) + GEN_NAME] = v; } },
    __qualname__: { get: (rt, g) => field(rt, g, GEN_QUALNAME), set: (rt, g, v) => { rt.heap.i32[(g >> 2) + GEN_QUALNAME] = v; } },
    [`${prefix}_frame`]: { get: (rt, g) => (rt.heap.i32[(g >> 2) + GEN_STATE] === GS_CLOSED ? rt.none : field(rt, g, GEN_FRAME)) },
    [`${prefix}_running`]: { get: (rt, g) => rt.bool(rt.heap.i32[(g >> 2) + GEN_STATE] === GS_RUNNING) },
    [`${prefix}_code`]: { get: (rt, g) => field(rt, g, GEN_CODE) },
    [`${prefix}_suspended`]: { get: (rt, g) => rt.bool(rt.heap.i32[(g >> 2) + GEN_STATE] === 1) },
  };
  registerType({ key: kind, name: kind, basicsize: 48, slots, methods, getsets });
}

common('generator', 'gi');
common('coroutine', 'cr');
// async_generator: async-generator.ts
void isType;
