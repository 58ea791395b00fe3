// The hash table of set and frozenset: CPython 3.11's algorithm, so that iteration order
// (which programs print) is python3's.
//
// Implementation notes, after Objects/setobject.c:
// - A table of 2**k entries (minimum 8, PySet_MINSIZE), each (hash hi, hash lo, key): three
//   i32 words in a raw block. Empty: key 0 and hash 0. Dummy (deleted): key 0 and hash -1
//   (CPython keeps a dummy object in the key; a NULL key keeps our GC visit trivial).
// - Probing (set_add_entry / set_lookkey): start at hash & mask, look at LINEAR_PROBES = 9
//   following entries when they fit before the table's end, then jump with the
//   perturbation recurrence `perturb >>= 5; i = (i * 5 + 1 + perturb) & mask` on the full
//   64-bit hash (hash64.ts explains why all 64 bits are kept).
// - Insertion reuses the LAST dummy seen on the probe path (3.11 behaviour), counts `fill`
//   (active + dummy) and `used` (active); after filling an empty slot it resizes when
//   fill*5 >= mask*3, to used*4 (used*2 above 50000 elements). set_table_resize picks the
//   smallest power of two > minused and reinserts in old-table order with
//   set_insert_clean (no comparisons).
// - set_merge (update from another set) and set_update_internal (from a dict) presize
//   the table once and have the fast paths CPython has, since they change the order of the
//   result: copying entries at the same positions when sizes match, or insert_clean.
// - A user __eq__ may mutate the set during a comparison; as CPython we restart the probe
//   when the table block or the compared entry changed.
//
// Layout of a set/frozenset object: header; SE_FILL; SE_USED; SE_MASK; SE_TABLE (raw block);
// SE_FINGER (set.pop's search start); SE_HASH_HI/LO and SE_HASHED (frozenset's cached
// hash); SE_LOCK (free-threaded per-object lock word).

import { freeThreading, lockObject, unlockObject } from '../object-lock.ts';
import { type Ref, NULL, isSmallInt } from '../heap.ts';
import type { Runtime } from '../runtime.ts';
import { richCompareBool } from '../abstract.ts';
import { CompareOp } from '../type-slots.ts';
import { strEquals } from './str-core.ts';
import { H } from './hash64.ts';
import { exactHash } from './exact-hash.ts';

export const SE_FILL = 2;
export const SE_USED = 3;
export const SE_MASK = 4;
export const SE_TABLE = 5;
export const SE_FINGER = 6;
export const SE_HASH_HI = 7;
export const SE_HASH_LO = 8;
export const SE_HASHED = 9;
export const SE_LOCK = 10;
export const SET_BASICSIZE = 48;

export const SET_MINSIZE = 8;
const LINEAR_PROBES = 9;
const ENTRY_WORDS = 3;

/** Word index (into heap.i32) of entry 0 of the set's table. */
export function tableWord(rt: Runtime, so: Ref): number { return (rt.heap.i32[(so >> 2) + SE_TABLE] >> 2) + 2; }

/** Allocate the set object's empty table of PySet_MINSIZE entries (constructors call it). */
export function initSetTable(rt: Runtime, so: Ref): void {
  const tbl = rt.heap.allocRaw(SET_MINSIZE * ENTRY_WORDS * 4);
  const i32 = rt.heap.i32, w = so >> 2;
  i32[w + SE_TABLE] = tbl;
  i32[w + SE_MASK] = SET_MINSIZE - 1;
  i32[w + SE_FILL] = 0;
  i32[w + SE_USED] = 0;
  i32[w + SE_FINGER] = 0;
}

export function setSize(rt: Runtime, so: Ref): number { return rt.heap.i32[(so >> 2) + SE_USED]; }

/** Are two keys the same element? Identity, then str content, then __eq__. */
function keysEqual(rt: Runtime, a: Ref, b: Ref): boolean {
  if (a === b) return true;
  if (!isSmallInt(a) && !isSmallInt(b)) {
    const i32 = rt.heap.i32, strT = rt.types.str;
    if (i32[a >> 2] === strT && i32[b >> 2] === strT) return strEquals(rt, a, b);
  }
  return richCompareBool(rt, a, b, CompareOp.EQ);
}

/**
 * set_lookkey: the word index of the active entry holding `key` (hash hi:lo), or -1.
 */
