// The eval loop: runs a thread's frames until it finishes, blocks, or must yield the GIL.
//
// Implementation notes (docs/architecture.md "Frames, threads and the eval loop"; CPython
// 3.13 Python/bytecodes.c and Python/ceval.c are the model, opcodes as src/python/opcodes.ts
// defines them):
// - One JS function, `execute`, dispatches with a `switch` on the opcode of a local
//   Int32Array (the worker's decoded copy of the code, code-object.ts). The instruction
//   index `ip` (next instruction) and the stack pointer `sp` (an absolute i32 index into the
//   heap) live in JS locals and are written back to the heap frame (F_LASTI = ip, F_SP =
//   depth) only at calls, check points, suspensions and exceptions. `execute` defines no
//   closures: a closure capturing ip/sp/frame words would move them into a heap context.
// - Fast paths (CPython 3.12's specialisations in spirit, Python/specialize.c): small-int
//   and float arithmetic/comparison, ints below 2**53 without BigInt, list/tuple indexing,
//   range iteration, LOAD_GLOBAL/LOAD_NAME caches keyed by dict versions, LOAD_ATTR /
//   STORE_ATTR caches keyed by type version tags (eval-support.ts AK_*), positional calls
//   with defaults filled straight from the caller's stack, str(small int).
// - A Python-to-Python call pushes a frame and continues in the same loop (no JS recursion);
//   RETURN pops it. Only native code calling back into Python (a type's __init__, sorted's
//   key, list(gen)) runs a nested `execute`, whose entry frame is flagged FF_ENTRY so that its
//   return hands the value back to JS.
// - Exceptions are JS throws of PyError; the catch around the dispatch loop adds a traceback
//   entry for the frame, looks up the code's exception table for the raising instruction
//   (ip - 1), and either jumps to the handler or pops the frame and continues unwinding in
//   the caller.
// - Eval-breaker check points exactly as DESIGN.md §4 / CPython 3.13: RESUME 0 (function
//   entry), JUMP_BACKWARD, and after a CALL whose callee was native. Never between a load,
//   a BINARY_OP and a store, so `x += 1` is atomic under the GIL.
// - Step budget (free-threaded mode on the virtual platform only): `run(rt, budget, steps)`
//   with steps > 0 returns 'yield-gil' before the instruction after the first `steps`, at
//   any instruction boundary of the program's code (library code runs on to the next one),
//   so threads "running in parallel" interleave between a load and a store as PEP 703
//   threads on real cores do. One decrement and one rarely taken branch per instruction
//   when off (the counter starts at STEPS_OFF and is re-armed).
// - A native that must block returns BLOCK (vm-state.ts requestBlock). At top level the loop
//   saves the frame and returns { kind: 'block' }; `resume` later pushes the call's result
//   (or raises the exception) and `run` continues. Nested, the platform's blockNested waits
//   synchronously.
// - Generators: RETURN_GENERATOR wraps the current frame in a generator object and returns
//   it. FOR_ITER / SEND / gen.send() driven by Python code resume the generator frame in
//   this loop; on YIELD_VALUE or return, control goes back to the resumer, which is told
//   apart by the op at its ip - 1 (FOR_ITER, SEND, or a call).

import { type Ref, NULL, isSmallInt, smallInt, fitsSmallInt, M_UNSAFE_NESTING } from './heap.ts';
import {
  type Runtime, TS_FRAME, TS_EXC_INFO, TS_RECURSION, TS_EVAL_BREAKER, TS_CUR_EXC, TS_RAW_A,
  EB_GC_REQUEST, EB_GIL_DROP_REQUEST, EB_ASYNC_EXC, TS_ASYNC_EXC,
} from './runtime.ts';
import { OP, FN_DEFAULTS as SF_DEFAULTS, FN_KWDEFAULTS as SF_KWDEFAULTS, FN_ANNOTATIONS as SF_ANNOTATIONS, FN_CLOSURE as SF_CLOSURE, INTRINSIC_1, INTRINSIC_2 } from '../python/opcodes.ts';
import { CO_GENERATOR, CO_COROUTINE, CO_ASYNC_GENERATOR, CO_ITERABLE_COROUTINE, CO_VARARGS, CO_VARKEYWORDS } from '../python/code.ts';
import {
  F_CODE, F_GLOBALS, F_BUILTINS, F_LOCALS, F_BACK, F_LASTI, F_SP, F_FUNC, F_FLAGS, F_GEN,
  F_LOCALSPLUS, FF_ENTRY, FF_DONE, FF_GEN, FF_EXC_UNIT, FF_ESCAPED, allocFrame, releaseFrame,
} from './frame.ts';
import { type DecodedCode, type AttrCacheFn, decodeCode, findHandler } from './code-object.ts';
import { PyError, raise, typeError, isPyErrorOf } from './errors.ts';
import {
  setAttr, richCompare, isTrue, getIter, iterNext, setItem,
  contains, callObject, isSubtype, typeName, isInstance, lookupSpecial, unaryOp,
  UnOp, getAttrOpt, attributeError,
} from './abstract.ts';
import { lookupType, instanceDict } from './type-object.ts';
import { T_FLAGS, T_VERSION, T_DICTOFFSET, TF_METHOD_DESCRIPTOR, TF_BASE_EXC_SUBCLASS, TF_TYPE_SUBCLASS, TF_HEAPTYPE } from './type-layout.ts';
import { AK_DICT, AK_DATA, AK_METHOD, AK_SLOT } from './eval-support.ts';
import {
  dictGetStr, dictSet, dictGet, dictNext, dictEntryKey, dictEntryValue, D_ENTRIES, D_NENTRIES, D_VERSION,
} from './objects/dict-core.ts';
import { freeThreading } from './object-lock.ts';
import { newTuple, tupleLen, TU_ITEMS, TU_LEN } from './objects/tuple-core.ts';
import { newList, listAppend, listLen, L_LEN, L_ITEMS } from './objects/list-core.ts';
import { newStrFromJs } from './objects/str-core.ts';
import { newCell, CELL_REF } from './objects/cell.ts';
import { M_FUNC, M_SELF } from './objects/method.ts';
import { newFunction, FN_CODE, FN_CLOSURE, FN_GLOBALS, FN_BUILTINS, FN_DEFAULTS, FN_KWDEFAULTS, FN_ANNOTATIONS } from './objects/function.ts';
import {
  newGenerator, GEN_FRAME, GEN_STATE, GEN_EXC, GEN_OUTER_EXC, GS_CREATED, GS_SUSPENDED, GS_RUNNING, GS_CLOSED,
  isGenLike,
} from './objects/generator.ts';
import { newTraceback } from './objects/traceback.ts';
import { bindArgs } from './eval-call.ts';
import { vm, BLOCK, type BlockRequest, type VmState, recursionLimit } from './vm-state.ts';
import {
  excTraceback, setExcTraceback, excContext, setExcCause, normalizeRaise, isBaseExcInstance,
} from './exc-util.ts';
import * as S from './eval-support.ts';
import { discardedCoroutine } from './unawaited-coroutine.ts';
import { rareOp } from './eval-rare.ts';
import { freezeHeap } from './gc.ts';

export type RunResult =
  | { kind: 'done'; value: Ref }
  | { kind: 'exception'; exc: Ref }
  | { kind: 'exit'; exc: Ref }
  | { kind: 'block'; request: BlockRequest }
  | { kind: 'yield-gil' };

/** Result of resuming a generator from native code. */
export interface GenStep { yielded: boolean; value: Ref }

// Opcode numbers as locals: the switch compares against these.
const {
  NOP, RESUME, POP_TOP, PUSH_NULL, COPY, SWAP, LOAD_CONST, RETURN_CONST, RETURN_VALUE, LOAD_FAST,
  LOAD_FAST_CHECK, STORE_FAST, DELETE_FAST, LOAD_NAME, STORE_NAME, DELETE_NAME, LOAD_GLOBAL,
  STORE_GLOBAL, DELETE_GLOBAL, LOAD_DEREF, STORE_DEREF, DELETE_DEREF, MAKE_CELL, COPY_FREE_VARS,
  LOAD_CLOSURE, LOAD_FROM_DICT_OR_DEREF, LOAD_LOCALS, LOAD_ATTR, STORE_ATTR, DELETE_ATTR, BINARY_OP,
  UNARY_NEGATIVE, UNARY_NOT, UNARY_INVERT, COMPARE_OP, IS_OP, CONTAINS_OP, BINARY_SUBSCR, STORE_SUBSCR,
  DELETE_SUBSCR, BINARY_SLICE, STORE_SLICE, BUILD_SLICE, BUILD_TUPLE, BUILD_LIST, BUILD_SET, BUILD_MAP,
  BUILD_CONST_KEY_MAP, BUILD_STRING, LIST_APPEND, SET_ADD, MAP_ADD, LIST_EXTEND, SET_UPDATE, DICT_UPDATE,
  DICT_MERGE, UNPACK_SEQUENCE, UNPACK_EX, CONVERT_VALUE, FORMAT_SIMPLE, FORMAT_WITH_SPEC, JUMP_FORWARD,
  JUMP_BACKWARD, JUMP_BACKWARD_NO_INTERRUPT, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, POP_JUMP_IF_NONE,
  POP_JUMP_IF_NOT_NONE, GET_ITER, FOR_ITER, CALL, CALL_KW, CALL_FUNCTION_EX, MAKE_FUNCTION,
  SET_FUNCTION_ATTRIBUTE, RETURN_GENERATOR, YIELD_VALUE, GET_YIELD_FROM_ITER, SEND, END_SEND,
  CLEANUP_THROW, GET_AWAITABLE, GET_AITER, GET_ANEXT, END_ASYNC_FOR, BEFORE_WITH, BEFORE_ASYNC_WITH,
  WITH_EXCEPT_START, PUSH_EXC_INFO, POP_EXCEPT, CHECK_EXC_MATCH, CHECK_EG_MATCH, RERAISE, RAISE_VARARGS,
  LOAD_ASSERTION_ERROR, LOAD_BUILD_CLASS, SETUP_ANNOTATIONS, IMPORT_NAME, IMPORT_FROM, CALL_INTRINSIC_1,
  CALL_INTRINSIC_2,
} = OP;

