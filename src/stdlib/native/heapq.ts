// `_heapq`: the heap operations in TypeScript, which src/stdlib/py/heapq.py imports over its
// Python definitions when present, as CPython's Lib/heapq.py does with Modules/_heapqmodule.c.
// asyncio's timer heap (base_events call_at / _run_once) pushes and pops on every timer.
//
// The algorithm is the one heapq.py documents (and CPython's C module follows): a new or
// vacated slot is moved down to a leaf first and then bubbled up, comparing only with `<`,
// so the sequence of comparisons — what a user __lt__ can observe — and the resulting order
// of ties are python3's. As in the C module, the list's size is checked after every
// comparison (a user __lt__ may mutate the heap): "list changed size during iteration".

import { type Ref, isSmallInt } from '../../vm/heap.ts';
import type { Runtime } from '../../vm/runtime.ts';
import { registerNatives } from '../../vm/registry.ts';
import { registerNativeModule } from '../../vm/import.ts';
import { nativeFunction } from '../../vm/objects/descriptors.ts';
import { moduleDict } from '../../vm/objects/module.ts';
import { dictSet } from '../../vm/objects/dict-core.ts';
import { listLen, listGet, listSet, listAppend, L_LEN } from '../../vm/objects/list-core.ts';
import { richCompareBool, typeName } from '../../vm/abstract.ts';
import { CompareOp } from '../../vm/type-slots.ts';
import { typeError, raise } from '../../vm/errors.ts';
import { floatValue } from '../../vm/objects/float.ts';
import { tupleGet, tupleLen } from '../../vm/objects/tuple-core.ts';

const KEY = '_heapq';

function checkList(rt: Runtime, heap: Ref, fn: string, oneArg = false): void {
  if ((heap & 1) !== 0 || rt.typeOf(heap) !== rt.types.list) {
    // CPython's argument-clinic messages: "heappush() argument 1 must be list, not int" for
    // the two-argument functions, "heapify() argument must be list, not int" for the others.
    typeError(rt, `${fn}() argument${oneArg ? '' : ' 1'} must be list, not ${typeName(rt, heap)}`);
  }
}

function arity(rt: Runtime, fn: string, args: Ref[], kw: Ref | null, n: number): void {
  if (kw !== null && kw !== 0) typeError(rt, `${fn}() takes no keyword arguments`);
  if (args.length !== n) {
    typeError(rt, n === 1 ? `${fn}() takes exactly one argument (${args.length} given)` : `${fn} expected ${n} arguments, got ${args.length}`);
  }
}

/** The value of a small int or an exact float, or NaN for anything else (a float NaN too,
 *  so that the callers leave it to the full comparison). */
function numberOf(rt: Runtime, r: Ref): number {
  if (isSmallInt(r)) return r >> 1;
  return rt.typeOf(r) === rt.types.float ? floatValue(rt, r) : NaN;
}

/** a < b decided without a call, where no user code could observe the difference: small
 *  ints, exact floats, and exact tuples whose items up to the first unequal pair are such,
 *  as asyncio's timer entries (when, sequence, handle) are. 1 or 0; -1 when the full
 *  comparison must decide (it then starts again from the first item, which nothing can
 *  observe: these comparisons call no Python code). */
export function quickLess(rt: Runtime, a: Ref, b: Ref): number {
  const x = numberOf(rt, a), y = numberOf(rt, b);
  if (x === x && y === y) return x < y ? 1 : 0;
  const tuple = rt.types.tuple;
  if ((a & 1) !== 0 || (b & 1) !== 0 || rt.typeOf(a) !== tuple || rt.typeOf(b) !== tuple) return -1;
  const la = tupleLen(rt, a), lb = tupleLen(rt, b), n = la < lb ? la : lb;
  for (let i = 0; i < n; i++) {
    const ai = tupleGet(rt, a, i), bi = tupleGet(rt, b, i);
    if (ai === bi) continue; // the same object: equal, as tuple comparison takes it
    const p = numberOf(rt, ai), q = numberOf(rt, bi);
    if (p !== p || q !== q) return -1;
    if (p !== q) return p < q ? 1 : 0;
  }
  return la < lb ? 1 : 0;
}

/** a < b (or b < a for the max-heap variants). */
function less(rt: Runtime, a: Ref, b: Ref, max: boolean): boolean {
  if (max) { const t = a; a = b; b = t; }
  const q = quickLess(rt, a, b);
  return q >= 0 ? q === 1 : richCompareBool(rt, a, b, CompareOp.LT);
}

function changed(rt: Runtime): never {
  raise(rt, rt.types.RuntimeError, 'list changed size during iteration');
}

/** Bubble heap[pos] up towards `start` while it is smaller than its parent (heapq.py
 *  _siftdown; CPython siftdown). */
function siftDown(rt: Runtime, heap: Ref, start: number, pos: number, max: boolean): void {
  const size = listLen(rt, heap);
  const newitem = listGet(rt, heap, pos);
  while (pos > start) {
    const parentpos = (pos - 1) >> 1;
    const parent = listGet(rt, heap, parentpos);
    const lt = less(rt, newitem, parent, max);
    if (listLen(rt, heap) !== size) changed(rt);
    if (!lt) break;
    // Re-read both: the comparison may have reordered the list without resizing it.
    const p = listGet(rt, heap, parentpos);
    const n = listGet(rt, heap, pos);
    listSet(rt, heap, parentpos, n);
    listSet(rt, heap, pos, p);
    pos = parentpos;
  }
}

