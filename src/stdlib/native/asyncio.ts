// `_asyncio`: the native accelerator of our asyncio, as CPython has Modules/_asynciomodule.c
// under Lib/asyncio. futures.py and tasks.py (src/stdlib/py/asyncio/) take Future, Task,
// current_task, _enter_task / _leave_task / _register_task / _unregister_task and the
// running-loop functions from here when the module exists, and keep their Python classes
// as the fallback (_PyFuture, _PyTask), which is what runs on CPython in the stdlib tests.
//
// A Task drives its coroutine one step per loop callback (CPython task_step_impl, learnt
// from the C source and Lib/asyncio/tasks.py; no code taken):
//   1. a done task cannot step (InvalidStateError); a pending cancellation turns the step
//      into a throw of CancelledError;
//   2. the task becomes the loop's current task (_enter_task) and the coroutine is resumed
//      with send(None) or throw(exc);
//   3. a return sets the result (or cancels, if cancel() came during the last step); a
//      CancelledError cancels the task keeping that exception; any other exception is set
//      on the task (KeyboardInterrupt and SystemExit also propagate);
//   4. a yielded future that is blocking gets the task's wakeup as a done callback in the
//      task's context; a bare yield (sleep(0)) schedules the next step with call_soon; any
//      other yield schedules a step that throws the RuntimeError CPython reports;
//   5. the task stops being current (_leave_task); a done task leaves _all_tasks.
// Everything but the resumption is native (_step_begin, then _step_raised or _step_yielded,
// which also end the step; _wakeup_exc). The resumption itself is the few lines of tasks.py
// _c_step, which the Task schedules as its step (a method object binding that function to
// the task): a coroutine resumed from Python code runs in the thread's own eval loop, not in
// a nested one under a native, so a blocking call inside it (time.sleep, the guide's
// example) blocks the thread at top level. There every platform waits with its own clock:
// the virtual platform keeps no time inside a nested loop, and its timeline would lose the
// sleeps' order.
// The trace events of issue 5 are emitted here as the Python Task emits them: task-create,
// task-step (with the line the coroutine resumes at), task-step-end (line and what it
// awaits) or task-end (result / exception / cancelled).

import { type Ref, NULL } from '../../vm/heap.ts';
import type { Runtime } from '../../vm/runtime.ts';
import { TS_THREAD_ID } from '../../vm/runtime.ts';
import { registerType, registerNatives } from '../../vm/registry.ts';
import { classGetItem } from '../../vm/objects/generic-alias.ts';
import { registerNativeModule } from '../../vm/import.ts';
import type { GetSet, NativeFn } from '../../vm/type-slots.ts';
import { PyError, typeError, raise } from '../../vm/errors.ts';
import {
  callObject, callMethod, getAttr, getAttrOpt, setAttr, isInstance, isTrue, str as pyStr, reprJs, toJsNumber,
} from '../../vm/abstract.ts';
import { nativeFunction } from '../../vm/objects/descriptors.ts';
import { newMethod, methodSelf } from '../../vm/objects/method.ts';
import { moduleDict } from '../../vm/objects/module.ts';
import { dictSet, dictGet, dictDel, dictGetStr, newDict } from '../../vm/objects/dict-core.ts';
import { newTuple, tupleGet, tupleLen } from '../../vm/objects/tuple-core.ts';
import { newEmptySet } from '../../vm/objects/set.ts';
import { setAdd, setDiscard } from '../../vm/objects/set-table.ts';
import { decodeCode, lineOf } from '../../vm/code-object.ts';
import { F_CODE, F_LASTI } from '../../vm/frame.ts';
import { GEN_FRAME, GEN_STATE, GS_CLOSED } from '../../vm/objects/generator.ts';
import { threadPlatform } from './thread.ts';
import { sleepBegin, timerCancel, popDue, gatherChildren, gatherResults } from './asyncio-loop.ts';
import {
  MODULE, TASK_KEY, moduleState, helper, callSoon, copyContext, newTimerHandle, slotGet, slotSet, threadKey, runningLoop,
  tracing,
} from './asyncio-state.ts';
import {
  FU_WORDS, FU_LOOP, FU_STATE, FU_BLOCKING, FU_CANCEL_MSG, FU_CANCELLED_EXC, FU_EXCEPTION, FU_DESC,
  ST_PENDING, ST_CANCELLED, FUTURE_KEY, FUTURE_ITER_KEY, fget, fset, futureInit, futureCancel,
  futureSetResult, futureSetException, futureResult, futureAddDoneCallback, makeCancelledError,
  futureMethods, futureGetsets, futureNew, futureTraverse, cancelArgs, isNativeFuture,
} from './asyncio-future.ts';

