// Async generators (PEP 525; CPython Objects/genobject.c async_gen_*): the async_generator
// type with __aiter__ / __anext__ / asend / athrow / aclose, and the awaitables those return
// (async_generator_asend, async_generator_athrow). A value the body yields is wrapped by
// INTRINSIC_ASYNC_GEN_WRAP (async_generator_wrapped_value) so that it can be told apart
// from a value an `await` inside the body passes through to the event loop: the first
// finishes the awaitable with StopIteration(value), the second is yielded onwards.

import { type Ref, NULL } from '../heap.ts';
import type { Runtime } from '../runtime.ts';
import { registerType } from '../registry.ts';
import type { NativeFn } from '../type-slots.ts';
import { PyError, typeError, raise, raiseWith } from '../errors.ts';
import { isInstance, addressString, callObject } from '../abstract.ts';
import { GEN_QUALNAME, GEN_STATE, GS_CLOSED, GS_CREATED, GEN_FRAME, GEN_CODE, genTraverse, GS_RUNNING } from './generator.ts';
import { genResumeNested } from '../eval.ts';
import { newExceptionObject } from './exceptions.ts';
import { isBaseExcType, isBaseExcInstance } from '../exc-util.ts';

const WV_VALUE = 2;
const AW_GEN = 2, AW_VAL = 3, AW_STATE = 4, AW_KIND = 5; // kind: 0 asend, 1 athrow, 2 aclose
const AW_BYTES = 24;

export function wrapAsyncGenValue(rt: Runtime, v: Ref): Ref {
  const w = rt.heap.alloc(rt.typeFor('async_generator_wrapped_value'), 16);
  rt.heap.i32[(w >> 2) + WV_VALUE] = v;
  return w;
}

function unwrap(rt: Runtime, v: Ref): Ref | null {
  if ((v & 1) !== 0 || v === NULL) return null;
  if (rt.heap.i32[v >> 2] !== rt.typeFor('async_generator_wrapped_value')) return null;
  return rt.heap.i32[(v >> 2) + WV_VALUE] as Ref;
}

registerType({
  key: 'async_generator_wrapped_value', name: 'async_generator_wrapped_value', basicsize: 16,
  slots: { traverse(rt, w, visit) { visit(rt.heap.i32[(w >> 2) + WV_VALUE] as Ref); } },
});

function newAwaitable(rt: Runtime, ag: Ref, val: Ref, kind: number): Ref {
  const a = rt.heap.alloc(rt.typeFor(kind === 0 ? 'async_generator_asend' : 'async_generator_athrow'), AW_BYTES);
  const i32 = rt.heap.i32, w = a >> 2;
  i32[w + AW_GEN] = ag;
  i32[w + AW_VAL] = val;
  i32[w + AW_KIND] = kind;
  return a;
}

/** One step of the async generator under awaitable `a`: value sent or exception thrown. */
function step(rt: Runtime, a: Ref, v: Ref, exc: Ref): Ref {
  const i32 = rt.heap.i32, w = a >> 2;
  if (i32[w + AW_STATE] === 2) raise(rt, rt.types.RuntimeError, "cannot reuse already awaited __anext__()/asend()");
  const ag = i32[w + AW_GEN] as Ref;
  const kind = i32[w + AW_KIND];
  if (i32[w + AW_STATE] === 0) {
    i32[w + AW_STATE] = 1;
    if (kind === 0) { if (v === rt.none && exc === NULL) v = i32[w + AW_VAL] as Ref; }
    else if (exc === NULL) {
      // athrow / aclose: throw on the first step.
      const st = i32[(ag >> 2) + GEN_STATE];
      if (st === GS_CLOSED || (st === GS_CREATED && kind === 2)) {
        i32[(ag >> 2) + GEN_STATE] = GS_CLOSED;
        i32[w + AW_STATE] = 2;
        if (kind === 2) raiseWith(rt, rt.types.StopIteration, []);
        throw new PyError(i32[w + AW_VAL] as Ref);
      }
      exc = kind === 2 ? newExceptionObject(rt, rt.types.GeneratorExit, []) : i32[w + AW_VAL] as Ref;
    }
  }
  if (i32[(ag >> 2) + GEN_STATE] === GS_CLOSED && exc === NULL) {
    i32[w + AW_STATE] = 2;
    raise(rt, rt.types.StopAsyncIteration);
  }
  let r;
  try {
    r = genResumeNested(rt, ag, v, exc);
  } catch (e) {
    i32[w + AW_STATE] = 2;
    if (kind === 2 && e instanceof PyError && (isInstance(rt, e.exc, rt.types.GeneratorExit) || isInstance(rt, e.exc, rt.types.StopAsyncIteration))) {
      raiseWith(rt, rt.types.StopIteration, []);
    }
    throw e;
  }
  if (!r.yielded) {
    i32[w + AW_STATE] = 2;
    if (kind === 2) raiseWith(rt, rt.types.StopIteration, []);
    raise(rt, rt.types.StopAsyncIteration);
  }
  const u = unwrap(rt, r.value);
  if (u === null) return r.value; // an await inside the body: pass it on
  i32[w + AW_STATE] = 2;
  if (kind === 2) raise(rt, rt.types.RuntimeError, 'async generator ignored GeneratorExit');
  return raiseWith(rt, rt.types.StopIteration, [u]);
}

