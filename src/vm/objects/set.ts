// The set and frozenset types: methods, operators, comparisons, repr, frozenset's hash,
// and set_iterator. The table algorithm is set-table.ts's; this file follows the
// method-level algorithms of CPython 3.11 Objects/setobject.c exactly where they decide
// the iteration order of the result (which operand is iterated, when a copy is made, when
// the table is resized): set_intersection iterates the smaller set, set_difference copies
// and discards when the receiver is 4x bigger, symmetric_difference starts from a copy of
// the OTHER operand, results of operators take the base type (set or frozenset) of the
// left operand.

import { type Ref, NULL, isSmallInt, smallInt } from '../heap.ts';
import type { Runtime } from '../runtime.ts';
import { registerType } from '../registry.ts';
import { CompareOp, type NativeFn, type TypeSlots } from '../type-slots.ts';
import { TF_BASETYPE } from '../type-layout.ts';
import { typeError, keyError, runtimeError, isPyErrorOf } from '../errors.ts';
import { repr, getIter, iterNext, isSubtype, typeName } from '../abstract.ts';
import {
  SE_FILL, SE_USED, SE_MASK, SE_TABLE, SE_FINGER, SE_HASH_HI, SE_HASH_LO, SE_HASHED, SET_BASICSIZE,
  initSetTable, setLookup, setAddEntry, setAdd, setDiscardEntry, setTableResize, setMerge, setTraverse,
  setKeys,
} from './set-table.ts';
import { H, toNumber, shuffleBits, frozensetHashFinish } from './hash64.ts';
import { exactHash, setFrozensetHashImpl } from './exact-hash.ts';
import { D_USED, dictNext, dictEntryKey } from './dict-core.ts';
import { reprEnter, reprLeave, lazyType } from './container-util.ts';
import { oneArg, noArgs } from './arg-parse.ts';
import { registerConstMaker, makeConst } from '../code-object.ts';
import { newTuple } from './tuple-core.ts';
import { classGetItem } from './generic-alias.ts';

const setIterType = lazyType('set_iterator');

export function isAnySet(rt: Runtime, o: Ref): boolean {
  if (isSmallInt(o) || o === NULL) return false;
  const t = rt.heap.i32[o >> 2] as Ref;
  return t === rt.types.set || t === rt.types.frozenset || isSubtype(rt, t, rt.types.set) || isSubtype(rt, t, rt.types.frozenset);
}
function isSetType(rt: Runtime, o: Ref): boolean {
  const t = rt.typeOf(o);
  return t === rt.types.set || isSubtype(rt, t, rt.types.set);
}
function isExactDict(rt: Runtime, o: Ref): boolean { return !isSmallInt(o) && rt.heap.i32[o >> 2] === rt.types.dict; }

export function setLen(rt: Runtime, so: Ref): number { return rt.heap.i32[(so >> 2) + SE_USED]; }

/** An empty set (or frozenset, or subclass instance) of `type`. */
export function newEmptySet(rt: Runtime, type: Ref = rt.types.set): Ref {
  const core = type === rt.types.set || type === rt.types.frozenset;
  const extra = core ? 0 : rt.heap.i32[(type >> 2) + 13 /* T_EXTRA */];
  const so = rt.heap.alloc(type, SET_BASICSIZE + extra);
  initSetTable(rt, so);
  return so;
}

/** set_update_internal: add the elements of any iterable (sets and dicts fast). */
export function setUpdate(rt: Runtime, so: Ref, other: Ref): void {
  if (isAnySet(rt, other)) { setMerge(rt, so, other); return; }
  const i32 = rt.heap.i32, w = so >> 2;
  if (isExactDict(rt, other)) {
    const dsize = i32[(other >> 2) + D_USED];
    if ((i32[w + SE_FILL] + dsize) * 5 >= i32[w + SE_MASK] * 3) setTableResize(rt, so, (i32[w + SE_USED] + dsize) * 2);
    for (let e = dictNext(rt, other, 0); e >= 0; e = dictNext(rt, other, e + 1)) {
      const k = dictEntryKey(rt, other, e);
      exactHash(rt, k);
      setAddEntry(rt, so, k, H.hi, H.lo);
    }
    return;
  }
  const it = getIter(rt, other);
  const mark = rt.rootMark();
  rt.pushRoot(it);
  try {
    for (let x = iterNext(rt, it); x !== NULL; x = iterNext(rt, it)) setAdd(rt, so, x);
  } finally {
    rt.rootRelease(mark);
  }
}

