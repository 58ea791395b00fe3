// The tuple type: hash (CPython 3.11's xxHash-based tuplehash, so hash((1, 2)) prints the
// same number as python3), lexicographic comparison, slicing, concatenation, repetition,
// count/index, repr with the 1-tuple comma, and tuple_iterator.
//
// After CPython 3.11 Objects/tupleobject.c. Layout (inline items) is tuple-core.ts's.
// reversed(tuple) uses the generic `reversed` type (seq-reversed.ts), as in CPython.

import { takeEvalDirect } from '../gc-safe.ts';
import { type Ref, NULL, isSmallInt, smallInt } from '../heap.ts';
import type { Runtime } from '../runtime.ts';
import { registerType } from '../registry.ts';
import { CompareOp } from '../type-slots.ts';
import { TF_BASETYPE } from '../type-layout.ts';
import { typeError, valueError, indexError, raise } from '../errors.ts';
import { repr, richCompareBool, typeName, indexToNumber, isInt } from '../abstract.ts';
import { TU_LEN, TU_ITEMS, allocTuple, newTuple, tupleLen, tupleGet } from './tuple-core.ts';
import { isSlice, sliceIndices, sliceIndexValue, SL } from './slice.ts';
import { reprEnter, reprLeave, lazyType } from './container-util.ts';
import { oneArg, posArgs } from './arg-parse.ts';
import { H, toNumber } from './hash64.ts';
import { tupleHashExact } from './exact-hash.ts';
import {
  isTuple, isList, seqRichCompare, repeatCount, tryOther, newSeqIter, IT_SEQ, IT_INDEX,
  SEQ_ITER_BASICSIZE, listFromIterable, listLength,
} from './list.ts';
import { L_ITEMS } from './list-core.ts';
import { classGetItem } from './generic-alias.ts';

export { newTuple, tupleLen, tupleGet, allocTuple };
const tupleIterType = lazyType('tuple_iterator');

/** A new exact tuple of items [lo, hi) of t (the tuple itself for a full exact slice). */
export function tupleSlice(rt: Runtime, t: Ref, lo: number, hi: number): Ref {
  const n = tupleLen(rt, t);
  if (lo === 0 && hi === n && rt.typeOf(t) === rt.types.tuple) return t;
  const out = allocTuple(rt, Math.max(0, hi - lo));
  if (hi > lo) rt.heap.i32.copyWithin((out >> 2) + TU_ITEMS, (t >> 2) + TU_ITEMS + lo, (t >> 2) + TU_ITEMS + hi);
  return out;
}

/** tuple(iterable): the object itself for an exact tuple, else its items. */
export function tupleFromIterable(rt: Runtime, iterable: Ref, safe = false): Ref {
  if (rt.typeOf(iterable) === rt.types.tuple) return iterable;
  if (isTuple(rt, iterable)) return tupleSlice(rt, iterable, 0, tupleLen(rt, iterable));
  const l = isList(rt, iterable) ? iterable : listFromIterable(rt, iterable, safe);
  const n = listLength(rt, l);
  const out = allocTuple(rt, n);
  if (n > 0) {
    const i32 = rt.heap.i32;
    i32.copyWithin((out >> 2) + TU_ITEMS, (i32[(l >> 2) + L_ITEMS] >> 2) + 2, (i32[(l >> 2) + L_ITEMS] >> 2) + 2 + n);
  }
  return out;
}

/** hash(t) as the slot's JS number (exact 64-bit value computed, then rounded). */
export function tupleHash(rt: Runtime, t: Ref): number {
  tupleHashExact(rt, t);
  return toNumber(H.hi, H.lo);
}

function tupleRepr(rt: Runtime, t: Ref): Ref {
  const n = tupleLen(rt, t);
  if (n === 0) return rt.newStr('()');
  if (!reprEnter(rt, t)) return rt.newStr('(...)');
  try {
    let out = '(';
    for (let i = 0; i < n; i++) {
      if (i > 0) out += ', ';
      out += rt.jsStr(repr(rt, tupleGet(rt, t, i)));
    }
    return rt.newStr(out + (n === 1 ? ',)' : ')'));
  } finally {
    reprLeave(rt, t);
  }
}