export function setLookup(rt: Runtime, so: Ref, key: Ref, hi: number, lo: number): number {
  if (!freeThreading.on) return setLookupRaw(rt, so, key, hi, lo);
  const t = lockObject(rt, so, SE_LOCK);
  try { return setLookupRaw(rt, so, key, hi, lo); } finally { unlockObject(rt, so, SE_LOCK, t); }
}
function setLookupRaw(rt: Runtime, so: Ref, key: Ref, hi: number, lo: number): number {
  restart: for (;;) {
    const i32 = rt.heap.i32, w = so >> 2;
    const table = i32[w + SE_TABLE];
    const tw = (table >> 2) + 2;
    let mask = i32[w + SE_MASK];
    let i = lo & mask;
    let phi = hi >>> 0, plo = lo >>> 0;
    for (;;) {
      let e = tw + i * ENTRY_WORDS;
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      do {
        const k = i32[e + 2] as Ref;
        const ehi = i32[e], elo = i32[e + 1];
        if (k === NULL && ehi === 0 && elo === 0) return -1;
        if (k !== NULL && ehi === (hi | 0) && elo === (lo | 0)) {
          if (k === key) return e;
          const eq = keysEqual(rt, k, key);
          if (rt.heap.i32[w + SE_TABLE] !== table || rt.heap.i32[e + 2] !== k) continue restart;
          if (eq) return e;
          mask = i32[w + SE_MASK];
        }
        e += ENTRY_WORDS;
      } while (probes-- > 0);
      plo = ((plo >>> 5) | (phi << 27)) >>> 0;
      phi = phi >>> 5;
      i = ((Math.imul(i, 5) + 1 + plo) >>> 0) & mask;
    }
  }
}

/** set_insert_clean: place a key known to be absent into a table without dummies. */
function insertClean(i32: Int32Array, tw: number, mask: number, key: Ref, hi: number, lo: number): void {
  let i = lo & mask;
  let phi = hi >>> 0, plo = lo >>> 0;
  for (;;) {
    let e = tw + i * ENTRY_WORDS;
    if (i32[e + 2] === 0) { i32[e] = hi; i32[e + 1] = lo; i32[e + 2] = key; return; }
    if (i + LINEAR_PROBES <= mask) {
      for (let j = 0; j < LINEAR_PROBES; j++) {
        e += ENTRY_WORDS;
        if (i32[e + 2] === 0) { i32[e] = hi; i32[e + 1] = lo; i32[e + 2] = key; return; }
      }
    }
    plo = ((plo >>> 5) | (phi << 27)) >>> 0;
    phi = phi >>> 5;
    i = ((Math.imul(i, 5) + 1 + plo) >>> 0) & mask;
  }
}

/** set_table_resize: rebuild into the smallest power-of-two table > minused. */
export function setTableResize(rt: Runtime, so: Ref, minused: number): void {
  let newsize = SET_MINSIZE;
  while (newsize <= minused) newsize *= 2;
  const heap = rt.heap;
  const tbl = heap.allocRaw(newsize * ENTRY_WORDS * 4);
  const i32 = heap.i32, w = so >> 2;
  const oldTw = tableWord(rt, so), oldMask = i32[w + SE_MASK];
  const ntw = (tbl >> 2) + 2, nmask = newsize - 1;
  for (let i = 0; i <= oldMask; i++) {
    const e = oldTw + i * ENTRY_WORDS;
    const k = i32[e + 2];
    if (k !== 0) insertClean(i32, ntw, nmask, k as Ref, i32[e], i32[e + 1]);
  }
  i32[w + SE_TABLE] = tbl;
  i32[w + SE_MASK] = nmask;
  i32[w + SE_FILL] = i32[w + SE_USED];
}

/**
 * set_add_entry: add `key` with hash hi:lo. Returns true when it was not present.
 */
