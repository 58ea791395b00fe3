// Letting the collector run inside a callback from native code, when that is safe.
//
// The collector runs only at eval-breaker check points, where every live value of the
// running Python code is in the heap (frames, root stacks). A native that calls back into
// Python (sum over a generator, sorted with key=, a type's __init__) runs a nested eval
// loop, which has check points of its own; what the native holds in JS locals across that
// callback is invisible to the collector. So a nested loop is "unsafe" by default, and the
// collector waits until no unsafe nested loop is active on any thread (heap word
// M_UNSAFE_NESTING, counted by eval.ts). Without more, a program whose main work runs under
// such a native (`print(sum(main(n) for _ in range(4)))`) never collects and ends in
// MemoryError.
//
// A native audited to keep everything it still needs reachable from the heap (arguments on
// the caller's stack, rt.pushRoot for what it creates) declares its callbacks safe:
//   1. At entry it calls takeEvalDirect(rt). That is true only when the eval loop's CALL
//      invoked it directly (callObject with `direct`): then no other native sits between it
//      and an eval loop whose values are all in its frame. Any other callObject clears it,
//      so a native reached through an unaudited one gets false.
//   2. It makes its callbacks with callSafe / iterNextSafe, which name the exact Python
//      function or generator about to run (rt.gcSafeTarget). The nested loop entered for
//      that target (eval.ts callFunctionNested / genResumeNested) counts as safe; anything
//      else, e.g. a user __eq__ reached through richCompare, stays unsafe.
// CPython needs none of this: reference counts keep what C code holds alive.

import { type Ref, NULL } from './heap.ts';
import type { Runtime } from './runtime.ts';
import { callObject, iterNext } from './abstract.ts';
import { M_FUNC } from './objects/method.ts';

/** True when this native was called straight from the eval loop; clears the flag. */
export function takeEvalDirect(rt: Runtime): boolean {
  const v = rt.evalDirect;
  rt.evalDirect = false;
  return v;
}

/** The Python function a call of `f` runs first, or NULL (anything else is unsafe). */
function pythonTarget(rt: Runtime, f: Ref): Ref {
  if ((f & 1) !== 0 || f === NULL) return NULL;
  const t = rt.typeOf(f);
  if (t === rt.types.function) return f;
  if (t === rt.types.method) {
    const fn = rt.heap.i32[(f >> 2) + M_FUNC] as Ref;
    return rt.typeOf(fn) === rt.types.function ? fn : NULL;
  }
  return NULL;
}

/** callObject(f, args) from a native that holds nothing unrooted (when `safe`). */
export function callSafe(rt: Runtime, safe: boolean, f: Ref, args: Ref[], kwnames: Ref | null = null): Ref {
  const target = safe ? pythonTarget(rt, f) : NULL;
  if (target === NULL) return callObject(rt, f, args, kwnames);
  rt.gcSafeTarget = target;
  try {
    return callObject(rt, f, args, kwnames);
  } finally {
    rt.gcSafeTarget = NULL;
  }
}

/** iterNext(it) from a native that holds nothing unrooted (when `safe`): a generator then
 *  runs with collection allowed. */
export function iterNextSafe(rt: Runtime, safe: boolean, it: Ref): Ref {
  if (!safe || (it & 1) !== 0 || rt.typeOf(it) !== rt.types.generator) return iterNext(rt, it);
  rt.gcSafeTarget = it;
  try {
    return iterNext(rt, it);
  } finally {
    rt.gcSafeTarget = NULL;
  }
}
