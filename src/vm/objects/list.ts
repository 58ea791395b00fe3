// The list type: methods, slicing, comparison, repr, sort, and its two iterators.
//
// After CPython 3.11 Objects/listobject.c. The layout (L_LEN, L_ITEMS refs block, L_LOCK)
// is list-core.ts's; capacity is the items block's size. Growth follows 3.11's list_resize:
// new_allocated = (newsize + newsize/8 + 6) & ~3, no over-allocation when the new size is
// closer to that than to the old size, shrink when below half the capacity. Slots past
// L_LEN are kept NULL, so the GC's visit of the refs block sees only live items.
//
// Hot paths (append, item read by small int) read and write heap words without JS
// allocation. Anything that calls back into Python (==, <, key functions, iteration of a
// generator) re-reads the list's length and items block afterwards, as CPython re-reads
// ob_size/ob_item, because the callee may have mutated the list.

import { type Ref, NULL, isSmallInt, smallInt } from '../heap.ts';
import type { Runtime } from '../runtime.ts';
import { registerType } from '../registry.ts';
import { CompareOp, type NativeFn } from '../type-slots.ts';
import { TF_BASETYPE, TF_LIST_SUBCLASS, TF_TUPLE_SUBCLASS } from '../type-layout.ts';
import { typeError, valueError, indexError, raise, PyError } from '../errors.ts';
import {
  repr, richCompare, richCompareBool, getIter, isTrue, typeName, indexToNumber,
  isInt,
} from '../abstract.ts';
import { L_LEN, L_ITEMS, L_LOCK, LIST_BASICSIZE, newList, listCapacity } from './list-core.ts';
import { freeThreading, lockObject, unlockObject } from '../object-lock.ts';
import { TU_LEN, TU_ITEMS } from './tuple-core.ts';
import { isSlice, sliceIndices, sliceIndexValue, SL } from './slice.ts';
import { reprEnter, reprLeave, lazyType, hasTypeFlag } from './container-util.ts';
import { kwArgs, oneArg, noArgs, posArgs } from './arg-parse.ts';
import { sortPermutation } from './list-sort.ts';
import { takeEvalDirect, callSafe, iterNextSafe } from '../gc-safe.ts';
import { classGetItem } from './generic-alias.ts';

export { newList };
const listIterType = lazyType('list_iterator');
const listRevIterType = lazyType('list_reverseiterator');

export function isList(rt: Runtime, o: Ref): boolean { return hasTypeFlag(rt, o, TF_LIST_SUBCLASS); }
export function isTuple(rt: Runtime, o: Ref): boolean { return hasTypeFlag(rt, o, TF_TUPLE_SUBCLASS); }

/** Items block word index of item 0 (valid while the block is not reallocated). */
function itemsWord(i32: Int32Array, l: Ref): number { return (i32[(l >> 2) + L_ITEMS] >> 2) + 2; }

export function listLength(rt: Runtime, l: Ref): number { return rt.heap.i32[(l >> 2) + L_LEN]; }

export function listItem(rt: Runtime, l: Ref, i: number): Ref {
  const i32 = rt.heap.i32;
  return i32[itemsWord(i32, l) + i] as Ref;
}

/** list_resize (3.11): make room for `newsize` items and set the length to it. */
export function listResize(rt: Runtime, l: Ref, newsize: number): void {
  const heap = rt.heap;
  let i32 = heap.i32;
  const w = l >> 2;
  const len = i32[w + L_LEN];
  const cap = listCapacity(rt, l);
  if (cap >= newsize && newsize >= (cap >> 1)) {
    if (newsize < len) i32.fill(0, itemsWord(i32, l) + newsize, itemsWord(i32, l) + len);
    i32[w + L_LEN] = newsize;
    return;
  }
  let alloc = (newsize + (newsize >> 3) + 6) & ~3;
  if (newsize - len > alloc - newsize) alloc = (newsize + 3) & ~3;
  if (newsize === 0) alloc = 0;
  if (alloc === 0) {
    i32[w + L_ITEMS] = 0;
    i32[w + L_LEN] = 0;
    return;
  }
  const block = heap.allocRefs(alloc);
  i32 = heap.i32;
  const old = i32[w + L_ITEMS];
  if (old !== 0) {
    const keep = Math.min(len, newsize);
    i32.copyWithin((block >> 2) + 2, (old >> 2) + 2, (old >> 2) + 2 + keep);
  }
  i32[w + L_ITEMS] = block;
  i32[w + L_LEN] = newsize;
}