export function setAddEntry(rt: Runtime, so: Ref, key: Ref, hi: number, lo: number): boolean {
  if (!freeThreading.on) return setAddEntryRaw(rt, so, key, hi, lo);
  const t = lockObject(rt, so, SE_LOCK);
  try { return setAddEntryRaw(rt, so, key, hi, lo); } finally { unlockObject(rt, so, SE_LOCK, t); }
}
function setAddEntryRaw(rt: Runtime, so: Ref, key: Ref, hi: number, lo: number): boolean {
  hi |= 0; lo |= 0;
  restart: for (;;) {
    const i32 = rt.heap.i32, w = so >> 2;
    const table = i32[w + SE_TABLE];
    const tw = (table >> 2) + 2;
    let mask = i32[w + SE_MASK];
    let i = lo & mask;
    let phi = hi >>> 0, plo = lo >>> 0;
    let freeslot = -1;
    let e = 0;
    found: for (;;) {
      e = tw + i * ENTRY_WORDS;
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      do {
        const k = i32[e + 2] as Ref;
        const ehi = i32[e], elo = i32[e + 1];
        if (k === NULL) {
          if (ehi === 0 && elo === 0) break found;
          if (ehi === -1 && elo === -1) freeslot = e; // a dummy: remember the last one
        } else if (ehi === hi && elo === lo) {
          if (k === key) return false;
          const eq = keysEqual(rt, k, key);
          if (eq) return false;
          if (rt.heap.i32[w + SE_TABLE] !== table || rt.heap.i32[e + 2] !== k) continue restart;
          mask = i32[w + SE_MASK];
        }
        e += ENTRY_WORDS;
      } while (probes-- > 0);
      plo = ((plo >>> 5) | (phi << 27)) >>> 0;
      phi = phi >>> 5;
      i = ((Math.imul(i, 5) + 1 + plo) >>> 0) & mask;
    }
    if (freeslot >= 0) {
      i32[w + SE_USED]++;
      i32[freeslot] = hi; i32[freeslot + 1] = lo; i32[freeslot + 2] = key;
      return true;
    }
    i32[w + SE_FILL]++;
    i32[w + SE_USED]++;
    i32[e] = hi; i32[e + 1] = lo; i32[e + 2] = key;
    if (i32[w + SE_FILL] * 5 < mask * 3) return true;
    const used = i32[w + SE_USED];
    setTableResize(rt, so, used > 50000 ? used * 2 : used * 4);
    return true;
  }
}

/** set_add_key: hash `key` (may raise TypeError: unhashable) and add it. */
export function setAdd(rt: Runtime, so: Ref, key: Ref): boolean {
  exactHash(rt, key);
  return setAddEntry(rt, so, key, H.hi, H.lo);
}

export function setContains(rt: Runtime, so: Ref, key: Ref): boolean {
  exactHash(rt, key);
  return setLookup(rt, so, key, H.hi, H.lo) >= 0;
}

/** set_discard_entry: true if found (and removed). */
export function setDiscardEntry(rt: Runtime, so: Ref, key: Ref, hi: number, lo: number): boolean {
  if (!freeThreading.on) return setDiscardEntryRaw(rt, so, key, hi, lo);
  const t = lockObject(rt, so, SE_LOCK);
  try { return setDiscardEntryRaw(rt, so, key, hi, lo); } finally { unlockObject(rt, so, SE_LOCK, t); }
}
function setDiscardEntryRaw(rt: Runtime, so: Ref, key: Ref, hi: number, lo: number): boolean {
  const e = setLookup(rt, so, key, hi, lo);
  if (e < 0) return false;
  const i32 = rt.heap.i32;
  i32[e] = -1; i32[e + 1] = -1; i32[e + 2] = 0;
  i32[(so >> 2) + SE_USED]--;
  return true;
}

export function setDiscard(rt: Runtime, so: Ref, key: Ref): boolean {
  exactHash(rt, key);
  return setDiscardEntry(rt, so, key, H.hi, H.lo);
}

/** set_clear_internal: back to an empty PySet_MINSIZE table. */
export function setClear(rt: Runtime, so: Ref): void {
  const t = lockObject(rt, so, SE_LOCK);
  try { initSetTable(rt, so); } finally { unlockObject(rt, so, SE_LOCK, t); }
}

/**
 * set_next: the word index of the first active entry at table position >= pos, with the
 * position in `NEXT.pos`; -1 at the end.
 */
export const NEXT = { pos: 0 };
export function setNext(rt: Runtime, so: Ref, pos: number): number {
  const i32 = rt.heap.i32, w = so >> 2;
  const table = i32[w + SE_TABLE], tw = (table >> 2) + 2;
  if (table === 0) return -1;
  // Bounded by the table read (free-threaded mode: a concurrent resize may have replaced
  // the table after the mask was read; the old table stays valid memory).
  const mask = Math.min(i32[w + SE_MASK], ((rt.heap.sizeOf(table as Ref) - 8) >> 2) / ENTRY_WORDS - 1);
  for (let i = pos; i <= mask; i++) {
    const e = tw + i * ENTRY_WORDS;
    if (i32[e + 2] !== 0) { NEXT.pos = i; return e; }
  }
  return -1;
}