function tupleGetItem(rt: Runtime, t: Ref, key: Ref): Ref {
  const n = tupleLen(rt, t);
  if (isSmallInt(key)) {
    let i = key >> 1;
    if (i < 0) i += n;
    if (i < 0 || i >= n) indexError(rt, 'tuple index out of range');
    return rt.heap.i32[(t >> 2) + TU_ITEMS + i] as Ref;
  }
  if (isSlice(rt, key)) {
    const slen = sliceIndices(rt, key, n);
    if (SL.step === 1) return tupleSlice(rt, t, SL.start, SL.start + slen);
    const out = allocTuple(rt, slen);
    const i32 = rt.heap.i32;
    for (let k = 0, i = SL.start; k < slen; k++, i += SL.step) i32[(out >> 2) + TU_ITEMS + k] = i32[(t >> 2) + TU_ITEMS + i];
    return out;
  }
  if (!isInt(rt, key) && rt.slots(rt.typeOf(key)).index === undefined) {
    typeError(rt, `tuple indices must be integers or slices, not ${typeName(rt, key)}`);
  }
  let i = indexToNumber(rt, key);
  if (i < 0) i += n;
  if (i < 0 || i >= n) indexError(rt, 'tuple index out of range');
  return tupleGet(rt, t, i);
}

function tupleAdd(rt: Runtime, a: Ref, b: Ref): Ref {
  if (!isTuple(rt, a)) return rt.notImplemented;
  if (!isTuple(rt, b)) {
    const r = tryOther(rt, a, b, b, 'add', tupleAdd);
    if (r !== null) return r;
    return typeError(rt, `can only concatenate tuple (not "${typeName(rt, b)}") to tuple`);
  }
  const na = tupleLen(rt, a), nb = tupleLen(rt, b);
  if (nb === 0 && rt.typeOf(a) === rt.types.tuple) return a;
  if (na === 0 && rt.typeOf(b) === rt.types.tuple) return b;
  const out = allocTuple(rt, na + nb);
  const i32 = rt.heap.i32, ow = (out >> 2) + TU_ITEMS;
  i32.copyWithin(ow, (a >> 2) + TU_ITEMS, (a >> 2) + TU_ITEMS + na);
  i32.copyWithin(ow + na, (b >> 2) + TU_ITEMS, (b >> 2) + TU_ITEMS + nb);
  return out;
}

function tupleMul(rt: Runtime, a: Ref, b: Ref): Ref {
  const [seq, other] = isTuple(rt, a) ? [a, b] : [b, a];
  if (!isTuple(rt, seq)) return rt.notImplemented;
  const count = repeatCount(rt, other);
  if (count === null) {
    const r = tryOther(rt, a, b, other, 'mul', tupleMul);
    if (r !== null) return r;
    return typeError(rt, `can't multiply sequence by non-int of type '${typeName(rt, other)}'`);
  }
  const n = tupleLen(rt, seq);
  if (count === 1 && rt.typeOf(seq) === rt.types.tuple) return seq;
  if (count <= 0 || n === 0) return rt.emptyTuple;
  if (n * count > 0x7fffffff / 4) raise(rt, rt.types.MemoryError);
  const out = allocTuple(rt, n * count);
  const i32 = rt.heap.i32, ow = (out >> 2) + TU_ITEMS, sw = (seq >> 2) + TU_ITEMS;
  for (let k = 0; k < count; k++) i32.copyWithin(ow + k * n, sw, sw + n);
  return out;
}

registerType({
  key: 'tuple_iterator',
  name: 'tuple_iterator',
  basicsize: SEQ_ITER_BASICSIZE,
  slots: {
    iter: (_rt, self) => self,
    next(rt, self) {
      const i32 = rt.heap.i32, w = self >> 2;
      const seq = i32[w + IT_SEQ];
      if (seq === 0) return NULL;
      const i = i32[w + IT_INDEX];
      if (i < i32[(seq >> 2) + TU_LEN]) {
        i32[w + IT_INDEX] = i + 1;
        return i32[(seq >> 2) + TU_ITEMS + i] as Ref;
      }
      i32[w + IT_SEQ] = 0;
      return NULL;
    },
    traverse(rt, self, visit) {
      const s = rt.heap.i32[(self >> 2) + IT_SEQ] as Ref;
      if (s !== NULL) visit(s);
    },
  },
  methods: {
    __length_hint__(rt, self) {
      const i32 = rt.heap.i32, w = self >> 2, seq = i32[w + IT_SEQ];
      return smallInt(seq === 0 ? 0 : Math.max(0, i32[(seq >> 2) + TU_LEN] - i32[w + IT_INDEX]));
    },
  },
});

