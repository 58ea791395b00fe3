// The memoryview type over the byte buffers this engine has: bytes and bytearray (and
// memoryviews of them). One-dimensional views of single-byte items: formats 'B' (the
// default), 'b' and 'c' (cast() between them); slicing with any step gives a new view of the
// same memory without copying; item and slice assignment write through to a bytearray.
//
// After CPython 3.11 Objects/memoryobject.c (memory_subscript, memory_ass_sub, pack_single /
// unpack_single for the one-byte formats, memory_richcompare, memory_hash, release). Error
// messages follow python3's.
//
// Not modelled: export counting. CPython refuses to resize a bytearray while a view of it is
// alive (BufferError); it decrements the count when the view is freed, which a tracing
// collector cannot tell in time, so here the bytearray may be resized and a view then sees the
// new content, clamped to its length (tests/conformance/known-differences/memoryview-exports.md).
//
// Layout: header; MV_OBJ (the exporting object: bytes or bytearray); MV_START, MV_STEP,
// MV_LEN (raw i32: first byte offset, stride, item count); MV_FLAGS (raw i32).

import { type Ref, NULL, isSmallInt, smallInt } from '../heap.ts';
import type { Runtime } from '../runtime.ts';
import { registerType } from '../registry.ts';
import { typeError, valueError, indexError, notImplementedError } from '../errors.ts';
import { typeName, isInt, indexToNumber, addressString, hash, isSubtype } from '../abstract.ts';
import { CompareOp } from '../type-slots.ts';
import { isSlice, sliceIndices, SL } from './slice.ts';
import { kwArgs, noArgs } from './arg-parse.ts';
import { newList } from './list-core.ts';
import { newTuple } from './tuple-core.ts';
import { isBytes, bytesData, bytesFromUint8, bytesLikeData, bytesMethods, setBufferData, latin1 } from './bytes.ts';
import { isByteArray, byteArrayView } from './bytearray.ts';
import { newSeqIter } from './list.ts';

const MV_OBJ = 2;
const MV_START = 3;
const MV_STEP = 4;
const MV_LEN = 5;
const MV_FLAGS = 6;
const MV_BASICSIZE = 32;

const F_RELEASED = 1;
const F_READONLY = 2;
const F_FORMAT_SHIFT = 2; // two bits: 0 'B', 1 'b', 2 'c'
const FORMATS = ['B', 'b', 'c'];

export function isMemoryView(rt: Runtime, o: Ref): boolean {
  return !isSmallInt(o) && o !== NULL && rt.typeOf(o) === rt.typeFor('memoryview');
}

function flags(rt: Runtime, mv: Ref): number { return rt.heap.i32[(mv >> 2) + MV_FLAGS]; }

function checkReleased(rt: Runtime, mv: Ref): void {
  if (flags(rt, mv) & F_RELEASED) valueError(rt, 'operation forbidden on released memoryview object');
}

/** The whole current content of the exporter (a fresh view of heap memory: do not keep). */
function exporterBytes(rt: Runtime, obj: Ref): Uint8Array {
  return isBytes(rt, obj) ? bytesData(rt, obj) : byteArrayView(rt, obj);
}

/** Byte offset of item i in the exporter's content, or -1 when a shrunk bytearray no longer
 *  has it. */
function offsetOf(rt: Runtime, mv: Ref, i: number): number {
  const w = mv >> 2, i32 = rt.heap.i32;
  return i32[w + MV_START] + i * i32[w + MV_STEP];
}

function mvLen(rt: Runtime, mv: Ref): number { return rt.heap.i32[(mv >> 2) + MV_LEN]; }

/** A copy of the viewed bytes, in view order. */
export function memoryViewBytes(rt: Runtime, mv: Ref): Uint8Array {
  checkReleased(rt, mv);
  const src = exporterBytes(rt, rt.heap.i32[(mv >> 2) + MV_OBJ] as Ref);
  const n = mvLen(rt, mv), out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = src[offsetOf(rt, mv, i)] ?? 0;
  return out;
}

setBufferData((rt, o) => (isMemoryView(rt, o) ? memoryViewBytes(rt, o) : null));

