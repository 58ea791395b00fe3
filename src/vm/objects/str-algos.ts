// The algorithms behind str's methods, on JS strings, with Python's semantics.
//
// A Python str is a sequence of code points; our heap stores it as UTF-16 plus its
// code-point length (docs/architecture.md). The methods in str-methods.ts decode the
// receiver once (rt.jsStr, cached per worker) and call these pure functions. All indices in
// and out of this module are CODE-POINT indices; `n` is the code-point length the heap
// already knows, and when `n === s.length` (no astral characters) a code-point index is a
// UTF-16 index, which is the fast path everywhere below.
//
// Followed from CPython 3.11: Objects/unicodeobject.c (do_upper/do_lower/do_title/
// do_capitalize/do_swapcase/handle_capital_sigma, unicode_repr, pad, expandtabs, the
// is*() predicates), Objects/stringlib/split.h (split_whitespace, rsplit, splitlines),
// Objects/stringlib/find.h and the ADJUST_INDICES macro (find/count/startswith).

import * as U from './str-unicode.ts';

/** Code-point length of a JS string (a surrogate pair counts once). */
export function cpLength(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { n--; i++; }
    }
  }
  return n;
}

/** UTF-16 index of code point `cp` (0 <= cp <= n). */
export function unitIndex(s: string, n: number, cp: number): number {
  if (n === s.length) return cp;
  let u = 0;
  for (let k = 0; k < cp; k++) {
    const c = s.charCodeAt(u);
    u += c >= 0xd800 && c <= 0xdbff && u + 1 < s.length && (s.charCodeAt(u + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  }
  return u;
}

/** Code-point index of UTF-16 index `u`. */
export function cpIndex(s: string, n: number, u: number): number {
  if (n === s.length) return u;
  return cpLength(s.slice(0, u));
}

/** The code points of s (used only on the slow, astral paths and per-char transforms). */
export function codePoints(s: string): number[] {
  const out: number[] = [];
  for (const ch of s) out.push(ch.codePointAt(0)!);
  return out;
}

/** CPython's ADJUST_INDICES: clamp [start, end) given as possibly negative or huge ints. */
export function adjustIndices(start: number, end: number, len: number): [number, number] {
  if (end > len) end = len;
  else if (end < 0) { end += len; if (end < 0) end = 0; }
  if (start < 0) { start += len; if (start < 0) start = 0; }
  return [start, end];
}

// ---- searching -----------------------------------------------------------------------------

/** str.find(sub, start, end) with start/end already defaulted (0, n) but not adjusted. */
export function find(s: string, n: number, sub: string, subN: number, start: number, end: number): number {
  [start, end] = adjustIndices(start, end, n);
  if (end - start < subN) return -1;
  if (subN === 0) return start;
  const us = unitIndex(s, n, start), ue = unitIndex(s, n, end);
  const i = s.indexOf(sub, us);
  if (i < 0 || i + sub.length > ue) return -1;
  return cpIndex(s, n, i);
}

export function rfind(s: string, n: number, sub: string, subN: number, start: number, end: number): number {
  [start, end] = adjustIndices(start, end, n);
  if (end - start < subN) return -1;
  if (subN === 0) return end;
  const us = unitIndex(s, n, start), ue = unitIndex(s, n, end);
  const i = s.lastIndexOf(sub, ue - sub.length);
  if (i < 0 || i < us) return -1;
  return cpIndex(s, n, i);
}

export function count(s: string, n: number, sub: string, subN: number, start: number, end: number): number {
  [start, end] = adjustIndices(start, end, n);
  if (end - start < subN) return 0;
  if (subN === 0) return end - start + 1;
  const us = unitIndex(s, n, start), ue = unitIndex(s, n, end);
  let c = 0;
  for (let i = s.indexOf(sub, us); i >= 0 && i + sub.length <= ue; i = s.indexOf(sub, i + sub.length)) c++;
  return c;
}

/** CPython's tailmatch: does s[start:end] start (dir < 0) or end (dir > 0) with sub? */
export function tailMatch(s: string, n: number, sub: string, subN: number, start: number, end: number, dir: -1 | 1): boolean {
  [start, end] = adjustIndices(start, end, n);
  end -= subN;
  if (end < start) return false;
  if (subN === 0) return true;
  if (dir < 0) return s.startsWith(sub, unitIndex(s, n, start));
  return s.startsWith(sub, unitIndex(s, n, end));
}

// ---- splitting -----------------------------------------------------------------------------

function isSpaceUnit(c: number): boolean { return U.isSpace(c); }

/** str.split() with no separator (stringlib split_whitespace). maxsplit < 0: no limit. */
export function splitWhitespace(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  const len = s.length;
  let max = maxsplit < 0 ? Infinity : maxsplit;
  let i = 0;
  while (max-- > 0) {
    while (i < len && isSpaceUnit(s.charCodeAt(i))) i++;
    if (i === len) break;
    const j = i;
    i++;
    while (i < len && !isSpaceUnit(s.charCodeAt(i))) i++;
    out.push(s.slice(j, i));
  }
  if (i < len) {
    while (i < len && isSpaceUnit(s.charCodeAt(i))) i++;
    if (i !== len) out.push(s.slice(i));
  }
  return out;
}

export function rsplitWhitespace(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  let max = maxsplit < 0 ? Infinity : maxsplit;
  let i = s.length - 1;
  while (max-- > 0) {
    while (i >= 0 && isSpaceUnit(s.charCodeAt(i))) i--;
    if (i < 0) break;
    const j = i;
    i--;
    while (i >= 0 && !isSpaceUnit(s.charCodeAt(i))) i--;
    out.push(s.slice(i + 1, j + 1));
  }
  if (i >= 0) {
    while (i >= 0 && isSpaceUnit(s.charCodeAt(i))) i--;
    if (i >= 0) out.push(s.slice(0, i + 1));
  }
  return out.reverse();
}

/** str.split(sep) with a non-empty separator. */
export function splitSep(s: string, sep: string, maxsplit: number): string[] {
  const out: string[] = [];
  let max = maxsplit < 0 ? Infinity : maxsplit;
  let j = 0;
  while (max-- > 0) {
    const i = s.indexOf(sep, j);
    if (i < 0) break;
    out.push(s.slice(j, i));
    j = i + sep.length;
  }
  out.push(s.slice(j));
  return out;
}

export function rsplitSep(s: string, sep: string, maxsplit: number): string[] {
  const out: string[] = [];
  let max = maxsplit < 0 ? Infinity : maxsplit;
  let j = s.length;
  while (max-- > 0) {
    if (j - sep.length < 0) break;
    const i = s.lastIndexOf(sep, j - sep.length);
    if (i < 0) break;
    out.push(s.slice(i + sep.length, j));
    j = i;
  }
  out.push(s.slice(0, j));
  return out.reverse();
}

/** Line boundaries of str.splitlines (Py_UNICODE_ISLINEBREAK). */
export function isLineBreak(c: number): boolean {
  return c === 10 || c === 13 || c === 11 || c === 12 || c === 0x1c || c === 0x1d || c === 0x1e
    || c === 0x85 || c === 0x2028 || c === 0x2029;
}

export function splitlines(s: string, keepends: boolean): string[] {
  const out: string[] = [];
  const len = s.length;
  let i = 0;
  while (i < len) {
    const j = i;
    while (i < len && !isLineBreak(s.charCodeAt(i))) i++;
    let eol = i;
    if (i < len) {
      if (s.charCodeAt(i) === 13 && i + 1 < len && s.charCodeAt(i + 1) === 10) i += 2;
      else i++;
      if (keepends) eol = i;
    }
    out.push(s.slice(j, eol));
  }
  return out;
}

/** partition/rpartition; sep is non-empty. */
export function partition(s: string, sep: string, fromRight: boolean): [string, string, string] {
  const i = fromRight ? s.lastIndexOf(sep) : s.indexOf(sep);
  if (i < 0) return fromRight ? ['', '', s] : [s, '', ''];
  return [s.slice(0, i), sep, s.slice(i + sep.length)];
}

// ---- stripping, replacing, padding -------------------------------------------------------

/** strip/lstrip/rstrip; chars === null means whitespace. */
export function strip(s: string, chars: string | null, left: boolean, right: boolean): string {
  let set: Set<number> | null = null;
  if (chars !== null) set = new Set(codePoints(chars));
  const test = set === null ? (c: number) => U.isSpace(c) : (c: number) => set!.has(c);
  let i = 0, j = s.length;
  if (left) {
    while (i < j) {
      const c = s.codePointAt(i)!;
      if (!test(c)) break;
      i += c > 0xffff ? 2 : 1;
    }
  }
  if (right) {
    while (j > i) {
      let c = s.charCodeAt(j - 1);
      let w = 1;
      if (c >= 0xdc00 && c <= 0xdfff && j - 2 >= i) {
        const h = s.charCodeAt(j - 2);
        if (h >= 0xd800 && h <= 0xdbff) { c = ((h - 0xd800) << 10) + (c - 0xdc00) + 0x10000; w = 2; }
      }
      if (!test(c)) break;
      j -= w;
    }
  }
  return i === 0 && j === s.length ? s : s.slice(i, j);
}

/** str.replace(old, new, count); count < 0 replaces all. */
export function replace(s: string, old: string, rep: string, countMax: number): string {
  if (countMax === 0) return s;
  if (old.length === 0) {
    // An empty `old` matches before every code point and at the end.
    const max = countMax < 0 ? Infinity : countMax;
    let out = '';
    let k = 0;
    for (const ch of s) {
      if (k < max) { out += rep; k++; }
      out += ch;
    }
    if (k < max) out += rep;
    return out;
  }
  // indexOf and slices, not s.split(old).join(rep): no array per call, and a string without
  // `old` comes back as is (split/join made str.replace a tenth of bench/strings.py).
  let i = s.indexOf(old);
  if (i < 0) return s;
  let out = '';
  let j = 0;
  for (;;) {
    out += s.slice(j, i) + rep;
    j = i + old.length;
    if (--countMax === 0) break; // a negative count never reaches 0: replace all
    i = s.indexOf(old, j);
    if (i < 0) break;
  }
  return out + s.slice(j);
}

/** CPython's pad(): `left` and `right` counts of `fill` around s. */
function pad(s: string, left: number, right: number, fill: string): string {
  return (left > 0 ? fill.repeat(left) : '') + s + (right > 0 ? fill.repeat(right) : '');
}

export function center(s: string, n: number, width: number, fill: string): string {
  if (n >= width) return s;
  const marg = width - n;
  // CPython: left = marg / 2 + (marg & width & 1)
  const left = Math.floor(marg / 2) + (marg & width & 1);
  return pad(s, left, marg - left, fill);
}
export function ljust(s: string, n: number, width: number, fill: string): string {
  return n >= width ? s : pad(s, 0, width - n, fill);
}
export function rjust(s: string, n: number, width: number, fill: string): string {
  return n >= width ? s : pad(s, width - n, 0, fill);
}
export function zfill(s: string, n: number, width: number): string {
  if (n >= width) return s;
  const fill = width - n;
  const c = s.charCodeAt(0);
  if (c === 43 || c === 45) return s[0] + '0'.repeat(fill) + s.slice(1);
  return '0'.repeat(fill) + s;
}

export function expandtabs(s: string, tabsize: number): string {
  let out = '';
  let col = 0;
  for (const ch of s) {
    if (ch === '\t') {
      if (tabsize > 0) {
        const incr = tabsize - (col % tabsize);
        col += incr;
        out += ' '.repeat(incr);
      }
    } else {
      col++;
      out += ch;
      if (ch === '\n' || ch === '\r') col = 0;
    }
  }
  return out;
}

// ---- case --------------------------------------------------------------------------------

/** handle_capital_sigma: U+03A3 at code point `i` of `cps` lowercases to final ς or σ. */
function lowerSigma(cps: number[], i: number): string {
  let j = i - 1;
  let c = 0;
  for (; j >= 0; j--) { c = cps[j]!; if (!U.isCaseIgnorable(c)) break; }
  let finalSigma = j >= 0 && U.isCased(c);
  if (finalSigma && i + 1 < cps.length) {
    for (j = i + 1; j < cps.length; j++) { c = cps[j]!; if (!U.isCaseIgnorable(c)) break; }
    finalSigma = j === cps.length || !U.isCased(c);
  }
  return finalSigma ? '\u03c2' : '\u03c3';
}

function lowerAt(cps: number[], i: number): string {
  const c = cps[i]!;
  return c === 0x3a3 ? lowerSigma(cps, i) : U.toLowerFull(c);
}

function isAsciiStr(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 128) return false;
  return true;
}

export function lower(s: string): string {
  if (isAsciiStr(s)) return s.toLowerCase();
  const cps = codePoints(s);
  let out = '';
  for (let i = 0; i < cps.length; i++) out += lowerAt(cps, i);
  return out;
}

export function upper(s: string): string {
  if (isAsciiStr(s)) return s.toUpperCase();
  let out = '';
  for (const ch of s) out += U.toUpperFull(ch.codePointAt(0)!);
  return out;
}

export function casefold(s: string): string {
  if (isAsciiStr(s)) return s.toLowerCase();
  let out = '';
  for (const ch of s) out += U.toFoldFull(ch.codePointAt(0)!);
  return out;
}

export function capitalize(s: string): string {
  const cps = codePoints(s);
  let out = '';
  for (let i = 0; i < cps.length; i++) out += i === 0 ? U.toTitleFull(cps[0]!) : lowerAt(cps, i);
  return out;
}

export function title(s: string): string {
  const cps = codePoints(s);
  let out = '';
  let prevCased = false;
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i]!;
    out += prevCased ? lowerAt(cps, i) : U.toTitleFull(c);
    prevCased = U.isCased(c);
  }
  return out;
}