/** make_new_set(type, iterable): a new set of `type` filled from iterable (NULL: empty). */
export function newSet(rt: Runtime, iterable: Ref = NULL, type: Ref = rt.types.set): Ref {
  const so = newEmptySet(rt, type);
  if (iterable !== NULL) {
    const mark = rt.rootMark();
    rt.pushRoot(so);
    try { setUpdate(rt, so, iterable); } finally { rt.rootRelease(mark); }
  }
  return so;
}

export function newFrozenset(rt: Runtime, iterable: Ref = NULL): Ref { return newSet(rt, iterable, rt.types.frozenset); }

/** make_new_set_basetype: results of operations on subclasses are plain set/frozenset. */
function baseType(rt: Runtime, so: Ref): Ref {
  const t = rt.typeOf(so);
  if (t === rt.types.set || t === rt.types.frozenset) return t;
  return isSubtype(rt, t, rt.types.set) ? rt.types.set : rt.types.frozenset;
}

/** set_copy. */
export function setCopy(rt: Runtime, so: Ref): Ref { return newSet(rt, so, baseType(rt, so)); }

/** Membership with CPython's retry of an unhashable set key as a frozenset. */
function containsKey(rt: Runtime, so: Ref, key: Ref): boolean {
  try {
    exactHash(rt, key);
  } catch (e) {
    if (isSetType(rt, key) && isPyErrorOf(rt, e, rt.types.TypeError)) {
      const tmp = newFrozenset(rt, key);
      exactHash(rt, tmp);
      return setLookup(rt, so, tmp, H.hi, H.lo) >= 0;
    }
    throw e;
  }
  return setLookup(rt, so, key, H.hi, H.lo) >= 0;
}

/** Discard with the same frozenset retry; true if it was present. */
function discardKey(rt: Runtime, so: Ref, key: Ref): boolean {
  try {
    exactHash(rt, key);
  } catch (e) {
    if (isSetType(rt, key) && isPyErrorOf(rt, e, rt.types.TypeError)) {
      const tmp = newFrozenset(rt, key);
      exactHash(rt, tmp);
      return setDiscardEntry(rt, so, tmp, H.hi, H.lo);
    }
    throw e;
  }
  return setDiscardEntry(rt, so, key, H.hi, H.lo);
}

/** Visit each active entry: fn(key, hashHi, hashLo), re-reading the table each step. */
function forEachEntry(rt: Runtime, so: Ref, fn: (k: Ref, hi: number, lo: number) => void): void {
  for (let i = 0; i <= rt.heap.i32[(so >> 2) + SE_MASK]; i++) {
    const e = (rt.heap.i32[(so >> 2) + SE_TABLE] >> 2) + 2 + 3 * i;
    const k = rt.heap.i32[e + 2] as Ref;
    if (k !== NULL) fn(k, rt.heap.i32[e], rt.heap.i32[e + 1]);
  }
}

function containsEntry(rt: Runtime, so: Ref, k: Ref, hi: number, lo: number): boolean {
  return setLookup(rt, so, k, hi, lo) >= 0;
}

/** set_intersection. */
export function setIntersection(rt: Runtime, so: Ref, other: Ref): Ref {
  if (so === other) return setCopy(rt, so);
  const result = newEmptySet(rt, baseType(rt, so));
  const mark = rt.rootMark();
  rt.pushRoot(result);
  try {
    if (isAnySet(rt, other)) {
      let a = so, b = other;
      if (setLen(rt, b) > setLen(rt, a)) { const t = a; a = b; b = t; }
      forEachEntry(rt, b, (k, hi, lo) => { if (containsEntry(rt, a, k, hi, lo)) setAddEntry(rt, result, k, hi, lo); });
      return result;
    }
    const it = getIter(rt, other);
    rt.pushRoot(it);
    for (let x = iterNext(rt, it); x !== NULL; x = iterNext(rt, it)) {
      exactHash(rt, x);
      const hi = H.hi, lo = H.lo;
      if (containsEntry(rt, so, x, hi, lo)) setAddEntry(rt, result, x, hi, lo);
    }
    return result;
  } finally {
    rt.rootRelease(mark);
  }
}