function newView(rt: Runtime, obj: Ref, start: number, step: number, len: number, flagBits: number): Ref {
  const mark = rt.rootMark(); rt.pushRoot(obj);
  try {
    const mv = rt.heap.alloc(rt.typeFor('memoryview'), MV_BASICSIZE);
    const w = mv >> 2, i32 = rt.heap.i32;
    i32[w + MV_OBJ] = obj; i32[w + MV_START] = start; i32[w + MV_STEP] = step; i32[w + MV_LEN] = len;
    i32[w + MV_FLAGS] = flagBits & ~F_RELEASED;
    return mv;
  } finally { rt.rootRelease(mark); }
}

/** memoryview(obj). */
export function newMemoryView(rt: Runtime, obj: Ref): Ref {
  if (isMemoryView(rt, obj)) {
    checkReleased(rt, obj);
    const w = obj >> 2, i32 = rt.heap.i32;
    return newView(rt, i32[w + MV_OBJ] as Ref, i32[w + MV_START], i32[w + MV_STEP], i32[w + MV_LEN], i32[w + MV_FLAGS]);
  }
  if (isBytes(rt, obj)) return newView(rt, obj, 0, 1, bytesData(rt, obj).length, F_READONLY);
  if (isByteArray(rt, obj)) return newView(rt, obj, 0, 1, byteArrayView(rt, obj).length, 0);
  return typeError(rt, `memoryview: a bytes-like object is required, not '${typeName(rt, obj)}'`);
}

function format(rt: Runtime, mv: Ref): string { return FORMATS[(flags(rt, mv) >> F_FORMAT_SHIFT) & 3]!; }

/** unpack_single for the one-byte formats. */
function unpack(rt: Runtime, mv: Ref, byte: number): Ref {
  const f = format(rt, mv);
  if (f === 'B') return smallInt(byte);
  if (f === 'b') return smallInt(byte > 127 ? byte - 256 : byte);
  return bytesFromUint8(rt, [byte]);
}

/** pack_single for the one-byte formats. */
function pack(rt: Runtime, mv: Ref, v: Ref): number {
  const f = format(rt, mv);
  if (f === 'c') {
    const d = isBytes(rt, v) ? bytesData(rt, v) : null;
    if (d === null || d.length !== 1) valueError(rt, `memoryview: invalid value for format '${f}'`);
    return d![0]!;
  }
  if (!isInt(rt, v)) typeError(rt, `memoryview: invalid type for format '${f}'`);
  const n = indexToNumber(rt, v, rt.types.ValueError);
  const [lo, hi] = f === 'B' ? [0, 255] : [-128, 127];
  if (n < lo || n > hi) valueError(rt, `memoryview: invalid value for format '${f}'`);
  return n & 0xff;
}

function itemIndex(rt: Runtime, mv: Ref, key: Ref): number {
  const n = mvLen(rt, mv);
  let i = isSmallInt(key) ? key >> 1 : indexToNumber(rt, key);
  if (i < 0) i += n;
  if (i < 0 || i >= n) indexError(rt, 'index out of bounds on dimension 1');
  return i;
}

function isIndexKey(rt: Runtime, key: Ref): boolean {
  return isSmallInt(key) || isInt(rt, key) || rt.slots(rt.typeOf(key)).index !== undefined;
}

function getItem(rt: Runtime, self: Ref, key: Ref): Ref {
  checkReleased(rt, self);
  const w = self >> 2, i32 = rt.heap.i32;
  const obj = i32[w + MV_OBJ] as Ref;
  if (isIndexKey(rt, key)) {
    const i = itemIndex(rt, self, key);
    return unpack(rt, self, exporterBytes(rt, obj)[offsetOf(rt, self, i)] ?? 0);
  }
  if (isSlice(rt, key)) {
    const len = sliceIndices(rt, key, mvLen(rt, self));
    const step = i32[w + MV_STEP];
    return newView(rt, obj, i32[w + MV_START] + SL.start * step, step * SL.step, len, i32[w + MV_FLAGS]);
  }
  if (key === rt.ellipsis) return self;
  return typeError(rt, 'memoryview: invalid slice key');
}