const TA_CORO = FU_WORDS;
const TA_CONTEXT = FU_WORDS + 1;
const TA_FUT_WAITER = FU_WORDS + 2;
const TA_NAME = FU_WORDS + 3;
const TA_MUST_CANCEL = FU_WORDS + 4;   // raw
const TA_LOG_DESTROY = FU_WORDS + 5;   // raw
const TA_NUM_CANCELS = FU_WORDS + 6;   // raw
const TA_STEP = FU_WORDS + 7;          // the bound __step, made once
const TA_WAKEUP = FU_WORDS + 8;        // the bound __wakeup, made once
const TA_AWAITS = FU_WORDS + 9;        // str: what the current step awaits (trace only)
const TA_BYTES = (FU_WORDS + 10) * 4;


const orNone = (rt: Runtime, r: Ref): Ref => (r === NULL ? rt.none : r);
const threadId = (rt: Runtime): number => rt.heap.i32[(rt.ts >> 2) + TS_THREAD_ID]!;

// ---- trace --------------------------------------------------------------------------------

function trace(rt: Runtime, kind: string, args: Record<string, number | string>): void {
  threadPlatform(rt)?.trace?.(rt, kind, args);
}

/** The line a coroutine will resume at (its frame's f_lineno; 0 once it has finished). */
function coroLine(rt: Runtime, coro: Ref): number {
  const t = rt.typeOf(coro);
  if (t !== rt.types.coroutine && t !== rt.types.generator) return 0;
  const i32 = rt.heap.i32;
  if (i32[(coro >> 2) + GEN_STATE] === GS_CLOSED) return 0;
  const f = i32[(coro >> 2) + GEN_FRAME] as Ref;
  const d = decodeCode(rt, i32[(f >> 2) + F_CODE] as Ref);
  const l = lineOf(d, i32[(f >> 2) + F_LASTI]! - 1);
  return l < 0 ? d.firstlineno : l;
}

/** What a task waits on, for the timeline (asyncio/_trace.py describe_awaitable). */
function describeAwaitable(rt: Runtime, fut: Ref): string {
  if (isNativeFuture(rt, fut)) {
    const d = fget(rt, fut, FU_DESC);
    if (d !== NULL && d !== rt.none) return rt.jsStr(pyStr(rt, d));
  } else {
    const d = getAttrOpt(rt, fut, rt.intern('_kitchen_desc'));
    if (d !== NULL && d !== rt.none) return rt.jsStr(pyStr(rt, d));
  }
  const name = getAttrOpt(rt, fut, rt.intern('get_name'));
  if (name !== NULL) return 'task ' + rt.jsStr(pyStr(rt, callObject(rt, name, [])));
  return 'future';
}

/** Per thread of a traced run: start time (µs) and task (0: a plain callback) of each
 *  handle running (one at a time: a loop cannot run inside a callback), pushed by
 *  _handle_enter and taken by _handle_exit. */
const runningHandles = new WeakMap<Runtime, Map<number, number[]>>();
function handleTimes(rt: Runtime): number[] {
  let byThread = runningHandles.get(rt);
  if (byThread === undefined) { byThread = new Map(); runningHandles.set(rt, byThread); }
  let a = byThread.get(rt.ts);
  if (a === undefined) { a = []; byThread.set(rt.ts, a); }
  return a;
}

/** The task whose step or wakeup a callback is (a method bound to it), as id() gives it; 0
 *  for any other callback. */
function callbackTask(rt: Runtime, cb: Ref): number {
  if (cb === NULL || (cb & 1) !== 0 || rt.typeOf(cb) !== rt.types.method) return 0;
  return methodSelf(rt, cb) >>> 0;
}

// ---- registries ---------------------------------------------------------------------------

function registry(rt: Runtime, name: string): Ref { return helper(rt, name); }

function enterTask(rt: Runtime, loop: Ref, task: Ref): void {
  const d = registry(rt, '_current_tasks');
  const cur = dictGet(rt, d, loop);
  if (cur !== NULL && cur !== rt.none) {
    raise(rt, rt.types.RuntimeError, `Cannot enter into task ${reprJs(rt, task)} while another task ${reprJs(rt, cur)} is being executed.`);
  }
  dictSet(rt, d, loop, task);
}

