// The bytearray type: a mutable bytes. The read-only methods are bytes.ts's shared table
// (results are bytearrays); this file adds mutation (item and slice assignment/deletion,
// append, extend, insert, pop, remove, reverse, clear, +=, *=) and bytearray_iterator.
//
// After CPython 3.11 Objects/bytearrayobject.c. Layout: header; BA_LEN; BA_DATA (raw block,
// capacity = its payload; grown with over-allocation as bytearray_resize does).

import { type Ref, NULL, isSmallInt, smallInt } from '../heap.ts';
import type { Runtime } from '../runtime.ts';
import { registerType } from '../registry.ts';
import { typeError, valueError, indexError } from '../errors.ts';
import { typeName, indexToNumber, isInt, isSubtype } from '../abstract.ts';
import * as C from './codecs.ts';
import { isSlice, sliceIndices, SL } from './slice.ts';
import { lazyType } from './container-util.ts';
import { kwArgs, oneArg, posArgs, noArgs } from './arg-parse.ts';
import {
  bytesMethods, bytesReprText, bytesLikeData, bytesLikeCompare, bytesLikeContains, bytesFromObject,
  byteValue, parseHex, setByteArrayData, raiseCodecError, type BytesKind,
  bytesData,
} from './bytes.ts';
import { repeatCount, newSeqIter, IT_SEQ, IT_INDEX, SEQ_ITER_BASICSIZE } from './list.ts';
import { percentFormatStr } from './str-methods.ts';

export const BA_LEN = 2;
export const BA_DATA = 3;
const BYTEARRAY_BASICSIZE = 16;
const iterType = lazyType('bytearray_iterator');

export function isByteArray(rt: Runtime, o: Ref): boolean {
  if (isSmallInt(o) || o === NULL) return false;
  const t = rt.typeOf(o);
  return t === rt.types.bytearray || isSubtype(rt, t, rt.types.bytearray);
}

export function byteArrayLen(rt: Runtime, b: Ref): number { return rt.heap.i32[(b >> 2) + BA_LEN]; }

/** A view of the current content (invalid after the next resize; do not keep). */
export function byteArrayView(rt: Runtime, b: Ref): Uint8Array {
  const blk = rt.heap.i32[(b >> 2) + BA_DATA];
  if (blk === 0) return new Uint8Array(0);
  return rt.heap.u8.subarray(blk + 8, blk + 8 + byteArrayLen(rt, b));
}

/** Set the length to n, growing the data block as bytearray_resize (n + n/8 + 6 ... ). */
export function byteArrayResize(rt: Runtime, b: Ref, n: number): void {
  const heap = rt.heap, w = b >> 2;
  const blk = heap.i32[w + BA_DATA] as Ref;
  const cap = blk === NULL ? 0 : heap.payloadBytes(blk);
  const len = heap.i32[w + BA_LEN];
  if (n <= cap) {
    if (n < len) heap.u8.fill(0, blk + 8 + n, blk + 8 + len);
    heap.i32[w + BA_LEN] = n;
    return;
  }
  const alloc = n + (n >> 3) + (n < 9 ? 3 : 6);
  const nb = heap.allocRaw(alloc);
  if (blk !== NULL) heap.u8.copyWithin(nb + 8, blk + 8, blk + 8 + len);
  heap.i32[w + BA_DATA] = nb;
  heap.i32[w + BA_LEN] = n;
}

export function newByteArray(rt: Runtime, data: Uint8Array, type: Ref = rt.types.bytearray): Ref {
  const extra = type === rt.types.bytearray ? 0 : rt.heap.i32[(type >> 2) + 13 /* T_EXTRA */];
  const b = rt.heap.alloc(type, BYTEARRAY_BASICSIZE + extra);
  setContent(rt, b, data);
  return b;
}

function setContent(rt: Runtime, b: Ref, data: Uint8Array): void {
  byteArrayResize(rt, b, data.length);
  if (data.length > 0) rt.heap.u8.set(data, rt.heap.i32[(b >> 2) + BA_DATA] + 8);
}

const kind: BytesKind = { name: 'bytearray', get: byteArrayView, make: (rt, d) => newByteArray(rt, d) };
setByteArrayData((rt, o) => (isByteArray(rt, o) ? byteArrayView(rt, o).slice() : null));

function baGetItem(rt: Runtime, self: Ref, key: Ref): Ref {
  const n = byteArrayLen(rt, self);
  if (isSmallInt(key) || (!isSlice(rt, key) && (isInt(rt, key) || rt.slots(rt.typeOf(key)).index !== undefined))) {
    let i = isSmallInt(key) ? key >> 1 : indexToNumber(rt, key);
    if (i < 0) i += n;
    if (i < 0 || i >= n) indexError(rt, 'bytearray index out of range');
    return smallInt(byteArrayView(rt, self)[i]!);
  }
  if (!isSlice(rt, key)) typeError(rt, `bytearray indices must be integers or slices, not ${typeName(rt, key)}`);
  const slen = sliceIndices(rt, key, n);
  const d = byteArrayView(rt, self);
  const out = new Uint8Array(Math.max(0, slen));
  for (let k = 0, i = SL.start; k < slen; k++, i += SL.step) out[k] = d[i]!;
  return newByteArray(rt, out);
}

