// The event loop's busiest Python paths, done natively for `_asyncio` (asyncio.ts registers
// them): what sleep(), gather() and BaseEventLoop._run_once do for every task, without the
// Python frames. Each one does exactly what the Python it replaces does (tasks.py,
// base_events.py, events.py), and only while the loop's methods involved are base_events'
// own: a loop class (or instance) that overrides one gets its Python method called, as the
// Python code would call it. No callback runs in here: callbacks and task steps run from
// Handle._run, in the thread's own eval loop (see asyncio.ts on blocking calls).
//
//   _sleep_begin(delay, result) -> (future, timer)
//       sleep(delay > 0) up to its await: loop = get_running_loop(); future =
//       loop.create_future(); timer = loop.call_later(delay, _set_result_unless_cancelled,
//       future, result).
//   _timer_cancel(timer)      sleep()'s `finally`: timer.cancel().
//   _pop_due(scheduled, ready, end_time)
//       _run_once: the timers due before end_time leave the heap for the ready list.
//   _gather_children(args, done_callback) -> (children, nfuts, loop) or None
//       gather()'s loop over its arguments when each is a coroutine, a Future or a Task
//       (exact types, whose hash is identity): _ensure_future, the done callback, the
//       children list. None when an argument is anything else, or when a coroutine comes
//       first and no loop is running (get_event_loop's warning path): gather's Python loop
//       runs then, before anything was done here.
//   _gather_results(children) -> list
//       gather's result list once every child is done (return_exceptions order).

import { type Ref, NULL } from '../../vm/heap.ts';
import type { Runtime } from '../../vm/runtime.ts';
import { PyError, raise, typeError } from '../../vm/errors.ts';
import { BinOp, binaryOp, callMethod, callObject, getAttr, isInstance, isTrue, richCompareBool, setAttr } from '../../vm/abstract.ts';
import { CompareOp } from '../../vm/type-slots.ts';
import { lookupType } from '../../vm/type-object.ts';
import { newTuple, tupleGet, tupleLen } from '../../vm/objects/tuple-core.ts';
import { newList, listAppend, listGet, listLen } from '../../vm/objects/list-core.ts';
import { format } from '../../vm/eval-support.ts';
import { heapPush, heapPop, quickLess } from './heapq.ts';
import {
  TASK_KEY, helper, copyContext, newTimerHandle, slotGet, slotSet, keysOf, isBaseMethod, runningLoop, tracing,
} from './asyncio-state.ts';
import {
  FU_BYTES, FU_DESC, FU_LOOP, FUTURE_KEY, fget, fset, futureInit, futureNew, futureAddDoneCallback,
} from './asyncio-future.ts';

/** loop.time(): time.monotonic() for base_events' own. */
function loopTime(rt: Runtime, loop: Ref): Ref {
  const k = keysOf(rt);
  if (isBaseMethod(rt, loop, k.time, k.baseTime)) return callObject(rt, helper(rt, '_monotonic'), []);
  return callMethod(rt, loop, k.time, []);
}

/** BaseEventLoop._call_at(when, callback, args, None) with debug mode off: the timer goes on
 *  the heap as (when, sequence, timer). */
function callAt(rt: Runtime, loop: Ref, when: Ref, fn: Ref, args: Ref): Ref {
  const k = keysOf(rt);
  const timer = newTimerHandle(rt, when, fn, args, loop, NULL);
  const seq = getAttr(rt, loop, k.timerSeq);
  setAttr(rt, loop, k.timerSeq, binaryOp(rt, seq, rt.newInt(1), BinOp.ADD));
  const scheduled = getAttr(rt, loop, k.scheduled);
  if (rt.typeOf(scheduled) !== rt.types.list) typeError(rt, 'heappush() argument 1 must be list');
  heapPush(rt, scheduled, newTuple(rt, [when, seq, timer]));
  slotSet(rt, timer, '_scheduled', rt.true);
  return timer;
}