function leaveTask(rt: Runtime, loop: Ref, task: Ref): void {
  const d = registry(rt, '_current_tasks');
  const cur = dictGet(rt, d, loop);
  if (cur !== task) {
    raise(rt, rt.types.RuntimeError, `Leaving task ${reprJs(rt, task)} does not match the current task ${reprJs(rt, orNone(rt, cur))}.`);
  }
  dictDel(rt, d, loop);
  // A finished task leaves the registry as soon as it is done (CPython keeps a WeakSet,
  // which drops it when it is collected; without prompt collection we drop it here).
  if (isNativeFuture(rt, task) ? fget(rt, task, FU_STATE) !== ST_PENDING : isTrue(rt, callMethod(rt, task, rt.intern('done'), []))) {
    setDiscard(rt, registry(rt, '_all_tasks'), task);
  }
}

// ---- Task ---------------------------------------------------------------------------------

/** The task's step (or wakeup) callback: tasks.py's Python function bound to the task as a
 *  method, made once per task. */
function bound(rt: Runtime, task: Ref, word: number, helperName: string): Ref {
  let b = fget(rt, task, word);
  if (b === NULL) {
    b = newMethod(rt, helper(rt, helperName), task);
    fset(rt, task, word, b);
  }
  return b;
}

function callStepSoon(rt: Runtime, task: Ref, exc: Ref): void {
  const step = bound(rt, task, TA_STEP, '_step');
  callSoon(rt, fget(rt, task, FU_LOOP), step, exc === NULL ? [] : [exc], fget(rt, task, TA_CONTEXT));
}

function scheduleError(rt: Runtime, task: Ref, msg: string): void {
  const exc = callObject(rt, rt.types.RuntimeError, [rt.newStr(msg)]);
  callStepSoon(rt, task, exc);
}

function taskInit(rt: Runtime, self: Ref, args: Ref[], kwnames: Ref | null): void {
  const nkw = kwnames !== null && kwnames !== NULL ? tupleLen(rt, kwnames) : 0;
  const npos = args.length - nkw;
  if (npos !== 1) typeError(rt, npos === 0 ? "Task.__init__() missing required argument 'coro' (pos 1)" : `Task.__init__() takes at most 1 positional argument (${npos} given)`);
  let loop: Ref = NULL, name: Ref = rt.none, context: Ref = rt.none;
  for (let i = 0; i < nkw; i++) {
    const k = rt.jsStr(tupleGet(rt, kwnames!, i));
    const v = args[npos + i]!;
    if (k === 'loop') loop = v;
    else if (k === 'name') name = v;
    else if (k === 'context') context = v;
    else typeError(rt, `Task.__init__() got an unexpected keyword argument '${k}'`);
  }
  const coro = args[0]!;
  futureInit(rt, self, loop);
  const isCoro = rt.typeOf(coro) === rt.types.coroutine || isTrue(rt, callObject(rt, helper(rt, '_iscoroutine'), [coro]));
  if (!isCoro) {
    fset(rt, self, TA_LOG_DESTROY, 0);
    typeError(rt, `a coroutine was expected, got ${reprJs(rt, coro)}`);
  }
  if (name === rt.none) {
    const md = moduleState(rt);
    const key = rt.intern('_task_name_counter');
    const n = (dictGetStr(rt, md, key) >> 1) + 1;
    dictSet(rt, md, key, rt.newInt(n));
    name = rt.newStr(`Task-${n}`);
  } else if (rt.typeOf(name) !== rt.types.str) {
    name = pyStr(rt, name);
  }
  fset(rt, self, TA_NAME, name);
  fset(rt, self, TA_MUST_CANCEL, 0);
  fset(rt, self, TA_LOG_DESTROY, 1);
  fset(rt, self, TA_NUM_CANCELS, 0);
  fset(rt, self, TA_FUT_WAITER, NULL);
  fset(rt, self, TA_CORO, coro);
  fset(rt, self, TA_CONTEXT, context === rt.none ? copyContext(rt) : context);
  callStepSoon(rt, self, NULL);
  setAdd(rt, registry(rt, '_all_tasks'), self);
  if (tracing(rt)) trace(rt, 'task-create', { task: self >>> 0, name: rt.jsStr(name) });
}