export function swapcase(s: string): string {
  const cps = codePoints(s);
  let out = '';
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i]!;
    if (U.isUpper(c)) out += lowerAt(cps, i);
    else if (U.isLower(c)) out += U.toUpperFull(c);
    else out += String.fromCodePoint(c);
  }
  return out;
}

// ---- predicates --------------------------------------------------------------------------

function all(s: string, pred: (c: number) => boolean): boolean {
  if (s.length === 0) return false;
  for (const ch of s) if (!pred(ch.codePointAt(0)!)) return false;
  return true;
}
export const isspace = (s: string) => all(s, U.isSpace);
export const isalpha = (s: string) => all(s, U.isAlpha);
export const isalnum = (s: string) => all(s, U.isAlnum);
export const isdecimal = (s: string) => all(s, U.isDecimal);
export const isdigit = (s: string) => all(s, U.isDigit);
export const isnumeric = (s: string) => all(s, U.isNumeric);
export function isprintable(s: string): boolean {
  for (const ch of s) if (!U.isPrintable(ch.codePointAt(0)!)) return false;
  return true;
}
export function isascii(s: string): boolean { return isAsciiStr(s); }

export function isupper(s: string): boolean {
  let cased = false;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (U.isLower(c) || U.isTitle(c)) return false;
    if (!cased && U.isUpper(c)) cased = true;
  }
  return cased;
}
export function islower(s: string): boolean {
  let cased = false;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (U.isUpper(c) || U.isTitle(c)) return false;
    if (!cased && U.isLower(c)) cased = true;
  }
  return cased;
}
export function istitle(s: string): boolean {
  let cased = false, prev = false;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (U.isUpper(c) || U.isTitle(c)) {
      if (prev) return false;
      prev = true; cased = true;
    } else if (U.isLower(c)) {
      if (!prev) return false;
      prev = true; cased = true;
    } else prev = false;
  }
  return cased;
}
export function isidentifier(s: string): boolean {
  let first = true;
  if (s.length === 0) return false;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (first ? !U.isXidStart(c) : !U.isXidContinue(c)) return false;
    first = false;
  }
  return true;
}

// ---- repr --------------------------------------------------------------------------------

function hex(n: number, width: number): string { return n.toString(16).padStart(width, '0'); }

/** unicode_repr: python3's repr of a str, quote choice and escapes included. */
export function repr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  let plain = 0; // start of the pending run of characters copied as they are
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    let w = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if ((d & 0xfc00) === 0xdc00) { c = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000; w = 2; }
    }
    let esc: string | null = null;
    if (c < 128) {
      if (c === 92) esc = '\\\\';
      else if (c === 9) esc = '\\t';
      else if (c === 10) esc = '\\n';
      else if (c === 13) esc = '\\r';
      else if (c < 32 || c === 127) esc = '\\x' + hex(c, 2);
      else if (c === quote.charCodeAt(0)) esc = '\\' + quote;
    } else if (!U.isPrintable(c)) {
      esc = c <= 0xff ? '\\x' + hex(c, 2) : c <= 0xffff ? '\\u' + hex(c, 4) : '\\U' + hex(c, 8);
    }
    if (esc !== null) {
      out += s.slice(plain, i) + esc;
      plain = i + w;
    }
    i += w - 1;
  }
  return out + s.slice(plain) + quote;
}