/** set_difference_update_internal. */
export function setDifferenceUpdate(rt: Runtime, so: Ref, other: Ref): void {
  if (so === other) { initSetTable(rt, so); return; }
  if (isAnySet(rt, other)) {
    let o = other;
    if ((setLen(rt, other) >> 3) > setLen(rt, so)) o = setIntersection(rt, so, other);
    const mark = rt.rootMark();
    rt.pushRoot(o);
    try { forEachEntry(rt, o, (k, hi, lo) => { setDiscardEntry(rt, so, k, hi, lo); }); } finally { rt.rootRelease(mark); }
  } else {
    const it = getIter(rt, other);
    const mark = rt.rootMark();
    rt.pushRoot(it);
    try {
      for (let x = iterNext(rt, it); x !== NULL; x = iterNext(rt, it)) discardKey(rt, so, x);
    } finally { rt.rootRelease(mark); }
  }
  const i32 = rt.heap.i32, w = so >> 2;
  // More than a quarter dummies: resize them away.
  if (i32[w + SE_FILL] - i32[w + SE_USED] <= (i32[w + SE_MASK] >>> 2)) return;
  const used = i32[w + SE_USED];
  setTableResize(rt, so, used > 50000 ? used * 2 : used * 4);
}

/** set_difference. */
export function setDifference(rt: Runtime, so: Ref, other: Ref): Ref {
  let otherSize: number;
  if (isAnySet(rt, other)) otherSize = setLen(rt, other);
  else if (isExactDict(rt, other)) otherSize = rt.heap.i32[(other >> 2) + D_USED];
  else return copyAndDifference(rt, so, other);
  if ((setLen(rt, so) >> 2) > otherSize) return copyAndDifference(rt, so, other);
  const result = newEmptySet(rt, baseType(rt, so));
  const mark = rt.rootMark();
  rt.pushRoot(result);
  try {
    if (isExactDict(rt, other)) {
      forEachEntry(rt, so, (k, hi, lo) => { if (!dictHasKey(rt, other, k)) setAddEntry(rt, result, k, hi, lo); });
    } else {
      forEachEntry(rt, so, (k, hi, lo) => { if (!containsEntry(rt, other, k, hi, lo)) setAddEntry(rt, result, k, hi, lo); });
    }
  } finally { rt.rootRelease(mark); }
  return result;
}

let dictHasKey: (rt: Runtime, d: Ref, k: Ref) => boolean = () => false;
/** dict.ts installs the dict membership test (it owns the dict-level lookup). */
export function setDictHasKey(f: (rt: Runtime, d: Ref, k: Ref) => boolean): void { dictHasKey = f; }

function copyAndDifference(rt: Runtime, so: Ref, other: Ref): Ref {
  const result = setCopy(rt, so);
  const mark = rt.rootMark();
  rt.pushRoot(result);
  try { setDifferenceUpdate(rt, result, other); } finally { rt.rootRelease(mark); }
  return result;
}

/** set_symmetric_difference_update. */
export function setSymmetricDifferenceUpdate(rt: Runtime, so: Ref, other: Ref): void {
  if (so === other) { initSetTable(rt, so); return; }
  const mark = rt.rootMark();
  try {
    let o = other;
    if (isExactDict(rt, other)) {
      for (let e = dictNext(rt, other, 0); e >= 0; e = dictNext(rt, other, e + 1)) {
        const k = dictEntryKey(rt, other, e);
        exactHash(rt, k);
        const hi = H.hi, lo = H.lo;
        if (!setDiscardEntry(rt, so, k, hi, lo)) setAddEntry(rt, so, k, hi, lo);
      }
      return;
    }
    if (!isAnySet(rt, other)) { o = newSet(rt, other, baseType(rt, so)); rt.pushRoot(o); }
    forEachEntry(rt, o, (k, hi, lo) => { if (!setDiscardEntry(rt, so, k, hi, lo)) setAddEntry(rt, so, k, hi, lo); });
  } finally { rt.rootRelease(mark); }
}

