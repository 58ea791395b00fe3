// The range type and its iterators.
//
// After CPython 3.11 Objects/rangeobject.c: start/stop/step/length are Python ints (so
// range(10**20) works), length computed once at creation, O(1) `in` and index() for ints
// (and bool), element-wise == search for anything else, slicing returns a range, equality
// by the sequence of values (length, then first element, then step), repr omitting a step
// of 1. Iteration uses `range_iterator` while every value is a safe JS integer, and
// `longrange_iterator` (bigint arithmetic) otherwise, the type names python3 shows.
//
// Layout: header; RG_START, RG_STOP, RG_STEP, RG_LEN (int Refs).

import { type Ref, NULL, isSmallInt, smallInt } from '../heap.ts';
import type { Runtime } from '../runtime.ts';
import { registerType } from '../registry.ts';
import { CompareOp } from '../type-slots.ts';
import { typeError, valueError, indexError, raise } from '../errors.ts';
import { repr, index as pyIndex, richCompareBool, isInt, typeName } from '../abstract.ts';
import { intToBigInt } from './int.ts';
import { isSlice, SL_START, SL_STOP, SL_STEP } from './slice.ts';
import { lazyType } from './container-util.ts';
import { newTuple } from './tuple-core.ts';
import { tupleHash } from './tuple.ts';
import { posArgs, noArgs } from './arg-parse.ts';

export const RG_START = 2, RG_STOP = 3, RG_STEP = 4, RG_LEN = 5;
const RANGE_BASICSIZE = 24;
const rangeIterType = lazyType('range_iterator');
const longRangeIterType = lazyType('longrange_iterator');

const big = (rt: Runtime, r: Ref): bigint => (isSmallInt(r) ? BigInt(r >> 1) : intToBigInt(rt, r));
const field = (rt: Runtime, r: Ref, f: number) => rt.heap.i32[(r >> 2) + f] as Ref;

function computeLength(lo: bigint, hi: bigint, step: bigint): bigint {
  if (step > 0n) return lo < hi ? (hi - lo - 1n) / step + 1n : 0n;
  return lo > hi ? (lo - hi - 1n) / -step + 1n : 0n;
}

export function newRange(rt: Runtime, start: bigint, stop: bigint, step: bigint): Ref {
  const r = rt.heap.alloc(rt.types.range, RANGE_BASICSIZE);
  const vals = [rt.newInt(start), rt.newInt(stop), rt.newInt(step), rt.newInt(computeLength(start, stop, step))];
  const i32 = rt.heap.i32, w = r >> 2;
  i32[w + RG_START] = vals[0]!; i32[w + RG_STOP] = vals[1]!; i32[w + RG_STEP] = vals[2]!; i32[w + RG_LEN] = vals[3]!;
  return r;
}

function parts(rt: Runtime, r: Ref): [bigint, bigint, bigint, bigint] {
  return [big(rt, field(rt, r, RG_START)), big(rt, field(rt, r, RG_STOP)), big(rt, field(rt, r, RG_STEP)), big(rt, field(rt, r, RG_LEN))];
}

function rangeLen(rt: Runtime, r: Ref): number {
  const n = big(rt, field(rt, r, RG_LEN));
  if (n > BigInt(Number.MAX_SAFE_INTEGER)) raise(rt, rt.types.OverflowError, 'Python int too large to convert to C ssize_t');
  return Number(n);
}

/** Is v an int (or bool) member, as range_contains_long? null: not an int, use ==. */
function intMember(rt: Runtime, r: Ref, v: Ref): boolean | null {
  if (!isSmallInt(v) && rt.typeOf(v) !== rt.types.int && rt.typeOf(v) !== rt.types.bool) return null;
  const [start, stop, step] = parts(rt, r);
  const x = v === rt.true ? 1n : v === rt.false ? 0n : big(rt, v);
  if (step > 0n ? !(start <= x && x < stop) : !(stop < x && x <= start)) return false;
  return (x - start) % step === 0n;
}

function rangeItem(rt: Runtime, r: Ref, i: bigint): Ref {
  const [start, , step] = parts(rt, r);
  return rt.newInt(start + i * step);
}

function rangeGetItem(rt: Runtime, r: Ref, key: Ref): Ref {
  const [start, , step, length] = parts(rt, r);
  if (isSlice(rt, key)) {
    // compute_slice: slice.indices(len) on Python ints, then map into the range.
    const i32 = rt.heap.i32, w = key >> 2, none = rt.none;
    const sstep = i32[w + SL_STEP] === none ? 1n : big(rt, pyIndexChecked(rt, i32[w + SL_STEP] as Ref));
    if (sstep === 0n) valueError(rt, 'slice step cannot be zero');
    const neg = sstep < 0n;
    const lower = neg ? -1n : 0n, upper = neg ? length - 1n : length;
    const clip = (v: Ref, dflt: bigint) => {
      if (v === none) return dflt;
      let x = big(rt, pyIndexChecked(rt, v));
      if (x < 0n) { x += length; if (x < lower) x = lower; } else if (x > upper) x = upper;
      return x;
    };
    const s0 = clip(i32[w + SL_START] as Ref, neg ? upper : lower);
    const s1 = clip(i32[w + SL_STOP] as Ref, neg ? lower : upper);
    return newRange(rt, start + s0 * step, start + s1 * step, step * sstep);
  }
  if (!isInt(rt, key) && rt.slots(rt.typeOf(key)).index === undefined) {
    typeError(rt, `range indices must be integers or slices, not ${typeName(rt, key)}`);
  }
  let i = big(rt, pyIndex(rt, key));
  if (i < 0n) i += length;
  if (i < 0n || i >= length) indexError(rt, 'range object index out of range');
  return rangeItem(rt, r, i);
}

