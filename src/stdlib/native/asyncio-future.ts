// `_asyncio.Future` and its `__await__` iterator: the native Future that our asyncio
// (src/stdlib/py/asyncio/futures.py) uses in place of its Python class when this module is
// present, as CPython's Lib/asyncio/futures.py does with Modules/_asynciomodule.c. Every task
// step goes through a Future (sleep, locks, queues, gather), so these methods are hot.
//
// Semantics follow CPython 3.11's C Future (learnt from Modules/_asynciomodule.c and
// Lib/asyncio/futures.py; no code taken): a done Future schedules its callbacks with
// loop.call_soon(cb, fut, context=ctx) in registration order; result()/exception() of a
// cancelled Future raise the CancelledError kept by the Task (or a new one carrying the
// cancel message); set_exception rejects StopIteration; the iterator yields the Future once
// (setting _asyncio_future_blocking) and returns its result.
//
// Layout (word offsets after the 8-byte header): FU_* below. Ref fields hold NULL when
// unset; the Python-visible attributes (_state, _result, _loop, _callbacks, ...) are getsets
// over them. Callbacks are a list of (fn, context) tuples, created on first use.
//
// What the Python side supplies (futures.py / tasks.py store them on the module, see
// asyncio-state.ts): the exception classes, copy_context, the event-loop getter, the repr
// helpers and the "exception never retrieved" hook. Calling back into Python for these keeps
// one definition of each behaviour.

import { type Ref, NULL } from '../../vm/heap.ts';
import type { Runtime } from '../../vm/runtime.ts';
import { registerType } from '../../vm/registry.ts';
import { classGetItem } from '../../vm/objects/generic-alias.ts';
import type { GetSet, NativeFn } from '../../vm/type-slots.ts';
import { CompareOp } from '../../vm/type-slots.ts';
import { PyError, typeError, raise } from '../../vm/errors.ts';
import { callObject, isInstance, isSubtype, isTrue, richCompareBool, getAttr, typeName } from '../../vm/abstract.ts';
import { newTuple, tupleGet, tupleLen } from '../../vm/objects/tuple-core.ts';
import { newList, listLen, listGet, listAppend, L_LEN } from '../../vm/objects/list-core.ts';
import { newExceptionObject, setExcTraceback } from '../../vm/objects/exceptions.ts';
import { isBaseExcType, isBaseExcInstance } from '../../vm/exc-util.ts';
import { helper, callSoon, copyContext } from './asyncio-state.ts';

export const FU_LOOP = 2;
export const FU_CALLBACKS = 3;   // list of (fn, context) tuples, or NULL
export const FU_RESULT = 4;
export const FU_EXCEPTION = 5;
export const FU_EXC_TB = 6;
export const FU_STATE = 7;       // raw: ST_*
export const FU_LOG_TB = 8;      // raw: 1 while an exception was set and not retrieved
export const FU_BLOCKING = 9;    // raw: _asyncio_future_blocking
export const FU_CANCEL_MSG = 10;
export const FU_CANCELLED_EXC = 11;
export const FU_SOURCE_TB = 12;
export const FU_DESC = 13;       // what the timeline says a task waits on ('sleep 0.5', 'lock')
export const FU_WORDS = 14;
export const FU_BYTES = FU_WORDS * 4;

export const ST_PENDING = 0;
export const ST_CANCELLED = 1;
export const ST_FINISHED = 2;
const STATE_NAMES = ['PENDING', 'CANCELLED', 'FINISHED'];

export const FUTURE_KEY = '_asyncio.Future';
export const FUTURE_ITER_KEY = '_asyncio.FutureIter';

const w = (o: Ref): number => o >> 2;
export const fget = (rt: Runtime, o: Ref, k: number): Ref => rt.heap.i32[w(o) + k] as Ref;
export const fset = (rt: Runtime, o: Ref, k: number, v: Ref | number): void => { rt.heap.i32[w(o) + k] = v; };
const orNone = (rt: Runtime, r: Ref): Ref => (r === NULL ? rt.none : r);

/** True for instances of the native Future (Task and Python subclasses included). */
export function isNativeFuture(rt: Runtime, o: Ref): boolean {
  if ((o & 1) !== 0 || o === NULL) return false;
  const t = rt.typeOf(o), f = rt.typeFor(FUTURE_KEY);
  return t === f || isSubtype(rt, t, f);
}