/** Step 1-2 up to the resumption: returns the exception to throw in (or None). */
function stepBegin(rt: Runtime, task: Ref, exc: Ref): Ref {
  if (fget(rt, task, FU_STATE) !== ST_PENDING) {
    throw new PyError(callObject(rt, helper(rt, 'InvalidStateError'), [
      rt.newStr(`_step(): already done: ${reprJs(rt, task)}, ${reprJs(rt, orNone(rt, exc))}`)]));
  }
  if (fget(rt, task, TA_MUST_CANCEL) !== 0) {
    if (exc === NULL || !isInstance(rt, exc, helper(rt, 'CancelledError'))) exc = makeCancelledError(rt, task);
    fset(rt, task, TA_MUST_CANCEL, 0);
  }
  fset(rt, task, TA_FUT_WAITER, NULL);
  fset(rt, task, TA_AWAITS, NULL);
  enterTask(rt, fget(rt, task, FU_LOOP), task);
  if (tracing(rt)) trace(rt, 'task-step', { task: task >>> 0, line: coroLine(rt, fget(rt, task, TA_CORO)) });
  return orNone(rt, exc);
}

/** Step 3 for a coroutine that raised (StopIteration: it returned). True when the exception
 *  must also propagate (KeyboardInterrupt, SystemExit). */
function stepRaised(rt: Runtime, task: Ref, ev: Ref): boolean {
  if (isInstance(rt, ev, rt.types.StopIteration)) {
    if (fget(rt, task, TA_MUST_CANCEL) !== 0) {
      // cancel() arrived while the coroutine was finishing: the task ends cancelled.
      fset(rt, task, TA_MUST_CANCEL, 0);
      futureCancel(rt, task, orNone(rt, fget(rt, task, FU_CANCEL_MSG)));
    } else {
      const v = getAttrOpt(rt, ev, rt.intern('value'));
      futureSetResult(rt, task, v === NULL ? rt.none : v);
    }
    return false;
  }
  if (isInstance(rt, ev, helper(rt, 'CancelledError'))) {
    fset(rt, task, FU_CANCELLED_EXC, ev);
    futureCancel(rt, task, rt.none);
    return false;
  }
  // CPython's step is C: a coroutine's exception has no frame of the step in its traceback.
  const tb = getAttrOpt(rt, ev, rt.intern('__traceback__'));
  if (tb !== NULL && tb !== rt.none) {
    const frame = getAttrOpt(rt, tb, rt.intern('tb_frame'));
    const code = frame === NULL ? NULL : getAttrOpt(rt, frame, rt.intern('f_code'));
    if (code !== NULL && code === getAttrOpt(rt, helper(rt, '_step'), rt.intern('__code__'))) {
      setAttr(rt, ev, rt.intern('__traceback__'), getAttr(rt, tb, rt.intern('tb_next')));
    }
  }
  futureSetException(rt, task, ev);
  return isInstance(rt, ev, rt.types.KeyboardInterrupt) || isInstance(rt, ev, rt.types.SystemExit);
}

/** Step 5: the trace event that ends the step, and the task stops being current. */
function stepEnd(rt: Runtime, task: Ref): void {
  if (tracing(rt)) {
    const st = fget(rt, task, FU_STATE);
    if (st !== ST_PENDING) {
      const outcome = st === ST_CANCELLED ? 'cancelled' : fget(rt, task, FU_EXCEPTION) !== NULL ? 'exception' : 'result';
      trace(rt, 'task-end', { task: task >>> 0, outcome });
    } else {
      const a = fget(rt, task, TA_AWAITS);
      trace(rt, 'task-step-end', { task: task >>> 0, awaits: a === NULL ? '' : rt.jsStr(a), line: coroLine(rt, fget(rt, task, TA_CORO)) });
    }
  }
  leaveTask(rt, fget(rt, task, FU_LOOP), task);
}

function handleYield(rt: Runtime, task: Ref, result: Ref): string {
  const awaits = yieldAwaits(rt, task, result);
  if (awaits !== '' && tracing(rt)) fset(rt, task, TA_AWAITS, rt.newStr(awaits));
  return awaits;
}