function pyIndexChecked(rt: Runtime, v: Ref): Ref {
  if (!isInt(rt, v) && rt.slots(rt.typeOf(v)).index === undefined) {
    typeError(rt, 'slice indices must be integers or None or have an __index__ method');
  }
  return pyIndex(rt, v);
}

function rangeRepr(rt: Runtime, r: Ref): Ref {
  const s = rt.jsStr(repr(rt, field(rt, r, RG_START)));
  const e = rt.jsStr(repr(rt, field(rt, r, RG_STOP)));
  const step = field(rt, r, RG_STEP);
  if (step === smallInt(1)) return rt.newStr(`range(${s}, ${e})`);
  return rt.newStr(`range(${s}, ${e}, ${rt.jsStr(repr(rt, step))})`);
}

/** range_equals. */
function rangeEquals(rt: Runtime, a: Ref, b: Ref): boolean {
  if (a === b) return true;
  const [sa, , pa, la] = parts(rt, a);
  const [sb, , pb, lb] = parts(rt, b);
  if (la !== lb) return false;
  if (la === 0n) return true;
  if (sa !== sb) return false;
  if (la === 1n) return true;
  return pa === pb;
}

// ---- iterators -----------------------------------------------------------------------------
// range_iterator: f64 words at byte offsets 8 (next), 16 (step), 24 (items left).
// longrange_iterator: Refs LR_NEXT, LR_STEP, LR_LEFT.
const LR_NEXT = 2, LR_STEP = 3, LR_LEFT = 4;

function newRangeIter(rt: Runtime, start: bigint, step: bigint, n: bigint): Ref {
  const last = start + (n - 1n) * step;
  const safe = (x: bigint) => x >= -BigInt(Number.MAX_SAFE_INTEGER) && x <= BigInt(Number.MAX_SAFE_INTEGER);
  if (safe(start) && safe(last) && safe(step) && safe(n)) {
    const it = rt.heap.alloc(rangeIterType(rt), 32);
    const f = rt.heap.f64, w = it >> 3;
    f[w + 1] = Number(start); f[w + 2] = Number(step); f[w + 3] = Number(n);
    return it;
  }
  const it = rt.heap.alloc(longRangeIterType(rt), 24);
  const vals = [rt.newInt(start), rt.newInt(step), rt.newInt(n)];
  const i32 = rt.heap.i32, w = it >> 2;
  i32[w + LR_NEXT] = vals[0]!; i32[w + LR_STEP] = vals[1]!; i32[w + LR_LEFT] = vals[2]!;
  return it;
}

registerType({
  key: 'range_iterator',
  name: 'range_iterator',
  basicsize: 32,
  slots: {
    iter: (_rt, self) => self,
    next(rt, self) {
      const f = rt.heap.f64, w = self >> 3;
      const left = f[w + 3]!;
      if (left <= 0) return NULL;
      const v = f[w + 1]!;
      f[w + 1] = v + f[w + 2]!;
      f[w + 3] = left - 1;
      return v >= -(2 ** 30) && v < 2 ** 30 ? smallInt(v) : rt.newInt(v);
    },
  },
  methods: {
    __length_hint__(rt, self) { return rt.newInt(Math.max(0, rt.heap.f64[(self >> 3) + 3]!)); },
  },
});

registerType({
  key: 'longrange_iterator',
  name: 'longrange_iterator',
  basicsize: 24,
  slots: {
    iter: (_rt, self) => self,
    next(rt, self) {
      const i32 = rt.heap.i32, w = self >> 2;
      const left = big(rt, i32[w + LR_LEFT] as Ref);
      if (left <= 0n) return NULL;
      const v = i32[w + LR_NEXT] as Ref;
      const next = rt.newInt(big(rt, v) + big(rt, i32[w + LR_STEP] as Ref));
      rt.heap.i32[w + LR_NEXT] = next;
      const nl = rt.newInt(left - 1n);
      rt.heap.i32[w + LR_LEFT] = nl;
      return v;
    },
    traverse(rt, self, visit) {
      const i32 = rt.heap.i32, w = self >> 2;
      visit(i32[w + LR_NEXT] as Ref); visit(i32[w + LR_STEP] as Ref); visit(i32[w + LR_LEFT] as Ref);
    },
  },
  methods: {
    __length_hint__(rt, self) { return rt.heap.i32[(self >> 2) + LR_LEFT] as Ref; },
  },
});

