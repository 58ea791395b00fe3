// Small helpers shared by the container and text types: the repr recursion guard
// (CPython's Py_ReprEnter/Py_ReprLeave, which keep a per-thread list of the containers
// being repr'd so `l = [1]; l.append(l)` prints `[1, [...]]`), cached lookup of the
// lazily created iterator/view types, and the few Python-level checks several types share.

import { type Ref, NULL, isSmallInt } from '../heap.ts';
import type { Runtime } from '../runtime.ts';
import { isSubtype, getIter, iterNext } from '../abstract.ts';
import { T_FLAGS } from '../type-layout.ts';
import { newList, listAppend } from './list-core.ts';

// Per thread state (rt.ts): the set of containers whose repr is in progress. A thread may
// be switched out in the middle of a repr that runs Python code (a user __repr__), and
// other threads of the same worker must not see its entries.
const inRepr = new Map<number, Set<Ref>>();

/** Py_ReprEnter: false if `o` is already being repr'd by this thread (print "[...]"). */
export function reprEnter(rt: Runtime, o: Ref): boolean {
  const key = rt.ts;
  let s = inRepr.get(key);
  if (s === undefined) { s = new Set(); inRepr.set(key, s); }
  if (s.has(o)) return false;
  s.add(o);
  return true;
}

export function reprLeave(rt: Runtime, o: Ref): void {
  const s = inRepr.get(rt.ts);
  if (s !== undefined) { s.delete(o); if (s.size === 0) inRepr.delete(rt.ts); }
}

/** A memo of rt.typeFor(key) per runtime, for types created on demand (iterators, views). */
export function lazyType(key: string): (rt: Runtime) => Ref {
  const memo = new WeakMap<Runtime, Ref>();
  return (rt) => {
    let t = memo.get(rt);
    if (t === undefined) { t = rt.typeFor(key); memo.set(rt, t); }
    return t;
  };
}

/** Is `o` an instance of `type` or of a subclass (fast exact check first)? */
export function isInstanceFast(rt: Runtime, o: Ref, type: Ref): boolean {
  if (isSmallInt(o) || o === NULL) return type === rt.types.int || type === rt.types.object;
  const t = rt.heap.i32[o >> 2] as Ref;
  return t === type || isSubtype(rt, t, type);
}

/** Does a type have the given TF_* subclass flag (list/tuple/dict/str/bytes/int)? */
export function hasTypeFlag(rt: Runtime, o: Ref, flag: number): boolean {
  if (isSmallInt(o)) return false;
  return (rt.heap.i32[(rt.heap.i32[o >> 2] >> 2) + T_FLAGS] & flag) !== 0;
}

/**
 * Every item of an iterable, collected into a new list (PySequence_List). The iterator
 * and the list are rooted while the iteration may run Python code (a generator), since a
 * collection can happen at any safepoint and both are held only by this JS frame.
 */
export function collectToList(rt: Runtime, iterable: Ref): Ref {
  const l = newList(rt);
  const mark = rt.rootMark();
  rt.pushRoot(l);
  try {
    const it = getIter(rt, iterable);
    rt.pushRoot(it);
    for (let x = iterNext(rt, it); x !== NULL; x = iterNext(rt, it)) listAppend(rt, l, x);
  } finally {
    rt.rootRelease(mark);
  }
  return l;
}