/** The active keys in table order (a JS array for callers that then allocate). */
export function setKeys(rt: Runtime, so: Ref): Ref[] {
  if (!freeThreading.on) return setKeysRaw(rt, so);
  const t = lockObject(rt, so, SE_LOCK);
  try { return setKeysRaw(rt, so); } finally { unlockObject(rt, so, SE_LOCK, t); }
}
function setKeysRaw(rt: Runtime, so: Ref): Ref[] {
  const out: Ref[] = [];
  const i32 = rt.heap.i32, w = so >> 2;
  const mask = i32[w + SE_MASK], tw = (i32[w + SE_TABLE] >> 2) + 2;
  for (let i = 0; i <= mask; i++) {
    const k = i32[tw + i * ENTRY_WORDS + 2];
    if (k !== 0) out.push(k as Ref);
  }
  return out;
}

/** set_merge: add every element of the set/frozenset `other` to `so`. */
export function setMerge(rt: Runtime, so: Ref, other: Ref): void {
  if (!freeThreading.on) return setMergeRaw(rt, so, other);
  const t = lockObject(rt, so, SE_LOCK);
  try { return setMergeRaw(rt, so, other); } finally { unlockObject(rt, so, SE_LOCK, t); }
}
function setMergeRaw(rt: Runtime, so: Ref, other: Ref): void {
  const i32 = rt.heap.i32, w = so >> 2, ow = other >> 2;
  if (other === so || i32[ow + SE_USED] === 0) return;
  // One big resize at the start rather than incrementally (expect few overlapping keys).
  if ((i32[w + SE_FILL] + i32[ow + SE_USED]) * 5 >= i32[w + SE_MASK] * 3) {
    setTableResize(rt, so, (i32[w + SE_USED] + i32[ow + SE_USED]) * 2);
  }
  const omask = i32[ow + SE_MASK], otw = (i32[ow + SE_TABLE] >> 2) + 2;
  const tw = tableWord(rt, so), mask = i32[w + SE_MASK];
  // Empty target of the same size, other without dummies: copy entries in place.
  if (i32[w + SE_FILL] === 0 && mask === omask && i32[ow + SE_FILL] === i32[ow + SE_USED]) {
    for (let i = 0; i <= omask; i++) {
      const oe = otw + i * ENTRY_WORDS, k = i32[oe + 2];
      if (k !== 0) { const e = tw + i * ENTRY_WORDS; i32[e] = i32[oe]; i32[e + 1] = i32[oe + 1]; i32[e + 2] = k; }
    }
    i32[w + SE_FILL] = i32[ow + SE_FILL];
    i32[w + SE_USED] = i32[ow + SE_USED];
    return;
  }
  // Empty target: no duplicates possible, insert_clean.
  if (i32[w + SE_FILL] === 0) {
    i32[w + SE_FILL] = i32[ow + SE_USED];
    i32[w + SE_USED] = i32[ow + SE_USED];
    for (let i = 0; i <= omask; i++) {
      const oe = otw + i * ENTRY_WORDS, k = i32[oe + 2];
      if (k !== 0) insertClean(i32, tw, mask, k as Ref, i32[oe], i32[oe + 1]);
    }
    return;
  }
  for (let i = 0; i <= omask; i++) {
    const oe = otw + i * ENTRY_WORDS;
    const k = rt.heap.i32[oe + 2];
    if (k !== 0) setAddEntry(rt, so, k as Ref, rt.heap.i32[oe], rt.heap.i32[oe + 1]);
  }
}

/** GC: the table block and every key. */
export function setTraverse(rt: Runtime, so: Ref, visit: (r: Ref) => void): void {
  const i32 = rt.heap.i32, w = so >> 2;
  const tbl = i32[w + SE_TABLE] as Ref;
  if (tbl === NULL) return;
  visit(tbl);
  const mask = i32[w + SE_MASK], tw = (tbl >> 2) + 2;
  for (let i = 0; i <= mask; i++) {
    const k = i32[tw + i * ENTRY_WORDS + 2] as Ref;
    if (k !== NULL) visit(k);
  }
}
