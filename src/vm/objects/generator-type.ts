// The Python face of generators, coroutines and async generators (CPython
// Objects/genobject.c): iteration, send / throw / close, gi_* / cr_* attributes, repr.
// Resumption itself is the eval loop's (eval.ts genResumeNested). `g.send(v)` and
// `g.throw(e)` written in Python (what an asyncio Task does at every step) resume g in the
// caller's eval loop instead of a nested one (TAILCALL), so a blocking call inside the
// generator or coroutine (time.sleep in a coroutine) blocks the thread at top level, where
// every platform can wait, the virtual one included.

import { type Ref, NULL } from '../heap.ts';
import type { Runtime } from '../runtime.ts';
import { registerType } from '../registry.ts';
import type { NativeFn, TypeSlots, GetSet } from '../type-slots.ts';
import { PyError, typeError, raise } from '../errors.ts';
import { callObject, isType, isInstance, addressString, getAttrOpt } from '../abstract.ts';
import { decodeCode } from '../code-object.ts';
import { F_CODE, F_LASTI, F_LOCALSPLUS, F_SP, F_BACK } from '../frame.ts';
import { TS_FRAME, TS_RECURSION, TS_EXC_INFO } from '../runtime.ts';
import { lookupType } from '../type-object.ts';
import { BF_SELF, BF_NAME } from './descriptors.ts';
import { genEnter, setTailFrame, lastGenReturn } from '../eval-support.ts';
import { recursionLimit } from '../vm-state.ts';
import { OP } from '../../python/opcodes.ts';
import { isGenLike, GEN_FRAME, GEN_NAME, GEN_QUALNAME, GEN_STATE, GEN_CODE, GEN_EXC, GEN_OUTER_EXC, GS_CREATED, GS_RUNNING, GS_CLOSED, genTraverse } from './generator.ts';
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

/** Whether the running frame is executing `CALL` of g's own method `name` with g as self
 *  (`coro.send(None)` in Python code): the one caller whose eval loop continues in a frame
 *  handed back with setTailFrame. Any other caller (a native, a bound method object) gets
 *  the nested resumption. */
function calledInline(rt: Runtime, g: Ref, name: string): boolean {
  const i32 = rt.heap.i32;
  const f = i32[(rt.ts >> 2) + TS_FRAME] as Ref;
  if (f === NULL) return false;
  const fw = f >> 2;
  const d = decodeCode(rt, i32[fw + F_CODE] as Ref);
  const ip = i32[fw + F_LASTI];
  if (ip < 1) return false;
  const w = d.code[ip - 1]!;
  if ((w & 0xff) !== OP.CALL) return false;
  const base = fw + F_LOCALSPLUS + d.nlocalsplus + i32[fw + F_SP] - (w >>> 8) - 2;
  const callable = i32[base] as Ref;
  if (i32[base + 1] === g) return callable === lookupType(rt, rt.typeOf(g), rt.intern(name));
  // LOAD_ATTR of a builtin method pushes it bound (builtin_function_or_method) and NULL.
  return i32[base + 1] === NULL && (callable & 1) === 0 && rt.typeOf(callable) === rt.types.builtin_function_or_method &&
    i32[(callable >> 2) + BF_SELF] === g && rt.jsStr(i32[(callable >> 2) + BF_NAME] as Ref) === name;
}

/** Enter suspended generator `g` (waiting in `yield from` / `await`) on the way down to the
 *  generator it delegates to, positioned as if executing its SEND: what the delegate yields
 *  is yielded on by g, what it returns ends g's SEND, what it raises unwinds from g's SEND
 *  (equivalent to CPython raising it at the YIELD_VALUE, whose CLEANUP_THROW re-raises
 *  anything but StopIteration, which cannot leave a generator frame). Frame layout of an
 *  await: SEND, YIELD_VALUE, RESUME 2|3; the suspended frame sits at the RESUME with the
 *  delegate on top of its stack, as during SEND. Returns false if g is not laid out so. */
function enterDelegating(rt: Runtime, g: Ref, back: Ref): boolean {
  const i32 = rt.heap.i32, gw = g >> 2, tw = rt.ts >> 2;
  const f = i32[gw + GEN_FRAME] as Ref, fw = f >> 2;
  const d = decodeCode(rt, i32[fw + F_CODE] as Ref);
  const ip = i32[fw + F_LASTI];
  if (ip < 2 || (d.code[ip - 2]! & 0xff) !== OP.SEND || (d.code[ip - 1]! & 0xff) !== OP.YIELD_VALUE) return false;
  const depth = i32[tw + TS_RECURSION] + 1;
  if (depth > recursionLimit(rt)) raise(rt, rt.types.RecursionError, 'maximum recursion depth exceeded');
  i32[tw + TS_RECURSION] = depth;
  i32[fw + F_LASTI] = ip - 1;
  i32[fw + F_BACK] = back;
  i32[tw + TS_FRAME] = f;
  i32[gw + GEN_STATE] = GS_RUNNING;
  const outer = i32[tw + TS_EXC_INFO]!;
  i32[gw + GEN_OUTER_EXC] = outer;
  if (i32[gw + GEN_EXC] !== NULL) i32[tw + TS_EXC_INFO] = i32[gw + GEN_EXC]!;
  return true;
}