export function sleepBegin(rt: Runtime, delay: Ref, result: Ref): Ref {
  const k = keysOf(rt);
  const loop = runningLoop(rt);
  if (loop === rt.none) raise(rt, rt.types.RuntimeError, 'no running event loop');
  let future: Ref;
  if (isBaseMethod(rt, loop, k.createFuture, k.baseCreateFuture)) {
    future = futureNew(rt, rt.typeFor(FUTURE_KEY), FU_BYTES);
    futureInit(rt, future, loop);
  } else {
    future = callMethod(rt, loop, k.createFuture, []);
  }
  if (tracing(rt)) {
    const desc = rt.newStr(`sleep ${rt.jsStr(format(rt, delay, rt.intern('g')))}`);
    if (rt.typeOf(future) === rt.typeFor(FUTURE_KEY)) fset(rt, future, FU_DESC, desc);
    else setAttr(rt, future, rt.intern('_kitchen_desc'), desc);
  }
  const cb = helper(rt, '_set_result_unless_cancelled');
  let timer: Ref;
  if (isBaseMethod(rt, loop, k.callLater, k.baseCallLater) && isBaseMethod(rt, loop, k.callAt_, k.baseCallAt_)
    && !isTrue(rt, getAttr(rt, loop, k.debug))) {
    if (isTrue(rt, getAttr(rt, loop, k.closed))) raise(rt, rt.types.RuntimeError, 'Event loop is closed');
    const when = binaryOp(rt, loopTime(rt, loop), delay, BinOp.ADD);
    timer = callAt(rt, loop, when, cb, newTuple(rt, [future, result]));
  } else {
    timer = callMethod(rt, loop, k.callLater, [delay, cb, future, result]);
  }
  return newTuple(rt, [future, timer]);
}

/** timer.cancel() (events.TimerHandle.cancel, and the loop's _timer_handle_cancelled). */
export function timerCancel(rt: Runtime, timer: Ref): void {
  const tp = helper(rt, '_TimerHandle');
  if (rt.typeOf(timer) !== tp || lookupType(rt, tp, rt.intern('cancel')) !== helper(rt, '_TimerHandle_cancel')) {
    callMethod(rt, timer, rt.intern('cancel'), []);
    return;
  }
  if (isTrue(rt, slotGet(rt, timer, '_cancelled'))) return;
  const loop = slotGet(rt, timer, '_loop');
  const k = keysOf(rt);
  if (isBaseMethod(rt, loop, k.timerHandleCancelled, k.baseTimerHandleCancelled)) {
    if (isTrue(rt, slotGet(rt, timer, '_scheduled'))) {
      setAttr(rt, loop, k.timerCancelledCount, binaryOp(rt, getAttr(rt, loop, k.timerCancelledCount), rt.newInt(1), BinOp.ADD));
    }
  } else {
    callMethod(rt, loop, k.timerHandleCancelled, [timer]);
  }
  slotSet(rt, timer, '_cancelled', rt.true);
  slotSet(rt, timer, '_callback', rt.none);
  slotSet(rt, timer, '_args', rt.none);
}

export function popDue(rt: Runtime, scheduled: Ref, ready: Ref, endTime: Ref): void {
  if (rt.typeOf(scheduled) !== rt.types.list) typeError(rt, 'heappop() argument must be list');
  while (listLen(rt, scheduled) > 0) {
    const top = listGet(rt, scheduled, 0);
    const when = rt.typeOf(top) === rt.types.tuple && tupleLen(rt, top) > 0
      ? tupleGet(rt, top, 0) : callMethod(rt, top, rt.intern('__getitem__'), [rt.newInt(0)]);
    const q = quickLess(rt, when, endTime);
    if (q >= 0 ? q === 0 : richCompareBool(rt, when, endTime, CompareOp.GE)) break;
    const entry = heapPop(rt, scheduled);
    const handle = rt.typeOf(entry) === rt.types.tuple && tupleLen(rt, entry) > 2
      ? tupleGet(rt, entry, 2) : callMethod(rt, entry, rt.intern('__getitem__'), [rt.newInt(2)]);
    slotSet(rt, handle, '_scheduled', rt.false);
    if (rt.typeOf(ready) === rt.types.list) listAppend(rt, ready, handle);
    else callMethod(rt, ready, rt.intern('append'), [handle]);
  }
}