function setItem(rt: Runtime, self: Ref, key: Ref, value: Ref): void {
  checkReleased(rt, self);
  if (flags(rt, self) & F_READONLY) typeError(rt, 'cannot modify read-only memory');
  if (value === NULL) typeError(rt, 'cannot delete memory');
  const obj = rt.heap.i32[(self >> 2) + MV_OBJ] as Ref;
  if (isIndexKey(rt, key)) {
    const i = itemIndex(rt, self, key);
    const b = pack(rt, self, value);
    const dst = exporterBytes(rt, obj), off = offsetOf(rt, self, i);
    if (off < dst.length) dst[off] = b;
    return;
  }
  if (!isSlice(rt, key)) typeError(rt, 'memoryview: invalid slice key');
  const src = bytesLikeData(rt, value);
  if (src === null) typeError(rt, `a bytes-like object is required, not '${typeName(rt, value)}'`);
  const len = sliceIndices(rt, key, mvLen(rt, self));
  const start = SL.start, step = SL.step;
  if (src!.length !== len) valueError(rt, 'memoryview assignment: lvalue and rvalue have different structures');
  const dst = exporterBytes(rt, obj);
  for (let k = 0; k < len; k++) {
    const off = offsetOf(rt, self, start + k * step);
    if (off < dst.length) dst[off] = src![k]!;
  }
}

function tolist(rt: Runtime, self: Ref): Ref {
  const data = memoryViewBytes(rt, self);
  const items: Ref[] = [];
  const mark = rt.rootMark();
  try {
    for (const b of data) { const v = unpack(rt, self, b); rt.pushRoot(v); items.push(v); }
    return newList(rt, items);
  } finally { rt.rootRelease(mark); }
}

const hexOf = bytesMethods({ name: 'bytes', get: (rt, self) => memoryViewBytes(rt, self), make: (rt, d) => bytesFromUint8(rt, d) }).hex!;