// ---- the type ------------------------------------------------------------------------------

registerType({
  key: 'range',
  name: 'range',
  basicsize: RANGE_BASICSIZE,
  doc: 'range(stop) -> range object\nrange(start, stop[, step]) -> range object\n\nReturn an object that produces a sequence of integers from start (inclusive)\nto stop (exclusive) by step.  range(i, j) produces i, i+1, i+2, ..., j-1.\nstart defaults to 0, and stop is omitted!  range(4) produces 0, 1, 2, 3.\nThese are exactly the valid indices for a list of 4 elements.\nWhen step is given, it specifies the increment (or decrement).',
  slots: {
    repr: rangeRepr,
    hash(rt, self) {
      const len = field(rt, self, RG_LEN);
      const items = len === smallInt(0) ? [len, rt.none, rt.none]
        : len === smallInt(1) ? [len, field(rt, self, RG_START), rt.none]
          : [len, field(rt, self, RG_START), field(rt, self, RG_STEP)];
      return tupleHash(rt, newTuple(rt, items));
    },
    richcompare(rt, a, b, op) {
      if (rt.typeOf(a) !== rt.types.range || rt.typeOf(b) !== rt.types.range) return rt.notImplemented;
      if (op !== CompareOp.EQ && op !== CompareOp.NE) return rt.notImplemented;
      const eq = rangeEquals(rt, a, b);
      return rt.bool(op === CompareOp.EQ ? eq : !eq);
    },
    len: rangeLen,
    bool: (rt, self) => field(rt, self, RG_LEN) !== smallInt(0),
    contains(rt, self, v) {
      const m = intMember(rt, self, v);
      if (m !== null) return m;
      const [start, , step, n] = parts(rt, self);
      for (let i = 0n; i < n; i++) if (richCompareBool(rt, rt.newInt(start + i * step), v, CompareOp.EQ)) return true;
      return false;
    },
    getitem: rangeGetItem,
    iter(rt, self) {
      const [start, , step, n] = parts(rt, self);
      return newRangeIter(rt, start, step, n);
    },
    new(rt, _type, args, kwnames) {
      if (kwnames !== null && kwnames !== NULL && rt.heap.i32[(kwnames >> 2) + 2] > 0) typeError(rt, 'range() takes no keyword arguments');
      if (args.length === 0) typeError(rt, 'range expected at least 1 argument, got 0');
      if (args.length > 3) typeError(rt, `range expected at most 3 arguments, got ${args.length}`);
      const vals = args.map((a) => big(rt, pyIndex(rt, a)));
      if (vals.length === 1) return newRange(rt, 0n, vals[0]!, 1n);
      const step = vals.length === 3 ? vals[2]! : 1n;
      if (step === 0n) valueError(rt, 'range() arg 3 must not be zero');
      return newRange(rt, vals[0]!, vals[1]!, step);
    },
    traverse(rt, self, visit) {
      for (const f of [RG_START, RG_STOP, RG_STEP, RG_LEN]) visit(field(rt, self, f));
    },
  },
  methods: {
    index(rt, self, args, kwnames) {
      posArgs(rt, 'index', args, kwnames, 1, 1);
      const v = args[0]!;
      const m = intMember(rt, self, v);
      if (m === true) {
        const [start, , step] = parts(rt, self);
        const x = v === rt.true ? 1n : v === rt.false ? 0n : big(rt, v);
        return rt.newInt((x - start) / step);
      }
      if (m === false) valueError(rt, `${rt.jsStr(repr(rt, v))} is not in range`);
      const [start, , step, n] = parts(rt, self);
      for (let i = 0n; i < n; i++) if (richCompareBool(rt, rt.newInt(start + i * step), v, CompareOp.EQ)) return rt.newInt(i);
      return valueError(rt, 'sequence.index(x): x not in sequence');
    },
    count(rt, self, args, kwnames) {
      posArgs(rt, 'count', args, kwnames, 1, 1);
      const v = args[0]!;
      const m = intMember(rt, self, v);
      if (m !== null) return smallInt(m ? 1 : 0);
      const [start, , step, n] = parts(rt, self);
      let c = 0;
      for (let i = 0n; i < n; i++) if (richCompareBool(rt, rt.newInt(start + i * step), v, CompareOp.EQ)) c++;
      return smallInt(c);
    },
    __reversed__(rt, self, args, kwnames) {
      noArgs(rt, 'range.__reversed__', args, kwnames);
      const [start, , step, n] = parts(rt, self);
      return newRangeIter(rt, start + (n - 1n) * step, -step, n);
    },
  },
  getsets: {
    start: { get: (rt, self) => field(rt, self, RG_START) },
    stop: { get: (rt, self) => field(rt, self, RG_STOP) },
    step: { get: (rt, self) => field(rt, self, RG_STEP) },
  },
});