function kwOnly(rt: Runtime, fn: string, args: Ref[], kwnames: Ref | null, npos: number, names: string[]): Ref[] {
  const nkw = kwnames !== null && kwnames !== NULL ? tupleLen(rt, kwnames) : 0;
  const given = args.length - nkw;
  if (given !== npos) {
    if (npos === 0) typeError(rt, `${fn}() takes no positional arguments`);
    typeError(rt, `${fn}() takes exactly ${npos} positional argument${npos === 1 ? '' : 's'} (${given} given)`);
  }
  const out: Ref[] = names.map(() => NULL);
  for (let i = 0; i < nkw; i++) {
    const k = rt.jsStr(tupleGet(rt, kwnames!, i));
    const j = names.indexOf(k);
    if (j < 0) typeError(rt, `${fn}() got an unexpected keyword argument '${k}'`);
    out[j] = args[given + i]!;
  }
  return out;
}

/** CPython future_init: the loop given, or the current event loop. */
export function futureInit(rt: Runtime, self: Ref, loop: Ref): void {
  if (loop === NULL || loop === rt.none) loop = callObject(rt, helper(rt, '_get_event_loop'), []);
  fset(rt, self, FU_LOOP, loop);
  fset(rt, self, FU_STATE, ST_PENDING);
  fset(rt, self, FU_CALLBACKS, NULL);
}

function callbacksOf(rt: Runtime, self: Ref): Ref {
  let l = fget(rt, self, FU_CALLBACKS);
  if (l === NULL) {
    l = newList(rt);
    fset(rt, self, FU_CALLBACKS, l);
  }
  return l;
}

/** Hand every callback to loop.call_soon(cb, fut, context=ctx), in order, then forget them. */
export function scheduleCallbacks(rt: Runtime, self: Ref): void {
  const l = fget(rt, self, FU_CALLBACKS);
  if (l === NULL || listLen(rt, l) === 0) return;
  // The list stays reachable from the future while call_soon (Python) runs; a new one is
  // used for callbacks added meanwhile.
  fset(rt, self, FU_CALLBACKS, NULL);
  const loop = fget(rt, self, FU_LOOP);
  const n = listLen(rt, l);
  const mark = rt.rootMark();
  rt.pushRoot(l);
  try {
    for (let i = 0; i < n; i++) {
      const pair = listGet(rt, l, i);
      callSoon(rt, loop, tupleGet(rt, pair, 0), [self], tupleGet(rt, pair, 1));
    }
  } finally {
    rt.rootRelease(mark);
  }
}

export function makeCancelledError(rt: Runtime, self: Ref): Ref {
  const kept = fget(rt, self, FU_CANCELLED_EXC);
  if (kept !== NULL) {
    fset(rt, self, FU_CANCELLED_EXC, NULL);
    return kept;
  }
  const msg = fget(rt, self, FU_CANCEL_MSG);
  const cls = helper(rt, 'CancelledError');
  return msg === NULL || msg === rt.none ? callObject(rt, cls, []) : callObject(rt, cls, [msg]);
}

function invalidState(rt: Runtime, msg: string): never {
  throw new PyError(callObject(rt, helper(rt, 'InvalidStateError'), [rt.newStr(msg)]));
}

/** Future.cancel(msg) of the base class (Task.cancel is different). */
export function futureCancel(rt: Runtime, self: Ref, msg: Ref): boolean {
  fset(rt, self, FU_LOG_TB, 0);
  if (fget(rt, self, FU_STATE) !== ST_PENDING) return false;
  fset(rt, self, FU_STATE, ST_CANCELLED);
  fset(rt, self, FU_CANCEL_MSG, msg === NULL ? rt.none : msg);
  scheduleCallbacks(rt, self);
  return true;
}

export function futureSetResult(rt: Runtime, self: Ref, value: Ref): void {
  if (fget(rt, self, FU_STATE) !== ST_PENDING) invalidState(rt, 'invalid state');
  fset(rt, self, FU_RESULT, value);
  fset(rt, self, FU_STATE, ST_FINISHED);
  scheduleCallbacks(rt, self);
}

