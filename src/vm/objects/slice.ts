// The slice type, and the index helpers every sequence uses.
//
// After CPython 3.11 Objects/sliceobject.c: PySlice_Unpack (None defaults, "slice step
// cannot be zero", indices clamped to the index-sized range), PySlice_AdjustIndices
// (bounds clipped to the sequence, slice length computed), slice.indices() (exact, with
// "length should not be negative"), repr and comparison as the tuple (start, stop, step).
// Slices are unhashable in 3.11 (python3 here is the oracle; 3.12 made them hashable).
//
// The helpers leave results in the module scratch `SL` so the slicing fast paths of
// list/tuple/str do not allocate.
//
// Layout: header; SL_START; SL_STOP; SL_STEP (any objects, None when omitted).

import { type Ref, NULL, isSmallInt } from '../heap.ts';
import type { Runtime } from '../runtime.ts';
import { registerType } from '../registry.ts';
import { CompareOp } from '../type-slots.ts';
import { typeError, valueError } from '../errors.ts';
import { repr, richCompare, indexToNumber, index, isInt, typeName } from '../abstract.ts';
import { newTuple } from './tuple-core.ts';
import { intToBigInt } from './int.ts';
import { posArgs } from './arg-parse.ts';

export const SL_START = 2;
export const SL_STOP = 3;
export const SL_STEP = 4;
export const SLICE_BASICSIZE = 24;

const MAX = Number.MAX_SAFE_INTEGER;

/** Scratch results of unpack/adjust: start, stop, step, and the slice length. Doubles from
 *  the start (-0): they reach sys.maxsize, which is not a small integer (see hash64.ts H). */
export const SL = { start: -0, stop: -0, step: -0, len: -0 };

export function newSlice(rt: Runtime, start: Ref, stop: Ref, step: Ref): Ref {
  const s = rt.heap.alloc(rt.types.slice, SLICE_BASICSIZE);
  const i32 = rt.heap.i32, w = s >> 2;
  i32[w + SL_START] = start === NULL ? rt.none : start;
  i32[w + SL_STOP] = stop === NULL ? rt.none : stop;
  i32[w + SL_STEP] = step === NULL ? rt.none : step;
  return s;
}

export function isSlice(rt: Runtime, o: Ref): boolean { return !isSmallInt(o) && rt.heap.i32[o >> 2] === rt.types.slice; }

/** _PyEval_SliceIndex: an index-sized JS integer (clamped), for a non-None bound. */
export function sliceIndexValue(rt: Runtime, v: Ref): number {
  if (isSmallInt(v)) return v >> 1;
  if (!isInt(rt, v) && rt.slots(rt.typeOf(v)).index === undefined) {
    typeError(rt, 'slice indices must be integers or None or have an __index__ method');
  }
  return indexToNumber(rt, v, null);
}

/** PySlice_Unpack into SL.start/stop/step. */
export function sliceUnpack(rt: Runtime, s: Ref): void {
  const i32 = rt.heap.i32, w = s >> 2;
  const none = rt.none;
  const vstep = i32[w + SL_STEP] as Ref, vstart = i32[w + SL_START] as Ref, vstop = i32[w + SL_STOP] as Ref;
  let step = 1;
  if (vstep !== none) {
    step = sliceIndexValue(rt, vstep);
    if (step === 0) valueError(rt, 'slice step cannot be zero');
    if (step < -MAX) step = -MAX;
  }
  SL.step = step;
  SL.start = vstart === none ? (step < 0 ? MAX : 0) : sliceIndexValue(rt, vstart);
  SL.stop = vstop === none ? (step < 0 ? -MAX - 1 : MAX) : sliceIndexValue(rt, vstop);
}

/** PySlice_AdjustIndices on SL for a sequence of `length`; sets and returns SL.len. */
export function sliceAdjust(length: number): number {
  const step = SL.step;
  let start = SL.start, stop = SL.stop;
  if (start < 0) { start += length; if (start < 0) start = step < 0 ? -1 : 0; }
  else if (start >= length) start = step < 0 ? length - 1 : length;
  if (stop < 0) { stop += length; if (stop < 0) stop = step < 0 ? -1 : 0; }
  else if (stop >= length) stop = step < 0 ? length - 1 : length;
  SL.start = start; SL.stop = stop;
  let n = 0;
  if (step < 0) { if (stop < start) n = Math.floor((start - stop - 1) / -step) + 1; }
  else if (start < stop) n = Math.floor((stop - start - 1) / step) + 1;
  SL.len = n;
  return n;
}

/** Unpack and adjust a slice object for a sequence of `length` (results in SL). */
export function sliceIndices(rt: Runtime, s: Ref, length: number): number {
  sliceUnpack(rt, s);
  return sliceAdjust(length);
}

/**
 * An item index for sequence subscription: `key` must support __index__ (caller checked
 * it is not a slice). Negative indices count from the end; returns -1 when out of range
 * (the caller raises its own "... index out of range").
 */
