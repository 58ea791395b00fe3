// Shared state of the `_asyncio` native module: where its Python helpers and registries
// live, and the calls into the event loop that Futures and Tasks make.
//
// Everything is kept in the module's own dict (reachable from sys.modules, so the collector
// sees it, and one object for every worker of the shared platform): the registries
// `_current_tasks` ({loop: task}), `_all_tasks` (set), `_running_loops` ({thread id: loop}),
// the task-name counter, and the helpers futures.py / tasks.py store there at import
// (`_asyncio._get_event_loop = events._get_event_loop`, ...): CPython's C module likewise
// imports asyncio's Python parts for its exception classes and reprs.

import { type Ref, NULL } from '../../vm/heap.ts';
import type { Runtime } from '../../vm/runtime.ts';
import { sysModules } from '../../vm/import.ts';
import { moduleDict } from '../../vm/objects/module.ts';
import { dictGetStr, dictGet } from '../../vm/objects/dict-core.ts';
import { TS_THREAD_ID } from '../../vm/runtime.ts';
import { newTuple } from '../../vm/objects/tuple-core.ts';
import { callObject, getAttr, setAttr, isTrue } from '../../vm/abstract.ts';
import { raise } from '../../vm/errors.ts';
import { lookupType, instanceDict, fieldAddress } from '../../vm/type-object.ts';
import { T_VERSION } from '../../vm/type-layout.ts';
import { DS_A } from '../../vm/objects/descriptors.ts';
import { allocInstance } from '../../vm/objects/object.ts';
import { listAppend } from '../../vm/objects/list-core.ts';
import { threadPlatform } from './thread.ts';

export const MODULE = '_asyncio';

/** The module dict of `_asyncio`, found in sys.modules once per runtime (worker). Keeping
 *  its address is safe: asyncio.futures holds the module (`futures._asyncio`) for as long as
 *  anything can call these natives, so it is never collected. */
const stateCache = new WeakMap<Runtime, Ref>();
export function moduleState(rt: Runtime): Ref {
  const hit = stateCache.get(rt);
  if (hit !== undefined) return hit;
  const m = dictGetStr(rt, sysModules(rt), rt.intern(MODULE));
  if (m === NULL) raise(rt, rt.types.RuntimeError, '_asyncio is not imported');
  const d = moduleDict(rt, m);
  stateCache.set(rt, d);
  return d;
}

/** A value the Python side stored on the module (a helper or a registry). */
export function helper(rt: Runtime, name: string): Ref {
  const v = dictGetStr(rt, moduleState(rt), rt.intern(name));
  if (v === NULL) raise(rt, rt.types.RuntimeError, `_asyncio.${name} is not set (asyncio.futures sets it at import)`);
  return v;
}

/** loop.call_soon(fn, *args, context=ctx) (CPython call_soon in _asynciomodule.c). */
export function callSoon(rt: Runtime, loop: Ref, fn: Ref, args: Ref[], ctx: Ref): void {
  if (ctx !== NULL && callSoonInline(rt, loop, fn, args, ctx)) return;
  const m = getAttr(rt, loop, rt.intern('call_soon'));
  if (ctx === NULL) {
    callObject(rt, m, [fn, ...args]);
    return;
  }
  callObject(rt, m, [fn, ...args, ctx], newTuple(rt, [rt.intern('context')]));
}

/** The names the natives read on a loop, interned once per runtime: a task step schedules
 *  through callSoonInline, and rt.intern (a Map lookup per name) was 5% of a run of many
 *  small tasks. Interned strs are immortal, so their addresses stay valid for the runtime's
 *  life. A method's `base` key names base_events' own function, which base_events stores on
 *  the module as `_base_<name>` (see isBaseMethod). */