/** g.throw(exc) from Python code, resumed in the caller's loop: the chain of generators g
 *  delegates to is entered down to the innermost one, into which exc is thrown (CPython
 *  _gen_throw recurses down the same chain). NULL when the chain has a delegate that is not
 *  a generator (its own throw() must be called) or exc is GeneratorExit (close semantics). */
function throwInline(rt: Runtime, g: Ref, exc: Ref): Ref {
  if (isInstance(rt, exc, rt.types.GeneratorExit)) return NULL;
  const chain = [g];
  for (let yf = delegate(rt, g); yf !== NULL; yf = delegate(rt, yf)) {
    if (!isGenLike(rt, yf) || rt.typeOf(yf) === rt.types.async_generator) return NULL;
    chain.push(yf);
  }
  const i32 = rt.heap.i32;
  for (let k = 0; k < chain.length - 1; k++) {
    const d = decodeCode(rt, i32[(i32[(chain[k]! >> 2) + GEN_FRAME]! >> 2) + F_CODE] as Ref);
    const ip = i32[(i32[(chain[k]! >> 2) + GEN_FRAME]! >> 2) + F_LASTI]!;
    if (ip < 2 || (d.code[ip - 2]! & 0xff) !== OP.SEND) return NULL;
  }
  let back = i32[(rt.ts >> 2) + TS_FRAME] as Ref;
  for (let k = 0; k < chain.length - 1; k++) {
    enterDelegating(rt, chain[k]!, back);
    back = i32[(chain[k]! >> 2) + GEN_FRAME] as Ref;
  }
  const f = genEnter(rt, chain[chain.length - 1]!, rt.none, exc, back);
  return setTailFrame(f);
}

function send(rt: Runtime, g: Ref, v: Ref): Ref {
  if (calledInline(rt, g, 'send')) {
    const f = genEnter(rt, g, v, NULL, rt.heap.i32[(rt.ts >> 2) + TS_FRAME] as Ref);
    if (f !== NULL) return setTailFrame(f);
    const ret = lastGenReturn(rt);
    throw new PyError(newExceptionObject(rt, rt.types.StopIteration, ret === rt.none ? [] : [ret]));
  }
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
  if (calledInline(rt, g, 'throw')) {
    const r = throwInline(rt, g, exc);
    if (r !== NULL) return r;
  }
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
  if (kind === 'coroutine') methods.__await__ = (rt, g) => newCoroutineWrapper(rt, g);
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

// coroutine.__await__() returns a coroutine_wrapper (CPython Objects/genobject.c): an
// iterator over the coroutine, so a plain generator can `yield from coro.__await__()` (a
// class's __await__ delegating to a coroutine), which `yield from coro` itself forbids.
const CW_CORO = 2;
function newCoroutineWrapper(rt: Runtime, coro: Ref): Ref {
  const w = rt.heap.alloc(rt.typeFor('coroutine_wrapper'), 16);
  rt.heap.i32[(w >> 2) + CW_CORO] = coro;
  return w;
}
function wrapperNext(rt: Runtime, w: Ref, v: Ref): Ref {
  const r = genResumeNested(rt, field(rt, w, CW_CORO), v);
  if (r.yielded) return r.value;
  if (r.value === rt.none) return NULL;
  throw new PyError(newExceptionObject(rt, rt.types.StopIteration, [r.value]));
}
registerType({
  key: 'coroutine_wrapper', name: 'coroutine_wrapper', basicsize: 16,
  slots: {
    traverse(rt, w, visit) { visit(field(rt, w, CW_CORO)); },
    iter: (_rt, w) => w,
    next: (rt, w) => wrapperNext(rt, w, rt.none),
  },
  methods: {
    send(rt, w, args) {
      if (args.length !== 1) typeError(rt, `send() takes exactly one argument (${args.length} given)`);
      const r = wrapperNext(rt, w, args[0]!);
      if (r === NULL) throw new PyError(newExceptionObject(rt, rt.types.StopIteration, []));
      return r;
    },
    throw(rt, w, args) { return throwInto(rt, field(rt, w, CW_CORO), makeThrown(rt, args)); },
    close(rt, w) { return close(rt, field(rt, w, CW_CORO), 'coroutine'); },
  },
});

common('generator', 'gi');
common('coroutine', 'cr');
// async_generator: async-generator.ts
void isType;