/** set_symmetric_difference: a copy of OTHER updated with so. */
export function setSymmetricDifference(rt: Runtime, so: Ref, other: Ref): Ref {
  const result = newSet(rt, other, baseType(rt, so));
  const mark = rt.rootMark();
  rt.pushRoot(result);
  try { setSymmetricDifferenceUpdate(rt, result, so); } finally { rt.rootRelease(mark); }
  return result;
}

/** set_issubset. */
export function setIsSubset(rt: Runtime, so: Ref, other: Ref): boolean {
  if (!isAnySet(rt, other)) {
    const tmp = newSet(rt, other);
    const mark = rt.rootMark(); rt.pushRoot(tmp);
    try { return setIsSubset(rt, so, tmp); } finally { rt.rootRelease(mark); }
  }
  if (setLen(rt, so) > setLen(rt, other)) return false;
  let ok = true;
  forEachEntry(rt, so, (k, hi, lo) => { if (ok && !containsEntry(rt, other, k, hi, lo)) ok = false; });
  return ok;
}

/** set_issuperset. */
export function setIsSuperset(rt: Runtime, so: Ref, other: Ref): boolean {
  if (isAnySet(rt, other)) return setIsSubset(rt, other, so);
  const it = getIter(rt, other);
  const mark = rt.rootMark(); rt.pushRoot(it);
  try {
    for (let x = iterNext(rt, it); x !== NULL; x = iterNext(rt, it)) if (!containsKey(rt, so, x)) return false;
    return true;
  } finally { rt.rootRelease(mark); }
}

function setIsDisjoint(rt: Runtime, so: Ref, other: Ref): boolean {
  if (so === other) return setLen(rt, so) === 0;
  if (isAnySet(rt, other)) {
    let a = so, b = other;
    if (setLen(rt, a) > setLen(rt, b)) { const t = a; a = b; b = t; }
    let disjoint = true;
    forEachEntry(rt, a, (k, hi, lo) => { if (disjoint && containsEntry(rt, b, k, hi, lo)) disjoint = false; });
    return disjoint;
  }
  const it = getIter(rt, other);
  const mark = rt.rootMark(); rt.pushRoot(it);
  try {
    for (let x = iterNext(rt, it); x !== NULL; x = iterNext(rt, it)) if (containsKey(rt, so, x)) return false;
    return true;
  } finally { rt.rootRelease(mark); }
}

/** Replace so's table by tmp's (set_swap_bodies for intersection_update). */
function takeBody(rt: Runtime, so: Ref, tmp: Ref): void {
  const i32 = rt.heap.i32, a = so >> 2, b = tmp >> 2;
  for (const f of [SE_FILL, SE_USED, SE_MASK, SE_TABLE]) i32[a + f] = i32[b + f];
  i32[a + SE_FINGER] = 0;
}

// ---- frozenset hash ------------------------------------------------------------------------

function frozensetHashInto(rt: Runtime, fs: Ref): void {
  const i32 = rt.heap.i32, w = fs >> 2;
  if (i32[w + SE_HASHED] !== 0) { H.hi = i32[w + SE_HASH_HI] >>> 0; H.lo = i32[w + SE_HASH_LO] >>> 0; return; }
  let xhi = 0, xlo = 0;
  forEachEntry(rt, fs, (_k, hi, lo) => { shuffleBits(hi >>> 0, lo >>> 0); xhi ^= H.hi; xlo ^= H.lo; });
  frozensetHashFinish(xhi >>> 0, xlo >>> 0, setLen(rt, fs));
  i32[w + SE_HASH_HI] = H.hi; i32[w + SE_HASH_LO] = H.lo; i32[w + SE_HASHED] = 1;
}
setFrozensetHashImpl(frozensetHashInto);

// ---- repr, compare, iterate ------------------------------------------------------------------

function setRepr(rt: Runtime, so: Ref): Ref {
  const tname = typeName(rt, so);
  if (!reprEnter(rt, so)) return rt.newStr(`${tname}(...)`);
  try {
    if (setLen(rt, so) === 0) return rt.newStr(`${tname}()`);
    const parts: string[] = [];
    for (const k of setKeys(rt, so)) parts.push(rt.jsStr(repr(rt, k)));
    const body = `{${parts.join(', ')}}`;
    return rt.newStr(rt.typeOf(so) === rt.types.set ? body : `${tname}(${body})`);
  } finally { reprLeave(rt, so); }
}