export function futureSetException(rt: Runtime, self: Ref, exc: Ref): void {
  if (fget(rt, self, FU_STATE) !== ST_PENDING) invalidState(rt, 'invalid state');
  if (isBaseExcType(rt, exc)) {
    exc = callObject(rt, exc, []);
    if (!isBaseExcInstance(rt, exc)) typeError(rt, 'invalid exception object');
  }
  if (!isBaseExcInstance(rt, exc)) typeError(rt, 'invalid exception object');
  if (rt.typeOf(exc) === rt.types.StopIteration) {
    typeError(rt, 'StopIteration interacts badly with generators and cannot be raised into a Future');
  }
  fset(rt, self, FU_EXCEPTION, exc);
  fset(rt, self, FU_EXC_TB, getAttr(rt, exc, rt.intern('__traceback__')));
  fset(rt, self, FU_STATE, ST_FINISHED);
  scheduleCallbacks(rt, self);
  fset(rt, self, FU_LOG_TB, 1);
  // An engine without prompt finalisation reports never-retrieved exceptions when the loop
  // closes (futures._Unretrieved); the hook is None where that is not wanted.
  const hook = helper(rt, '_unretrieved_add');
  if (hook !== rt.none) callObject(rt, hook, [self]);
}

/** result(): the value, or raises the exception / CancelledError / InvalidStateError. */
export function futureResult(rt: Runtime, self: Ref): Ref {
  const st = fget(rt, self, FU_STATE);
  if (st === ST_CANCELLED) throw new PyError(makeCancelledError(rt, self));
  if (st !== ST_FINISHED) invalidState(rt, 'Result is not set.');
  fset(rt, self, FU_LOG_TB, 0);
  const exc = fget(rt, self, FU_EXCEPTION);
  if (exc !== NULL) {
    const tb = fget(rt, self, FU_EXC_TB);
    setExcTraceback(rt, exc, tb === rt.none ? NULL : tb);
    throw new PyError(exc);
  }
  return orNone(rt, fget(rt, self, FU_RESULT));
}

/** add_done_callback(fn, context): scheduled at once if already done. */
export function futureAddDoneCallback(rt: Runtime, self: Ref, fn: Ref, ctx: Ref): void {
  if (fget(rt, self, FU_STATE) !== ST_PENDING) {
    callSoon(rt, fget(rt, self, FU_LOOP), fn, [self], ctx);
    return;
  }
  listAppend(rt, callbacksOf(rt, self), newTuple(rt, [fn, ctx]));
}

function checkInit(rt: Runtime, self: Ref): void {
  if (fget(rt, self, FU_LOOP) === NULL) raise(rt, rt.types.RuntimeError, 'Future object is not initialized.');
}

export const futureMethods: Record<string, NativeFn> = {
  result(rt, self) { checkInit(rt, self); return futureResult(rt, self); },
  exception(rt, self) {
    checkInit(rt, self);
    const st = fget(rt, self, FU_STATE);
    if (st === ST_CANCELLED) throw new PyError(makeCancelledError(rt, self));
    if (st !== ST_FINISHED) invalidState(rt, 'Exception is not set.');
    fset(rt, self, FU_LOG_TB, 0);
    return orNone(rt, fget(rt, self, FU_EXCEPTION));
  },
  set_result(rt, self, args) {
    checkInit(rt, self);
    if (args.length !== 1) typeError(rt, `set_result() takes exactly one argument (${args.length} given)`);
    futureSetResult(rt, self, args[0]!);
    return rt.none;
  },
  set_exception(rt, self, args) {
    checkInit(rt, self);
    if (args.length !== 1) typeError(rt, `set_exception() takes exactly one argument (${args.length} given)`);
    futureSetException(rt, self, args[0]!);
    return rt.none;
  },
  add_done_callback(rt, self, args, kwnames) {
    checkInit(rt, self);
    const [ctx0] = kwOnly(rt, 'add_done_callback', args, kwnames, 1, ['context']);
    let ctx = ctx0!;
    if (ctx === NULL || ctx === rt.none) ctx = copyContext(rt);
    futureAddDoneCallback(rt, self, args[0]!, ctx);
    return rt.none;
  },
  remove_done_callback(rt, self, args) {
    checkInit(rt, self);
    if (args.length !== 1) typeError(rt, `remove_done_callback() takes exactly one argument (${args.length} given)`);
    const fn = args[0]!;
    const l = fget(rt, self, FU_CALLBACKS);
    if (l === NULL) return rt.newInt(0);
    const keep: Ref[] = [];
    const n = listLen(rt, l);
    const mark = rt.rootMark();
    rt.pushRoot(l);
    let removed = 0;
    try {
      for (let i = 0; i < listLen(rt, l) && i < n; i++) {
        const pair = listGet(rt, l, i);
        if (richCompareBool(rt, tupleGet(rt, pair, 0), fn, CompareOp.EQ)) removed++;
        else keep.push(pair);
      }
    } finally {
      rt.rootRelease(mark);
    }
    if (removed > 0) {
      const i32 = rt.heap.i32;
      for (let i = 0; i < keep.length; i++) i32[(i32[w(l) + 3 /* L_ITEMS */] >> 2) + 2 + i] = keep[i]!;
      for (let i = keep.length; i < n; i++) i32[(i32[w(l) + 3] >> 2) + 2 + i] = NULL;
      i32[w(l) + L_LEN] = keep.length;
    }
    return rt.newInt(removed);
  },
  cancel(rt, self, args, kwnames) {
    checkInit(rt, self);
    const [msg] = cancelArgs(rt, 'cancel', args, kwnames);
    return rt.bool(futureCancel(rt, self, msg!));
  },
  cancelled(rt, self) { return rt.bool(fget(rt, self, FU_STATE) === ST_CANCELLED); },
  done(rt, self) { return rt.bool(fget(rt, self, FU_STATE) !== ST_PENDING); },
  get_loop(rt, self) { checkInit(rt, self); return fget(rt, self, FU_LOOP); },
  _make_cancelled_error(rt, self) { return makeCancelledError(rt, self); },
  _repr_info(rt, self) { return callObject(rt, helper(rt, '_future_repr_info'), [self]); },
  __await__(rt, self) { return newFutureIter(rt, self); },
  __iter__(rt, self) { return newFutureIter(rt, self); },
};