/** list.append (hot path: no allocation unless the items block is full). */
export function listAppend(rt: Runtime, l: Ref, v: Ref): void {
  if (freeThreading.on) { const t = lockObject(rt, l, L_LOCK); try { return listAppendRaw(rt, l, v); } finally { unlockObject(rt, l, L_LOCK, t); } }
  listAppendRaw(rt, l, v);
}
function listAppendRaw(rt: Runtime, l: Ref, v: Ref): void {
  const i32 = rt.heap.i32, w = l >> 2;
  const len = i32[w + L_LEN];
  const block = i32[w + L_ITEMS];
  if (block !== 0 && len < ((rt.heap.sizeOf(block as Ref) - 8) >> 2)) {
    i32[(block >> 2) + 2 + len] = v;
    i32[w + L_LEN] = len + 1;
    return;
  }
  listResize(rt, l, len + 1);
  rt.heap.i32[itemsWord(rt.heap.i32, l) + len] = v;
}

/** ins1: insert v before index `where` (clamped as list.insert does). */
export function listInsert(rt: Runtime, l: Ref, where: number, v: Ref): void {
  const t = lockObject(rt, l, L_LOCK);
  try { listInsertRaw(rt, l, where, v); } finally { unlockObject(rt, l, L_LOCK, t); }
}
function listInsertRaw(rt: Runtime, l: Ref, where: number, v: Ref): void {
  const n = listLength(rt, l);
  if (where < 0) { where += n; if (where < 0) where = 0; }
  if (where > n) where = n;
  listResize(rt, l, n + 1);
  const i32 = rt.heap.i32, iw = itemsWord(i32, l);
  i32.copyWithin(iw + where + 1, iw + where, iw + n);
  i32[iw + where] = v;
}

/** A new list with items [lo, hi) of l. */
export function listSlice(rt: Runtime, l: Ref, lo: number, hi: number): Ref {
  const n = hi - lo;
  const out = newList(rt);
  if (n <= 0) return out;
  listResize(rt, out, n);
  const i32 = rt.heap.i32;
  i32.copyWithin(itemsWord(i32, out), itemsWord(i32, l) + lo, itemsWord(i32, l) + hi);
  return out;
}

/** The items of a list or tuple: [word index of item 0, length]; others: null. */
function fastItems(rt: Runtime, o: Ref): [number, number] | null {
  const i32 = rt.heap.i32;
  if (isList(rt, o)) {
    if (!freeThreading.on) return [itemsWord(i32, o), i32[(o >> 2) + L_LEN]];
    // Free-threaded, unlocked (the caller may hold another list's lock): the items block
    // first, the length bounded by its capacity, so a concurrent resize or clear cannot make
    // us read past the block (stale items of a valid block at worst).
    const block = i32[(o >> 2) + L_ITEMS];
    if (block === 0) return [0, 0];
    return [(block >> 2) + 2, Math.min(i32[(o >> 2) + L_LEN], (rt.heap.sizeOf(block as Ref) - 8) >> 2)];
  }
  if (isTuple(rt, o)) return [(o >> 2) + TU_ITEMS, i32[(o >> 2) + TU_LEN]];
  return null;
}

/** list.extend(iterable): list and tuple copied directly, anything else iterated. `safe`:
 *  the caller holds nothing unrooted (gc-safe.ts; `l` rooted or on a caller's stack), so a
 *  generator being drained may collect as it runs. */
export function listExtend(rt: Runtime, l: Ref, iterable: Ref, safe = false): void {
  const fast = fastItems(rt, iterable);
  if (fast !== null) {
    const m = fast[1];
    if (m === 0) return;
    if (freeThreading.on && iterable !== l) {
      // Another thread may resize the source meanwhile: copy what was read, once.
      const items = rt.heap.i32.slice(fast[0], fast[0] + m);
      const n0 = listLength(rt, l);
      listResize(rt, l, n0 + m);
      rt.heap.i32.set(items, itemsWord(rt.heap.i32, l) + n0);
      return;
    }
    const n = listLength(rt, l);
    listResize(rt, l, n + m);
    const i32 = rt.heap.i32;
    // Re-read the source after the resize: `l.extend(l)` reads the grown block.
    const src = iterable === l ? itemsWord(i32, l) : fastItems(rt, iterable)![0];
    i32.copyWithin(itemsWord(i32, l) + n, src, src + m);
    return;
  }
  const it = getIter(rt, iterable);
  const mark = rt.rootMark();
  rt.pushRoot(it);
  try {
    for (let x = iterNextSafe(rt, safe, it); x !== NULL; x = iterNextSafe(rt, safe, it)) listAppend(rt, l, x);
  } finally {
    rt.rootRelease(mark);
  }
}

