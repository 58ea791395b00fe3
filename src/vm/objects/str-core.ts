// The str object's layout and the few operations the object model itself needs: making a
// str from a JS string, reading it back, equality and hash. Everything else about str (its
// methods, slicing, formatting, iteration) is the str type's job in str.ts.
//
// Layout: header; S_NCP code points; S_NUNITS UTF-16 code units; S_HASH (computed at
// creation: strings are immutable); S_SERIAL (process-wide serial, so a worker's cache of
// decoded JS strings keyed by address can detect that the GC reused the address); then the
// UTF-16 units inline from byte STR_DATA. The same UTF-16 storage as JS strings makes
// jsStr/newStr a copy, and keeps lone surrogates (valid in Python str) representable.
//
// Hash: FNV-1a (32-bit) over the UTF-16 units, -1 mapped to -2. CPython randomises str
// hashes (SipHash with a per-process key), so no program may depend on the values; a fixed
// hash makes our runs reproducible, which the virtual platform wants.

import { type Ref, NULL, FLAG_SPARE, M_STR_SERIAL } from '../heap.ts';
import type { Runtime } from '../runtime.ts';

export const S_NCP = 2;
export const S_NUNITS = 3;
export const S_HASH = 4;
export const S_SERIAL = 5;
/** Byte offset of the first UTF-16 unit. */
export const STR_DATA = 24;
/** Header flag bit: the string is in the interned table (and immortal). */
export const STR_INTERNED = FLAG_SPARE;

/** Number of code points (Python len). */
export function strLen(rt: Runtime, s: Ref): number { return rt.heap.i32[(s >> 2) + S_NCP]; }
/** Number of UTF-16 units. */
export function strUnits(rt: Runtime, s: Ref): number { return rt.heap.i32[(s >> 2) + S_NUNITS]; }
/** Index into heap.u16 of unit 0. */
export function strDataIndex(s: Ref): number { return (s + STR_DATA) >> 1; }
export function strHash(rt: Runtime, s: Ref): number { return rt.heap.i32[(s >> 2) + S_HASH]; }
export function isInterned(rt: Runtime, s: Ref): boolean { return (rt.heap.i32[(s >> 2) + 1] & STR_INTERNED) !== 0; }

/**
 * Allocate a str of `nunits` UTF-16 units with type `type` (rt.types.str or a subclass),
 * units left zero: fill them through heap.u16 from strDataIndex(ref), then call finishStr.
 */
export function allocStr(rt: Runtime, nunits: number, type: Ref = rt.types.str): Ref {
  const extra = type === rt.types.str ? 0 : rt.heap.i32[(type >> 2) + 13 /* T_EXTRA */];
  const s = rt.heap.alloc(type, ((STR_DATA + 2 * nunits + 7) & ~7) + extra);
  rt.heap.i32[(s >> 2) + S_NUNITS] = nunits;
  return s;
}

/** Compute code-point count, hash and serial of a str filled after allocStr. */
export function finishStr(rt: Runtime, s: Ref): Ref {
  const heap = rt.heap, u16 = heap.u16, i32 = heap.i32;
  const n = i32[(s >> 2) + S_NUNITS];
  let h = 0x811c9dc5 | 0, ncp = n;
  const base = (s + STR_DATA) >> 1;
  for (let i = 0; i < n; i++) {
    const c = u16[base + i];
    h = Math.imul(h ^ c, 0x01000193);
    if (c >= 0xdc00 && c <= 0xdfff && i > 0) {
      const p = u16[base + i - 1];
      if (p >= 0xd800 && p <= 0xdbff) ncp--;
    }
  }
  if (h === -1) h = -2;
  i32[(s >> 2) + S_NCP] = ncp;
  i32[(s >> 2) + S_HASH] = h;
  i32[(s >> 2) + S_SERIAL] = heap.nextSerial(M_STR_SERIAL);
  return s;
}

/** A new str holding the JS string `text` (not interned). */
export function newStrFromJs(rt: Runtime, text: string, type?: Ref): Ref {
  const n = text.length;
  const s = allocStr(rt, n, type);
  const heap = rt.heap, u16 = heap.u16, i32 = heap.i32;
  const base = (s + STR_DATA) >> 1;
  // One pass copies the units and computes what finishStr would (hash, code points):
  // reading the units back was a second pass over every new string.
  let h = 0x811c9dc5 | 0, ncp = n, prev = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    u16[base + i] = c;
    h = Math.imul(h ^ c, 0x01000193);
    if (c >= 0xdc00 && c <= 0xdfff && prev >= 0xd800 && prev <= 0xdbff && i > 0) ncp--;
    prev = c;
  }
  if (h === -1) h = -2;
  const w = s >> 2;
  i32[w + S_NCP] = ncp;
  i32[w + S_HASH] = h;
  i32[w + S_SERIAL] = heap.nextSerial(M_STR_SERIAL);
  rt.rememberJsStr(s, text);
  return s;
}

/** Decode the units of a str to a JS string (uncached; rt.jsStr caches). */
export function decodeStr(rt: Runtime, s: Ref): string {
  const n = rt.heap.i32[(s >> 2) + S_NUNITS];
  const base = (s + STR_DATA) >> 1;
  const u16 = rt.heap.u16;
  if (n < 32) {
    let out = '';
    for (let i = 0; i < n; i++) out += String.fromCharCode(u16[base + i]);
    return out;
  }
  let out = '';
  for (let i = 0; i < n; i += 8192) {
    const part = Array.from(u16.subarray(base + i, base + Math.min(n, i + 8192)));
    out += String.fromCharCode.apply(null, part);
  }
  return out;
}

/** Content equality of two str objects (identity first, then hash, then units). */
export function strEquals(rt: Runtime, a: Ref, b: Ref): boolean {
  if (a === b) return true;
  const i32 = rt.heap.i32;
  const wa = a >> 2, wb = b >> 2;
  if (i32[wa + S_HASH] !== i32[wb + S_HASH]) return false;
  const n = i32[wa + S_NUNITS];
  if (n !== i32[wb + S_NUNITS]) return false;
  const u16 = rt.heap.u16;
  const ba = (a + STR_DATA) >> 1, bb = (b + STR_DATA) >> 1;
  for (let i = 0; i < n; i++) if (u16[ba + i] !== u16[bb + i]) return false;
  return true;
}

/** Compare a heap str with a JS string without decoding. */
export function strEqualsJs(rt: Runtime, a: Ref, text: string): boolean {
  const i32 = rt.heap.i32;
  const n = i32[(a >> 2) + S_NUNITS];
  if (n !== text.length) return false;
  const u16 = rt.heap.u16, base = (a + STR_DATA) >> 1;
  for (let i = 0; i < n; i++) if (u16[base + i] !== text.charCodeAt(i)) return false;
  return true;
}

/** Code-unit order comparison (equals code-point order except across surrogates; str.ts
 *  owns the exact Python ordering). Returns <0, 0, >0. */
export function strCompareUnits(rt: Runtime, a: Ref, b: Ref): number {
  const i32 = rt.heap.i32, u16 = rt.heap.u16;
  const na = i32[(a >> 2) + S_NUNITS], nb = i32[(b >> 2) + S_NUNITS];
  const ba = (a + STR_DATA) >> 1, bb = (b + STR_DATA) >> 1;
  const n = Math.min(na, nb);
  for (let i = 0; i < n; i++) {
    const d = u16[ba + i] - u16[bb + i];
    if (d !== 0) return d;
  }
  return na - nb;
}

export { NULL };