function yieldAwaits(rt: Runtime, task: Ref, result: Ref): string {
  const loop = fget(rt, task, FU_LOOP);
  if (result === rt.none) {
    // A bare yield (sleep(0)): the next step runs at the next loop iteration.
    callStepSoon(rt, task, NULL);
    return 'sleep 0';
  }
  const t = rt.typeOf(result);
  const exact = t === rt.typeFor(FUTURE_KEY) || t === rt.typeFor(TASK_KEY);
  let blocking: Ref;
  if (exact) blocking = rt.bool(fget(rt, result, FU_BLOCKING) !== 0);
  else blocking = getAttrOpt(rt, result, rt.intern('_asyncio_future_blocking'));
  if (blocking !== NULL && blocking !== rt.none) {
    const rloop = exact ? fget(rt, result, FU_LOOP) : futureLoop(rt, result);
    if (rloop !== loop) {
      scheduleError(rt, task, `Task ${reprJs(rt, task)} got Future ${reprJs(rt, result)} attached to a different loop`);
      return '';
    }
    if (!isTrue(rt, blocking)) {
      scheduleError(rt, task, `yield was used instead of yield from in task ${reprJs(rt, task)} with ${reprJs(rt, result)}`);
      return '';
    }
    if (result === task) {
      scheduleError(rt, task, `Task cannot await on itself: ${reprJs(rt, task)}`);
      return '';
    }
    const wakeup = bound(rt, task, TA_WAKEUP, '_wakeup');
    const ctx = fget(rt, task, TA_CONTEXT);
    if (exact) {
      fset(rt, result, FU_BLOCKING, 0);
      futureAddDoneCallback(rt, result, wakeup, ctx);
    } else {
      setAttr(rt, result, rt.intern('_asyncio_future_blocking'), rt.false);
      callMethod(rt, result, rt.intern('add_done_callback'), [wakeup, ctx], newTuple(rt, [rt.intern('context')]));
    }
    fset(rt, task, TA_FUT_WAITER, result);
    const awaits = tracing(rt) ? describeAwaitable(rt, result) : '';
    if (fget(rt, task, TA_MUST_CANCEL) !== 0) {
      const r = callMethod(rt, result, rt.intern('cancel'), [orNone(rt, fget(rt, task, FU_CANCEL_MSG))], newTuple(rt, [rt.intern('msg')]));
      if (isTrue(rt, r)) fset(rt, task, TA_MUST_CANCEL, 0);
    }
    return awaits;
  }
  if (t === rt.types.generator) {
    scheduleError(rt, task, `yield was used instead of yield from for generator in task ${reprJs(rt, task)} with ${reprJs(rt, result)}`);
  } else {
    scheduleError(rt, task, `Task got bad yield: ${reprJs(rt, result)}`);
  }
  return '';
}

/** futures._get_loop: fut.get_loop() if it has one, else fut._loop. */
function futureLoop(rt: Runtime, fut: Ref): Ref {
  const g = getAttrOpt(rt, fut, rt.intern('get_loop'));
  if (g !== NULL) return callObject(rt, g, []);
  return orNone(rt, getAttrOpt(rt, fut, rt.intern('_loop')));
}

/** What a wakeup throws into the coroutine: the awaited future's exception (None when it
 *  has a result). Computed here, outside any Python handler, so the coroutine does not see it
 *  as an exception being handled (CPython's task_wakeup is C too). */
function wakeupExc(rt: Runtime, fut: Ref): Ref {
  try {
    const t = rt.typeOf(fut);
    if (t === rt.typeFor(FUTURE_KEY) || t === rt.typeFor(TASK_KEY)) futureResult(rt, fut);
    else callMethod(rt, fut, rt.intern('result'), []);
  } catch (e) {
    if (!(e instanceof PyError)) throw e;
    return e.exc;
  }
  return rt.none;
}

const taskMethods: Record<string, NativeFn> = {
  ...futureMethods,
  get_coro(rt, self) { return orNone(rt, fget(rt, self, TA_CORO)); },
  get_context(rt, self) { return orNone(rt, fget(rt, self, TA_CONTEXT)); },
  get_name(rt, self) { return orNone(rt, fget(rt, self, TA_NAME)); },
  set_name(rt, self, args) {
    if (args.length !== 1) typeError(rt, `set_name() takes exactly one argument (${args.length} given)`);
    const v = args[0]!;
    fset(rt, self, TA_NAME, rt.typeOf(v) === rt.types.str ? v : pyStr(rt, v));
    return rt.none;
  },
  set_result(rt) { return raise(rt, rt.types.RuntimeError, 'Task does not support set_result operation'); },
  set_exception(rt) { return raise(rt, rt.types.RuntimeError, 'Task does not support set_exception operation'); },
  cancel(rt, self, args, kwnames) {
    const [msg] = cancelArgs(rt, 'cancel', args, kwnames);
    fset(rt, self, 8 /* FU_LOG_TB */, 0);
    if (fget(rt, self, FU_STATE) !== ST_PENDING) return rt.false;
    fset(rt, self, TA_NUM_CANCELS, fget(rt, self, TA_NUM_CANCELS) + 1);
    const waiter = fget(rt, self, TA_FUT_WAITER);
    if (waiter !== NULL) {
      // The awaited future is cancelled: the wakeup throws CancelledError into the coroutine.
      if (isTrue(rt, callMethod(rt, waiter, rt.intern('cancel'), [msg], newTuple(rt, [rt.intern('msg')])))) return rt.true;
    }
    fset(rt, self, TA_MUST_CANCEL, 1);
    fset(rt, self, FU_CANCEL_MSG, msg);
    return rt.true;
  },
  cancelling(rt, self) { return rt.newInt(fget(rt, self, TA_NUM_CANCELS)); },
  uncancel(rt, self) {
    const n = fget(rt, self, TA_NUM_CANCELS);
    if (n > 0) fset(rt, self, TA_NUM_CANCELS, n - 1);
    return rt.newInt(fget(rt, self, TA_NUM_CANCELS));
  },
  get_stack(rt, self, args, kwnames) {
    return callObject(rt, helper(rt, '_task_get_stack'), [self, ...args], kwnames);
  },
  print_stack(rt, self, args, kwnames) {
    return callObject(rt, helper(rt, '_task_print_stack'), [self, ...args], kwnames);
  },
  _repr_info(rt, self) { return callObject(rt, helper(rt, '_task_repr_info'), [self]); },
};

