// The list object's layout and the operations the object model needs (__subclasses__,
// __notes__, mro()). The list type's behaviour is list.ts's.
//
// Layout: header; L_LEN; L_ITEMS (a refs block, capacity = its payload / 4; slots past
// L_LEN are NULL); L_LOCK (per-object lock word for free-threaded mode, PEP 703).
// Growth follows CPython's list_resize over-allocation (Objects/listobject.c).

import type { Ref } from '../heap.ts';
import type { Runtime } from '../runtime.ts';
import { freeThreading, lockObject, unlockObject } from '../object-lock.ts';

export const L_LEN = 2;
export const L_ITEMS = 3;
export const L_LOCK = 4;
export const LIST_BASICSIZE = 24;

export function newList(rt: Runtime, items: readonly Ref[] = [], type: Ref = rt.types.list): Ref {
  const extra = type === rt.types.list ? 0 : rt.heap.i32[(type >> 2) + 13 /* T_EXTRA */];
  const l = rt.heap.alloc(type, LIST_BASICSIZE + extra);
  if (items.length > 0) {
    const block = rt.heap.allocRefs(items.length);
    const i32 = rt.heap.i32, w = (block >> 2) + 2;
    for (let i = 0; i < items.length; i++) i32[w + i] = items[i];
    i32[(l >> 2) + L_ITEMS] = block;
    i32[(l >> 2) + L_LEN] = items.length;
  }
  return l;
}

export function listLen(rt: Runtime, l: Ref): number { return rt.heap.i32[(l >> 2) + L_LEN]; }
export function listCapacity(rt: Runtime, l: Ref): number {
  const b = rt.heap.i32[(l >> 2) + L_ITEMS] as Ref;
  return b === 0 ? 0 : (rt.heap.sizeOf(b) - 8) >> 2;
}
/** Item i (caller checks the bound). */
export function listGet(rt: Runtime, l: Ref, i: number): Ref {
  const i32 = rt.heap.i32;
  return i32[(i32[(l >> 2) + L_ITEMS] >> 2) + 2 + i] as Ref;
}
export function listSet(rt: Runtime, l: Ref, i: number, v: Ref): void {
  const i32 = rt.heap.i32;
  i32[(i32[(l >> 2) + L_ITEMS] >> 2) + 2 + i] = v;
}

/** Ensure room for `n` items (CPython list_resize growth pattern). */
export function listReserve(rt: Runtime, l: Ref, n: number): void {
  if (n <= listCapacity(rt, l)) return;
  const cap = n + (n >> 3) + (n < 9 ? 3 : 6);
  const heap = rt.heap;
  const block = heap.allocRefs(cap);
  const i32 = heap.i32;
  const old = i32[(l >> 2) + L_ITEMS];
  const len = i32[(l >> 2) + L_LEN];
  if (old !== 0) heap.i32.copyWithin((block >> 2) + 2, (old >> 2) + 2, (old >> 2) + 2 + len);
  i32[(l >> 2) + L_ITEMS] = block;
}

export function listAppend(rt: Runtime, l: Ref, v: Ref): void {
  if (!freeThreading.on) return listAppendRaw(rt, l, v);
  const t = lockObject(rt, l, L_LOCK);
  try { listAppendRaw(rt, l, v); } finally { unlockObject(rt, l, L_LOCK, t); }
}
function listAppendRaw(rt: Runtime, l: Ref, v: Ref): void {
  const len = rt.heap.i32[(l >> 2) + L_LEN];
  listReserve(rt, l, len + 1);
  listSet(rt, l, len, v);
  rt.heap.i32[(l >> 2) + L_LEN] = len + 1;
}

export function listToArray(rt: Runtime, l: Ref): Ref[] {
  const n = listLen(rt, l), out: Ref[] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = listGet(rt, l, i);
  return out;
}