/** list(iterable) as a new exact list (rooted while it fills; `safe` as listExtend). */
export function listFromIterable(rt: Runtime, iterable: Ref, safe = false): Ref {
  const l = newList(rt);
  const mark = rt.rootMark();
  rt.pushRoot(l);
  try { listExtend(rt, l, iterable, safe); } finally { rt.rootRelease(mark); }
  return l;
}

/** PySequence_Fast: the object itself when it is a list or tuple, else a new list. */
export function sequenceFast(rt: Runtime, o: Ref, safe = false): Ref {
  if (isList(rt, o) || isTuple(rt, o)) return o;
  return listFromIterable(rt, o, safe);
}

// ---- slice assignment / deletion (list_ass_slice, list_ass_subscript) ----------------------

/** a[lo:hi] = items of v (v NULL: delete). Step-1 slices. */
function assignSlice(rt: Runtime, l: Ref, lo: number, hi: number, v: Ref): void {
  let src: Ref = NULL;
  let m = 0;
  if (v !== NULL) {
    if (v === l) src = listSlice(rt, l, 0, listLength(rt, l)); // a[:] = a: copy first
    else if (isList(rt, v) || isTuple(rt, v)) src = v;
    else {
      if (rt.slots(rt.typeOf(v)).iter === undefined && rt.slots(rt.typeOf(v)).getitem === undefined) {
        typeError(rt, 'can only assign an iterable');
      }
      src = listFromIterable(rt, v);
    }
    m = fastItems(rt, src)![1];
  }
  const n = listLength(rt, l);
  if (lo < 0) lo = 0; else if (lo > n) lo = n;
  if (hi < lo) hi = lo; else if (hi > n) hi = n;
  const d = m - (hi - lo);
  const i32 = rt.heap.i32;
  if (d < 0) {
    const iw = itemsWord(i32, l);
    i32.copyWithin(iw + hi + d, iw + hi, iw + n);
    listResize(rt, l, n + d);
  } else if (d > 0) {
    listResize(rt, l, n + d);
    const iw = itemsWord(rt.heap.i32, l);
    rt.heap.i32.copyWithin(iw + hi + d, iw + hi, iw + n);
  }
  if (m > 0) {
    const sw = fastItems(rt, src)![0];
    rt.heap.i32.copyWithin(itemsWord(rt.heap.i32, l) + lo, sw, sw + m);
  }
}

function listAssSubscript(rt: Runtime, l: Ref, key: Ref, v: Ref): void {
  if (isSmallInt(key) || (!isSlice(rt, key) && (isInt(rt, key) || rt.slots(rt.typeOf(key)).index !== undefined))) {
    let i = isSmallInt(key) ? key >> 1 : indexToNumber(rt, key);
    const n = listLength(rt, l);
    if (i < 0) i += n;
    if (i < 0 || i >= n) indexError(rt, 'list assignment index out of range');
    const i32 = rt.heap.i32;
    if (v !== NULL) { i32[itemsWord(i32, l) + i] = v; return; }
    const iw = itemsWord(i32, l);
    i32.copyWithin(iw + i, iw + i + 1, iw + n);
    listResize(rt, l, n - 1);
    return;
  }
  if (!isSlice(rt, key)) typeError(rt, `list indices must be integers or slices, not ${typeName(rt, key)}`);
  const n0 = listLength(rt, l);
  const slen = sliceIndices(rt, key, n0);
  const start = SL.start, stop = SL.stop, step = SL.step;
  if (step === 1) { assignSlice(rt, l, start, stop, v); return; }
  if (v === NULL) {
    // Extended slice deletion: compact the survivors in order.
    if (slen <= 0) return;
    let lo = start, st = step;
    if (st < 0) { lo = start + st * (slen - 1); st = -st; }
    const i32 = rt.heap.i32, iw = itemsWord(i32, l);
    let out = lo;
    for (let i = lo; i < n0; i++) {
      if (i >= lo && (i - lo) % st === 0 && (i - lo) / st < slen) continue;
      i32[iw + out++] = i32[iw + i];
    }
    listResize(rt, l, n0 - slen);
    return;
  }
  // Extended slice assignment: the sequence must have exactly slen items.
  let seq: Ref;
  if (v === l) seq = listSlice(rt, l, 0, n0);
  else {
    if (rt.slots(rt.typeOf(v)).iter === undefined && rt.slots(rt.typeOf(v)).getitem === undefined) {
      typeError(rt, 'must assign iterable to extended slice');
    }
    seq = sequenceFast(rt, v);
  }
  const [sw, m] = fastItems(rt, seq)!;
  if (m !== slen) valueError(rt, `attempt to assign sequence of size ${m} to extended slice of size ${slen}`);
  const i32 = rt.heap.i32, iw = itemsWord(i32, l);
  for (let k = 0, i = start; k < slen; k++, i += step) i32[iw + i] = i32[sw + k];
}