const GENLIKE_FLAGS = CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR;

// ---- frames --------------------------------------------------------------------------------

/** A new frame for `d`, linked to `back`, made the thread's current frame. Raises
 *  RecursionError at the recursion limit. */
function pushFrame(rt: Runtime, d: DecodedCode, globals: Ref, builtins: Ref, locals: Ref, func: Ref, back: Ref): Ref {
  const i32 = rt.heap.i32, tw = rt.ts >> 2;
  const depth = i32[tw + TS_RECURSION] + 1;
  if (depth > recursionLimit(rt)) raise(rt, rt.types.RecursionError, 'maximum recursion depth exceeded');
  const f = allocFrame(rt, rt.types.frame, d.nlocalsplus, d.stacksize);
  const w = f >> 2;
  i32[w + F_CODE] = d.ref;
  i32[w + F_GLOBALS] = globals;
  i32[w + F_BUILTINS] = builtins;
  i32[w + F_LOCALS] = locals;
  i32[w + F_BACK] = back;
  i32[w + F_FUNC] = func;
  i32[tw + TS_RECURSION] = depth;
  i32[tw + TS_FRAME] = f;
  return f;
}

/** A frame for calling Python function `func` with args (positional then keyword values). */
/** The decoded code of the frame frameForCall made last (saves a second lookup in load). */
let lastCallDecoded: DecodedCode | null = null;

/** frameForCall with the arguments read from the heap at i32[from .. from+n) (the caller's
 *  value stack): no JS array. Positional calls that need at most the function's positional
 *  defaults (no *args/**kwargs/keyword-only parameters) fill the frame directly. */
function frameForStackCall(rt: Runtime, func: Ref, from: number, n: number, kwnames: Ref | null, back: Ref): Ref {
  const i32 = rt.heap.i32, fw = func >> 2;
  const d = decodeCode(rt, i32[fw + FN_CODE] as Ref);
  const a = d.argcount;
  if (kwnames === null && n <= a && (d.flags & (CO_VARARGS | CO_VARKEYWORDS)) === 0 && d.kwonly === 0) {
    let defaults = 0, m = a;
    if (n < a) {
      defaults = i32[fw + FN_DEFAULTS];
      m = a - (defaults === NULL ? 0 : i32[(defaults >> 2) + TU_LEN]);
    }
    if (n >= m) {
      const tw = rt.ts >> 2;
      const depth = i32[tw + TS_RECURSION] + 1;
      if (depth > recursionLimit(rt)) raise(rt, rt.types.RecursionError, 'maximum recursion depth exceeded');
      const f = allocFrame(rt, rt.types.frame, d.nlocalsplus, d.stacksize);
      const w = f >> 2, lp = w + F_LOCALSPLUS;
      // Loops, not copyWithin: n is small and copyWithin is a runtime call (~30 ns).
      for (let i = 0; i < n; i++) i32[lp + i] = i32[from + i];
      if (n < a) {
        const dw = (defaults >> 2) + TU_ITEMS - m;
        for (let i = n; i < a; i++) i32[lp + i] = i32[dw + i];
      }
      i32[w + F_CODE] = d.ref;
      i32[w + F_GLOBALS] = i32[fw + FN_GLOBALS];
      i32[w + F_BUILTINS] = i32[fw + FN_BUILTINS];
      i32[w + F_BACK] = back;
      i32[w + F_FUNC] = func;
      i32[tw + TS_RECURSION] = depth;
      i32[tw + TS_FRAME] = f;
      lastCallDecoded = d;
      return f;
    }
  }
  const npos = kwnames === null ? n : n - tupleLen(rt, kwnames);
  return frameForCall(rt, func, i32, npos, kwnames, back, from);
}

function frameForCall(rt: Runtime, func: Ref, args: ArrayLike<number>, npos: number, kwnames: Ref | null, back: Ref, argOff = 0): Ref {
  const i32 = rt.heap.i32, fw = func >> 2;
  const d = decodeCode(rt, i32[fw + FN_CODE] as Ref);
  lastCallDecoded = d;
  // Bind first into a scratch frame-less area: allocate the frame, then bind into it. A
  // binding error must not leave the frame on the thread, so pushFrame comes after.
  const f = allocFrame(rt, rt.types.frame, d.nlocalsplus, d.stacksize);
  const base = (f >> 2) + F_LOCALSPLUS;
  if (kwnames === null && npos === d.argcount && (d.flags & (CO_VARARGS | CO_VARKEYWORDS)) === 0 && d.kwonly === 0) {
    for (let i = 0; i < npos; i++) i32[base + i] = args[argOff + i];
  } else {
    bindArgs(rt, func, d, base, args, npos, kwnames, argOff);
  }
  const tw = rt.ts >> 2;
  const depth = i32[tw + TS_RECURSION] + 1;
  if (depth > recursionLimit(rt)) raise(rt, rt.types.RecursionError, 'maximum recursion depth exceeded');
  const w = f >> 2;
  i32[w + F_CODE] = d.ref;
  i32[w + F_GLOBALS] = i32[fw + FN_GLOBALS];
  i32[w + F_BUILTINS] = i32[fw + FN_BUILTINS];
  i32[w + F_BACK] = back;
  i32[w + F_FUNC] = func;
  i32[tw + TS_RECURSION] = depth;
  i32[tw + TS_FRAME] = f;
  return f;
}

/** Pop frame f off the thread (its caller becomes current). */
function popFrame(rt: Runtime, f: Ref): Ref {
  const i32 = rt.heap.i32, tw = rt.ts >> 2;
  const back = i32[(f >> 2) + F_BACK] as Ref;
  i32[tw + TS_FRAME] = back;
  i32[tw + TS_RECURSION]--;
  return back;
}

// ---- entry points --------------------------------------------------------------------------

/** Prepare the thread to run `code` (a module body) with the given namespace: the first
 *  `run` executes it. */
export function startModule(rt: Runtime, code: Ref, globals: Ref, builtins: Ref): void {
  // The runtime's own objects become permanent before the program runs (gc.ts freezeHeap),
  // where the platform collects garbage at all.
  if (vm(rt).collect !== null) freezeHeap(rt, [code, globals, builtins]);
  const d = decodeCode(rt, code);
  const f = pushFrame(rt, d, globals, builtins, globals, NULL, rt.heap.i32[(rt.ts >> 2) + TS_FRAME] as Ref);
  rt.heap.i32[(f >> 2) + F_FLAGS] |= FF_ENTRY;
}

/** Prepare the thread to call `func(*args)` (a thread's target): the first `run` runs it. */
export function startCall(rt: Runtime, func: Ref, args: Ref[]): void {
  const back = rt.heap.i32[(rt.ts >> 2) + TS_FRAME] as Ref;
  if (rt.typeOf(func) !== rt.types.function) throw new Error('startCall: a Python function is required');
  const f = frameForCall(rt, func, args, args.length, null, back);
  rt.heap.i32[(f >> 2) + F_FLAGS] |= FF_ENTRY;
}

/** Free-threaded interleaving: the step counter of a loop not given a step budget (a Smi, so
 *  the per-instruction decrement stays an integer op); it is re-armed when it runs out. */
const STEPS_OFF = 0x1fffffff;
/** The counter the last top-level `execute` left, for `run` to tell how many it used. */
let stepsLeft = 0;
/** Instructions the top-level loop ran past its step budget, inside library code. */
let stepsOver = 0;
/** How far library code may run past the step budget before it stops at a check point. */
const LIBRARY_STEPS = 10_000;
let lastSteps = 0;

/** Instructions the last `run` given a step budget executed in its top-level loop (nested
 *  loops of natives calling back into Python are not counted, nor interrupted). */
export function lastRunSteps(): number {
  return lastSteps;
}

/** How many check points a driver lets `run` go before it returns and is called again,
 *  when nothing else asks the thread to stop. V8 optimises `execute` while a long loop runs
 *  in its unoptimised code, but that running call can only switch to the optimised code
 *  through on-stack replacement, a second compilation of this large function (0.2-0.7 s of
 *  compiler time, seen with --trace-opt) that starts later still. Returning every few
 *  hundred check points lets the next call start in the optimised code as soon as it
 *  exists, and no on-stack replacement was compiled any more. A child process's loop of
 *  2 x 1M iterations went from 0.63 + 0.38 s to 0.33 + 0.22 s (0.13 s per 1M once warm); the
 *  cost is one return and re-entry per 200 loop iterations or calls, not measurable. */
export const REENTRY_CHECKPOINTS = 200;

/** Run the current thread (rt.ts) for at most `budget` check points and, when `steps` > 0,
 *  about `steps` instructions: it stops at the first instruction boundary after them that
 *  is in the program's own code (not in the standard library's). */
export function run(rt: Runtime, budget = Infinity, steps = 0): RunResult {
  const st = vm(rt);
  // The heap asks for a collection once, when its allocation count crosses the threshold;
  // a crossing while no thread ran (start-up) would otherwise never be served.
  if (rt.heap.gcDue()) rt.requestGc();
  const saved = st.nesting;
  st.nesting = 0;
  try {
    // The counter is decremented before each instruction, and the stop comes when it reaches
    // 0, before instruction steps + 1.
    stepsOver = 0;
    const r = execute(rt, budget, false, steps > 0 ? steps + 1 : 0);
    if (budget !== Infinity) st.checkpoints += budget - st.budgetLeft;
    if (steps > 0) lastSteps = steps + 1 - stepsLeft + stepsOver;
    return r;
  } finally {
    st.nesting = saved;
  }
}