export interface LoopKeys {
  rt: Runtime;
  callSoon: Ref; baseCallSoon: Ref; callSoon_: Ref; baseCallSoon_: Ref;
  createFuture: Ref; baseCreateFuture: Ref; createTask: Ref; baseCreateTask: Ref;
  callLater: Ref; baseCallLater: Ref; callAt_: Ref; baseCallAt_: Ref; time: Ref; baseTime: Ref;
  timerHandleCancelled: Ref; baseTimerHandleCancelled: Ref;
  closed: Ref; debug: Ref; ready: Ref; scheduled: Ref; timerSeq: Ref; timerCancelledCount: Ref; taskFactory: Ref;
}
let loopKeys: LoopKeys | null = null;
export function keysOf(rt: Runtime): LoopKeys {
  if (loopKeys !== null && loopKeys.rt === rt) return loopKeys;
  const method = (name: string): [Ref, Ref] => [rt.intern(name), rt.intern(`_base_${name}`)];
  const [callSoon, baseCallSoon] = method('call_soon'), [callSoon_, baseCallSoon_] = method('_call_soon');
  const [createFuture, baseCreateFuture] = method('create_future'), [createTask, baseCreateTask] = method('create_task');
  const [callLater, baseCallLater] = method('call_later'), [callAt_, baseCallAt_] = method('_call_at');
  const [time, baseTime] = method('time'), [timerHandleCancelled, baseTimerHandleCancelled] = method('_timer_handle_cancelled');
  return (loopKeys = {
    rt, callSoon, baseCallSoon, callSoon_, baseCallSoon_, createFuture, baseCreateFuture, createTask, baseCreateTask,
    callLater, baseCallLater, callAt_, baseCallAt_, time, baseTime, timerHandleCancelled, baseTimerHandleCancelled,
    closed: rt.intern('_closed'),
    debug: rt.intern('_debug'),
    ready: rt.intern('_ready'),
    scheduled: rt.intern('_scheduled'),
    timerSeq: rt.intern('_timer_seq'),
    timerCancelledCount: rt.intern('_timer_cancelled_count'),
    taskFactory: rt.intern('_task_factory'),
  });
}

/** True when obj.<name> is base_events' own method (`base`, the key it is stored under on
 *  this module): neither obj's class nor obj itself overrides it. */
export function isBaseMethod(rt: Runtime, obj: Ref, name: Ref, base: Ref): boolean {
  const fn = dictGetStr(rt, moduleState(rt), base);
  if (fn === NULL || lookupType(rt, rt.typeOf(obj), name) !== fn) return false;
  const own = instanceDict(rt, obj, false);
  return own === NULL || dictGetStr(rt, own, name) === NULL;
}

/** The fields events.Handle.__init__ sets, in its order; a TimerHandle adds two. */
const HANDLE_FIELDS = ['_context', '_loop', '_callback', '_args', '_cancelled', '_repr', '_source_traceback'];
const TIMER_FIELDS = [...HANDLE_FIELDS, '_when', '_scheduled'];

/** Where `names` live in an instance of `tp` (offsets for fieldAddress) when each is a plain
 *  `__slots__` member of it; null when one is not. Cached per runtime, type and list of names
 *  while the type's version tag holds (a change to the class clears the tag). */
const offsetCache = new WeakMap<Runtime, Map<Ref, { version: number; names: readonly string[]; offsets: number[] | null }>>();
function memberOffsets(rt: Runtime, tp: Ref, names: readonly string[]): number[] | null {
  const i32 = rt.heap.i32;
  let byType = offsetCache.get(rt);
  if (byType === undefined) offsetCache.set(rt, (byType = new Map()));
  const hit = byType.get(tp);
  if (hit !== undefined && hit.names === names && hit.version !== 0 && hit.version === i32[(tp >> 2) + T_VERSION]) return hit.offsets;
  let offsets: number[] | null = [];
  for (const name of names) {
    const d = lookupType(rt, tp, rt.intern(name)); // gives the type a version tag
    if (d === NULL || (d & 1) !== 0 || rt.typeOf(d) !== rt.types.member_descriptor) { offsets = null; break; }
    offsets.push(i32[(d >> 2) + DS_A]!);
  }
  byType.set(tp, { version: i32[(tp >> 2) + T_VERSION]!, names, offsets });
  return offsets;
}

/** A new instance of `tp` with `names` set to `values` (the same fields __init__ sets). */
function newWithFields(rt: Runtime, tp: Ref, names: readonly string[], values: Ref[]): Ref {
  const obj = allocInstance(rt, tp);
  const offsets = memberOffsets(rt, tp, names);
  if (offsets === null) {
    for (let i = 0; i < names.length; i++) slotSet(rt, obj, names[i]!, values[i]!);
  } else {
    const i32 = rt.heap.i32;
    for (let i = 0; i < offsets.length; i++) i32[fieldAddress(rt, obj, offsets[i]!) >> 2] = values[i]!;
  }
  return obj;
}

/**
 * What BaseEventLoop.call_soon(fn, *args, context=ctx) does, without running its Python
 * code, when the loop's call_soon and _call_soon are base_events' own and debug mode is off:
 * check the loop is open, make the events.Handle (the fields its __init__ sets) and append
 * it to loop._ready. Every task step schedules through here; a Handle made by its class
 * call costs a Python __init__ frame. Returns false where the Python method must run.
 */