// ---- sort ----------------------------------------------------------------------------------

/**
 * list.sort(key=..., reverse=...) in place (sorted() calls this on its new list).
 * As CPython, the list is emptied during the sort, so a key function or __lt__ sees [] and
 * any mutation is detected afterwards ("list modified during sort"); the sorted items are
 * then restored regardless. Items and keys stay in hidden heap lists rooted for the sort.
 */
export function listSort(rt: Runtime, l: Ref, key: Ref, reverse: boolean, gcSafe = false): void {
  const heap = rt.heap;
  const w = l >> 2;
  const n = heap.i32[w + L_LEN];
  const block = heap.i32[w + L_ITEMS] as Ref;
  const mark = rt.rootMark();
  // Hidden holder of the items while the list is empty.
  const holder = heap.alloc(rt.types.list, LIST_BASICSIZE);
  heap.i32[(holder >> 2) + L_ITEMS] = block;
  heap.i32[(holder >> 2) + L_LEN] = n;
  rt.pushRoot(holder);
  heap.i32[w + L_ITEMS] = 0;
  heap.i32[w + L_LEN] = 0;
  let failure: unknown = null;
  try {
    if (n > 1) {
      let keys: Ref = holder;
      if (key !== NULL && key !== rt.none) {
        keys = newList(rt);
        rt.pushRoot(keys);
        listResize(rt, keys, n);
        for (let i = 0; i < n; i++) {
          // gcSafe: the caller holds nothing unrooted, so the key function may collect.
          const k = callSafe(rt, gcSafe, key, [heap.i32[(block >> 2) + 2 + i] as Ref]);
          heap.i32[itemsWord(heap.i32, keys) + i] = k;
        }
      }
      const kw = itemsWord(heap.i32, keys);
      let allSmall = true;
      for (let i = 0; i < n && allSmall; i++) allSmall = (heap.i32[kw + i] & 1) === 1;
      const i32 = heap.i32;
      if (allSmall && keys === holder) {
        // Small ints sorted by themselves: equal items are the same word, so stability is
        // moot and the typed array's native numeric sort does it (tagged words order as their
        // values); about 10x faster than the comparator merge sort for list_work.py's sorts.
        const items = i32.subarray((block >> 2) + 2, (block >> 2) + 2 + n);
        items.sort();
        if (reverse) items.reverse();
      } else {
        const lt = allSmall
          ? (a: number, b: number) => i32[kw + a] < i32[kw + b]
          : (a: number, b: number) => richCompareBool(rt, i32[kw + a] as Ref, i32[kw + b] as Ref, CompareOp.LT);
        const perm = sortPermutation(n, lt, reverse);
        const bw = (block >> 2) + 2;
        const copy = heap.i32.slice(bw, bw + n);
        for (let i = 0; i < n; i++) heap.i32[bw + i] = copy[perm[i]!]!;
      }
    }
  } catch (e) {
    failure = e;
  }
  const modified = heap.i32[w + L_ITEMS] !== 0;
  heap.i32[w + L_ITEMS] = block;
  heap.i32[w + L_LEN] = n;
  rt.rootRelease(mark);
  if (failure !== null) throw failure;
  if (modified) valueError(rt, 'list modified during sort');
}

// ---- comparison and repr -------------------------------------------------------------------

/** list_richcompare / tuplerichcompare: lexicographic with ==, then the final item by op. */
export function seqRichCompare(
  rt: Runtime, a: Ref, b: Ref, op: CompareOp, lenOf: (o: Ref) => number, item: (o: Ref, i: number) => Ref,
): Ref {
  const na = lenOf(a), nb = lenOf(b);
  if (na !== nb && (op === CompareOp.EQ || op === CompareOp.NE)) return rt.bool(op === CompareOp.NE);
  let i = 0;
  for (; i < lenOf(a) && i < lenOf(b); i++) {
    const x = item(a, i), y = item(b, i);
    if (x === y) continue;
    if (!richCompareBool(rt, x, y, CompareOp.EQ)) break;
  }
  const la = lenOf(a), lb = lenOf(b);
  if (i >= la || i >= lb) {
    switch (op) {
      case CompareOp.LT: return rt.bool(la < lb);
      case CompareOp.LE: return rt.bool(la <= lb);
      case CompareOp.EQ: return rt.bool(la === lb);
      case CompareOp.NE: return rt.bool(la !== lb);
      case CompareOp.GT: return rt.bool(la > lb);
      default: return rt.bool(la >= lb);
    }
  }
  if (op === CompareOp.EQ) return rt.false;
  if (op === CompareOp.NE) return rt.true;
  return richCompare(rt, item(a, i), item(b, i), op);
}