function thrownFrom(rt: Runtime, args: Ref[]): Ref {
  const [typ, val] = args;
  if (isBaseExcType(rt, typ)) return val === undefined || val === rt.none ? callObject(rt, typ, []) : callObject(rt, typ, [val]);
  if (isBaseExcInstance(rt, typ)) return typ;
  return typeError(rt, 'exceptions must be classes or instances deriving from BaseException');
}

const awaitableMethods: Record<string, NativeFn> = {
  send(rt, a, args) { return step(rt, a, args[0] ?? rt.none, NULL); },
  throw(rt, a, args) { return step(rt, a, rt.none, thrownFrom(rt, args)); },
  close(rt, a) { rt.heap.i32[(a >> 2) + AW_STATE] = 2; return rt.none; },
  __await__(_rt, a) { return a; },
};
for (const key of ['async_generator_asend', 'async_generator_athrow']) {
  registerType({
    key, name: key, basicsize: AW_BYTES,
    slots: {
      iter: (_rt, a) => a,
      next: (rt, a) => step(rt, a, rt.none, NULL),
      traverse(rt, a, visit) { for (const k of [AW_GEN, AW_VAL]) { const v = rt.heap.i32[(a >> 2) + k] as Ref; if (v !== NULL) visit(v); } },
      repr(rt, a) { return rt.newStr(`<${key} object at ${addressString(a)}>`); },
    },
    methods: awaitableMethods,
  });
}

registerType({
  key: 'async_generator', name: 'async_generator', basicsize: 48,
  slots: {
    traverse: genTraverse,
    repr(rt, g) { return rt.newStr(`<async_generator object ${rt.jsStr(rt.heap.i32[(g >> 2) + GEN_QUALNAME] as Ref)} at ${addressString(g)}>`); },
  },
  methods: {
    __aiter__: (_rt, g) => g,
    __anext__: (rt, g) => newAwaitable(rt, g, rt.none, 0),
    asend: (rt, g, args) => newAwaitable(rt, g, args[0] ?? rt.none, 0),
    athrow: (rt, g, args) => newAwaitable(rt, g, thrownFrom(rt, args), 1),
    aclose: (rt, g) => newAwaitable(rt, g, rt.none, 2),
  },
  getsets: {
    ag_running: { get: (rt, g) => rt.bool(rt.heap.i32[(g >> 2) + GEN_STATE] === GS_RUNNING) },
    ag_frame: { get: (rt, g) => (rt.heap.i32[(g >> 2) + GEN_STATE] === GS_CLOSED ? rt.none : rt.heap.i32[(g >> 2) + GEN_FRAME] as Ref) },
    ag_code: { get: (rt, g) => rt.heap.i32[(g >> 2) + GEN_CODE] as Ref },
    __name__: { get: (rt, g) => rt.heap.i32[(g >> 2) + 3] as Ref },
    __qualname__: { get: (rt, g) => rt.heap.i32[(g >> 2) + GEN_QUALNAME] as Ref },
  },
});