const rawFlag = (k: number, writable: boolean): GetSet => ({
  get: (rt, self) => rt.bool(fget(rt, self, k) !== 0),
  set: writable ? (rt, self, v) => {
    if (v === NULL) raise(rt, rt.types.AttributeError, 'cannot delete attribute');
    fset(rt, self, k, isTrue(rt, v) ? 1 : 0);
  } : undefined,
});

registerType({
  key: TASK_KEY,
  name: 'Task',
  module: '_asyncio',
  base: FUTURE_KEY,
  basicsize: TA_BYTES,
  flags: 2 /* TF_BASETYPE */,
  slots: {
    new(rt, type) { return futureNew(rt, type, TA_BYTES); },
    init: taskInit,
    repr(rt, self) { return callObject(rt, helper(rt, '_task_repr'), [self]); },
    traverse(rt, self, visit) {
      futureTraverse(rt, self, visit);
      for (const k of [TA_CORO, TA_CONTEXT, TA_FUT_WAITER, TA_NAME, TA_STEP, TA_WAKEUP, TA_AWAITS]) {
        const r = fget(rt, self, k);
        if (r !== NULL && (r & 1) === 0) visit(r);
      }
    },
  },
  methods: taskMethods,
  classmethods: { __class_getitem__: classGetItem },
  getsets: {
    ...futureGetsets,
    _coro: { get: (rt, self) => orNone(rt, fget(rt, self, TA_CORO)) },
    _fut_waiter: { get: (rt, self) => orNone(rt, fget(rt, self, TA_FUT_WAITER)) },
    _must_cancel: rawFlag(TA_MUST_CANCEL, false),
    _log_destroy_pending: rawFlag(TA_LOG_DESTROY, true),
    _num_cancels_requested: { get: (rt, self) => rt.newInt(fget(rt, self, TA_NUM_CANCELS)) },
  },
});

// ---- sleep(0) --------------------------------------------------------------------------------

// What `await sleep(0)` awaits: an iterator that yields None once (the Task sees a bare
// yield and steps again at the next loop iteration), then returns None. CPython's sleep(0)
// awaits a @types.coroutine generator doing a bare `yield`; this is the same protocol with
// no frame to make.
const SLEEP0_KEY = '_asyncio._Sleep0';
const SL_STATE = 2; // raw: 0 fresh, 1 yielded, 2 done
const SL_BYTES = 16;

function sleep0Next(rt: Runtime, self: Ref): Ref {
  const st = fget(rt, self, SL_STATE);
  if (st === 0) { fset(rt, self, SL_STATE, 1); return rt.none; }
  fset(rt, self, SL_STATE, 2);
  return NULL;
}

registerType({
  key: SLEEP0_KEY,
  name: '_Sleep0',
  module: '_asyncio',
  basicsize: SL_BYTES,
  slots: { iter: (_rt, self) => self, next: sleep0Next },
  methods: {
    __await__(_rt, self) { return self; },
    send(rt, self, args) {
      if (args.length !== 1) typeError(rt, `send() takes exactly one argument (${args.length} given)`);
      const r = sleep0Next(rt, self);
      if (r === NULL) throw new PyError(callObject(rt, rt.types.StopIteration, []));
      return r;
    },
    throw(rt, self, args) {
      fset(rt, self, SL_STATE, 2);
      if (args.length < 1) typeError(rt, 'throw expected at least 1 argument, got 0');
      const t = args[0]!;
      const exc = isInstance(rt, t, rt.types.BaseException) ? t : callObject(rt, t, args.length > 1 && args[1] !== rt.none ? [args[1]!] : []);
      throw new PyError(exc);
    },
    close(rt, self) { fset(rt, self, SL_STATE, 2); return rt.none; },
  },
});