/** cancel(msg=None): one optional argument, positional or by keyword. */
export function cancelArgs(rt: Runtime, fn: string, args: Ref[], kwnames: Ref | null): [Ref] {
  const nkw = kwnames !== null && kwnames !== NULL ? tupleLen(rt, kwnames) : 0;
  const npos = args.length - nkw;
  if (npos > 1) typeError(rt, `${fn}() takes at most 1 argument (${npos} given)`);
  let msg: Ref = npos === 1 ? args[0]! : rt.none;
  for (let i = 0; i < nkw; i++) {
    const k = rt.jsStr(tupleGet(rt, kwnames!, i));
    if (k !== 'msg') typeError(rt, `${fn}() got an unexpected keyword argument '${k}'`);
    msg = args[npos + i]!;
  }
  return [msg];
}

const refField = (k: number, writable = true): GetSet => ({
  get: (rt, self) => orNone(rt, fget(rt, self, k)),
  set: writable ? (rt, self, v) => fset(rt, self, k, v === NULL ? NULL : v) : undefined,
});

export const futureGetsets: Record<string, GetSet> = {
  _loop: refField(FU_LOOP, false),
  _callbacks: { get: (rt, self) => orNone(rt, fget(rt, self, FU_CALLBACKS)) },
  _result: refField(FU_RESULT, false),
  _exception: refField(FU_EXCEPTION, false),
  _exception_tb: refField(FU_EXC_TB, false),
  _source_traceback: refField(FU_SOURCE_TB, false),
  _cancel_message: refField(FU_CANCEL_MSG),
  _cancelled_exc: refField(FU_CANCELLED_EXC),
  _kitchen_desc: refField(FU_DESC),
  _state: { get: (rt, self) => rt.newStr(STATE_NAMES[fget(rt, self, FU_STATE)]!) },
  _asyncio_future_blocking: {
    get: (rt, self) => rt.bool(fget(rt, self, FU_BLOCKING) !== 0),
    set: (rt, self, v) => {
      if (v === NULL) raise(rt, rt.types.AttributeError, 'cannot delete attribute');
      fset(rt, self, FU_BLOCKING, isTrue(rt, v) ? 1 : 0);
    },
  },
  _log_traceback: {
    get: (rt, self) => rt.bool(fget(rt, self, FU_LOG_TB) !== 0),
    set: (rt, self, v) => {
      if (v === NULL) raise(rt, rt.types.AttributeError, 'cannot delete attribute');
      if (isTrue(rt, v)) raise(rt, rt.types.ValueError, '_log_traceback can only be set to False');
      fset(rt, self, FU_LOG_TB, 0);
    },
  },
};