export function gatherChildren(rt: Runtime, args: Ref, doneCallback: Ref): Ref {
  const n = tupleLen(rt, args);
  const tCoro = rt.types.coroutine, tFuture = rt.typeFor(FUTURE_KEY), tTask = rt.typeFor(TASK_KEY);
  let loop: Ref = NULL;
  for (let i = 0; i < n; i++) {
    const arg = tupleGet(rt, args, i);
    const t = rt.typeOf(arg);
    if (t === tFuture || t === tTask) continue;
    if (t !== tCoro) return rt.none;
  }
  // The loop gather's Python takes from its first argument's future; for a coroutine that is
  // the running loop (get_event_loop with none running warns: the Python path does that).
  if (n > 0 && rt.typeOf(tupleGet(rt, args, 0)) === tCoro) {
    loop = runningLoop(rt);
    if (loop === rt.none) return rt.none;
  }
  const seen = new Map<Ref, Ref>();
  const children = newList(rt);
  let nfuts = 0;
  for (let i = 0; i < n; i++) {
    const arg = tupleGet(rt, args, i);
    let fut = seen.get(arg);
    if (fut === undefined) {
      if (rt.typeOf(arg) === tCoro) {
        fut = createTask(rt, loop, arg);
        setAttr(rt, fut, rt.intern('_log_destroy_pending'), rt.false);
      } else {
        fut = arg;
        const own = fget(rt, fut, FU_LOOP);
        if (loop !== NULL && own !== loop) {
          raise(rt, rt.types.ValueError, 'The future belongs to a different loop than the one specified as the loop argument');
        }
      }
      if (loop === NULL) loop = fget(rt, fut, FU_LOOP);
      nfuts++;
      seen.set(arg, fut);
      if (rt.typeOf(fut) === tFuture || rt.typeOf(fut) === tTask) futureAddDoneCallback(rt, fut, doneCallback, copyContext(rt));
      else callMethod(rt, fut, rt.intern('add_done_callback'), [doneCallback]);
    }
    listAppend(rt, children, fut);
  }
  return newTuple(rt, [children, rt.newInt(nfuts), loop === NULL ? rt.none : loop]);
}

/** _ensure_future(coro, loop=loop): loop.create_task(coro), closing the coroutine when that
 *  raises RuntimeError (a closed loop). */
function createTask(rt: Runtime, loop: Ref, coro: Ref): Ref {
  try {
    const k = keysOf(rt);
    if (isBaseMethod(rt, loop, k.createTask, k.baseCreateTask) && getAttr(rt, loop, k.taskFactory) === rt.none) {
      if (isTrue(rt, getAttr(rt, loop, k.closed))) raise(rt, rt.types.RuntimeError, 'Event loop is closed');
      return callObject(rt, rt.typeFor(TASK_KEY), [coro, loop], newTuple(rt, [rt.intern('loop')]));
    }
    return callMethod(rt, loop, k.createTask, [coro]);
  } catch (e) {
    if (e instanceof PyError && isInstance(rt, e.exc, rt.types.RuntimeError)) callMethod(rt, coro, rt.intern('close'), []);
    throw e;
  }
}

export function gatherResults(rt: Runtime, children: Ref): Ref {
  const out = newList(rt);
  const n = listLen(rt, children);
  for (let i = 0; i < n; i++) {
    const fut = listGet(rt, children, i);
    let res: Ref;
    if (isTrue(rt, callMethod(rt, fut, rt.intern('cancelled'), []))) {
      const msg = getAttr(rt, fut, rt.intern('_cancel_message'));
      res = callObject(rt, helper(rt, 'CancelledError'), [msg === rt.none ? rt.newStr('') : msg]);
    } else {
      res = callMethod(rt, fut, rt.intern('exception'), []);
      if (res === rt.none) res = callMethod(rt, fut, rt.intern('result'), []);
    }
    listAppend(rt, out, res);
  }
  return out;
}