/** Complete the call that blocked: its result value, or an exception to raise there. */
export function resume(rt: Runtime, outcome: { value: Ref } | { exception: Ref }): void {
  const i32 = rt.heap.i32, tw = rt.ts >> 2;
  const f = i32[tw + TS_FRAME] as Ref;
  if ('value' in outcome) {
    const w = f >> 2;
    const sp = w + F_LOCALSPLUS + S.nlp(rt, f) + i32[w + F_SP];
    i32[sp] = outcome.value;
    i32[w + F_SP]++;
  } else {
    i32[tw + TS_CUR_EXC] = outcome.exception;
  }
  i32[tw + TS_RAW_A] = 0;
}

/** Call Python function `func` from native code: a nested eval loop. */
export function callFunctionNested(rt: Runtime, func: Ref, args: Ref[], kwnames: Ref | null): Ref {
  const i32 = rt.heap.i32;
  const npos = kwnames === null ? args.length : args.length - tupleLen(rt, kwnames);
  const back = i32[(rt.ts >> 2) + TS_FRAME] as Ref;
  // Safe for the collector only when an audited native named exactly this call (gc-safe.ts).
  const safe = rt.gcSafeTarget === func;
  rt.gcSafeTarget = NULL;
  const f = frameForCall(rt, func, args, npos, kwnames, back);
  i32[(f >> 2) + F_FLAGS] |= FF_ENTRY;
  return runNested(rt, safe);
}

/** Count a nested loop whose native caller may hold unrooted values: no collection while
 *  any is active, on any thread (gc-safe.ts). */
function unsafeNesting(rt: Runtime, delta: number): void {
  const i32 = rt.heap.i32;
  if (rt.heap.shared) Atomics.add(i32, M_UNSAFE_NESTING, delta); else i32[M_UNSAFE_NESTING] += delta;
}

/** Run a code object (exec/eval, class bodies) in a nested loop with the given namespaces. */
export function evalCodeNested(rt: Runtime, code: Ref, globals: Ref, locals: Ref, func: Ref = NULL): Ref {
  const i32 = rt.heap.i32;
  const d = decodeCode(rt, code);
  const builtins = S.builtinsFor(rt, globals);
  const f = pushFrame(rt, d, globals, builtins, locals, func, i32[(rt.ts >> 2) + TS_FRAME] as Ref);
  i32[(f >> 2) + F_FLAGS] |= FF_ENTRY;
  if (func !== NULL) S.copyClosure(rt, f, func, d);
  return runNested(rt);
}

/** Run the thread's current (FF_ENTRY) frame in a nested loop until it returns. `safe`: the
 *  native below holds nothing unrooted, so the collector may run (gc-safe.ts). */
export function runNested(rt: Runtime, safe = false): Ref {
  const st = vm(rt);
  st.nesting++;
  if (!safe) unsafeNesting(rt, 1);
  try {
    const r = execute(rt, Infinity, true);
    if (r.kind === 'done') return r.value;
    if (r.kind === 'exception' || r.kind === 'exit') throw new PyError(r.exc);
    throw new Error(`nested eval loop returned ${r.kind}`);
  } finally {
    st.nesting--;
    if (!safe) unsafeNesting(rt, -1);
  }
}

/** Resume generator `g` from native code with `value` sent (or `exc` thrown). */
export function genResumeNested(rt: Runtime, g: Ref, value: Ref, exc: Ref = NULL): GenStep {
  const i32 = rt.heap.i32;
  const safe = rt.gcSafeTarget === g;
  rt.gcSafeTarget = NULL;
  const back = i32[(rt.ts >> 2) + TS_FRAME] as Ref;
  const f = S.genEnter(rt, g, value, exc, back);
  if (f === NULL) return { yielded: false, value: S.lastGenReturn(rt) };
  i32[(f >> 2) + F_FLAGS] |= FF_ENTRY;
  const st = vm(rt);
  st.nesting++;
  if (!safe) unsafeNesting(rt, 1);
  try {
    const r = execute(rt, Infinity, true);
    if (r.kind === 'done') return { yielded: S.lastWasYield(rt), value: r.value };
    if (r.kind === 'exception' || r.kind === 'exit') throw new PyError(r.exc);
    throw new Error(`nested eval loop returned ${r.kind}`);
  } finally {
    st.nesting--;
    if (!safe) unsafeNesting(rt, -1);
  }
}

let propertyRt: Runtime | null = null;
let propertyRef: Ref = NULL;
function propertyType(rt: Runtime): Ref {
  if (propertyRt !== rt) { propertyRef = rt.typeFor('property'); propertyRt = rt; }
  return propertyRef;
}

let rangeIterRt: Runtime | null = null;
let rangeIterRef: Ref = NULL;
function rangeIterType(rt: Runtime): Ref {
  if (rangeIterRt !== rt) { rangeIterRef = rt.typeFor('range_iterator'); rangeIterRt = rt; }
  return rangeIterRef;
}

/** A collection requested at a check point. Out of checkBreaker, which V8 inlines into
 *  execute: this runs about once per few MiB allocated, and paths first taken inside the
 *  inlined code (a first collection, the other mode's collector) threw execute's optimized
 *  code away, a 0.1-0.3 s recompile each time on a busy worker. */
function serveGcRequest(rt: Runtime, st: VmState, i32: Int32Array, ebIndex: number): void {
  if (i32[M_UNSAFE_NESTING] !== 0) return;
  if (rt.heap.shared) Atomics.and(i32, ebIndex, ~EB_GC_REQUEST); else i32[ebIndex] &= ~EB_GC_REQUEST;
  const collect = st.collect;
  if (collect !== null) collect(rt);
}

/** Eval-breaker check (the caller has saved ip/sp into the frame): returns a RunResult to
 *  leave the loop with, or null to continue. A module-level function rather than a closure
 *  in `execute`: a closure would force execute's hot locals (ip, sp, frame words) into a
 *  heap-allocated context, costing a memory access on every use. */
function checkBreaker(rt: Runtime, st: VmState, nested: boolean, budget: number): RunResult | null {
  const i32 = rt.heap.i32, tw = rt.ts >> 2, ebIndex = tw + TS_EVAL_BREAKER;
  const bits = i32[ebIndex];
  // Collect only when no native that may hold unrooted values is below a nested loop, on
  // any thread (gc-safe.ts): natives' JS locals are not GC roots. Every frame of this thread
  // has saved its stack depth before the call that nested (see the F_SP stores before calls
  // that can run Python code). A request seen meanwhile stays pending until then.
  if ((bits & EB_GC_REQUEST) !== 0) serveGcRequest(rt, st, i32, ebIndex);
  if (bits & EB_ASYNC_EXC) {
    if (rt.heap.shared) Atomics.and(i32, ebIndex, ~EB_ASYNC_EXC); else i32[ebIndex] &= ~EB_ASYNC_EXC;
    const e = i32[tw + TS_ASYNC_EXC] as Ref;
    i32[tw + TS_ASYNC_EXC] = NULL;
    if (e !== NULL) throw new PyError(S.instantiateExc(rt, e));
  }
  if (nested) {
    // The caller resets its budget: a nested loop runs until its entry frame returns.
    if ((bits & EB_GIL_DROP_REQUEST) && st.yieldNested) st.yieldNested(rt);
    return null;
  }
  if ((bits & EB_GIL_DROP_REQUEST) || budget <= 0) return { kind: 'yield-gil' };
  return null;
}

/** A builtin asked to block while natives are below us on the JS stack: the platform must
 *  wait synchronously (blockNested); one that cannot says so. Used by every call site that
 *  can block (CALL, CALL_FUNCTION_EX, BEFORE_WITH). */
function waitNested(rt: Runtime, st: ReturnType<typeof vm>, req: BlockRequest): Ref {
  if (!st.blockNested) raise(rt, rt.types.RuntimeError, `cannot block (${req.kind}) inside a callback on this platform`);
  return st.blockNested(rt, req);
}

// ---- the loop ------------------------------------------------------------------------------

