// The dict object's layout and hash table: lookup, insert, delete, ordered iteration. The
// object model needs these for type dicts, instance __dict__, the interned-string table and
// sys.modules; the dict type's Python behaviour (methods, views, repr, ==) is dict.ts's,
// built on this table.
//
// After CPython's compact dict (Objects/dictobject.c, 3.6+): an index table of 2**k i32
// slots (0 empty, -1 deleted, e+1 for entry e) probed with CPython's perturbation
// recurrence, pointing into an entries array kept in insertion order. Entries are triples
// (hash, key, value) in a raw block; the dict's traverse visits keys and values.
// Usable entries = 2/3 of the index size; a full entries array is compacted/regrown.
//
// Layout: header; D_USED live entries; D_NENTRIES entries used (deleted included);
// D_INDICES raw block; D_ENTRIES raw block; D_VERSION bumped on every mutation (iteration
// guards "dictionary changed size during iteration", attribute caches); D_LOCK (free-threaded
// per-object lock, object-lock.ts: the exported lookups and mutations take it).

import { type Ref, NULL, isSmallInt } from '../heap.ts';
import type { Runtime } from '../runtime.ts';
import { hash, richCompareBool } from '../abstract.ts';
import { CompareOp } from '../type-slots.ts';
import { S_HASH, strEquals } from './str-core.ts';
import { freeThreading, lockObject, unlockObject } from '../object-lock.ts';

export const D_USED = 2;
export const D_NENTRIES = 3;
export const D_INDICES = 4;
export const D_ENTRIES = 5;
export const D_VERSION = 6;
export const D_LOCK = 7;
export const DICT_BASICSIZE = 32;
const MIN_SIZE = 8;

export function newDict(rt: Runtime, type: Ref = rt.types.dict): Ref {
  const extra = type === rt.types.dict ? 0 : rt.heap.i32[(type >> 2) + 13 /* T_EXTRA */];
  return rt.heap.alloc(type, DICT_BASICSIZE + extra);
}

export function dictLen(rt: Runtime, d: Ref): number { return rt.heap.i32[(d >> 2) + D_USED]; }
export function dictVersion(rt: Runtime, d: Ref): number { return rt.heap.i32[(d >> 2) + D_VERSION]; }

/** The hash a dict stores for `key` (may raise TypeError: unhashable type). */
export function dictHashOf(rt: Runtime, key: Ref): number {
  if (isSmallInt(key)) { const v = key >> 1; return v === -1 ? -2 : v; }
  if (rt.heap.i32[key >> 2] === rt.types.str) return rt.heap.i32[(key >> 2) + S_HASH];
  return hash(rt, key) | 0;
}

/** Entry index of key, or -1. */
function lookup(rt: Runtime, d: Ref, key: Ref, h: number): number {
  for (;;) {
    const i32 = rt.heap.i32;
    const dw = d >> 2;
    const indices = i32[dw + D_INDICES];
    if (indices === 0) return -1;
    const entries = i32[dw + D_ENTRIES];
    const iw = (indices >> 2) + 2, ew = (entries >> 2) + 2;
    const mask = ((rt.heap.sizeOf(indices as Ref) - 8) >> 2) - 1;
    let i = h & mask, perturb = h >>> 0;
    let restart = false;
    for (;;) {
      const ix = i32[iw + i];
      if (ix === 0) return -1;
      if (ix > 0) {
        const e = ew + 3 * (ix - 1);
        const k = i32[e + 1] as Ref;
        if (k === key) return ix - 1;
        if (i32[e] === h && !isSmallInt(k) && !isSmallInt(key) || i32[e] === h && (isSmallInt(k) !== isSmallInt(key))) {
          const strT = rt.types.str;
          if (!isSmallInt(k) && !isSmallInt(key) && i32[k >> 2] === strT && i32[key >> 2] === strT) {
            if (strEquals(rt, k, key)) return ix - 1;
          } else {
            const version = i32[dw + D_VERSION];
            const eq = richCompareBool(rt, k, key, CompareOp.EQ);
            // A user __eq__ may have mutated the dict: start over, as CPython's lookdict.
            if (rt.heap.i32[dw + D_VERSION] !== version || rt.heap.i32[dw + D_ENTRIES] !== entries) { restart = true; break; }
            if (eq) return ix - 1;
          }
        }
      }
      perturb >>>= 5;
      i = (i * 5 + perturb + 1) & mask;
    }
    if (!restart) return -1;
  }
}

