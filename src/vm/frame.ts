// Frames in the heap: one per executing Python function / module / class body.
//
// Implementation notes (docs/architecture.md "Frames, threads and the eval loop"; CPython
// 3.11+ Include/internal/pycore_frame.h _PyInterpreterFrame is the model):
// - A frame is a heap object of type `frame` (frame-object.ts gives it its Python face:
//   f_code, f_lineno, f_back, ...). Everything a thread needs to continue lives in it, so a
//   frame chain is a GC root that any worker can scan, and a generator's frame can be
//   resumed by any thread.
// - Layout: the fixed words below, then `nlocalsplus` words of "localsplus" (fast locals,
//   cells, free vars: code.ts), then the value stack (code stacksize words) inline.
// - The eval loop keeps the instruction index and stack depth in JS locals and writes them
//   back (F_LASTI, F_SP) only at calls, check points, suspensions and exceptions. GC only
//   runs at check points, so the stored depth is exact whenever the collector looks, and
//   traverse visits only the live stack slots.

import { type Ref, NULL, M_GC_GENERATION } from './heap.ts';
import type { Runtime } from './runtime.ts';

export const F_CODE = 2;      // code object
export const F_GLOBALS = 3;   // dict
export const F_BUILTINS = 4;  // dict
export const F_LOCALS = 5;    // dict (module / class bodies, exec) or NULL
export const F_BACK = 6;      // calling frame or NULL
export const F_LASTI = 7;     // raw: index of the instruction executing (or to resume at, see eval.ts)
export const F_SP = 8;        // raw: value-stack depth
export const F_FUNC = 9;      // function object or NULL (module / exec frames)
export const F_FLAGS = 10;    // raw: FF_* bits
export const F_NLP = 11;      // raw: nlocalsplus
export const F_GEN = 12;      // owning generator / coroutine, or NULL
export const F_STACKSIZE = 13;// raw: value stack capacity
export const F_LOCALSPLUS = 14;
export const FRAME_FIXED_WORDS = F_LOCALSPLUS;

/** The frame was entered from native code (a nested eval): RETURN hands the value back to
 *  the JS caller instead of continuing in the caller frame. */
export const FF_ENTRY = 1;
/** Frame finished (returned or raised out): never resume it. */
export const FF_DONE = 2;
/** The frame belongs to a generator/coroutine (not on any thread's chain unless running). */
export const FF_GEN = 4;
/** Something besides the thread's frame chain may hold this frame (a traceback, a frame
 *  object given to Python code): its block is never reused when it returns. */
export const FF_ESCAPED = 8;
/** The upper bits count the except handlers the frame is inside (PUSH_EXC_INFO adds one,
 *  POP_EXCEPT removes it): a generator suspended inside one keeps that exception as its
 *  own exc_state (CPython gi_exc_state), even when it is the resumer's exception too. */
export const FF_EXC_UNIT = 1 << 8;

/** i32 index of localsplus[0] of frame `f`. */
export function frameLocalsBase(f: Ref): number { return (f >> 2) + F_LOCALSPLUS; }
/** i32 index of stack[0] of frame `f`. */
export function frameStackBase(rt: Runtime, f: Ref): number {
  return (f >> 2) + F_LOCALSPLUS + rt.heap.i32[(f >> 2) + F_NLP];
}

// ---- frame reuse ---------------------------------------------------------------------------
// A Python call used to take a fresh heap block for its frame and leave it to the collector:
// a call-heavy program (bench/fib.py) streamed through memory and collected often. Like
// CPython's per-thread frame stack (Python/pystate.c _PyThreadState_PushFrame), a frame that
// returns and that nothing else can see (no FF_ESCAPED, not a generator's, not an entry
// frame) goes to a per-worker pool by size, and the next call of that size takes it back.
// Pooled frames are unreachable, so the next collection frees them: the pool is dropped
// whenever the heap's collection generation (M_GC_GENERATION) changed. Escape is marked on
// the frame and all its callers (a frame object's f_back reaches them) by markFrameEscaped,
// which tracebacks, sys._getframe and f_back call.

const POOL_MAX_WORDS = 512;
const POOL_PER_SIZE = 16;
const pool: number[][] = [];
let poolHeap: unknown = null;
let poolGen = -1;

/** Frame `f` (and so every frame it can reach through f_back) may be seen after it returns:
 *  never reuse their blocks. */
export function markFrameEscaped(rt: Runtime, f: Ref): void {
  const i32 = rt.heap.i32;
  while (f !== NULL) {
    const k = (f >> 2) + F_FLAGS;
    if ((i32[k] & FF_ESCAPED) !== 0) return;
    i32[k] |= FF_ESCAPED;
    f = i32[(f >> 2) + F_BACK] as Ref;
  }
}

/** A returned frame that nothing references: keep its block for the next call of its size. */
export function releaseFrame(rt: Runtime, f: Ref): void {
  const i32 = rt.heap.i32, w = f >> 2;
  const words = F_LOCALSPLUS + i32[w + F_NLP] + i32[w + F_STACKSIZE];
  if (words >= POOL_MAX_WORDS) return;
  const gen = i32[M_GC_GENERATION];
  if (poolHeap !== rt.heap || poolGen !== gen) { pool.length = 0; poolHeap = rt.heap; poolGen = gen; }
  let list = pool[words];
  if (list === undefined) list = pool[words] = [];
  if (list.length < POOL_PER_SIZE) list.push(f);
}

/** Allocate a zeroed frame for a code with `nlocalsplus` locals and `stacksize` stack slots. */
export function allocFrame(rt: Runtime, frameType: Ref, nlocalsplus: number, stacksize: number): Ref {
  const words = F_LOCALSPLUS + nlocalsplus + stacksize;
  if (words < POOL_MAX_WORDS) {
    const list = pool[words];
    if (list !== undefined && list.length > 0) {
      const i32 = rt.heap.i32;
      if (poolHeap === rt.heap && poolGen === i32[M_GC_GENERATION]) {
        const f = list.pop()!, w = f >> 2;
        // Zero the fixed words and the locals (a loop: fill is a runtime call, slower for the
        // few dozen words of a frame); same size, so the header stays. The value stack is
        // left as it was: only slots below F_SP are ever read (frameTraverse, the eval loop
        // pushes before it pops), and F_SP is zeroed here.
        for (let i = w + 2, e = w + F_LOCALSPLUS + nlocalsplus; i < e; i++) i32[i] = 0;
        i32[w + F_NLP] = nlocalsplus;
        i32[w + F_STACKSIZE] = stacksize;
        return f as Ref;
      }
      pool.length = 0;
    }
  }
  const f = rt.heap.alloc(frameType, words * 4);
  const i32 = rt.heap.i32, w = f >> 2;
  i32[w + F_NLP] = nlocalsplus;
  i32[w + F_STACKSIZE] = stacksize;
  return f;
}

/** GC traverse of a frame: the fixed refs, every localsplus slot and the live stack. */
export function frameTraverse(rt: Runtime, f: Ref, visit: (r: Ref) => void): void {
  const i32 = rt.heap.i32, w = f >> 2;
  for (const k of [F_CODE, F_GLOBALS, F_BUILTINS, F_LOCALS, F_BACK, F_FUNC, F_GEN]) {
    const r = i32[w + k] as Ref;
    if (r !== NULL) visit(r);
  }
  const n = i32[w + F_NLP] + i32[w + F_SP];
  const base = w + F_LOCALSPLUS;
  for (let i = 0; i < n; i++) {
    const r = i32[base + i] as Ref;
    if (r !== NULL) visit(r);
  }
}