function callSoonInline(rt: Runtime, loop: Ref, fn: Ref, args: Ref[], ctx: Ref): boolean {
  const k = keysOf(rt);
  if (!isBaseMethod(rt, loop, k.callSoon, k.baseCallSoon) || !isBaseMethod(rt, loop, k.callSoon_, k.baseCallSoon_)) return false;
  if (isTrue(rt, getAttr(rt, loop, k.closed))) raise(rt, rt.types.RuntimeError, 'Event loop is closed');
  if (isTrue(rt, getAttr(rt, loop, k.debug))) return false;
  const h = newWithFields(rt, helper(rt, '_Handle'), HANDLE_FIELDS,
    [ctx, loop, fn, args.length === 0 ? rt.emptyTuple : newTuple(rt, args), rt.false, rt.none, rt.none]);
  listAppend(rt, getAttr(rt, loop, k.ready), h);
  return true;
}

/** The running thread's id, as _thread.get_ident() gives it (the key of the per-thread
 *  registries here and in contextvars). */
export function threadKey(rt: Runtime): Ref {
  return rt.newInt(rt.heap.i32[(rt.ts >> 2) + TS_THREAD_ID]!);
}

/**
 * contextvars.copy_context(): a new Context holding the current one's data. Done
 * here on the objects contextvars.py defines (its per-thread `_contexts` dict and the
 * Context's `_data` and `_entered` slots, as its Context() and copy() set them) because
 * every Task and every done-callback without a context takes one; when this thread has no
 * context yet, contextvars' own function runs (it creates one).
 */
export function copyContext(rt: Runtime): Ref {
  const cur = dictGet(rt, helper(rt, '_contexts'), threadKey(rt));
  if (cur === NULL || cur === rt.none) return callObject(rt, helper(rt, 'copy_context'), []);
  // The data dict is shared, as Context.copy() shares it: ContextVar.set/reset replace a
  // context's dict before writing (copy on write), so the copy costs no dict.
  const ctx = allocInstance(rt, helper(rt, '_Context'));
  slotSet(rt, ctx, '_data', slotGet(rt, cur, '_data'));
  slotSet(rt, ctx, '_entered', rt.false);
  return ctx;
}

/** The registry key of the native Task type (asyncio.ts; the Future's is FUTURE_KEY). */
export const TASK_KEY = '_asyncio.Task';

/** The loop running in this thread (get_running_loop's answer), or None. */
export function runningLoop(rt: Runtime): Ref {
  const v = dictGet(rt, helper(rt, '_running_loops'), threadKey(rt));
  return v === NULL ? rt.none : v;
}

/** Whether this run is traced (the page's runs are): the natives then emit trace events. */
export const tracing = (rt: Runtime): boolean => threadPlatform(rt)?.trace !== undefined;

/**
 * events.TimerHandle(when, callback, args, loop, context) without running its Python
 * __init__ chain (Handle.__init__ then the timer's two fields): what call_at makes for
 * every sleep(d). The fields and their order are those the two __init__ methods set.
 */
export function newTimerHandle(rt: Runtime, when: Ref, fn: Ref, args: Ref, loop: Ref, ctx: Ref): Ref {
  if (ctx === NULL || ctx === rt.none) ctx = copyContext(rt);
  return newWithFields(rt, helper(rt, '_TimerHandle'), TIMER_FIELDS,
    [ctx, loop, fn, args, rt.false, rt.none, rt.none, when, rt.false]);
}

/** obj.name = v for a `__slots__` member of obj's class: the word is written directly once
 *  the class's member descriptor gives its offset (what the descriptor's __set__ does);
 *  anything else goes through setattr. */
export function slotSet(rt: Runtime, obj: Ref, name: string, v: Ref): void {
  const key = rt.intern(name);
  const d = lookupType(rt, rt.typeOf(obj), key);
  if (d !== NULL && (d & 1) === 0 && rt.typeOf(d) === rt.types.member_descriptor) {
    rt.heap.i32[fieldAddress(rt, obj, rt.heap.i32[(d >> 2) + DS_A]!) >> 2] = v;
    return;
  }
  setAttr(rt, obj, key, v);
}

/** obj.name for a `__slots__` member (NULL-valued members raise AttributeError as usual). */
export function slotGet(rt: Runtime, obj: Ref, name: string): Ref {
  const key = rt.intern(name);
  const d = lookupType(rt, rt.typeOf(obj), key);
  if (d !== NULL && (d & 1) === 0 && rt.typeOf(d) === rt.types.member_descriptor) {
    const v = rt.heap.i32[fieldAddress(rt, obj, rt.heap.i32[(d >> 2) + DS_A]!) >> 2] as Ref;
    if (v !== NULL) return v;
  }
  return getAttr(rt, obj, key);
}