/** Move the smaller child up until a leaf is reached, then bubble the item there up
 *  (heapq.py _siftup; CPython siftup). */
function siftUp(rt: Runtime, heap: Ref, pos: number, max: boolean): void {
  const endpos = listLen(rt, heap);
  const startpos = pos;
  const limit = endpos >> 1;
  while (pos < limit) {
    let childpos = 2 * pos + 1;
    if (childpos + 1 < endpos) {
      const a = listGet(rt, heap, childpos), b = listGet(rt, heap, childpos + 1);
      const lt = less(rt, a, b, max);
      if (listLen(rt, heap) !== endpos) changed(rt);
      if (!lt) childpos += 1;
    }
    const c = listGet(rt, heap, childpos), p = listGet(rt, heap, pos);
    listSet(rt, heap, childpos, p);
    listSet(rt, heap, pos, c);
    pos = childpos;
  }
  siftDown(rt, heap, startpos, pos, max);
}

/** list.pop() without the method call. */
function popLast(rt: Runtime, heap: Ref): Ref {
  const n = listLen(rt, heap);
  if (n === 0) raise(rt, rt.types.IndexError, 'index out of range');
  const last = listGet(rt, heap, n - 1);
  listSet(rt, heap, n - 1, 0 as Ref);
  rt.heap.i32[(heap >> 2) + L_LEN] = n - 1;
  return last;
}

function heappop(rt: Runtime, heap: Ref, max: boolean): Ref {
  const last = popLast(rt, heap);
  if (listLen(rt, heap) === 0) return last;
  const smallest = listGet(rt, heap, 0);
  listSet(rt, heap, 0, last);
  siftUp(rt, heap, 0, max);
  return smallest;
}

function heapreplace(rt: Runtime, heap: Ref, item: Ref, max: boolean): Ref {
  if (listLen(rt, heap) === 0) raise(rt, rt.types.IndexError, 'index out of range');
  const top = listGet(rt, heap, 0);
  listSet(rt, heap, 0, item);
  siftUp(rt, heap, 0, max);
  return top;
}

function heapify(rt: Runtime, heap: Ref, max: boolean): Ref {
  const n = listLen(rt, heap);
  for (let i = (n >> 1) - 1; i >= 0; i--) siftUp(rt, heap, i, max);
  return rt.none;
}

/** heappush(heap, item) on a list (asyncio's timer heap pushes through this). */
export function heapPush(rt: Runtime, heap: Ref, item: Ref): void {
  listAppend(rt, heap, item);
  siftDown(rt, heap, 0, listLen(rt, heap) - 1, false);
}

/** heappop(heap) on a list. */
export function heapPop(rt: Runtime, heap: Ref): Ref {
  return heappop(rt, heap, false);
}

registerNatives({
  key: KEY,
  fns: {
    heappush(rt, _s, args, kw) {
      arity(rt, 'heappush', args, kw, 2);
      const heap = args[0]!;
      checkList(rt, heap, 'heappush');
      heapPush(rt, heap, args[1]!);
      return rt.none;
    },
    heappop(rt, _s, args, kw) {
      arity(rt, 'heappop', args, kw, 1);
      checkList(rt, args[0]!, 'heappop', true);
      return heappop(rt, args[0]!, false);
    },
    heapreplace(rt, _s, args, kw) {
      arity(rt, 'heapreplace', args, kw, 2);
      checkList(rt, args[0]!, 'heapreplace');
      return heapreplace(rt, args[0]!, args[1]!, false);
    },
    heappushpop(rt, _s, args, kw) {
      arity(rt, 'heappushpop', args, kw, 2);
      const heap = args[0]!, item = args[1]!;
      checkList(rt, heap, 'heappushpop');
      if (listLen(rt, heap) === 0) return item;
      const top = listGet(rt, heap, 0);
      if (!less(rt, top, item, false)) return item;
      if (listLen(rt, heap) === 0) raise(rt, rt.types.IndexError, 'index out of range');
      const returned = listGet(rt, heap, 0);
      listSet(rt, heap, 0, item);
      siftUp(rt, heap, 0, false);
      return returned;
    },
    heapify(rt, _s, args, kw) {
      arity(rt, 'heapify', args, kw, 1);
      checkList(rt, args[0]!, 'heapify', true);
      return heapify(rt, args[0]!, false);
    },
    _heappop_max(rt, _s, args, kw) {
      arity(rt, '_heappop_max', args, kw, 1);
      checkList(rt, args[0]!, '_heappop_max', true);
      return heappop(rt, args[0]!, true);
    },
    _heapreplace_max(rt, _s, args, kw) {
      arity(rt, '_heapreplace_max', args, kw, 2);
      checkList(rt, args[0]!, '_heapreplace_max');
      return heapreplace(rt, args[0]!, args[1]!, true);
    },
    _heapify_max(rt, _s, args, kw) {
      arity(rt, '_heapify_max', args, kw, 1);
      checkList(rt, args[0]!, '_heapify_max', true);
      return heapify(rt, args[0]!, true);
    },
  },
});

registerNativeModule(KEY, (rt, m) => {
  const d = moduleDict(rt, m);
  for (const name of ['heappush', 'heappop', 'heapreplace', 'heappushpop', 'heapify', '_heappop_max', '_heapreplace_max', '_heapify_max']) {
    dictSet(rt, d, rt.intern(name), nativeFunction(rt, KEY, name, 0 as Ref, rt.intern(KEY)));
  }
});