export function seqIndex(rt: Runtime, key: Ref, length: number, what: string): number {
  let i: number;
  if (isSmallInt(key)) i = key >> 1;
  else {
    if (!isInt(rt, key) && rt.slots(rt.typeOf(key)).index === undefined) {
      typeError(rt, `${what} indices must be integers or slices, not ${typeName(rt, key)}`);
    }
    i = indexToNumber(rt, key);
  }
  if (i < 0) i += length;
  return i < 0 || i >= length ? -1 : i;
}

// ---- slice.indices (exact, _PySlice_GetLongIndices) ------------------------------------------

function bigOf(rt: Runtime, v: Ref): bigint {
  const i = index(rt, v);
  return isSmallInt(i) ? BigInt(i >> 1) : intToBigInt(rt, i);
}

function sliceIndicesMethod(rt: Runtime, self: Ref, args: Ref[], kwnames: Ref | null): Ref {
  posArgs(rt, 'indices', args, kwnames, 1, 1);
  if (!isInt(rt, args[0]!) && rt.slots(rt.typeOf(args[0]!)).index === undefined) {
    typeError(rt, `'${typeName(rt, args[0]!)}' object cannot be interpreted as an integer`);
  }
  const length = bigOf(rt, args[0]!);
  if (length < 0n) valueError(rt, 'length should not be negative');
  const i32 = rt.heap.i32, w = self >> 2, none = rt.none;
  const vstep = i32[w + SL_STEP] as Ref, vstart = i32[w + SL_START] as Ref, vstop = i32[w + SL_STOP] as Ref;
  const check = (v: Ref) => {
    if (!isInt(rt, v) && rt.slots(rt.typeOf(v)).index === undefined) {
      typeError(rt, 'slice indices must be integers or None or have an __index__ method');
    }
    return bigOf(rt, v);
  };
  let step = 1n;
  if (vstep !== none) { step = check(vstep); if (step === 0n) valueError(rt, 'slice step cannot be zero'); }
  const neg = step < 0n;
  const lower = neg ? -1n : 0n, upper = neg ? length - 1n : length;
  const clip = (v: Ref, dflt: bigint) => {
    if (v === none) return dflt;
    let x = check(v);
    if (x < 0n) { x += length; if (x < lower) x = lower; }
    else if (x > upper) x = upper;
    return x;
  };
  const start = clip(vstart, neg ? upper : lower);
  const stop = clip(vstop, neg ? lower : upper);
  return newTuple(rt, [rt.newInt(start), rt.newInt(stop), rt.newInt(step)]);
}

// ---- slots ---------------------------------------------------------------------------------

function sliceAsTuple(rt: Runtime, s: Ref): Ref {
  const i32 = rt.heap.i32, w = s >> 2;
  return newTuple(rt, [i32[w + SL_START] as Ref, i32[w + SL_STOP] as Ref, i32[w + SL_STEP] as Ref]);
}

registerType({
  key: 'slice',
  name: 'slice',
  basicsize: SLICE_BASICSIZE,
  unhashable: true,
  doc: 'slice(stop)\nslice(start, stop[, step])\n\nCreate a slice object.  This is used for extended slicing (e.g. a[0:10:2]).',
  slots: {
    repr(rt, self) {
      const i32 = rt.heap.i32, w = self >> 2;
      const parts = [SL_START, SL_STOP, SL_STEP].map((k) => rt.jsStr(repr(rt, i32[w + k] as Ref)));
      return rt.newStr(`slice(${parts.join(', ')})`);
    },
    richcompare(rt, a, b, op) {
      if (!isSlice(rt, a) || !isSlice(rt, b)) return rt.notImplemented;
      if (a === b && (op === CompareOp.EQ || op === CompareOp.NE)) return rt.bool(op === CompareOp.EQ);
      return richCompare(rt, sliceAsTuple(rt, a), sliceAsTuple(rt, b), op);
    },
    new(rt, _type, args, kwnames) {
      if (kwnames !== null && kwnames !== NULL && rt.heap.i32[(kwnames >> 2) + 2] > 0) typeError(rt, 'slice() takes no keyword arguments');
      if (args.length === 0) typeError(rt, 'slice expected at least 1 argument, got 0');
      if (args.length > 3) typeError(rt, `slice expected at most 3 arguments, got ${args.length}`);
      if (args.length === 1) return newSlice(rt, rt.none, args[0]!, rt.none);
      return newSlice(rt, args[0]!, args[1]!, args[2] ?? rt.none);
    },
    traverse(rt, self, visit) {
      const i32 = rt.heap.i32, w = self >> 2;
      visit(i32[w + SL_START] as Ref); visit(i32[w + SL_STOP] as Ref); visit(i32[w + SL_STEP] as Ref);
    },
  },
  methods: { indices: sliceIndicesMethod },
  getsets: {
    start: { get: (rt, self) => rt.heap.i32[(self >> 2) + SL_START] as Ref },
    stop: { get: (rt, self) => rt.heap.i32[(self >> 2) + SL_STOP] as Ref },
    step: { get: (rt, self) => rt.heap.i32[(self >> 2) + SL_STEP] as Ref },
  },
});