// ---- module functions ---------------------------------------------------------------------

function loopArg(rt: Runtime, args: Ref[], fn: string): Ref {
  if (args.length > 1) typeError(rt, `${fn}() takes at most 1 argument (${args.length} given)`);
  return args.length === 1 ? args[0]! : rt.none;
}

registerNatives({
  key: MODULE,
  fns: {
    get_running_loop(rt) {
      const loop = runningLoop(rt);
      if (loop === rt.none) raise(rt, rt.types.RuntimeError, 'no running event loop');
      return loop;
    },
    _get_running_loop(rt) { return runningLoop(rt); },
    _set_running_loop(rt, _s, args) {
      if (args.length !== 1) typeError(rt, `_set_running_loop() takes exactly one argument (${args.length} given)`);
      const d = registry(rt, '_running_loops');
      const key = rt.newInt(threadId(rt));
      if (args[0] === rt.none) { if (dictGet(rt, d, key) !== NULL) dictDel(rt, d, key); } else dictSet(rt, d, key, args[0]!);
      return rt.none;
    },
    current_task(rt, _s, args, kwnames) {
      let loop = rt.none;
      if (kwnames !== null && kwnames !== NULL && tupleLen(rt, kwnames) > 0) {
        if (tupleLen(rt, kwnames) !== 1 || rt.jsStr(tupleGet(rt, kwnames, 0)) !== 'loop') typeError(rt, 'current_task() got an unexpected keyword argument');
        loop = args[args.length - 1]!;
      } else loop = loopArg(rt, args, 'current_task');
      if (loop === rt.none) {
        loop = runningLoop(rt);
        if (loop === rt.none) raise(rt, rt.types.RuntimeError, 'no running event loop');
      }
      const t = dictGet(rt, registry(rt, '_current_tasks'), loop);
      return t === NULL ? rt.none : t;
    },
    _register_task(rt, _s, args) { setAdd(rt, registry(rt, '_all_tasks'), args[0]!); return rt.none; },
    _unregister_task(rt, _s, args) { setDiscard(rt, registry(rt, '_all_tasks'), args[0]!); return rt.none; },
    _enter_task(rt, _s, args) {
      if (args.length !== 2) typeError(rt, `_enter_task expected 2 arguments, got ${args.length}`);
      enterTask(rt, args[0]!, args[1]!);
      return rt.none;
    },
    _step_begin(rt, _s, args) {
      if (args.length !== 2) typeError(rt, `_step_begin expected 2 arguments, got ${args.length}`);
      return stepBegin(rt, args[0]!, args[1] === rt.none ? NULL : args[1]!);
    },
    // _step_raised and _step_yielded end the step (step 5) whatever happens in them, so the
    // Python step needs no `finally` of its own.
    _step_raised(rt, _s, args) {
      if (args.length !== 2) typeError(rt, `_step_raised expected 2 arguments, got ${args.length}`);
      try {
        return rt.bool(stepRaised(rt, args[0]!, args[1]!));
      } finally {
        stepEnd(rt, args[0]!);
      }
    },
    _step_yielded(rt, _s, args) {
      if (args.length !== 2) typeError(rt, `_step_yielded expected 2 arguments, got ${args.length}`);
      try {
        handleYield(rt, args[0]!, args[1]!);
      } finally {
        stepEnd(rt, args[0]!);
      }
      return rt.none;
    },
    _wakeup_exc(rt, _s, args) {
      if (args.length !== 1) typeError(rt, `_wakeup_exc() takes exactly one argument (${args.length} given)`);
      return wakeupExc(rt, args[0]!);
    },
    _timer_handle(rt, _s, args) {
      if (args.length !== 5) typeError(rt, `_timer_handle expected 5 arguments, got ${args.length}`);
      return newTimerHandle(rt, args[0]!, args[1]!, args[2]!, args[3]!, args[4]!);
    },
    _sleep0(rt) { return rt.heap.alloc(rt.typeFor(SLEEP0_KEY), SL_BYTES); },
    // Handle._run runs its callback between these two: what Context.run does around a call,
    // and, when the run is traced, the timing of the callback for `loop-blocked`. The
    // callback itself is called from Python code, so it runs in the thread's own eval loop
    // (see the header on blocking calls).
    _handle_enter(rt, _s, args) {
      if (args.length !== 1) typeError(rt, `_handle_enter() takes exactly one argument (${args.length} given)`);
      const handle = args[0]!;
      const ctx = slotGet(rt, handle, '_context');
      if (isTrue(rt, slotGet(rt, ctx, '_entered'))) raise(rt, rt.types.RuntimeError, `cannot enter context: ${reprJs(rt, ctx)} is already entered`);
      const contexts = helper(rt, '_contexts');
      const key = threadKey(rt);
      const prev = dictGet(rt, contexts, key);
      slotSet(rt, ctx, '_entered', rt.true);
      dictSet(rt, contexts, key, ctx);
      if (tracing(rt)) handleTimes(rt).push(rt.host.now(), callbackTask(rt, slotGet(rt, handle, '_callback')));
      return prev === NULL ? rt.none : prev;
    },
    _handle_exit(rt, _s, args) {
      if (args.length !== 2) typeError(rt, `_handle_exit expected 2 arguments, got ${args.length}`);
      const handle = args[0]!;
      dictSet(rt, helper(rt, '_contexts'), threadKey(rt), args[1]!);
      slotSet(rt, slotGet(rt, handle, '_context'), '_entered', rt.false);
      if (tracing(rt)) {
        const times = handleTimes(rt);
        if (times.length >= 2) {
          const task = times.pop()!, t0 = times.pop()!;
          const micros = Math.floor(rt.host.now() - t0);
          const limit = getAttrOpt(rt, slotGet(rt, handle, '_loop'), rt.intern('slow_callback_duration'));
          if (limit !== NULL && micros >= toJsNumber(rt, limit) * 1e6) trace(rt, 'loop-blocked', { task, micros });
        }
      }
      return rt.none;
    },
    _sleep_begin(rt, _s, args) {
      if (args.length !== 2) typeError(rt, `_sleep_begin expected 2 arguments, got ${args.length}`);
      return sleepBegin(rt, args[0]!, args[1]!);
    },
    _timer_cancel(rt, _s, args) {
      if (args.length !== 1) typeError(rt, `_timer_cancel() takes exactly one argument (${args.length} given)`);
      timerCancel(rt, args[0]!);
      return rt.none;
    },
    _pop_due(rt, _s, args) {
      if (args.length !== 3) typeError(rt, `_pop_due expected 3 arguments, got ${args.length}`);
      popDue(rt, args[0]!, args[1]!, args[2]!);
      return rt.none;
    },
    _gather_children(rt, _s, args) {
      if (args.length !== 2 || rt.typeOf(args[0]!) !== rt.types.tuple) typeError(rt, '_gather_children expects a tuple and a callback');
      return gatherChildren(rt, args[0]!, args[1]!);
    },
    _gather_results(rt, _s, args) {
      if (args.length !== 1 || rt.typeOf(args[0]!) !== rt.types.list) typeError(rt, '_gather_results expects a list');
      return gatherResults(rt, args[0]!);
    },
    _leave_task(rt, _s, args) {
      if (args.length !== 2) typeError(rt, `_leave_task expected 2 arguments, got ${args.length}`);
      leaveTask(rt, args[0]!, args[1]!);
      return rt.none;
    },
  },
});