function setRichCompare(rt: Runtime, v: Ref, w: Ref, op: CompareOp): Ref {
  if (!isAnySet(rt, v) || !isAnySet(rt, w)) return rt.notImplemented;
  const lv = setLen(rt, v), lw = setLen(rt, w);
  switch (op) {
    case CompareOp.EQ: return rt.bool(lv === lw && setIsSubset(rt, v, w));
    case CompareOp.NE: return rt.bool(!(lv === lw && setIsSubset(rt, v, w)));
    case CompareOp.LE: return rt.bool(setIsSubset(rt, v, w));
    case CompareOp.GE: return rt.bool(setIsSuperset(rt, v, w));
    case CompareOp.LT: return rt.bool(lv < lw && setIsSubset(rt, v, w));
    default: return rt.bool(lv > lw && setIsSuperset(rt, v, w));
  }
}

// set_iterator: SI_SET (NULL when exhausted), SI_USED snapshot, SI_POS, SI_LEN.
const SI_SET = 2, SI_USED = 3, SI_POS = 4, SI_LEN = 5;

function newSetIter(rt: Runtime, so: Ref): Ref {
  const it = rt.heap.alloc(setIterType(rt), 24);
  const i32 = rt.heap.i32, w = it >> 2;
  i32[w + SI_SET] = so; i32[w + SI_USED] = setLen(rt, so); i32[w + SI_POS] = 0; i32[w + SI_LEN] = setLen(rt, so);
  return it;
}

registerType({
  key: 'set_iterator',
  name: 'set_iterator',
  basicsize: 24,
  slots: {
    iter: (_rt, self) => self,
    next(rt, self) {
      const i32 = rt.heap.i32, w = self >> 2;
      const so = i32[w + SI_SET];
      if (so === 0) return NULL;
      if (i32[w + SI_USED] !== i32[(so >> 2) + SE_USED]) {
        i32[w + SI_USED] = -1;
        runtimeError(rt, 'Set changed size during iteration');
      }
      const mask = i32[(so >> 2) + SE_MASK], tw = (i32[(so >> 2) + SE_TABLE] >> 2) + 2;
      let i = i32[w + SI_POS];
      while (i <= mask && i32[tw + 3 * i + 2] === 0) i++;
      i32[w + SI_POS] = i + 1;
      if (i > mask) { i32[w + SI_SET] = 0; return NULL; }
      i32[w + SI_LEN]--;
      return i32[tw + 3 * i + 2] as Ref;
    },
    traverse(rt, self, visit) { const s = rt.heap.i32[(self >> 2) + SI_SET] as Ref; if (s !== NULL) visit(s); },
  },
  methods: {
    __length_hint__(rt, self) {
      const i32 = rt.heap.i32, w = self >> 2;
      const so = i32[w + SI_SET];
      return smallInt(so !== 0 && i32[w + SI_USED] === i32[(so >> 2) + SE_USED] ? i32[w + SI_LEN] : 0);
    },
  },
});

// ---- methods -------------------------------------------------------------------------------

function multi(rt: Runtime, self: Ref, args: Ref[], kwnames: Ref | null, name: string): void {
  if (kwnames !== null && kwnames !== NULL && rt.heap.i32[(kwnames >> 2) + 2] > 0) typeError(rt, `${name}() takes no keyword arguments`);
}

function withRoot<T>(rt: Runtime, r: Ref, f: () => T): T {
  const mark = rt.rootMark(); rt.pushRoot(r);
  try { return f(); } finally { rt.rootRelease(mark); }
}