function listRepr(rt: Runtime, l: Ref): Ref {
  if (listLength(rt, l) === 0) return rt.newStr('[]');
  if (!reprEnter(rt, l)) return rt.newStr('[...]');
  try {
    let out = '[';
    for (let i = 0; i < listLength(rt, l); i++) {
      if (i > 0) out += ', ';
      out += rt.jsStr(repr(rt, listItem(rt, l, i)));
    }
    return rt.newStr(out + ']');
  } finally {
    reprLeave(rt, l);
  }
}

// ---- item access ---------------------------------------------------------------------------

function listGetItem(rt: Runtime, l: Ref, key: Ref): Ref {
  if (isSmallInt(key)) {
    const i32 = rt.heap.i32;
    const n = i32[(l >> 2) + L_LEN];
    let i = key >> 1;
    if (i < 0) i += n;
    if (i < 0 || i >= n) indexError(rt, 'list index out of range');
    return i32[itemsWord(i32, l) + i] as Ref;
  }
  if (isSlice(rt, key)) {
    const n = listLength(rt, l);
    const slen = sliceIndices(rt, key, n);
    if (SL.step === 1) return listSlice(rt, l, SL.start, SL.start + slen);
    const out = newList(rt);
    if (slen === 0) return out;
    listResize(rt, out, slen);
    const i32 = rt.heap.i32, ow = itemsWord(i32, out), iw = itemsWord(i32, l);
    for (let k = 0, i = SL.start; k < slen; k++, i += SL.step) i32[ow + k] = i32[iw + i];
    return out;
  }
  if (!isInt(rt, key) && rt.slots(rt.typeOf(key)).index === undefined) {
    typeError(rt, `list indices must be integers or slices, not ${typeName(rt, key)}`);
  }
  const n = listLength(rt, l);
  let i = indexToNumber(rt, key);
  if (i < 0) i += n;
  if (i < 0 || i >= n) indexError(rt, 'list index out of range');
  return listItem(rt, l, i);
}

/** seq * n for lists (list_repeat). */
function listRepeat(rt: Runtime, l: Ref, count: number): Ref {
  const n = listLength(rt, l);
  const out = newList(rt);
  if (count <= 0 || n === 0) return out;
  if (n * count > 0x7fffffff / 4) raise(rt, rt.types.MemoryError);
  listResize(rt, out, n * count);
  const i32 = rt.heap.i32, ow = itemsWord(i32, out), iw = itemsWord(i32, l);
  for (let k = 0; k < count; k++) i32.copyWithin(ow + k * n, iw, iw + n);
  return out;
}

/** The repeat count of `seq * x`: an int via __index__ (OverflowError/MemoryError aside). */
export function repeatCount(rt: Runtime, x: Ref): number | null {
  if (isSmallInt(x)) return x >> 1;
  if (!isInt(rt, x) && rt.slots(rt.typeOf(x)).index === undefined) return null;
  return indexToNumber(rt, x, rt.types.OverflowError);
}

/**
 * The sq_concat / sq_repeat fallbacks of PyNumber_Add / PyNumber_Multiply for a sequence
 * type. CPython tries both operands' nb_add/nb_multiply first and the sequence slot last;
 * our slot table has one `add`, so when the other operand is foreign, its slot is tried
 * here (as the reflected operation) before the sequence error is raised. Returns the
 * other slot's result, or null when it answered NotImplemented (or has none).
 */
export function tryOther(rt: Runtime, a: Ref, b: Ref, other: Ref, slot: 'add' | 'mul', mine: unknown): Ref | null {
  const f = rt.slots(rt.typeOf(other))[slot];
  // Not re-entrant: two sequence types (list * str) would otherwise ask each other forever.
  if (f === undefined || f === mine || inTryOther) return null;
  inTryOther = true;
  try {
    const r = f(rt, a, b);
    return r === rt.notImplemented ? null : r;
  } catch (e) {
    // The other sequence raised its own sequence error: ours is the one CPython reports.
    if (e instanceof PyError && isSequenceType(rt, other)) return null;
    throw e;
  } finally {
    inTryOther = false;
  }
}
let inTryOther = false;
function isSequenceType(rt: Runtime, o: Ref): boolean {
  const t = rt.typeOf(o);
  return t === rt.types.str || t === rt.types.list || t === rt.types.tuple || t === rt.types.bytes || t === rt.types.bytearray;
}