/** d[key] or NULL when absent. May raise (unhashable key, user __eq__). */
export function dictGet(rt: Runtime, d: Ref, key: Ref): Ref {
  if (!freeThreading.on) return dictGetRaw(rt, d, key);
  const t = lockObject(rt, d, D_LOCK);
  try { return dictGetRaw(rt, d, key); } finally { unlockObject(rt, d, D_LOCK, t); }
}
function dictGetRaw(rt: Runtime, d: Ref, key: Ref): Ref {
  const h = dictHashOf(rt, key);
  const e = lookup(rt, d, key, h);
  if (e < 0) return NULL;
  const i32 = rt.heap.i32;
  return i32[(i32[(d >> 2) + D_ENTRIES] >> 2) + 2 + 3 * e + 2] as Ref;
}

/** Lookup with a str key whose hash is stored (attribute names); no user code runs when
 *  the dict's keys are all str. NULL when absent. */
export function dictGetStr(rt: Runtime, d: Ref, name: Ref): Ref {
  if (!freeThreading.on) return dictGetStrRaw(rt, d, name);
  const t = lockObject(rt, d, D_LOCK);
  try { return dictGetStrRaw(rt, d, name); } finally { unlockObject(rt, d, D_LOCK, t); }
}
function dictGetStrRaw(rt: Runtime, d: Ref, name: Ref): Ref {
  const i32 = rt.heap.i32;
  const dw = d >> 2;
  const indices = i32[dw + D_INDICES];
  if (indices === 0) return NULL;
  const h = i32[(name >> 2) + S_HASH];
  const entries = i32[dw + D_ENTRIES];
  const iw = (indices >> 2) + 2, ew = (entries >> 2) + 2;
  const mask = ((rt.heap.sizeOf(indices as Ref) - 8) >> 2) - 1;
  let i = h & mask, perturb = h >>> 0;
  const strT = rt.types.str;
  for (;;) {
    const ix = i32[iw + i];
    if (ix === 0) return NULL;
    if (ix > 0) {
      const e = ew + 3 * (ix - 1);
      const k = i32[e + 1] as Ref;
      if (k === name) return i32[e + 2] as Ref;
      if (i32[e] === h) {
        if (!isSmallInt(k) && i32[k >> 2] === strT) {
          if (strEquals(rt, k, name)) return i32[e + 2] as Ref;
        } else {
          return dictGet(rt, d, name); // a non-str key with an equal hash: general path
        }
      }
    }
    perturb >>>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

/** The entry index of str key `name` in d (as dictGetStr finds it), -1 when absent, -2 when
 *  a non-str key has the same hash (the caller must take the general path). Entries keep
 *  their index until the entries block is replaced (resize), so a caller may remember it
 *  with the D_ENTRIES block it belongs to (the LOAD_GLOBAL cache, eval-support.ts). */
export function dictIndexStr(rt: Runtime, d: Ref, name: Ref): number {
  if (!freeThreading.on) return dictIndexStrRaw(rt, d, name);
  const t = lockObject(rt, d, D_LOCK);
  try { return dictIndexStrRaw(rt, d, name); } finally { unlockObject(rt, d, D_LOCK, t); }
}
function dictIndexStrRaw(rt: Runtime, d: Ref, name: Ref): number {
  const i32 = rt.heap.i32;
  const dw = d >> 2;
  const indices = i32[dw + D_INDICES];
  if (indices === 0) return -1;
  const h = i32[(name >> 2) + S_HASH];
  const iw = (indices >> 2) + 2, ew = (i32[dw + D_ENTRIES] >> 2) + 2;
  const mask = ((rt.heap.sizeOf(indices as Ref) - 8) >> 2) - 1;
  let i = h & mask, perturb = h >>> 0;
  for (;;) {
    const ix = i32[iw + i];
    if (ix === 0) return -1;
    if (ix > 0) {
      const e = ew + 3 * (ix - 1);
      const k = i32[e + 1] as Ref;
      if (k === name) return ix - 1;
      if (i32[e] === h) {
        if (isSmallInt(k) || i32[k >> 2] !== rt.types.str) return -2;
        if (strEquals(rt, k, name)) return ix - 1;
      }
    }
    perturb >>>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

function insertIndex(i32: Int32Array, iw: number, mask: number, h: number, entry: number): void {
  let i = h & mask, perturb = h >>> 0;
  while (i32[iw + i] > 0) { perturb >>>= 5; i = (i * 5 + perturb + 1) & mask; }
  i32[iw + i] = entry + 1;
}

/** Rebuild with room for at least `minUsable` entries, dropping deleted ones. */
function resize(rt: Runtime, d: Ref, minUsable: number): void {
  const heap = rt.heap;
  let size = MIN_SIZE;
  while ((size * 2) / 3 < minUsable) size *= 2;
  const usable = Math.floor((size * 2) / 3);
  const indices = heap.allocRaw(4 * size);
  const entries = heap.allocRaw(12 * usable);
  const i32 = heap.i32;
  const dw = d >> 2;
  const oldE = i32[dw + D_ENTRIES], n = i32[dw + D_NENTRIES];
  const iw = (indices >> 2) + 2, ew = (entries >> 2) + 2;
  let j = 0;
  if (oldE !== 0) {
    const ow = (oldE >> 2) + 2;
    for (let e = 0; e < n; e++) {
      const o = ow + 3 * e;
      if (i32[o + 1] === 0) continue;
      const t = ew + 3 * j;
      i32[t] = i32[o]; i32[t + 1] = i32[o + 1]; i32[t + 2] = i32[o + 2];
      insertIndex(i32, iw, size - 1, i32[o], j);
      j++;
    }
  }
  i32[dw + D_INDICES] = indices;
  i32[dw + D_ENTRIES] = entries;
  i32[dw + D_NENTRIES] = j;
}

/** d[key] = value. */
export function dictSet(rt: Runtime, d: Ref, key: Ref, value: Ref): void {
  const h = dictHashOf(rt, key);
  dictSetWithHash(rt, d, key, h, value);
}

export function dictSetWithHash(rt: Runtime, d: Ref, key: Ref, h: number, value: Ref): void {
  if (!freeThreading.on) return dictSetWithHashRaw(rt, d, key, h, value);
  const t = lockObject(rt, d, D_LOCK);
  try { dictSetWithHashRaw(rt, d, key, h, value); } finally { unlockObject(rt, d, D_LOCK, t); }
}
function dictSetWithHashRaw(rt: Runtime, d: Ref, key: Ref, h: number, value: Ref): void {
  const e = lookup(rt, d, key, h);
  let i32 = rt.heap.i32;
  const dw = d >> 2;
  if (e >= 0) {
    i32[(i32[dw + D_ENTRIES] >> 2) + 2 + 3 * e + 2] = value;
    i32[dw + D_VERSION]++;
    return;
  }
  const entries = i32[dw + D_ENTRIES];
  const cap = entries === 0 ? 0 : Math.floor((rt.heap.sizeOf(entries as Ref) - 8) / 12);
  if (i32[dw + D_NENTRIES] >= cap) {
    resize(rt, d, (i32[dw + D_USED] + 1) * 2);
    i32 = rt.heap.i32;
  }
  const n = i32[dw + D_NENTRIES];
  const t = (i32[dw + D_ENTRIES] >> 2) + 2 + 3 * n;
  i32[t] = h; i32[t + 1] = key; i32[t + 2] = value;
  const indices = i32[dw + D_INDICES];
  insertIndex(i32, (indices >> 2) + 2, ((rt.heap.sizeOf(indices as Ref) - 8) >> 2) - 1, h, n);
  i32[dw + D_NENTRIES] = n + 1;
  i32[dw + D_USED]++;
  i32[dw + D_VERSION]++;
}

/** del d[key]; false (and no exception) when absent. */
export function dictDel(rt: Runtime, d: Ref, key: Ref): boolean {
  if (!freeThreading.on) return dictDelRaw(rt, d, key);
  const t = lockObject(rt, d, D_LOCK);
  try { return dictDelRaw(rt, d, key); } finally { unlockObject(rt, d, D_LOCK, t); }
}
function dictDelRaw(rt: Runtime, d: Ref, key: Ref): boolean {
  const h = dictHashOf(rt, key);
  const e = lookup(rt, d, key, h);
  if (e < 0) return false;
  const i32 = rt.heap.i32;
  const dw = d >> 2;
  const indices = i32[dw + D_INDICES];
  const iw = (indices >> 2) + 2, mask = ((rt.heap.sizeOf(indices as Ref) - 8) >> 2) - 1;
  let i = h & mask, perturb = h >>> 0;
  while (i32[iw + i] !== e + 1) { perturb >>>= 5; i = (i * 5 + perturb + 1) & mask; }
  i32[iw + i] = -1;
  const t = (i32[dw + D_ENTRIES] >> 2) + 2 + 3 * e;
  i32[t] = 0; i32[t + 1] = 0; i32[t + 2] = 0;
  i32[dw + D_USED]--;
  i32[dw + D_VERSION]++;
  return true;
}

export function dictClear(rt: Runtime, d: Ref): void {
  if (!freeThreading.on) return dictClearRaw(rt, d);
  const t = lockObject(rt, d, D_LOCK);
  try { dictClearRaw(rt, d); } finally { unlockObject(rt, d, D_LOCK, t); }
}
function dictClearRaw(rt: Runtime, d: Ref): void {
  const i32 = rt.heap.i32, dw = d >> 2;
  i32[dw + D_INDICES] = 0; i32[dw + D_ENTRIES] = 0;
  i32[dw + D_USED] = 0; i32[dw + D_NENTRIES] = 0;
  i32[dw + D_VERSION]++;
}

/** Iteration: the first live entry index >= pos, or -1. `for (let i = dictNext(rt,d,0); i >= 0;
 *  i = dictNext(rt,d,i+1))`. */
export function dictNext(rt: Runtime, d: Ref, pos: number): number {
  const i32 = rt.heap.i32, dw = d >> 2;
  const entries = i32[dw + D_ENTRIES];
  // Bounded by the entries block read (free-threaded mode: a concurrent resize may have
  // replaced the block after D_NENTRIES was read; the old block stays valid memory).
  const n = entries === 0 ? 0 : Math.min(i32[dw + D_NENTRIES], Math.floor((rt.heap.sizeOf(entries as Ref) - 8) / 12));
  if (pos >= n) return -1;
  const ew = (entries >> 2) + 2;
  for (let e = pos; e < n; e++) if (i32[ew + 3 * e + 1] !== 0) return e;
  return -1;
}
export function dictEntryKey(rt: Runtime, d: Ref, e: number): Ref {
  const i32 = rt.heap.i32; return i32[(i32[(d >> 2) + D_ENTRIES] >> 2) + 2 + 3 * e + 1] as Ref;
}
export function dictEntryValue(rt: Runtime, d: Ref, e: number): Ref {
  const i32 = rt.heap.i32; return i32[(i32[(d >> 2) + D_ENTRIES] >> 2) + 2 + 3 * e + 2] as Ref;
}
export function dictEntryHash(rt: Runtime, d: Ref, e: number): number {
  const i32 = rt.heap.i32; return i32[(i32[(d >> 2) + D_ENTRIES] >> 2) + 2 + 3 * e];
}

/** GC: visit the blocks and every key and value. */
export function dictTraverse(rt: Runtime, d: Ref, visit: (r: Ref) => void): void {
  const i32 = rt.heap.i32, dw = d >> 2;
  const indices = i32[dw + D_INDICES] as Ref, entries = i32[dw + D_ENTRIES] as Ref;
  if (indices !== 0) visit(indices);
  if (entries === 0) return;
  visit(entries);
  const n = i32[dw + D_NENTRIES], ew = (entries >> 2) + 2;
  for (let e = 0; e < n; e++) {
    const k = i32[ew + 3 * e + 1] as Ref;
    if (k !== 0) { visit(k); visit(i32[ew + 3 * e + 2] as Ref); }
  }
}