registerType({
  key: 'tuple',
  name: 'tuple',
  basicsize: 4 * TU_ITEMS,
  varsize: true,
  flags: TF_BASETYPE,
  doc: "Built-in immutable sequence.\n\nIf no argument is given, the constructor returns an empty tuple.\nIf iterable is specified the tuple is initialized from iterable's items.\n\nIf the argument is a tuple, the return value is the same object.",
  slots: {
    repr: tupleRepr,
    hash: tupleHash,
    richcompare(rt, a, b, op) {
      if (!isTuple(rt, a) || !isTuple(rt, b)) return rt.notImplemented;
      return seqRichCompare(rt, a, b, op, (o) => tupleLen(rt, o), (o, i) => tupleGet(rt, o, i));
    },
    len: tupleLen,
    bool: (rt, self) => tupleLen(rt, self) !== 0,
    contains(rt, self, v) {
      const n = tupleLen(rt, self);
      for (let i = 0; i < n; i++) {
        const x = tupleGet(rt, self, i);
        if (x === v || richCompareBool(rt, x, v, CompareOp.EQ)) return true;
      }
      return false;
    },
    getitem: tupleGetItem,
    iter: (rt, self) => newSeqIter(rt, tupleIterType(rt), self, 0),
    add: tupleAdd,
    mul: tupleMul,
    new(rt, type, args, kwnames) {
      if (kwnames !== null && kwnames !== NULL && rt.heap.i32[(kwnames >> 2) + TU_LEN] > 0 && type === rt.types.tuple) {
        typeError(rt, 'tuple() takes no keyword arguments');
      }
      if (args.length > 1) typeError(rt, `tuple expected at most 1 argument, got ${args.length}`);
      // tuple(gen) straight from the eval loop (typeCall passes that on): may collect.
      const base = args.length === 0 ? rt.emptyTuple : tupleFromIterable(rt, args[0]!, takeEvalDirect(rt));
      if (type === rt.types.tuple) return base;
      const n = tupleLen(rt, base);
      const out = allocTuple(rt, n, type);
      rt.heap.i32.copyWithin((out >> 2) + TU_ITEMS, (base >> 2) + TU_ITEMS, (base >> 2) + TU_ITEMS + n);
      return out;
    },
    traverse(rt, self, visit) {
      const n = tupleLen(rt, self), i32 = rt.heap.i32, w = (self >> 2) + TU_ITEMS;
      for (let i = 0; i < n; i++) visit(i32[w + i] as Ref);
    },
  },
  methods: {
    index(rt, self, args, kwnames) {
      posArgs(rt, 'index', args, kwnames, 1, 3);
      const v = args[0]!;
      const n = tupleLen(rt, self);
      let start = 0, stop = n;
      if (args.length > 1) { start = sliceIndexValue(rt, args[1]!); if (start < 0) { start += n; if (start < 0) start = 0; } }
      if (args.length > 2) { stop = sliceIndexValue(rt, args[2]!); if (stop < 0) { stop += n; if (stop < 0) stop = 0; } }
      for (let i = start; i < stop && i < n; i++) {
        const x = tupleGet(rt, self, i);
        if (x === v || richCompareBool(rt, x, v, CompareOp.EQ)) return smallInt(i);
      }
      return valueError(rt, 'tuple.index(x): x not in tuple');
    },
    count(rt, self, args, kwnames) {
      const v = oneArg(rt, 'tuple.count', args, kwnames);
      let c = 0;
      const n = tupleLen(rt, self);
      for (let i = 0; i < n; i++) {
        const x = tupleGet(rt, self, i);
        if (x === v || richCompareBool(rt, x, v, CompareOp.EQ)) c++;
      }
      return smallInt(c);
    },
    __getnewargs__(rt, self) { return newTuple(rt, [tupleSlice(rt, self, 0, tupleLen(rt, self))]); },
  },
  classmethods: { __class_getitem__: classGetItem },
});