// ---- methods -------------------------------------------------------------------------------

function methodIndex(rt: Runtime, self: Ref, args: Ref[], kwnames: Ref | null): Ref {
  posArgs(rt, 'index', args, kwnames, 1, 3);
  const v = args[0]!;
  const n = listLength(rt, self);
  let start = 0, stop = Number.MAX_SAFE_INTEGER;
  if (args.length > 1) { start = sliceIndexValue(rt, args[1]!); if (start < 0) { start += n; if (start < 0) start = 0; } }
  if (args.length > 2) { stop = sliceIndexValue(rt, args[2]!); if (stop < 0) { stop += n; if (stop < 0) stop = 0; } }
  for (let i = start; i < stop && i < listLength(rt, self); i++) {
    const x = listItem(rt, self, i);
    if (x === v || richCompareBool(rt, x, v, CompareOp.EQ)) return smallInt(i);
  }
  return valueError(rt, `${rt.jsStr(repr(rt, v))} is not in list`);
}

const methods: Record<string, NativeFn> = {
  append(rt, self, args, kwnames) {
    if (args.length !== 1 || (kwnames !== null && kwnames !== NULL)) oneArg(rt, 'list.append', args, kwnames);
    listAppend(rt, self, args[0]!);
    return rt.none;
  },
  extend(rt, self, args, kwnames) {
    const safe = takeEvalDirect(rt); // self and the argument are on the caller's stack
    listExtend(rt, self, oneArg(rt, 'list.extend', args, kwnames), safe);
    return rt.none;
  },
  insert(rt, self, args, kwnames) {
    posArgs(rt, 'insert', args, kwnames, 2, 2);
    listInsert(rt, self, indexToNumber(rt, args[0]!, null), args[1]!);
    return rt.none;
  },
  pop(rt, self, args, kwnames) {
    posArgs(rt, 'pop', args, kwnames, 0, 1);
    const n = listLength(rt, self);
    if (n === 0) indexError(rt, 'pop from empty list');
    let i = args.length > 0 ? indexToNumber(rt, args[0]!) : -1;
    if (i < 0) i += n;
    if (i < 0 || i >= n) indexError(rt, 'pop index out of range');
    const i32 = rt.heap.i32, iw = itemsWord(i32, self);
    const v = i32[iw + i] as Ref;
    i32.copyWithin(iw + i, iw + i + 1, iw + n);
    listResize(rt, self, n - 1);
    return v;
  },
  remove(rt, self, args, kwnames) {
    const v = oneArg(rt, 'list.remove', args, kwnames);
    for (let i = 0; i < listLength(rt, self); i++) {
      const x = listItem(rt, self, i);
      if (x === v || richCompareBool(rt, x, v, CompareOp.EQ)) {
        const n = listLength(rt, self);
        if (i < n) {
          const i32 = rt.heap.i32, iw = itemsWord(i32, self);
          i32.copyWithin(iw + i, iw + i + 1, iw + n);
          listResize(rt, self, n - 1);
        }
        return rt.none;
      }
    }
    return valueError(rt, 'list.remove(x): x not in list');
  },
  index: methodIndex,
  count(rt, self, args, kwnames) {
    const v = oneArg(rt, 'list.count', args, kwnames);
    let c = 0;
    for (let i = 0; i < listLength(rt, self); i++) {
      const x = listItem(rt, self, i);
      if (x === v || richCompareBool(rt, x, v, CompareOp.EQ)) c++;
    }
    return smallInt(c);
  },
  reverse(rt, self, args, kwnames) {
    noArgs(rt, 'list.reverse', args, kwnames);
    const n = listLength(rt, self);
    if (n > 1) { const iw = itemsWord(rt.heap.i32, self); rt.heap.i32.subarray(iw, iw + n).reverse(); }
    return rt.none;
  },
  sort(rt, self, args, kwnames) {
    // Called from the eval loop, self is on its stack: the key function may collect.
    const safe = takeEvalDirect(rt);
    const [key, rev] = kwArgs(rt, 'sort', args, kwnames, ['key', 'reverse'], 0, 0, 0);
    listSort(rt, self, key!, rev !== NULL && isTrue(rt, rev!), safe);
    return rt.none;
  },
  copy(rt, self, args, kwnames) {
    noArgs(rt, 'list.copy', args, kwnames);
    return listSlice(rt, self, 0, listLength(rt, self));
  },
  clear(rt, self, args, kwnames) {
    noArgs(rt, 'list.clear', args, kwnames);
    rt.heap.i32[(self >> 2) + L_ITEMS] = 0;
    rt.heap.i32[(self >> 2) + L_LEN] = 0;
    return rt.none;
  },
  __reversed__(rt, self, args, kwnames) {
    noArgs(rt, 'list.__reversed__', args, kwnames);
    return newSeqIter(rt, listRevIterType(rt), self, listLength(rt, self) - 1);
  },
  __sizeof__(rt, self, args, kwnames) {
    noArgs(rt, 'list.__sizeof__', args, kwnames);
    // 64-bit CPython: PyListObject is 40 bytes, plus 8 per allocated slot.
    return smallInt(40 + 8 * listCapacity(rt, self));
  },
};