const frozenMethods: Record<string, NativeFn> = {
  copy(rt, self, args, kwnames) {
    noArgs(rt, `${typeName(rt, self)}.copy`, args, kwnames);
    if (rt.typeOf(self) === rt.types.frozenset) return self;
    return setCopy(rt, self);
  },
  union(rt, self, args, kwnames) {
    multi(rt, self, args, kwnames, 'union');
    const result = setCopy(rt, self);
    return withRoot(rt, result, () => { for (const o of args) setUpdate(rt, result, o); return result; });
  },
  intersection(rt, self, args, kwnames) {
    multi(rt, self, args, kwnames, 'intersection');
    if (args.length === 0) return setCopy(rt, self);
    let result = self;
    const mark = rt.rootMark();
    try {
      for (const o of args) { result = setIntersection(rt, result, o); rt.pushRoot(result); }
    } finally { rt.rootRelease(mark); }
    return result;
  },
  difference(rt, self, args, kwnames) {
    multi(rt, self, args, kwnames, 'difference');
    if (args.length === 0) return setCopy(rt, self);
    const result = setDifference(rt, self, args[0]!);
    return withRoot(rt, result, () => { for (let i = 1; i < args.length; i++) setDifferenceUpdate(rt, result, args[i]!); return result; });
  },
  symmetric_difference(rt, self, args, kwnames) {
    const o = oneArg(rt, `${typeName(rt, self)}.symmetric_difference`, args, kwnames);
    return setSymmetricDifference(rt, self, o);
  },
  issubset(rt, self, args, kwnames) { return rt.bool(setIsSubset(rt, self, oneArg(rt, `${typeName(rt, self)}.issubset`, args, kwnames))); },
  issuperset(rt, self, args, kwnames) { return rt.bool(setIsSuperset(rt, self, oneArg(rt, `${typeName(rt, self)}.issuperset`, args, kwnames))); },
  isdisjoint(rt, self, args, kwnames) { return rt.bool(setIsDisjoint(rt, self, oneArg(rt, `${typeName(rt, self)}.isdisjoint`, args, kwnames))); },
  __sizeof__(rt, self) {
    // 64-bit CPython: 200-byte object with an 8-entry small table; bigger tables add 16/entry.
    const size = rt.heap.i32[(self >> 2) + SE_MASK] + 1;
    return smallInt(200 + (size > 8 ? 16 * size : 0));
  },
};

const setMethods: Record<string, NativeFn> = {
  ...frozenMethods,
  add(rt, self, args, kwnames) { setAdd(rt, self, oneArg(rt, 'set.add', args, kwnames)); return rt.none; },
  discard(rt, self, args, kwnames) { discardKey(rt, self, oneArg(rt, 'set.discard', args, kwnames)); return rt.none; },
  remove(rt, self, args, kwnames) {
    const k = oneArg(rt, 'set.remove', args, kwnames);
    if (!discardKey(rt, self, k)) keyError(rt, k);
    return rt.none;
  },
  pop(rt, self, args, kwnames) {
    noArgs(rt, 'set.pop', args, kwnames);
    const i32 = rt.heap.i32, w = self >> 2;
    if (i32[w + SE_USED] === 0) keyError(rt, rt.newStr('pop from an empty set'));
    const mask = i32[w + SE_MASK], tw = (i32[w + SE_TABLE] >> 2) + 2;
    let i = i32[w + SE_FINGER] & mask;
    while (i32[tw + 3 * i + 2] === 0) { i++; if (i > mask) i = 0; }
    const k = i32[tw + 3 * i + 2] as Ref;
    i32[tw + 3 * i] = -1; i32[tw + 3 * i + 1] = -1; i32[tw + 3 * i + 2] = 0;
    i32[w + SE_USED]--;
    i32[w + SE_FINGER] = i + 1;
    return k;
  },
  clear(rt, self, args, kwnames) { noArgs(rt, 'set.clear', args, kwnames); initSetTable(rt, self); return rt.none; },
  update(rt, self, args, kwnames) {
    multi(rt, self, args, kwnames, 'update');
    for (const o of args) setUpdate(rt, self, o);
    return rt.none;
  },
  intersection_update(rt, self, args, kwnames) {
    multi(rt, self, args, kwnames, 'intersection_update');
    const tmp = frozenMethods.intersection!(rt, self, args, null);
    if (tmp !== self) takeBody(rt, self, tmp);
    return rt.none;
  },
  difference_update(rt, self, args, kwnames) {
    multi(rt, self, args, kwnames, 'difference_update');
    for (const o of args) setDifferenceUpdate(rt, self, o);
    return rt.none;
  },
  symmetric_difference_update(rt, self, args, kwnames) {
    setSymmetricDifferenceUpdate(rt, self, oneArg(rt, 'set.symmetric_difference_update', args, kwnames));
    return rt.none;
  },
};