export function futureNew(rt: Runtime, type: Ref, bytes: number): Ref {
  return rt.heap.alloc(type, Math.max(bytes, rt.heap.i32[(type >> 2) + 11 /* T_BASICSIZE */]!));
}

export function futureTraverse(rt: Runtime, self: Ref, visit: (r: Ref) => void): void {
  for (const k of [FU_LOOP, FU_CALLBACKS, FU_RESULT, FU_EXCEPTION, FU_EXC_TB, FU_CANCEL_MSG, FU_CANCELLED_EXC, FU_SOURCE_TB, FU_DESC]) {
    const r = fget(rt, self, k);
    if (r !== NULL && (r & 1) === 0) visit(r);
  }
}

registerType({
  key: FUTURE_KEY,
  name: 'Future',
  module: '_asyncio',
  basicsize: FU_BYTES,
  flags: 2 /* TF_BASETYPE */,
  slots: {
    new(rt, type) { return futureNew(rt, type, FU_BYTES); },
    init(rt, self, args, kwnames) {
      const [loop] = kwOnly(rt, 'Future', args, kwnames, 0, ['loop']);
      futureInit(rt, self, loop!);
    },
    repr(rt, self) { return callObject(rt, helper(rt, '_future_repr'), [self]); },
    traverse: futureTraverse,
  },
  methods: futureMethods,
  classmethods: { __class_getitem__: classGetItem },
  getsets: futureGetsets,
});

// ---- the iterator of `await fut` ----------------------------------------------------------

const FI_FUTURE = 2;
const FI_BYTES = 16;

function newFutureIter(rt: Runtime, fut: Ref): Ref {
  const it = rt.heap.alloc(rt.typeFor(FUTURE_ITER_KEY), FI_BYTES);
  fset(rt, it, FI_FUTURE, fut);
  return it;
}

/** One step of `await fut`: yields the pending future once, then returns its result (NULL
 *  with the value in StopIteration when it is not None). */
function futureIterNext(rt: Runtime, it: Ref): Ref {
  const fut = fget(rt, it, FI_FUTURE);
  if (fut === NULL) return NULL;
  if (fget(rt, fut, FU_STATE) === ST_PENDING) {
    if (fget(rt, fut, FU_BLOCKING) === 0) {
      fset(rt, fut, FU_BLOCKING, 1);
      return fut;
    }
    raise(rt, rt.types.RuntimeError, "await wasn't used with future");
  }
  fset(rt, it, FI_FUTURE, NULL);
  const res = futureResult(rt, fut);
  if (res === rt.none) return NULL;
  throw new PyError(newExceptionObject(rt, rt.types.StopIteration, [res]));
}

registerType({
  key: FUTURE_ITER_KEY,
  name: 'FutureIter',
  module: '_asyncio',
  basicsize: FI_BYTES,
  slots: {
    iter: (_rt, self) => self,
    next: futureIterNext,
    traverse(rt, self, visit) {
      const f = fget(rt, self, FI_FUTURE);
      if (f !== NULL) visit(f);
    },
  },
  methods: {
    send(rt, self, args) {
      if (args.length !== 1) typeError(rt, `send() takes exactly one argument (${args.length} given)`);
      if (args[0] !== rt.none) typeError(rt, "can't send non-None value to a FutureIter");
      const r = futureIterNext(rt, self);
      if (r === NULL) throw new PyError(newExceptionObject(rt, rt.types.StopIteration, []));
      return r;
    },
    throw(rt, self, args) {
      if (args.length < 1 || args.length > 3) typeError(rt, `throw expected at least 1 argument, got ${args.length}`);
      const [typ, val] = args;
      let exc: Ref;
      if (isBaseExcType(rt, typ!)) {
        exc = val === undefined || val === rt.none ? callObject(rt, typ!, []) : isInstance(rt, val, typ!) ? val : callObject(rt, typ!, [val]);
      } else if (isBaseExcInstance(rt, typ!)) {
        if (val !== undefined && val !== rt.none) typeError(rt, 'instance exception may not have a separate value');
        exc = typ!;
      } else {
        return typeError(rt, `exceptions must be classes deriving BaseException not ${typeName(rt, typ!)}`);
      }
      if (args.length === 3 && args[2] !== rt.none) setExcTraceback(rt, exc, args[2]!);
      fset(rt, self, FI_FUTURE, NULL);
      throw new PyError(exc);
    },
    close(rt, self) { fset(rt, self, FI_FUTURE, NULL); return rt.none; },
  },
});