registerNativeModule(MODULE, (rt, m) => {
  const d = moduleDict(rt, m);
  dictSet(rt, d, rt.intern('Future'), rt.typeFor(FUTURE_KEY));
  dictSet(rt, d, rt.intern('Task'), rt.typeFor(TASK_KEY));
  dictSet(rt, d, rt.intern('FutureIter'), rt.typeFor(FUTURE_ITER_KEY));
  for (const name of ['get_running_loop', '_get_running_loop', '_set_running_loop', 'current_task',
    '_register_task', '_unregister_task', '_enter_task', '_leave_task', '_sleep0', '_handle_enter', '_handle_exit', '_timer_handle', '_step_begin', '_step_raised', '_step_yielded', '_wakeup_exc',
    '_sleep_begin', '_timer_cancel', '_pop_due', '_gather_children', '_gather_results']) {
    dictSet(rt, d, rt.intern(name), nativeFunction(rt, MODULE, name, NULL, rt.intern(MODULE)));
  }
  dictSet(rt, d, rt.intern('_current_tasks'), newDict(rt));
  dictSet(rt, d, rt.intern('_all_tasks'), newEmptySet(rt));
  dictSet(rt, d, rt.intern('_running_loops'), newDict(rt));
  dictSet(rt, d, rt.intern('_task_name_counter'), rt.newInt(0));
  // Marks this module as ours: CPython's own _asyncio must not replace our Python classes
  // when this package runs on CPython (tools/check-stdlib-on-cpython.py).
  dictSet(rt, d, rt.intern('_kitchen'), rt.true);
});