function binop(f: (rt: Runtime, a: Ref, b: Ref) => Ref) {
  return (rt: Runtime, a: Ref, b: Ref): Ref => (isAnySet(rt, a) && isAnySet(rt, b) ? f(rt, a, b) : rt.notImplemented);
}

const commonSlots: TypeSlots = {
  repr: setRepr,
  richcompare: setRichCompare,
  len: setLen,
  bool: (rt, self) => setLen(rt, self) !== 0,
  contains: containsKey,
  iter: newSetIter,
  or: binop((rt, a, b) => { const r = setCopy(rt, a); return withRoot(rt, r, () => { setUpdate(rt, r, b); return r; }); }),
  and: binop(setIntersection),
  sub: binop(setDifference),
  xor: binop(setSymmetricDifference),
  traverse: setTraverse,
};

registerType({
  key: 'set',
  name: 'set',
  basicsize: SET_BASICSIZE,
  unhashable: true,
  flags: TF_BASETYPE,
  doc: 'set() -> new empty set object\nset(iterable) -> new set object\n\nBuild an unordered collection of unique elements.',
  slots: {
    ...commonSlots,
    ior: (rt, a, b) => { if (!isAnySet(rt, b)) return rt.notImplemented; setUpdate(rt, a, b); return a; },
    iand: (rt, a, b) => {
      if (!isAnySet(rt, b)) return rt.notImplemented;
      const tmp = setIntersection(rt, a, b);
      if (tmp !== a) takeBody(rt, a, tmp);
      return a;
    },
    isub: (rt, a, b) => { if (!isAnySet(rt, b)) return rt.notImplemented; setDifferenceUpdate(rt, a, b); return a; },
    ixor: (rt, a, b) => { if (!isAnySet(rt, b)) return rt.notImplemented; setSymmetricDifferenceUpdate(rt, a, b); return a; },
    new: (rt, type) => newEmptySet(rt, type),
    init(rt, self, args, kwnames) {
      if (kwnames !== null && kwnames !== NULL && rt.heap.i32[(kwnames >> 2) + 2] > 0 && rt.typeOf(self) === rt.types.set) {
        typeError(rt, 'set() takes no keyword arguments');
      }
      if (args.length > 1) typeError(rt, `set expected at most 1 argument, got ${args.length}`);
      if (rt.heap.i32[(self >> 2) + SE_FILL] !== 0) initSetTable(rt, self);
      if (args.length === 1) setUpdate(rt, self, args[0]!);
    },
  },
  methods: setMethods,
  classmethods: { __class_getitem__: classGetItem },
});

registerType({
  key: 'frozenset',
  name: 'frozenset',
  basicsize: SET_BASICSIZE,
  flags: TF_BASETYPE,
  doc: 'frozenset() -> empty frozenset object\nfrozenset(iterable) -> frozenset object\n\nBuild an immutable unordered collection of unique elements.',
  slots: {
    ...commonSlots,
    hash(rt, self) { frozensetHashInto(rt, self); return toNumber(H.hi, H.lo); },
    new(rt, type, args, kwnames) {
      if (kwnames !== null && kwnames !== NULL && rt.heap.i32[(kwnames >> 2) + 2] > 0 && type === rt.types.frozenset) {
        typeError(rt, 'frozenset() takes no keyword arguments');
      }
      if (args.length > 1) typeError(rt, `frozenset expected at most 1 argument, got ${args.length}`);
      if (args.length === 1 && type === rt.types.frozenset && rt.typeOf(args[0]!) === rt.types.frozenset) return args[0]!;
      return newSet(rt, args.length === 1 ? args[0]! : NULL, type);
    },
  },
  methods: frozenMethods,
  classmethods: { __class_getitem__: classGetItem },
});

// frozenset constants of code objects (the compiler folds `x in {1, 2, 3}` and constant
// set literals, BUILD_SET + SET_UPDATE, into one): built from the items in order, as
// CPython's PyFrozenSet_New over the constant tuple.
registerConstMaker((rt, c) => {
  if (typeof c !== 'object' || c === null || !('frozenset' in c)) return null;
  const items = (c as { frozenset: Parameters<typeof makeConst>[1][] }).frozenset.map((x) => makeConst(rt, x));
  return newFrozenset(rt, newTuple(rt, items));
});