registerType({
  key: 'memoryview',
  name: 'memoryview',
  basicsize: MV_BASICSIZE,
  flags: 0,
  doc: 'Create a new memoryview object which references the given object.',
  slots: {
    new(rt, _type, args, kwnames) {
      const [obj] = kwArgs(rt, 'memoryview', args, kwnames, ['object'], 1);
      return newMemoryView(rt, obj!);
    },
    repr(rt, self) {
      return rt.newStr(flags(rt, self) & F_RELEASED ? `<released memory at ${addressString(self)}>` : `<memory at ${addressString(self)}>`);
    },
    len(rt, self) { checkReleased(rt, self); return mvLen(rt, self); },
    getitem: getItem,
    setitem: setItem,
    iter(rt, self) {
      checkReleased(rt, self);
      const items = tolist(rt, self);
      const mark = rt.rootMark(); rt.pushRoot(items);
      try { return newSeqIter(rt, rt.typeFor('list_iterator'), items, 0); } finally { rt.rootRelease(mark); }
    },
    hash(rt, self) {
      checkReleased(rt, self);
      if (!(flags(rt, self) & F_READONLY)) valueError(rt, 'cannot hash writable memoryview object');
      return hash(rt, bytesFromUint8(rt, memoryViewBytes(rt, self)));
    },
    richcompare(rt, a, b, op) {
      if (op !== CompareOp.EQ && op !== CompareOp.NE) return rt.notImplemented;
      if (a === b) return rt.bool(op === CompareOp.EQ);
      const released = (x: Ref) => isMemoryView(rt, x) && (flags(rt, x) & F_RELEASED) !== 0;
      let eq: boolean;
      if (released(a) || released(b)) eq = false;
      else {
        const x = bytesLikeData(rt, a), y = bytesLikeData(rt, b);
        if (x === null || y === null) return rt.notImplemented;
        eq = latin1(x) === latin1(y);
      }
      return rt.bool(op === CompareOp.EQ ? eq : !eq);
    },
    traverse(rt, self, visit) { visit(rt.heap.i32[(self >> 2) + MV_OBJ] as Ref); },
  },
  methods: {
    tobytes(rt, self, args, kwnames) {
      kwArgs(rt, 'tobytes', args, kwnames, ['order'], 0);
      return bytesFromUint8(rt, memoryViewBytes(rt, self));
    },
    tolist(rt, self, args, kwnames) { noArgs(rt, 'tolist', args, kwnames); return tolist(rt, self); },
    hex(rt, self, args, kwnames) { return hexOf(rt, self, args, kwnames); },
    toreadonly(rt, self, args, kwnames) {
      noArgs(rt, 'toreadonly', args, kwnames);
      checkReleased(rt, self);
      const w = self >> 2, i32 = rt.heap.i32;
      return newView(rt, i32[w + MV_OBJ] as Ref, i32[w + MV_START], i32[w + MV_STEP], i32[w + MV_LEN], i32[w + MV_FLAGS] | F_READONLY);
    },
    cast(rt, self, args, kwnames) {
      const [fmt] = kwArgs(rt, 'cast', args, kwnames, ['format', 'shape'], 1);
      checkReleased(rt, self);
      if (isSmallInt(fmt!) || !isSubtype(rt, rt.typeOf(fmt!), rt.types.str)) typeError(rt, 'memoryview: format argument must be a string');
      const f = rt.jsStr(fmt!);
      const k = FORMATS.indexOf(f);
      if (k < 0) {
        return notImplementedError(rt, `memoryview: cast to format '${f}' is not supported here (only the one-byte formats 'B', 'b' and 'c')`);
      }
      const w = self >> 2, i32 = rt.heap.i32;
      if (i32[w + MV_STEP] !== 1) typeError(rt, 'memoryview: casts are restricted to C-contiguous views');
      const fl = (i32[w + MV_FLAGS] & ~(3 << F_FORMAT_SHIFT)) | (k << F_FORMAT_SHIFT);
      return newView(rt, i32[w + MV_OBJ] as Ref, i32[w + MV_START], 1, i32[w + MV_LEN], fl);
    },
    release(rt, self, args, kwnames) {
      noArgs(rt, 'release', args, kwnames);
      rt.heap.i32[(self >> 2) + MV_FLAGS] |= F_RELEASED;
      return rt.none;
    },
    __enter__(rt, self, args, kwnames) { noArgs(rt, '__enter__', args, kwnames); checkReleased(rt, self); return self; },
    __exit__(rt, self) { rt.heap.i32[(self >> 2) + MV_FLAGS] |= F_RELEASED; return rt.none; },
  },
  getsets: {
    obj: { get: (rt, self) => { checkReleased(rt, self); return rt.heap.i32[(self >> 2) + MV_OBJ] as Ref; } },
    nbytes: { get: (rt, self) => { checkReleased(rt, self); return smallInt(mvLen(rt, self)); } },
    readonly: { get: (rt, self) => { checkReleased(rt, self); return rt.bool((flags(rt, self) & F_READONLY) !== 0); } },
    itemsize: { get: (rt, self) => { checkReleased(rt, self); return smallInt(1); } },
    format: { get: (rt, self) => { checkReleased(rt, self); return rt.newStr(format(rt, self)); } },
    ndim: { get: (rt, self) => { checkReleased(rt, self); return smallInt(1); } },
    shape: { get: (rt, self) => { checkReleased(rt, self); return newTuple(rt, [smallInt(mvLen(rt, self))]); } },
    strides: { get: (rt, self) => { checkReleased(rt, self); return newTuple(rt, [smallInt(rt.heap.i32[(self >> 2) + MV_STEP])]); } },
    suboffsets: { get: (rt, self) => { checkReleased(rt, self); return newTuple(rt, []); } },
    c_contiguous: { get: (rt, self) => { checkReleased(rt, self); return rt.bool(contiguous(rt, self)); } },
    f_contiguous: { get: (rt, self) => { checkReleased(rt, self); return rt.bool(contiguous(rt, self)); } },
    contiguous: { get: (rt, self) => { checkReleased(rt, self); return rt.bool(contiguous(rt, self)); } },
  },
});

function contiguous(rt: Runtime, mv: Ref): boolean {
  return rt.heap.i32[(mv >> 2) + MV_STEP] === 1 || mvLen(rt, mv) <= 1;
}
