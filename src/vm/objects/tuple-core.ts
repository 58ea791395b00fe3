// The tuple object's layout and constructors the object model needs (MRO and bases tuples,
// exception args, kwnames). The tuple type's behaviour (methods, hash, compare, slicing,
// iteration) is tuple.ts's.
//
// Layout: header; TU_LEN; the items inline from word TU_ITEMS. Immutable once built: a
// constructor fills it before anyone else can see it.

import type { Ref } from '../heap.ts';
import type { Runtime } from '../runtime.ts';

export const TU_LEN = 2;
export const TU_ITEMS = 3;

/** A tuple of n NULL items of `type` (rt.types.tuple or a subclass): fill with tupleSetInit. */
export function allocTuple(rt: Runtime, n: number, type: Ref = rt.types.tuple): Ref {
  if (n === 0 && type === rt.types.tuple && rt.emptyTuple !== 0) return rt.emptyTuple;
  const extra = type === rt.types.tuple ? 0 : rt.heap.i32[(type >> 2) + 13 /* T_EXTRA */];
  const t = rt.heap.alloc(type, ((4 * (TU_ITEMS + n) + 7) & ~7) + extra);
  rt.heap.i32[(t >> 2) + TU_LEN] = n;
  return t;
}

export function newTuple(rt: Runtime, items: readonly Ref[]): Ref {
  const t = allocTuple(rt, items.length);
  const i32 = rt.heap.i32, w = (t >> 2) + TU_ITEMS;
  for (let i = 0; i < items.length; i++) i32[w + i] = items[i];
  return t;
}

export function tupleLen(rt: Runtime, t: Ref): number { return rt.heap.i32[(t >> 2) + TU_LEN]; }
/** Item i (caller checks the bound). */
export function tupleGet(rt: Runtime, t: Ref, i: number): Ref { return rt.heap.i32[(t >> 2) + TU_ITEMS + i] as Ref; }
/** Only while constructing a tuple nobody else has seen. */
export function tupleSetInit(rt: Runtime, t: Ref, i: number, v: Ref): void { rt.heap.i32[(t >> 2) + TU_ITEMS + i] = v; }
export function tupleToArray(rt: Runtime, t: Ref): Ref[] {
  const n = tupleLen(rt, t), out: Ref[] = new Array(n);
  const i32 = rt.heap.i32, w = (t >> 2) + TU_ITEMS;
  for (let i = 0; i < n; i++) out[i] = i32[w + i] as Ref;
  return out;
}