// Free-threaded mode (object-lock.ts): the mutators run as one critical section on the
// list's lock word, as CPython's free-threaded list methods do (Objects/listobject.c,
// Py_BEGIN_CRITICAL_SECTION); with the GIL this is one branch per call.
for (const name of ['extend', 'pop', 'remove', 'reverse', 'sort', 'clear']) {
  const f = methods[name]!;
  methods[name] = (rt, self, args, kwnames) => {
    if (!freeThreading.on) return f(rt, self, args, kwnames);
    const t = lockObject(rt, self, L_LOCK);
    try { return f(rt, self, args, kwnames); } finally { unlockObject(rt, self, L_LOCK, t); }
  };
}

// ---- iterators -----------------------------------------------------------------------------
// list_iterator / list_reverseiterator (also used by tuple.ts through its own types):
// IT_SEQ is the sequence, NULL once exhausted (CPython drops it so the list can be freed);
// IT_INDEX the next position.

export const IT_SEQ = 2;
export const IT_INDEX = 3;
export const SEQ_ITER_BASICSIZE = 16;

export function newSeqIter(rt: Runtime, type: Ref, seq: Ref, index: number): Ref {
  const it = rt.heap.alloc(type, SEQ_ITER_BASICSIZE);
  rt.heap.i32[(it >> 2) + IT_SEQ] = seq;
  rt.heap.i32[(it >> 2) + IT_INDEX] = index;
  return it;
}

const iterTraverse = (rt: Runtime, self: Ref, visit: (r: Ref) => void) => {
  const s = rt.heap.i32[(self >> 2) + IT_SEQ] as Ref;
  if (s !== NULL) visit(s);
};

registerType({
  key: 'list_iterator',
  name: 'list_iterator',
  basicsize: SEQ_ITER_BASICSIZE,
  slots: {
    iter: (_rt, self) => self,
    next(rt, self) {
      const i32 = rt.heap.i32, w = self >> 2;
      const seq = i32[w + IT_SEQ];
      if (seq === 0) return NULL;
      const i = i32[w + IT_INDEX];
      if (i < i32[(seq >> 2) + L_LEN]) {
        i32[w + IT_INDEX] = i + 1;
        return i32[(i32[(seq >> 2) + L_ITEMS] >> 2) + 2 + i] as Ref;
      }
      i32[w + IT_SEQ] = 0;
      return NULL;
    },
    traverse: iterTraverse,
  },
  methods: {
    __length_hint__(rt, self) {
      const i32 = rt.heap.i32, w = self >> 2, seq = i32[w + IT_SEQ];
      return smallInt(seq === 0 ? 0 : Math.max(0, i32[(seq >> 2) + L_LEN] - i32[w + IT_INDEX]));
    },
  },
});

registerType({
  key: 'list_reverseiterator',
  name: 'list_reverseiterator',
  basicsize: SEQ_ITER_BASICSIZE,
  slots: {
    iter: (_rt, self) => self,
    next(rt, self) {
      const i32 = rt.heap.i32, w = self >> 2;
      const seq = i32[w + IT_SEQ];
      if (seq === 0) return NULL;
      const i = i32[w + IT_INDEX];
      if (i >= 0 && i < i32[(seq >> 2) + L_LEN]) {
        i32[w + IT_INDEX] = i - 1;
        return i32[(i32[(seq >> 2) + L_ITEMS] >> 2) + 2 + i] as Ref;
      }
      i32[w + IT_INDEX] = -1;
      i32[w + IT_SEQ] = 0;
      return NULL;
    },
    traverse: iterTraverse,
  },
  methods: {
    __length_hint__(rt, self) {
      const i32 = rt.heap.i32, w = self >> 2, seq = i32[w + IT_SEQ];
      const i = i32[w + IT_INDEX];
      return smallInt(seq === 0 || i >= i32[(seq >> 2) + L_LEN] ? 0 : i + 1);
    },
  },
});