function execute(rt: Runtime, budget: number, nested: boolean, stepBudget = 0): RunResult {
  const heap = rt.heap;
  const i32 = heap.i32;
  const st = vm(rt);
  const tw = rt.ts >> 2;
  const ebIndex = tw + TS_EVAL_BREAKER;
  const types = rt.types;
  const tFunction = types.function, tMethod = types.method, tStr = types.str, tTuple = types.tuple, tList = types.list;
  const tFloat = types.float, tStrType = types.str, tMethodDescr = types.method_descriptor;
  const tRangeIter = rangeIterType(rt);
  const tProperty = propertyType(rt);

  let f = i32[tw + TS_FRAME] as Ref;
  let fw = f >> 2;
  let d = decodeCode(rt, i32[fw + F_CODE] as Ref);
  let code = d.code;
  let consts = d.consts;
  let names = d.names;
  let lp = fw + F_LOCALSPLUS;
  let sb = lp + d.nlocalsplus;
  let ip = i32[fw + F_LASTI];
  let sp = sb + i32[fw + F_SP];
  /** Set when the exception being unwound must not get a new traceback entry (RERAISE). */
  let reraise = false;
  let pending: Ref = i32[tw + TS_CUR_EXC] as Ref;
  if (pending !== NULL) i32[tw + TS_CUR_EXC] = NULL;
  let steps = stepBudget > 0 ? stepBudget : STEPS_OFF;

  /** A Python exception raised by this loop's own code: it goes to the unwinding below by
   *  `break dispatch`, not by a JS throw. A JS exception caught by a frame of `execute`
   *  while V8 runs it as baseline (Sparkplug) code costs two linear scans of the function's
   *  pc-to-bytecode-offset table (BaselineFrame::GetBytecodeOffset and
   *  GetPCForBytecodeOffset), about 40 µs for a function this size: a coroutine's return
   *  caught by a task step's `except` took 48 µs before V8 had optimized `execute`, 9 µs
   *  now (docs/architecture.md, the eval loop's warm-up). */
  let raised: Ref = NULL;

  try {
  for (;;) {
    let exc: Ref;
    try {
      if (pending !== NULL) { raised = pending; pending = NULL; } else
      dispatch: for (;;) {
        if (--steps === 0) {
          if (stepBudget === 0) steps = STEPS_OFF;
          else if (d.filename.startsWith('<frozen ')) {
            // The standard library's own Python code stands for CPython's C code (deque,
            // heapq, ...), which PEP 703 keeps atomic per object: go on, and stop at the
            // first instruction back in the program's code. A library loop that runs on
            // (a poll that reads the clock) stops at its next check point instead.
            steps = 1;
            if (++stepsOver > LIBRARY_STEPS) budget = 0;
          } else {
            // Out of steps: suspend before this instruction, exactly as at a check point.
            i32[fw + F_LASTI] = ip; i32[fw + F_SP] = sp - sb;
            steps = 1; // it did not run: `run` counts stepBudget - steps
            return { kind: 'yield-gil' };
          }
        }
        const word = code[ip++];
        const arg = word >>> 8;
        // Numeric literal labels (checked against opcodes.ts by eval-dispatch.test.ts): V8
        // builds a jump table only for a switch over literals.
        switch (word & 0xff) {
          case 0 /* NOP */:
            break;
          case 1 /* RESUME */:
            if (arg === 0 && (i32[ebIndex] !== 0 || --budget <= 0)) {
              i32[fw + F_LASTI] = ip; i32[fw + F_SP] = sp - sb;
              const r = checkBreaker(rt, st, nested, budget);
              if (nested) budget = Infinity;
              if (r !== null) return r;
            }
            break;
          case 2 /* POP_TOP */: {
            const v = i32[--sp]!;
            if ((v & 1) === 0 && v !== 0 && i32[v >> 2] === types.coroutine) {
              i32[fw + F_LASTI] = ip; i32[fw + F_SP] = sp - sb;
              discardedCoroutine(rt, v as Ref, code, ip);
            }
            break;
          }
          case 3 /* PUSH_NULL */:
            i32[sp++] = 0;
            break;
          case 4 /* COPY */:
            i32[sp] = i32[sp - arg];
            sp++;
            break;
          case 5 /* SWAP */: {
            const t = i32[sp - 1];
            i32[sp - 1] = i32[sp - arg];
            i32[sp - arg] = t;
            break;
          }
          case 6 /* LOAD_CONST */:
            i32[sp++] = consts[arg];
            break;
          case 9 /* LOAD_FAST */:
            i32[sp++] = i32[lp + arg];
            break;
          case 10 /* LOAD_FAST_CHECK */: {
            const v = i32[lp + arg];
            if (v === 0) S.unboundLocal(rt, d, arg);
            i32[sp++] = v;
            break;
          }
          case 11 /* STORE_FAST */:
            i32[lp + arg] = i32[--sp];
            break;
          case 12 /* DELETE_FAST */:
            if (i32[lp + arg] === 0) S.unboundLocal(rt, d, arg);
            i32[lp + arg] = 0;
            break;
          case 16 /* LOAD_GLOBAL */: {
            const idx = ip - 1;
            const g = i32[fw + F_GLOBALS] as Ref, b = i32[fw + F_BUILTINS] as Ref;
            let v: Ref;
            if (d.gCacheGv[idx] === i32[(g >> 2) + 6] && d.gCacheBv[idx] === i32[(b >> 2) + 6] && d.gCacheG[idx] === g) {
              v = d.gCacheValue[idx] as Ref;
            } else {
              v = S.loadGlobalKeyed(rt, d, idx, g, b, names[arg >> 1]);
            }
            i32[sp++] = v;
            if (arg & 1) i32[sp++] = 0;
            break;
          }
          case 13 /* LOAD_NAME */: {
            // A module body (locals is globals, an exact dict): LOAD_NAME finds what
            // LOAD_GLOBAL would, so it shares LOAD_GLOBAL's cache, keyed by dict versions.
            const g = i32[fw + F_GLOBALS] as Ref, b = i32[fw + F_BUILTINS] as Ref;
            if (i32[fw + F_LOCALS] === g && i32[g >> 2] === types.dict && i32[b >> 2] === types.dict) {
              const idx = ip - 1;
              let v: Ref;
              if (d.gCacheGv[idx] === i32[(g >> 2) + 6] && d.gCacheBv[idx] === i32[(b >> 2) + 6] && d.gCacheG[idx] === g) {
                v = d.gCacheValue[idx] as Ref;
              } else {
                v = S.loadGlobalKeyed(rt, d, idx, g, b, names[arg]);
              }
              i32[sp++] = v;
              break;
            }
            i32[fw + F_SP] = sp - sb; // saved stack depth: this may run Python code (see checkBreaker)
            i32[sp++] = S.loadName(rt, f, names[arg]);
            break;
          }
          case 14 /* STORE_NAME */: {
            const v = i32[--sp] as Ref;
            const loc = i32[fw + F_LOCALS] as Ref;
            if (loc === NULL) raise(rt, types.SystemError, `no locals found when storing ${rt.jsStr(names[arg])}`);
            if (i32[loc >> 2] === types.dict) dictSet(rt, loc, names[arg], v);
            else { i32[fw + F_SP] = sp + 1 - sb; setItem(rt, loc, names[arg], v); }
            break;
          }
          case 19 /* LOAD_DEREF */: {
            const v = i32[(i32[lp + arg] >> 2) + CELL_REF];
            if (v === 0) S.unboundDeref(rt, d, arg);
            i32[sp++] = v;
            break;
          }
          case 20 /* STORE_DEREF */:
            i32[(i32[lp + arg] >> 2) + CELL_REF] = i32[--sp];
            break;
          case 22 /* MAKE_CELL */:
            i32[lp + arg] = newCell(rt, i32[lp + arg] as Ref);
            break;
          case 23 /* COPY_FREE_VARS */:
            S.copyClosure(rt, f, i32[fw + F_FUNC] as Ref, d);
            break;
          case 24 /* LOAD_CLOSURE */:
            i32[sp++] = i32[lp + arg];
            break;
          case 27 /* LOAD_ATTR */: {
            const owner = i32[sp - 1] as Ref;
            const idx = ip - 1;
            // Inline cache (eval-support.ts AK_*): the owner's type with the same version tag.
            if ((owner & 1) === 0) {
              const tp = i32[owner >> 2];
              if (d.aType[idx] === tp && d.aVer[idx] === i32[(tp >> 2) + T_VERSION]) {
                const kind = d.aKind[idx];
                if (kind === AK_METHOD) {
                  const off = i32[(tp >> 2) + T_DICTOFFSET];
                  const dict = off > 0 ? i32[(owner + off) >> 2] as Ref : NULL;
                  if (dict === NULL || dictGetStr(rt, dict, names[arg >> 1]) === NULL) {
                    i32[sp - 1] = d.aDescr[idx];
                    i32[sp++] = owner;
                    break;
                  }
                } else if (kind === AK_DICT) {
                  const dict = i32[(owner + i32[(tp >> 2) + T_DICTOFFSET]) >> 2] as Ref;
                  if (dict !== NULL) {
                    // The entry index this name had last time (eval-support.ts aHint).
                    const name = names[arg >> 1], ents = i32[(dict >> 2) + D_ENTRIES], h = d.aHint[idx];
                    let v: Ref;
                    if (!freeThreading.on && ents !== 0 && h < i32[(dict >> 2) + D_NENTRIES] && i32[(ents >> 2) + 3 + 3 * h] === name) {
                      v = i32[(ents >> 2) + 4 + 3 * h] as Ref;
                    } else {
                      v = S.dictGetStrHinted(rt, d, idx, dict, name);
                    }
                    if (v !== NULL) {
                      i32[sp - 1] = v;
                      if (arg & 1) i32[sp++] = 0;
                      break;
                    }
                  }
                } else if (kind === AK_SLOT) {
                  const v = i32[(owner + d.aDescr[idx]) >> 2];
                  if (v !== 0) {
                    i32[sp - 1] = v;
                    if (arg & 1) i32[sp++] = 0;
                    break;
                  }
                } else if (kind === AK_DATA) {
                  const descr = d.aDescr[idx];
                  if ((arg & 1) === 0 && i32[descr >> 2] === tProperty) {
                    // A property whose getter is a Python function: its frame is pushed here
                    // like a call's, so it runs in this loop (CPython 3.12 LOAD_ATTR_PROPERTY)
                    // instead of a nested one; RETURN puts the value where the owner was.
                    // Layout: objects/descriptors-py.ts (word 2 = fget).
                    const g = i32[(descr >> 2) + 2];
                    if (g !== 0 && (g & 1) === 0 && i32[g >> 2] === tFunction) {
                      sp--;
                      i32[fw + F_LASTI] = ip; i32[fw + F_SP] = sp - sb;
                      const nf = frameForStackCall(rt, g as Ref, sp, 1, null, f);
                      { f = nf; fw = f >> 2; d = lastCallDecoded!; code = d.code; consts = d.consts; names = d.names; lp = fw + F_LOCALSPLUS; sb = lp + d.nlocalsplus; ip = 0; sp = sb; }
                      break;
                    }
                  }
                  i32[fw + F_SP] = sp - sb;
                  const v = (d.aFn[idx] as AttrCacheFn)(rt, d.aDescr[idx] as Ref, owner, tp as Ref) as Ref;
                  if (v === NULL) attributeError(rt, owner, names[arg >> 1]);
                  i32[sp - 1] = v;
                  if (arg & 1) i32[sp++] = 0;
                  break;
                }
              }
            }
            const name = names[arg >> 1];
            i32[fw + F_SP] = sp - sb;
            if (arg & 1) {
              // Method form: (meth, self) when a plain function is found on the type and not
              // shadowed, else (attr, NULL). CPython LOAD_ATTR with oparg&1 / _PyObject_GetMethod.
              const m = S.getMethod(rt, owner, name);
              S.fillLoadAttrCache(rt, d, idx, owner, name, m);
              if (m !== NULL) {
                i32[sp - 1] = m;
                i32[sp++] = owner;
              } else {
                const v = S.getAttrCaught(rt, owner, name);
                if (v === S.RAISED) {
                  raised = S.takeCaught();
                  break dispatch;
                }
                i32[sp - 1] = v;
                i32[sp++] = 0;
              }
            } else {
              S.fillLoadAttrCache(rt, d, idx, owner, name, null);
              const v = S.getAttrCaught(rt, owner, name);
              if (v === S.RAISED) {
                raised = S.takeCaught();
                break dispatch;
              }
              i32[sp - 1] = v;
            }
            break;
          }
          case 28 /* STORE_ATTR */: {
            const owner = i32[sp - 1] as Ref, v = i32[sp - 2] as Ref;
            sp -= 2;
            const idx = ip - 1;
            if ((owner & 1) === 0) {
              const tp = i32[owner >> 2];
              if (d.aType[idx] === tp && d.aVer[idx] === i32[(tp >> 2) + T_VERSION]) {
                const kind = d.aKind[idx];
                if (kind === AK_SLOT) { i32[(owner + d.aDescr[idx]) >> 2] = v; break; }
                if (kind === AK_DATA) {
                  i32[fw + F_SP] = sp + 2 - sb;
                  (d.aFn[idx] as AttrCacheFn)(rt, d.aDescr[idx] as Ref, owner, v);
                  break;
                }
                const dict = i32[(owner + i32[(tp >> 2) + T_DICTOFFSET]) >> 2] as Ref;
                if (dict !== NULL) {
                  // An existing key at its remembered entry: replace the value in place (a
                  // dict change bumps D_VERSION, as dictSet does: caches and gc.ts rely on it).
                  const ents = i32[(dict >> 2) + D_ENTRIES], h = d.aHint[idx];
                  if (!freeThreading.on && ents !== 0 && h < i32[(dict >> 2) + D_NENTRIES] && i32[(ents >> 2) + 3 + 3 * h] === names[arg]) {
                    i32[(ents >> 2) + 4 + 3 * h] = v;
                    i32[(dict >> 2) + D_VERSION]++;
                    break;
                  }
                  S.dictSetHinted(rt, d, idx, dict, names[arg], v);
                  break;
                }
              }
            }
            i32[fw + F_SP] = sp + 2 - sb;
            S.fillStoreAttrCache(rt, d, idx, owner, names[arg]);
            setAttr(rt, owner, names[arg], v);
            break;
          }
          case 30 /* BINARY_OP */: {
            const b = i32[sp - 1], a = i32[sp - 2];
            if ((a & b & 1) !== 0) {
              const x = a >> 1, y = b >> 1;
              let r = NaN;
              switch (arg) {
                case 0: case 13: r = x + y; break;
                case 10: case 23: r = x - y; break;
                case 5: case 18:
                  // Math.imul, when the bit lengths show the product is a small int: a plain
                  // x * y would be speculated int32 by V8 until the first overflowing product
                  // (i * i past 46,341), which deoptimizes the whole eval loop once per worker.
                  if (Math.clz32(Math.abs(x)) + Math.clz32(Math.abs(y)) >= 34) r = Math.imul(x, y);
                  break;
                case 1: case 14: r = x & y; break;
                case 7: case 20: r = x | y; break;
                case 12: case 25: r = x ^ y; break;
                case 2: case 15: if (y !== 0) r = Math.floor(x / y); break;
                case 6: case 19: if (y !== 0) { r = x % y; if (r !== 0 && (r ^ y) < 0) r += y; } break;
              }
              if (r === r && fitsSmallInt(r)) {
                i32[sp - 2] = (r << 1) | 1;
                sp--;
                break;
              }
              if ((arg === 11 || arg === 24) && y !== 0) {
                // int / int: both exact doubles, so IEEE division is python3's correctly
                // rounded true division (Objects/longobject.c long_true_divide).
                const o = heap.alloc(tFloat, 16);
                heap.f64[(o + 8) >> 3] = x / y;
                i32[sp - 2] = o;
                sp--;
                break;
              }
            } else if (((a & 1) !== 0 || i32[a >> 2] === tFloat) && ((b & 1) !== 0 || i32[b >> 2] === tFloat)) {
              // Exact floats (or a float with a small int, exactly representable): IEEE
              // arithmetic as Objects/floatobject.c; division by zero takes the slow path.
              const f64 = heap.f64;
              const x = (a & 1) !== 0 ? a >> 1 : f64[(a + 8) >> 3], y = (b & 1) !== 0 ? b >> 1 : f64[(b + 8) >> 3];
              let r = 0, ok = true;
              switch (arg) {
                case 0: case 13: r = x + y; break;
                case 10: case 23: r = x - y; break;
                case 5: case 18: r = x * y; break;
                case 11: case 24: if (y !== 0) r = x / y; else ok = false; break;
                default: ok = false;
              }
              if (ok) {
                const o = heap.alloc(tFloat, 16);
                f64[(o + 8) >> 3] = r;
                i32[sp - 2] = o;
                sp--;
                break;
              }
            }
            i32[fw + F_SP] = sp - sb;
            let ri = S.intArithFast(rt, a as Ref, b as Ref, arg);
            if (ri === NULL) {
              ri = S.binaryOpCaught(rt, a as Ref, b as Ref, arg);
              if (ri === S.RAISED) {
                raised = S.takeCaught();
                break dispatch;
              }
            }
            i32[sp - 2] = ri;
            sp--;
            break;
          }
          case 31 /* UNARY_NEGATIVE */: {
            const a = i32[sp - 1];
            if ((a & 1) !== 0 && a !== ((-(2 ** 30)) << 1 | 1)) i32[sp - 1] = ((-(a >> 1)) << 1) | 1;
            else { i32[fw + F_SP] = sp - sb; i32[sp - 1] = unaryOp(rt, a as Ref, UnOp.NEG); }
            break;
          }
          case 32 /* UNARY_NOT */:
            i32[fw + F_SP] = sp - sb;
            i32[sp - 1] = isTrue(rt, i32[sp - 1] as Ref) ? rt.false : rt.true;
            break;
          case 34 /* COMPARE_OP */: {
            const b = i32[sp - 1], a = i32[sp - 2];
            let r: Ref;
            if ((a & b & 1) !== 0) {
              let c: boolean;
              switch (arg) {
                case 0: c = a < b; break;
                case 1: c = a <= b; break;
                case 2: c = a === b; break;
                case 3: c = a !== b; break;
                case 4: c = a > b; break;
                default: c = a >= b; break;
              }
              r = c ? rt.true : rt.false;
            } else if (((a & 1) !== 0 || i32[a >> 2] === tFloat) && ((b & 1) !== 0 || i32[b >> 2] === tFloat)) {
              // Exact floats / small ints: IEEE comparison is Python's (NaN compares false).
              const f64 = heap.f64;
              const x = (a & 1) !== 0 ? a >> 1 : f64[(a + 8) >> 3], y = (b & 1) !== 0 ? b >> 1 : f64[(b + 8) >> 3];
              let c: boolean;
              switch (arg) {
                case 0: c = x < y; break;
                case 1: c = x <= y; break;
                case 2: c = x === y; break;
                case 3: c = x !== y; break;
                case 4: c = x > y; break;
                default: c = x >= y; break;
              }
              r = c ? rt.true : rt.false;
            } else {
              i32[fw + F_SP] = sp - sb;
              r = richCompare(rt, a as Ref, b as Ref, arg);
            }
            i32[sp - 2] = r;
            sp--;
            break;
          }
          case 35 /* IS_OP */: {
            const r = (i32[sp - 2] === i32[sp - 1]) !== (arg === 1);
            i32[sp - 2] = r ? rt.true : rt.false;
            sp--;
            break;
          }
          case 36 /* CONTAINS_OP */: {
            i32[fw + F_SP] = sp - sb;
            const r = contains(rt, i32[sp - 1] as Ref, i32[sp - 2] as Ref) !== (arg === 1);
            i32[sp - 2] = r ? rt.true : rt.false;
            sp--;
            break;
          }
          case 37 /* BINARY_SUBSCR */: {
            const key = i32[sp - 1], c = i32[sp - 2];
            let r: Ref = NULL;
            if ((key & 1) !== 0 && c !== 0 && (c & 1) === 0) {
              const t = i32[c >> 2];
              if (t === tList) {
                let k = key >> 1;
                const n = i32[(c >> 2) + L_LEN];
                if (k < 0) k += n;
                if (k >= 0 && k < n) r = i32[(i32[(c >> 2) + L_ITEMS] >> 2) + 2 + k] as Ref;
              } else if (t === tTuple) {
                let k = key >> 1;
                const n = i32[(c >> 2) + TU_LEN];
                if (k < 0) k += n;
                if (k >= 0 && k < n) r = i32[(c >> 2) + TU_ITEMS + k] as Ref;
              }
            }
            if (r === NULL) {
              i32[fw + F_SP] = sp - sb;
              r = S.getItemCaught(rt, c as Ref, key as Ref);
              if (r === S.RAISED) {
                raised = S.takeCaught();
                break dispatch;
              }
            }
            i32[sp - 2] = r;
            sp--;
            break;
          }
          case 38 /* STORE_SUBSCR */: {
            i32[fw + F_SP] = sp - sb;
            const key = i32[sp - 1] as Ref, c = i32[sp - 2] as Ref, v = i32[sp - 3] as Ref;
            sp -= 3;
            // An exact list with a small int index in range: store the item word directly,
            // as BINARY_SUBSCR reads it (CPython 3.12's STORE_SUBSCR_LIST_INT); every other
            // case (negative index out of range, subclass, dict...) takes setItem.
            if ((key & 1) !== 0 && c !== 0 && (c & 1) === 0 && i32[c >> 2] === tList) {
              let k = key >> 1;
              const n = i32[(c >> 2) + L_LEN];
              if (k < 0) k += n;
              if (k >= 0 && k < n) { i32[(i32[(c >> 2) + L_ITEMS] >> 2) + 2 + k] = v; break; }
            }
            setItem(rt, c, key, v);
            break;
          }
          case 43 /* BUILD_TUPLE */: {
            const t = arg === 0 ? rt.emptyTuple : S.tupleFromStack(rt, sp - arg, arg);
            sp -= arg;
            i32[sp++] = t;
            break;
          }
          case 44 /* BUILD_LIST */: {
            const items: Ref[] = new Array(arg);
            for (let i = 0; i < arg; i++) items[i] = i32[sp - arg + i] as Ref;
            const l = newList(rt, items);
            sp -= arg;
            i32[sp++] = l;
            break;
          }
          case 48 /* BUILD_STRING */: {
            let s = '';
            for (let i = 0; i < arg; i++) s += rt.jsStr(i32[sp - arg + i] as Ref);
            const r = newStrFromJs(rt, s);
            sp -= arg;
            i32[sp++] = r;
            break;
          }
          case 49 /* LIST_APPEND */: {
            const v = i32[--sp] as Ref;
            listAppend(rt, i32[sp - arg] as Ref, v);
            break;
          }
          case 56 /* UNPACK_SEQUENCE */: {
            i32[fw + F_SP] = sp - sb;
            const seq = i32[--sp] as Ref;
            const items = S.unpackSequence(rt, seq, arg);
            for (let i = arg - 1; i >= 0; i--) i32[sp++] = items[i];
            break;
          }
          case 59 /* FORMAT_SIMPLE */: {
            const v = i32[sp - 1] as Ref;
            if ((v & 1) === 0 && i32[v >> 2] === tStr) break;
            i32[fw + F_SP] = sp - sb;
            i32[sp - 1] = (v & 1) !== 0 ? newStrFromJs(rt, String(v >> 1)) : S.format(rt, v, rt.emptyStr);
            break;
          }
          case 61 /* JUMP_FORWARD */:
          case 63 /* JUMP_BACKWARD_NO_INTERRUPT */:
            ip = arg;
            break;
          case 62 /* JUMP_BACKWARD */:
            ip = arg;
            if (i32[ebIndex] !== 0 || --budget <= 0) {
              i32[fw + F_LASTI] = ip; i32[fw + F_SP] = sp - sb;
              const r = checkBreaker(rt, st, nested, budget);
              if (nested) budget = Infinity;
              if (r !== null) return r;
            }
            break;
          case 64 /* POP_JUMP_IF_FALSE */: {
            const v = i32[--sp] as Ref;
            if (v === rt.false || (v !== rt.true && (i32[fw + F_SP] = sp + 1 - sb, !isTrue(rt, v)))) ip = arg;
            break;
          }
          case 65 /* POP_JUMP_IF_TRUE */: {
            const v = i32[--sp] as Ref;
            if (v === rt.true || (v !== rt.false && (i32[fw + F_SP] = sp + 1 - sb, isTrue(rt, v)))) ip = arg;
            break;
          }
          case 66 /* POP_JUMP_IF_NONE */:
            if (i32[--sp] === rt.none) ip = arg;
            break;
          case 67 /* POP_JUMP_IF_NOT_NONE */:
            if (i32[--sp] !== rt.none) ip = arg;
            break;
          case 68 /* GET_ITER */:
            i32[fw + F_SP] = sp - sb;
            i32[sp - 1] = getIter(rt, i32[sp - 1] as Ref);
            break;
          case 69 /* FOR_ITER */: {
            const it = i32[sp - 1] as Ref;
            if ((it & 1) === 0 && isGenLike(rt, it) && i32[it >> 2] === types.generator) {
              // Resume the generator in this loop (CPython 3.12 FOR_ITER_GEN).
              i32[fw + F_LASTI] = ip; i32[fw + F_SP] = sp - sb;
              const gf = S.genEnter(rt, it, rt.none, NULL, f);
              if (gf === NULL) { sp--; ip = arg; break; }
              { f = gf; fw = f >> 2; d = decodeCode(rt, i32[fw + F_CODE] as Ref); code = d.code; consts = d.consts; names = d.names; lp = fw + F_LOCALSPLUS; sb = lp + d.nlocalsplus; ip = i32[fw + F_LASTI]; sp = sb + i32[fw + F_SP]; }
              break;
            }
            if ((it & 1) === 0 && i32[it >> 2] === tRangeIter) {
              // range() fast path (range.ts layout: f64 words next, step, left).
              const f64 = heap.f64, w8 = it >> 3;
              const left = f64[w8 + 3];
              if (left <= 0) { sp--; ip = arg; break; }
              const v = f64[w8 + 1];
              f64[w8 + 1] = v + f64[w8 + 2];
              f64[w8 + 3] = left - 1;
              i32[sp++] = v >= -(2 ** 30) && v < 2 ** 30 ? (v << 1) | 1 : rt.newInt(v);
              break;
            }
            i32[fw + F_SP] = sp - sb;
            const v = iterNext(rt, it);
            if (v === NULL) { sp--; ip = arg; } else i32[sp++] = v;
            break;
          }
          case 70 /* CALL */:
          case 71 /* CALL_KW */: {
            let kwnames: Ref | null = null;
            if ((word & 0xff) === CALL_KW) kwnames = i32[--sp] as Ref;
            const base = sp - arg - 2;
            let callable = i32[base] as Ref;
            let self = i32[base + 1] as Ref;
            if (self === NULL && (callable & 1) === 0 && i32[callable >> 2] === tMethod) {
              self = i32[(callable >> 2) + M_SELF] as Ref;
              callable = i32[(callable >> 2) + M_FUNC] as Ref;
              i32[base] = callable;
              i32[base + 1] = self;
            }
            const argStart = self === NULL ? base + 2 : base + 1;
            const nargs = sp - argStart;
            if ((callable & 1) === 0 && i32[callable >> 2] === tFunction) {
              const from = argStart;
              sp = base;
              i32[fw + F_LASTI] = ip; i32[fw + F_SP] = sp - sb;
              const nf = frameForStackCall(rt, callable, from, nargs, kwnames, f);
              { f = nf; fw = f >> 2; d = lastCallDecoded!; code = d.code; consts = d.consts; names = d.names; lp = fw + F_LOCALSPLUS; sb = lp + d.nlocalsplus; ip = 0; sp = sb; }
              break;
            }
            if (self === NULL && (callable & 1) === 0 && (i32[(i32[callable >> 2]! >> 2) + T_FLAGS]! & TF_HEAPTYPE) !== 0) {
              // An instance of a Python class whose __call__ is a Python function (functools.partial)
              // runs inline like a method call, so it can block at top level.
              const fn = S.pyCallMethod(rt, callable);
              if (fn !== NULL) {
                i32[base] = fn; i32[base + 1] = callable;
                sp = base;
                i32[fw + F_LASTI] = ip; i32[fw + F_SP] = sp - sb;
                const nf = frameForStackCall(rt, fn, base + 1, nargs + 1, kwnames, f);
                { f = nf; fw = f >> 2; d = lastCallDecoded!; code = d.code; consts = d.consts; names = d.names; lp = fw + F_LOCALSPLUS; sb = lp + d.nlocalsplus; ip = 0; sp = sb; }
                break;
              }
            }
            let r: Ref;
            if (callable === tStrType && nargs === 1 && kwnames === null && (i32[argStart] & 1) !== 0) {
              // str(small int): its decimal digits (what int.__repr__ makes), without the
              // generic type call (str.__new__ argument parsing).
              r = newStrFromJs(rt, String(i32[argStart] >> 1));
            } else {
              // obj.meth(...) of a builtin method (LOAD_ATTR's method form left the descriptor
              // and obj): its native is called with obj as self, no bound object and no second
              // args array (CPython 3.12 CALL_METHOD_DESCRIPTOR_*).
              const md = self !== NULL && (callable & 1) === 0 && i32[callable >> 2] === tMethodDescr;
              const skip = md ? 1 : 0;
              const args: Ref[] = new Array(nargs - skip);
              for (let i = skip; i < nargs; i++) args[i - skip] = i32[argStart + i] as Ref;
              i32[fw + F_LASTI] = ip; i32[fw + F_SP] = sp - sb;
              r = S.callNativeCaught(rt, md, callable, self, args, kwnames);
              rt.evalDirect = false;
              if (r === S.RAISED) {
                raised = S.takeCaught();
                break dispatch;
              } else if (r === BLOCK) {
                const req = st.blockRequest!;
                st.blockRequest = null;
                if (nested || st.nesting > 0) {
                  r = waitNested(rt, st, req);
                } else {
                  sp = base;
                  i32[fw + F_LASTI] = ip; i32[fw + F_SP] = sp - sb;
                  i32[tw + TS_RAW_A] = 1;
                  return { kind: 'block', request: req };
                }
              } else if (r === S.TAILCALL) {
                // A native (generator send/__next__) asks to continue in a frame of its own.
                sp = base;
                i32[fw + F_LASTI] = ip; i32[fw + F_SP] = sp - sb;
                { f = S.takeTailFrame(rt, f); fw = f >> 2; d = decodeCode(rt, i32[fw + F_CODE] as Ref); code = d.code; consts = d.consts; names = d.names; lp = fw + F_LOCALSPLUS; sb = lp + d.nlocalsplus; ip = i32[fw + F_LASTI]; sp = sb + i32[fw + F_SP]; }
                pending = i32[tw + TS_CUR_EXC] as Ref;
                if (pending !== NULL) { i32[tw + TS_CUR_EXC] = NULL; raised = pending; pending = NULL; break dispatch; }
                break;
              }
            }
            sp = base;
            i32[sp++] = r;
            if (i32[ebIndex] !== 0 || --budget <= 0) {
              i32[fw + F_LASTI] = ip; i32[fw + F_SP] = sp - sb;
              const br = checkBreaker(rt, st, nested, budget);
              if (nested) budget = Infinity;
              if (br !== null) return br;
            }
            break;
          }
          case 72 /* CALL_FUNCTION_EX */: {
            i32[fw + F_SP] = sp - sb;
            const kwargs = (arg & 1) ? i32[--sp] as Ref : NULL;
            const cargs = i32[--sp] as Ref;
            const base = sp - 2;
            let callable = i32[base] as Ref;
            const [args, kwnames] = S.spreadCallArgs(rt, callable, cargs, kwargs);
            // A bound method of a Python function runs inline too (threads start this way:
            // Thread._bootstrap is called as func(*args)), so it can block at top level.
            if ((callable & 1) === 0 && i32[callable >> 2] === tMethod) {
              const fn = i32[(callable >> 2) + M_FUNC] as Ref;
              if ((fn & 1) === 0 && i32[fn >> 2] === tFunction) {
                args.unshift(i32[(callable >> 2) + M_SELF] as Ref);
                callable = fn;
              }
            } else if ((callable & 1) === 0 && (i32[(i32[callable >> 2]! >> 2) + T_FLAGS]! & TF_HEAPTYPE) !== 0) {
              const fn = S.pyCallMethod(rt, callable); // a Python __call__ runs inline too
              if (fn !== NULL) { args.unshift(callable); callable = fn; }
            }
            if ((callable & 1) === 0 && i32[callable >> 2] === tFunction) {
              const npos = kwnames === null ? args.length : args.length - tupleLen(rt, kwnames);
              sp = base;
              i32[fw + F_LASTI] = ip; i32[fw + F_SP] = sp - sb;
              { f = frameForCall(rt, callable, args, npos, kwnames, f); fw = f >> 2; d = decodeCode(rt, i32[fw + F_CODE] as Ref); code = d.code; consts = d.consts; names = d.names; lp = fw + F_LOCALSPLUS; sb = lp + d.nlocalsplus; ip = i32[fw + F_LASTI]; sp = sb + i32[fw + F_SP]; }
              break;
            }
            i32[sp++] = cargs; // keep args reachable during the call
            if (kwargs !== NULL) i32[sp++] = kwargs;
            i32[fw + F_LASTI] = ip; i32[fw + F_SP] = sp - sb;
            let r = callObject(rt, callable, args, kwnames);
            if (r === BLOCK) {
              const req = st.blockRequest!;
              st.blockRequest = null;
              if (nested || st.nesting > 0) {
                r = waitNested(rt, st, req);
              } else {
                sp = base;
                i32[fw + F_LASTI] = ip; i32[fw + F_SP] = sp - sb;
                i32[tw + TS_RAW_A] = 1;
                return { kind: 'block', request: req };
              }
            } else if (r === S.TAILCALL) {
              sp = base;
              i32[fw + F_LASTI] = ip; i32[fw + F_SP] = sp - sb;
              { f = S.takeTailFrame(rt, f); fw = f >> 2; d = decodeCode(rt, i32[fw + F_CODE] as Ref); code = d.code; consts = d.consts; names = d.names; lp = fw + F_LOCALSPLUS; sb = lp + d.nlocalsplus; ip = i32[fw + F_LASTI]; sp = sb + i32[fw + F_SP]; }
              pending = i32[tw + TS_CUR_EXC] as Ref;
              if (pending !== NULL) { i32[tw + TS_CUR_EXC] = NULL; raised = pending; pending = NULL; break dispatch; }
              break;
            }
            sp = base;
            i32[sp++] = r;
            if (i32[ebIndex] !== 0 || --budget <= 0) {
              i32[fw + F_LASTI] = ip; i32[fw + F_SP] = sp - sb;
              const br = checkBreaker(rt, st, nested, budget);
              if (nested) budget = Infinity;
              if (br !== null) return br;
            }
            break;
          }
          case 73 /* MAKE_FUNCTION */: {
            const co = i32[sp - 1] as Ref;
            i32[sp - 1] = newFunction(rt, co, i32[fw + F_GLOBALS] as Ref, i32[fw + F_BUILTINS] as Ref);
            break;
          }
          case 74 /* SET_FUNCTION_ATTRIBUTE */: {
            const fn = i32[--sp] as Ref;
            const v = i32[sp - 1] as Ref;
            const word2 = arg === SF_DEFAULTS ? FN_DEFAULTS : arg === SF_KWDEFAULTS ? FN_KWDEFAULTS : arg === SF_ANNOTATIONS ? FN_ANNOTATIONS : FN_CLOSURE;
            void SF_CLOSURE;
            i32[(fn >> 2) + word2] = v;
            i32[sp - 1] = fn;
            break;
          }
          case 75 /* RETURN_GENERATOR */: {
            const g = S.makeGenerator(rt, f, d);
            i32[fw + F_LASTI] = ip; i32[fw + F_SP] = sp - sb;
            const wasEntry = (i32[fw + F_FLAGS] & FF_ENTRY) !== 0;
            i32[fw + F_FLAGS] = (i32[fw + F_FLAGS] | FF_GEN) & ~FF_ENTRY;
            const back = popFrame(rt, f);
            i32[fw + F_BACK] = NULL;
            if (wasEntry) return { kind: 'done', value: g };
            { f = back; fw = f >> 2; d = decodeCode(rt, i32[fw + F_CODE] as Ref); code = d.code; consts = d.consts; names = d.names; lp = fw + F_LOCALSPLUS; sb = lp + d.nlocalsplus; ip = i32[fw + F_LASTI]; sp = sb + i32[fw + F_SP]; }
            i32[sp++] = g;
            break;
          }
          case 76 /* YIELD_VALUE */: {
            const v = i32[--sp] as Ref;
            i32[fw + F_LASTI] = ip; i32[fw + F_SP] = sp - sb;
            const wasEntry = (i32[fw + F_FLAGS] & FF_ENTRY) !== 0;
            const back = S.genSuspend(rt, f);
            if (wasEntry) { S.setLastWasYield(rt, true); return { kind: 'done', value: v }; }
            { f = back; fw = f >> 2; d = decodeCode(rt, i32[fw + F_CODE] as Ref); code = d.code; consts = d.consts; names = d.names; lp = fw + F_LOCALSPLUS; sb = lp + d.nlocalsplus; ip = i32[fw + F_LASTI]; sp = sb + i32[fw + F_SP]; }
            i32[sp++] = v;
            break;
          }
          case 7 /* RETURN_CONST */:
          case 8 /* RETURN_VALUE */: {
            const v = (word & 0xff) === RETURN_CONST ? consts[arg] : i32[--sp] as Ref;
            const flags = i32[fw + F_FLAGS];
            i32[fw + F_FLAGS] = flags | FF_DONE;
            if (flags & FF_GEN) {
              i32[fw + F_LASTI] = ip; i32[fw + F_SP] = sp - sb;
              const back = S.genFinish(rt, f);
              if (flags & FF_ENTRY) { S.setLastWasYield(rt, false); S.setLastGenReturn(rt, v); return { kind: 'done', value: v }; }
              { f = back; fw = f >> 2; d = decodeCode(rt, i32[fw + F_CODE] as Ref); code = d.code; consts = d.consts; names = d.names; lp = fw + F_LOCALSPLUS; sb = lp + d.nlocalsplus; ip = i32[fw + F_LASTI]; sp = sb + i32[fw + F_SP]; }
              // Tell the resumer: FOR_ITER jumps, SEND jumps with the value, a call raises StopIteration.
              const op = code[ip - 1] & 0xff;
              if (op === FOR_ITER) { sp--; ip = code[ip - 1] >>> 8; }
              else if (op === SEND) { i32[sp++] = v; ip = code[ip - 1] >>> 8; }
              else { raised = S.stopIterationFor(rt, v); break dispatch; }
              break;
            }
            const back = popFrame(rt, f);
            if (flags & FF_ENTRY) return { kind: 'done', value: v };
            // Nothing else can reach it (frame.ts): the next call of its size reuses it.
            if ((flags & FF_ESCAPED) === 0) releaseFrame(rt, f);
            { f = back; fw = f >> 2; d = decodeCode(rt, i32[fw + F_CODE] as Ref); code = d.code; consts = d.consts; names = d.names; lp = fw + F_LOCALSPLUS; sb = lp + d.nlocalsplus; ip = i32[fw + F_LASTI]; sp = sb + i32[fw + F_SP]; }
            i32[sp++] = v;
            break;
          }
          case 77 /* GET_YIELD_FROM_ITER */: {
            i32[fw + F_SP] = sp - sb;
            const v = i32[sp - 1] as Ref;
            if (!isGenLike(rt, v)) i32[sp - 1] = getIter(rt, v);
            else if (i32[v >> 2] === types.coroutine && !(d.flags & (CO_COROUTINE | CO_ITERABLE_COROUTINE))) {
              typeError(rt, "cannot 'yield from' a coroutine object in a non-coroutine generator");
            }
            break;
          }
          case 78 /* SEND */: {
            const v = i32[sp - 1] as Ref;
            const recv = i32[sp - 2] as Ref;
            if (isGenLike(rt, recv) && i32[recv >> 2] !== types.async_generator) {
              sp--;
              i32[fw + F_LASTI] = ip; i32[fw + F_SP] = sp - sb;
              const gf = S.genEnter(rt, recv, v, NULL, f);
              if (gf === NULL) { i32[sp++] = S.lastGenReturn(rt); ip = arg; break; }
              { f = gf; fw = f >> 2; d = decodeCode(rt, i32[fw + F_CODE] as Ref); code = d.code; consts = d.consts; names = d.names; lp = fw + F_LOCALSPLUS; sb = lp + d.nlocalsplus; ip = i32[fw + F_LASTI]; sp = sb + i32[fw + F_SP]; }
              break;
            }
            i32[fw + F_SP] = sp - sb;
            const r = S.sendNonGen(rt, recv, v);
            if (r.done) { i32[sp - 1] = r.value; ip = arg; } else i32[sp - 1] = r.value;
            break;
          }
          case 79 /* END_SEND */: {
            const v = i32[--sp];
            i32[sp - 1] = v;
            break;
          }
          case 80 /* CLEANUP_THROW */: {
            const exc = i32[sp - 1] as Ref;
            if (isInstance(rt, exc, types.StopIteration)) {
              const value = S.stopIterationValue(rt, exc);
              sp -= 3;
              i32[sp++] = rt.none;
              i32[sp++] = value;
            } else {
              reraise = true;
              raised = exc;
              break dispatch;
            }
            break;
          }
          case 81 /* GET_AWAITABLE */:
            i32[fw + F_SP] = sp - sb;
            i32[sp - 1] = S.getAwaitable(rt, i32[sp - 1] as Ref, arg);
            break;
          case 84 /* END_ASYNC_FOR */: {
            const exc = i32[sp - 1] as Ref;
            if (isInstance(rt, exc, types.StopAsyncIteration)) { sp -= 2; break; }
            reraise = true;
            raised = exc;
            break dispatch;
          }
          case 85 /* BEFORE_WITH */:
          case 86 /* BEFORE_ASYNC_WITH */: {
            const mgr = i32[sp - 1] as Ref;
            const isAsync = (word & 0xff) === BEFORE_ASYNC_WITH;
            i32[fw + F_LASTI] = ip; i32[fw + F_SP] = sp - sb;
            const enterD = isAsync ? NULL : S.withEnter(rt, mgr);
            if (enterD !== NULL && (enterD & 1) === 0 && i32[enterD >> 2] === tFunction) {
              // A Python __enter__ runs in this loop, in a frame of its own, as a plain CALL
              // would run it: its result is pushed where `mgr` was, above __exit__.
              i32[sp - 1] = S.withExit(rt, mgr, false);
              i32[sp] = mgr;
              const nf = frameForStackCall(rt, enterD, sp, 1, null, f);
              { f = nf; fw = f >> 2; d = lastCallDecoded!; code = d.code; consts = d.consts; names = d.names; lp = fw + F_LOCALSPLUS; sb = lp + d.nlocalsplus; ip = 0; sp = sb; }
              break;
            }
            let [exit, enterRes] = isAsync ? S.beforeWith(rt, mgr, true) : S.beforeWith(rt, mgr, false, enterD);
            i32[sp - 1] = exit;
            if (enterRes === BLOCK) {
              // __enter__ must wait (`with lock:`): as for a blocking call, the platform
              // waits and `resume` pushes __enter__'s result.
              const req = st.blockRequest!;
              st.blockRequest = null;
              if (nested || st.nesting > 0) {
                enterRes = waitNested(rt, st, req);
              } else {
                i32[fw + F_LASTI] = ip; i32[fw + F_SP] = sp - sb;
                i32[tw + TS_RAW_A] = 1;
                return { kind: 'block', request: req };
              }
            }
            i32[sp++] = enterRes;
            break;
          }
          case 88 /* PUSH_EXC_INFO */: {
            const exc = i32[sp - 1];
            const prev = i32[tw + TS_EXC_INFO];
            i32[sp - 1] = prev === 0 ? rt.none : prev;
            i32[sp++] = exc;
            i32[tw + TS_EXC_INFO] = exc;
            i32[fw + F_FLAGS] += FF_EXC_UNIT;
            break;
          }
          case 89 /* POP_EXCEPT */: {
            const prev = i32[--sp];
            i32[tw + TS_EXC_INFO] = prev === rt.none ? 0 : prev;
            if (i32[fw + F_FLAGS]! >= FF_EXC_UNIT) i32[fw + F_FLAGS] -= FF_EXC_UNIT;
            break;
          }
          case 90 /* CHECK_EXC_MATCH */: {
            i32[fw + F_SP] = sp - sb;
            const t = i32[sp - 1] as Ref, exc = i32[sp - 2] as Ref;
            i32[sp - 1] = S.excMatches(rt, exc, t) ? rt.true : rt.false;
            break;
          }
          case 92 /* RERAISE */: {
            const exc = i32[--sp] as Ref;
            // CPython sets the frame's reported lasti from STACK[-arg] (line numbers only);
            // the handler lookup still uses this instruction's own index, as here.
            reraise = true;
            raised = exc;
            break dispatch;
          }
          case 93 /* RAISE_VARARGS */: {
            if (arg === 0) {
              const cur = i32[tw + TS_EXC_INFO] as Ref;
              if (cur === NULL || cur === rt.none) raise(rt, types.RuntimeError, 'No active exception to reraise');
              reraise = true;
              raised = cur;
              break dispatch;
            }
            i32[fw + F_SP] = sp - sb;
            const cause = arg === 2 ? i32[--sp] as Ref : NULL;
            const excArg = i32[--sp] as Ref;
            const exc = normalizeRaise(rt, excArg);
            if (arg === 2) setExcCause(rt, exc, S.normalizeCause(rt, cause));
            raised = exc;
            break dispatch;
          }
          case 17 /* STORE_GLOBAL */:
          case 18 /* DELETE_GLOBAL */:
          case 15 /* DELETE_NAME */:
          case 21 /* DELETE_DEREF */:
          case 25 /* LOAD_FROM_DICT_OR_DEREF */:
          case 26 /* LOAD_LOCALS */:
          case 29 /* DELETE_ATTR */:
          case 33 /* UNARY_INVERT */:
          case 39 /* DELETE_SUBSCR */:
          case 40 /* BINARY_SLICE */:
          case 41 /* STORE_SLICE */:
          case 42 /* BUILD_SLICE */:
          case 45 /* BUILD_SET */:
          case 46 /* BUILD_MAP */:
          case 47 /* BUILD_CONST_KEY_MAP */:
          case 50 /* SET_ADD */:
          case 51 /* MAP_ADD */:
          case 52 /* LIST_EXTEND */:
          case 53 /* SET_UPDATE */:
          case 54 /* DICT_UPDATE */:
          case 55 /* DICT_MERGE */:
          case 57 /* UNPACK_EX */:
          case 58 /* CONVERT_VALUE */:
          case 60 /* FORMAT_WITH_SPEC */:
          case 82 /* GET_AITER */:
          case 83 /* GET_ANEXT */:
          case 87 /* WITH_EXCEPT_START */:
          case 91 /* CHECK_EG_MATCH */:
          case 94 /* LOAD_ASSERTION_ERROR */:
          case 95 /* LOAD_BUILD_CLASS */:
          case 96 /* SETUP_ANNOTATIONS */:
          case 97 /* IMPORT_NAME */:
          case 98 /* IMPORT_FROM */:
          case 99 /* CALL_INTRINSIC_1 */:
          case 100 /* CALL_INTRINSIC_2 */:
            sp = rareOp(rt, word, f, d, sp, ip);
            break;
          default:
            throw new Error(`eval: unknown opcode ${word & 0xff} at ${d.qualname}:${ip - 1}`);
        }
      }
      exc = raised;
      raised = NULL;
    } catch (e) {
      exc = S.toPyException(rt, e);
    }
    {
      // ---- exception unwinding ----
      rt.evalDirect = false;
      if (!reraise) {
        const cur = i32[tw + TS_EXC_INFO] as Ref;
        if (cur !== NULL && cur !== rt.none && cur !== exc && excContext(rt, exc) === NULL) S.setContextNoCycle(rt, exc, cur);
      }
      for (;;) {
        if (!reraise) setExcTraceback(rt, exc, newTraceback(rt, excTraceback(rt, exc), f, ip - 1));
        reraise = false;
        const h = findHandler(d, ip - 1);
        if (h >= 0) {
          const e5 = d.exc;
          sp = sb + e5[5 * h + 3];
          if (e5[5 * h + 4]) i32[sp++] = smallInt(ip - 1);
          i32[sp++] = exc;
          ip = e5[5 * h + 2];
          break;
        }
        // The exception leaves this frame.
        const flags = i32[fw + F_FLAGS];
        i32[fw + F_FLAGS] = flags | FF_DONE;
        i32[fw + F_LASTI] = ip; i32[fw + F_SP] = sp - sb;
        let back: Ref;
        if (flags & FF_GEN) {
          back = S.genFinish(rt, f);
          exc = S.genExceptionOut(rt, f, exc);
        } else {
          back = popFrame(rt, f);
        }
        if (flags & FF_ENTRY) {
          const isExit = (i32[(rt.typeOf(exc) >> 2) + T_FLAGS] & TF_BASE_EXC_SUBCLASS) !== 0 && isSubtype(rt, rt.typeOf(exc), types.SystemExit);
          return isExit && !nested ? { kind: 'exit', exc } : { kind: 'exception', exc };
        }
        { f = back; fw = f >> 2; d = decodeCode(rt, i32[fw + F_CODE] as Ref); code = d.code; consts = d.consts; names = d.names; lp = fw + F_LOCALSPLUS; sb = lp + d.nlocalsplus; ip = i32[fw + F_LASTI]; sp = sb + i32[fw + F_SP]; }
        // A generator exhausted by exception while driven by FOR_ITER/SEND: the exception
        // propagates from that instruction in the resumer, as CPython.
      }
    }
  }
  } finally {
    // How many check points this call used (the virtual platform turns them into time).
    st.budgetLeft = budget;
    stepsLeft = steps;
  }
}

// Silence unused-import diagnostics for names kept for upcoming opcodes.
void [lookupType, instanceDict, TF_METHOD_DESCRIPTOR, TF_TYPE_SUBCLASS, dictGet, dictNext, dictEntryKey, dictEntryValue,
  newTuple, listLen, tupleLen, isSmallInt, typeName, lookupSpecial, getAttrOpt, isPyErrorOf, GENLIKE_FLAGS,
  GEN_FRAME, GEN_STATE, GEN_EXC, GEN_OUTER_EXC, GS_CREATED, GS_SUSPENDED, GS_RUNNING, GS_CLOSED, newGenerator,
  INTRINSIC_1, INTRINSIC_2, isBaseExcInstance, F_GEN, CO_GENERATOR];