function baSetItem(rt: Runtime, self: Ref, key: Ref, v: Ref): void {
  const n = byteArrayLen(rt, self);
  if (isSmallInt(key) || (!isSlice(rt, key) && (isInt(rt, key) || rt.slots(rt.typeOf(key)).index !== undefined))) {
    let i = isSmallInt(key) ? key >> 1 : indexToNumber(rt, key);
    if (i < 0) i += n;
    if (i < 0 || i >= n) indexError(rt, 'bytearray index out of range');
    if (v === NULL) {
      const d = byteArrayView(rt, self).slice();
      setContent(rt, self, Uint8Array.from([...d.subarray(0, i), ...d.subarray(i + 1)]));
      return;
    }
    byteArrayView(rt, self)[i] = byteValue(rt, v);
    return;
  }
  if (!isSlice(rt, key)) typeError(rt, `bytearray indices must be integers or slices, not ${typeName(rt, key)}`);
  const slen = sliceIndices(rt, key, n);
  const { start, step } = SL;
  const cur = Array.from(byteArrayView(rt, self));
  if (v === NULL) {
    const drop = new Set<number>();
    for (let k = 0, i = start; k < slen; k++, i += step) drop.add(i);
    setContent(rt, self, Uint8Array.from(cur.filter((_, i) => !drop.has(i))));
    return;
  }
  if (isInt(rt, v)) typeError(rt, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
  const src = Array.from(v === self ? byteArrayView(rt, self).slice() : bytesFromObject(rt, v, true));
  if (step === 1) {
    const stop = Math.max(start, start + Math.max(0, slen));
    cur.splice(start, stop - start, ...src);
    setContent(rt, self, Uint8Array.from(cur));
    return;
  }
  if (src.length !== slen) valueError(rt, `attempt to assign bytes of size ${src.length} to extended slice of size ${slen}`);
  const d = byteArrayView(rt, self);
  for (let k = 0, i = start; k < slen; k++, i += step) d[i] = src[k]!;
}

registerType({
  key: 'bytearray_iterator',
  name: 'bytearray_iterator',
  basicsize: SEQ_ITER_BASICSIZE,
  slots: {
    iter: (_rt, self) => self,
    next(rt, self) {
      const i32 = rt.heap.i32, w = self >> 2;
      const seq = i32[w + IT_SEQ] as Ref;
      if (seq === NULL) return NULL;
      const i = i32[w + IT_INDEX];
      if (i < byteArrayLen(rt, seq)) { i32[w + IT_INDEX] = i + 1; return smallInt(byteArrayView(rt, seq)[i]!); }
      i32[w + IT_SEQ] = 0;
      return NULL;
    },
    traverse(rt, self, visit) { const s = rt.heap.i32[(self >> 2) + IT_SEQ] as Ref; if (s !== NULL) visit(s); },
  },
});

registerType({
  key: 'bytearray',
  name: 'bytearray',
  basicsize: BYTEARRAY_BASICSIZE,
  unhashable: true,
  flags: 2 /* TF_BASETYPE */,
  slots: {
    repr(rt, self) {
      const name = rt.typeOf(self) === rt.types.bytearray ? 'bytearray' : typeName(rt, self);
      return rt.newStr(`${name}(${bytesReprText(byteArrayView(rt, self))})`);
    },
    richcompare: bytesLikeCompare,
    len: byteArrayLen,
    bool: (rt, self) => byteArrayLen(rt, self) !== 0,
    contains: (rt, self, x) => bytesLikeContains(rt, byteArrayView(rt, self).slice(), x),
    getitem: baGetItem,
    setitem: baSetItem,
    iter: (rt, self) => newSeqIter(rt, iterType(rt), self, 0),
    mod(rt, a, b) {
      if (!isByteArray(rt, a)) return rt.notImplemented;
      return newByteArray(rt, bytesData(rt, percentFormatStr(rt, a, b, 'bytes')));
    },
    add(rt, a, b) {
      const x = bytesLikeData(rt, a), y = bytesLikeData(rt, b);
      if (x === null || !isByteArray(rt, a)) return rt.notImplemented;
      if (y === null) return typeError(rt, `can't concat ${typeName(rt, b)} to ${typeName(rt, a)}`);
      const out = new Uint8Array(x.length + y.length);
      out.set(x); out.set(y, x.length);
      return newByteArray(rt, out);
    },
    iadd(rt, a, b) {
      const y = bytesLikeData(rt, b);
      if (y === null) return typeError(rt, `can't concat ${typeName(rt, b)} to ${typeName(rt, a)}`);
      const n = byteArrayLen(rt, a);
      byteArrayResize(rt, a, n + y.length);
      byteArrayView(rt, a).set(y, n);
      return a;
    },
    mul(rt, a, b) {
      const [seq, other] = isByteArray(rt, a) ? [a, b] : [b, a];
      if (!isByteArray(rt, seq)) return rt.notImplemented;
      const count = repeatCount(rt, other);
      if (count === null) return typeError(rt, `can't multiply sequence by non-int of type '${typeName(rt, other)}'`);
      const d = byteArrayView(rt, seq).slice();
      const out = new Uint8Array(Math.max(0, count) * d.length);
      for (let k = 0; k < count; k++) out.set(d, k * d.length);
      return newByteArray(rt, out);
    },
    new: (rt, type) => newByteArray(rt, new Uint8Array(0), type),
    init(rt, self, args, kwnames) {
      const [src, encR, errR] = kwArgs(rt, 'bytearray', args, kwnames, ['source', 'encoding', 'errors'], 0);
      if (src === NULL) { setContent(rt, self, new Uint8Array(0)); return; }
      if (encR !== NULL || errR !== NULL) {
        const r = C.encode(rt.jsStr(src!), encR === NULL ? 'utf-8' : rt.jsStr(encR!), errR === NULL ? 'strict' : rt.jsStr(errR!));
        if (!(r instanceof Uint8Array)) raiseCodecError(rt, r, rt.jsStr(src!));
        setContent(rt, self, r as Uint8Array);
        return;
      }
      setContent(rt, self, bytesFromObject(rt, src!, true));
    },
    traverse(rt, self, visit) { const b = rt.heap.i32[(self >> 2) + BA_DATA] as Ref; if (b !== NULL) visit(b); },
  },
  methods: {
    ...bytesMethods(kind),
    append(rt, self, args, kwnames) {
      const v = oneArg(rt, 'bytearray.append', args, kwnames);
      const b = byteValue(rt, v);
      const n = byteArrayLen(rt, self);
      byteArrayResize(rt, self, n + 1);
      byteArrayView(rt, self)[n] = b;
      return rt.none;
    },
    extend(rt, self, args, kwnames) {
      const v = oneArg(rt, 'bytearray.extend', args, kwnames);
      if (rt.slots(rt.typeOf(v)).iter === undefined && bytesLikeData(rt, v) === null) {
        typeError(rt, `can't extend bytearray with ${typeName(rt, v)}`);
      }
      const y = bytesFromObject(rt, v, true);
      const n = byteArrayLen(rt, self);
      byteArrayResize(rt, self, n + y.length);
      byteArrayView(rt, self).set(y, n);
      return rt.none;
    },
    insert(rt, self, args, kwnames) {
      posArgs(rt, 'insert', args, kwnames, 2, 2);
      const n = byteArrayLen(rt, self);
      let i = indexToNumber(rt, args[0]!);
      const b = byteValue(rt, args[1]!);
      if (i < 0) { i += n; if (i < 0) i = 0; }
      if (i > n) i = n;
      const d = Array.from(byteArrayView(rt, self));
      d.splice(i, 0, b);
      setContent(rt, self, Uint8Array.from(d));
      return rt.none;
    },
    pop(rt, self, args, kwnames) {
      posArgs(rt, 'pop', args, kwnames, 0, 1);
      const n = byteArrayLen(rt, self);
      if (n === 0) indexError(rt, 'pop from empty bytearray');
      let i = args.length > 0 ? indexToNumber(rt, args[0]!) : -1;
      if (i < 0) i += n;
      if (i < 0 || i >= n) indexError(rt, 'pop index out of range');
      const d = Array.from(byteArrayView(rt, self));
      const [v] = d.splice(i, 1);
      setContent(rt, self, Uint8Array.from(d));
      return smallInt(v!);
    },
    remove(rt, self, args, kwnames) {
      const b = byteValue(rt, oneArg(rt, 'bytearray.remove', args, kwnames));
      const d = Array.from(byteArrayView(rt, self));
      const i = d.indexOf(b);
      if (i < 0) valueError(rt, 'value not found in bytearray');
      d.splice(i, 1);
      setContent(rt, self, Uint8Array.from(d));
      return rt.none;
    },
    reverse(rt, self, args, kwnames) { noArgs(rt, 'bytearray.reverse', args, kwnames); byteArrayView(rt, self).reverse(); return rt.none; },
    clear(rt, self, args, kwnames) { noArgs(rt, 'bytearray.clear', args, kwnames); setContent(rt, self, new Uint8Array(0)); return rt.none; },
    copy(rt, self, args, kwnames) { noArgs(rt, 'bytearray.copy', args, kwnames); return newByteArray(rt, byteArrayView(rt, self).slice()); },
  },
  classmethods: {
    fromhex(rt, _cls, args, kwnames) {
      const s = oneArg(rt, 'fromhex', args, kwnames);
      return newByteArray(rt, parseHex(rt, rt.jsStr(s)));
    },
  },
});