// ---- the type ------------------------------------------------------------------------------

function listAdd(rt: Runtime, a: Ref, b: Ref): Ref {
  if (!isList(rt, a)) return rt.notImplemented;
  if (!isList(rt, b)) {
    const r = tryOther(rt, a, b, b, 'add', listAdd);
    if (r !== null) return r;
    return typeError(rt, `can only concatenate list (not "${typeName(rt, b)}") to list`);
  }
  const na = listLength(rt, a), nb = listLength(rt, b);
  const out = newList(rt);
  if (na + nb === 0) return out;
  listResize(rt, out, na + nb);
  const i32 = rt.heap.i32, ow = itemsWord(i32, out);
  if (na > 0) i32.copyWithin(ow, itemsWord(i32, a), itemsWord(i32, a) + na);
  if (nb > 0) i32.copyWithin(ow + na, itemsWord(i32, b), itemsWord(i32, b) + nb);
  return out;
}

function listMul(rt: Runtime, a: Ref, b: Ref): Ref {
  const [seq, other] = isList(rt, a) ? [a, b] : [b, a];
  if (!isList(rt, seq)) return rt.notImplemented;
  const count = repeatCount(rt, other);
  if (count === null) {
    const r = tryOther(rt, a, b, other, 'mul', listMul);
    if (r !== null) return r;
    return typeError(rt, `can't multiply sequence by non-int of type '${typeName(rt, other)}'`);
  }
  return listRepeat(rt, seq, count);
}

registerType({
  key: 'list',
  name: 'list',
  basicsize: LIST_BASICSIZE,
  unhashable: true,
  flags: TF_BASETYPE,
  doc: 'Built-in mutable sequence.\n\nIf no argument is given, the constructor creates a new empty list.\nThe argument must be an iterable if specified.',
  slots: {
    repr: listRepr,
    richcompare(rt, a, b, op) {
      if (!isList(rt, a) || !isList(rt, b)) return rt.notImplemented;
      return seqRichCompare(rt, a, b, op, (o) => listLength(rt, o), (o, i) => listItem(rt, o, i));
    },
    len: listLength,
    bool: (rt, self) => listLength(rt, self) !== 0,
    contains(rt, self, v) {
      for (let i = 0; i < listLength(rt, self); i++) {
        const x = listItem(rt, self, i);
        if (x === v || richCompareBool(rt, x, v, CompareOp.EQ)) return true;
      }
      return false;
    },
    getitem: listGetItem,
    setitem: listAssSubscript,
    iter: (rt, self) => newSeqIter(rt, listIterType(rt), self, 0),
    add: listAdd,
    mul: listMul,
    iadd(rt, a, b) {
      listExtend(rt, a, b);
      return a;
    },
    imul(rt, a, b) {
      const count = repeatCount(rt, b);
      if (count === null) return typeError(rt, `can't multiply sequence by non-int of type '${typeName(rt, b)}'`);
      const n = listLength(rt, a);
      if (count <= 0 || n === 0) { rt.heap.i32[(a >> 2) + L_ITEMS] = 0; rt.heap.i32[(a >> 2) + L_LEN] = 0; return a; }
      if (n * count > 0x7fffffff / 4) raise(rt, rt.types.MemoryError);
      listResize(rt, a, n * count);
      const i32 = rt.heap.i32, iw = itemsWord(i32, a);
      for (let k = 1; k < count; k++) i32.copyWithin(iw + k * n, iw, iw + n);
      return a;
    },
    new(rt, type, _args, _kwnames) { return newList(rt, [], type); },
    init(rt, self, args, kwnames) {
      if (kwnames !== null && kwnames !== NULL && rt.heap.i32[(kwnames >> 2) + TU_LEN] > 0 && rt.typeOf(self) === rt.types.list) {
        typeError(rt, 'list() takes no keyword arguments');
      }
      if (args.length > 1) typeError(rt, `list expected at most 1 argument, got ${args.length}`);
      rt.heap.i32[(self >> 2) + L_ITEMS] = 0;
      rt.heap.i32[(self >> 2) + L_LEN] = 0;
      // list(gen) straight from the eval loop (user-class.ts typeCall passes that on, with
      // self rooted): the generator may collect while it runs.
      if (args.length === 1) listExtend(rt, self, args[0]!, takeEvalDirect(rt));
    },
    traverse(rt, self, visit) {
      const b = rt.heap.i32[(self >> 2) + L_ITEMS] as Ref;
      if (b !== NULL) visit(b);
    },
  },
  methods,
  classmethods: { __class_getitem__: classGetItem },
});

