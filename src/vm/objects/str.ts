// The str type: slots (repr, hash, code-point order comparison, `in`, indexing and slicing
// by code point, concatenation, repetition, `%`), the str iterators, and the type object.
// The methods are in str-methods.ts; the algorithms in str-algos.ts; the layout and the
// hash in str-core.ts.
//
// After CPython 3.11 Objects/unicodeobject.c. Indexing counts code points: when a string
// has no astral characters (its code-point length equals its UTF-16 length) unit indices
// are used directly; otherwise the decoded JS string is walked (str-algos unitIndex).
// Ordering is by code point: UTF-16 unit order differs from it only when a surrogate meets
// a unit >= U+E000, which compareStr fixes up.

import { type Ref, NULL, isSmallInt, smallInt } from '../heap.ts';
import type { Runtime } from '../runtime.ts';
import { registerType } from '../registry.ts';
import { CompareOp } from '../type-slots.ts';
import { TF_BASETYPE, TF_UNICODE_SUBCLASS } from '../type-layout.ts';
import { typeError, indexError, raise } from '../errors.ts';
import { typeName, indexToNumber, isInt } from '../abstract.ts';
import {
  S_NCP, S_NUNITS, S_HASH, STR_DATA, strEquals, allocStr, finishStr, newStrFromJs,
} from './str-core.ts';
import * as A from './str-algos.ts';
import { isSlice, sliceIndices, SL } from './slice.ts';
import { lazyType, hasTypeFlag } from './container-util.ts';
import { repeatCount, tryOther } from './list.ts';
import { strMethods, strStaticMethods, percentFormatStr, strFromObject } from './str-methods.ts';

const strIterType = lazyType('str_iterator');
const strAsciiIterType = lazyType('str_ascii_iterator');

export function isStr(rt: Runtime, o: Ref): boolean { return hasTypeFlag(rt, o, TF_UNICODE_SUBCLASS); }
export function strLength(rt: Runtime, s: Ref): number { return rt.heap.i32[(s >> 2) + S_NCP]; }
function units(rt: Runtime, s: Ref): number { return rt.heap.i32[(s >> 2) + S_NUNITS]; }

/** The one-character str for code point c (ASCII ones interned, as CPython caches latin-1). */
export function charStr(rt: Runtime, c: number): Ref {
  return c < 128 ? rt.intern(String.fromCharCode(c)) : rt.newStr(String.fromCodePoint(c));
}

/** A new str from a JS string; the empty string is the shared one. */
export function makeStr(rt: Runtime, s: string): Ref {
  if (s.length === 0) return rt.emptyStr;
  if (s.length === 1 && s.charCodeAt(0) < 128) return rt.intern(s);
  return newStrFromJs(rt, s);
}

/** Code-point order of two JS strings: <0, 0, >0. */
export function compareStr(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i), y = b.charCodeAt(i);
    if (x === y) continue;
    // Move surrogates above the rest of the BMP so units order as code points.
    if (x >= 0xd800) x = x >= 0xe000 ? x - 0x800 : x + 0x2000;
    if (y >= 0xd800) y = y >= 0xe000 ? y - 0x800 : y + 0x2000;
    return x - y;
  }
  return a.length - b.length;
}

function strRichCompare(rt: Runtime, a: Ref, b: Ref, op: CompareOp): Ref {
  if (!isStr(rt, a) || !isStr(rt, b)) return rt.notImplemented;
  if (op === CompareOp.EQ) return rt.bool(strEquals(rt, a, b));
  if (op === CompareOp.NE) return rt.bool(!strEquals(rt, a, b));
  const c = compareStr(rt.jsStr(a), rt.jsStr(b));
  switch (op) {
    case CompareOp.LT: return rt.bool(c < 0);
    case CompareOp.LE: return rt.bool(c <= 0);
    case CompareOp.GT: return rt.bool(c > 0);
    default: return rt.bool(c >= 0);
  }
}

/** s[i] for a code-point index already in range. */
export function strCharAt(rt: Runtime, s: Ref, i: number): Ref {
  const w = s >> 2, i32 = rt.heap.i32;
  if (i32[w + S_NCP] === i32[w + S_NUNITS]) return charStr(rt, rt.heap.u16[((s + STR_DATA) >> 1) + i]!);
  const js = rt.jsStr(s);
  return charStr(rt, js.codePointAt(A.unitIndex(js, i32[w + S_NCP], i))!);
}

function strGetItem(rt: Runtime, s: Ref, key: Ref): Ref {
  const n = strLength(rt, s);
  if (isSmallInt(key) || (!isSlice(rt, key) && (isInt(rt, key) || rt.slots(rt.typeOf(key)).index !== undefined))) {
    let i = isSmallInt(key) ? key >> 1 : indexToNumber(rt, key);
    if (i < 0) i += n;
    if (i < 0 || i >= n) indexError(rt, 'string index out of range');
    return strCharAt(rt, s, i);
  }
  if (!isSlice(rt, key)) typeError(rt, `string indices must be integers, not '${typeName(rt, key)}'`);
  const slen = sliceIndices(rt, key, n);
  if (slen <= 0) return rt.emptyStr;
  const js = rt.jsStr(s);
  const bmp = n === units(rt, s);
  if (SL.step === 1) {
    if (slen === n && rt.typeOf(s) === rt.types.str) return s;
    if (bmp) return makeStr(rt, js.slice(SL.start, SL.start + slen));
    return makeStr(rt, js.slice(A.unitIndex(js, n, SL.start), A.unitIndex(js, n, SL.start + slen)));
  }
  let out = '';
  if (bmp) {
    for (let k = 0, i = SL.start; k < slen; k++, i += SL.step) out += js[i];
  } else {
    const cps = A.codePoints(js);
    for (let k = 0, i = SL.start; k < slen; k++, i += SL.step) out += String.fromCodePoint(cps[i]!);
  }
  return makeStr(rt, out);
}

function strAdd(rt: Runtime, a: Ref, b: Ref): Ref {
  if (!isStr(rt, a)) return rt.notImplemented;
  if (!isStr(rt, b)) {
    const r = tryOther(rt, a, b, b, 'add', strAdd);
    if (r !== null) return r;
    return typeError(rt, `can only concatenate str (not "${typeName(rt, b)}") to str`);
  }
  const na = units(rt, a), nb = units(rt, b);
  if (nb === 0 && rt.typeOf(a) === rt.types.str) return a;
  if (na === 0 && rt.typeOf(b) === rt.types.str) return b;
  // Copy units heap to heap: no JS string is built for the result.
  const out = allocStr(rt, na + nb);
  const u16 = rt.heap.u16, ow = (out + STR_DATA) >> 1;
  u16.copyWithin(ow, (a + STR_DATA) >> 1, ((a + STR_DATA) >> 1) + na);
  u16.copyWithin(ow + na, (b + STR_DATA) >> 1, ((b + STR_DATA) >> 1) + nb);
  return finishStr(rt, out);
}

function strMul(rt: Runtime, a: Ref, b: Ref): Ref {
  const [s, other] = isStr(rt, a) ? [a, b] : [b, a];
  if (!isStr(rt, s)) return rt.notImplemented;
  const count = repeatCount(rt, other);
  if (count === null) {
    const r = tryOther(rt, a, b, other, 'mul', strMul);
    if (r !== null) return r;
    return typeError(rt, `can't multiply sequence by non-int of type '${typeName(rt, other)}'`);
  }
  if (count <= 0 || units(rt, s) === 0) return rt.emptyStr;
  if (count === 1 && rt.typeOf(s) === rt.types.str) return s;
  if (units(rt, s) * count > 0x3fffffff) raise(rt, rt.types.OverflowError, 'repeated string is too long');
  return makeStr(rt, rt.jsStr(s).repeat(count));
}

function strContains(rt: Runtime, s: Ref, x: Ref): boolean {
  if (!isStr(rt, x)) typeError(rt, `'in <string>' requires string as left operand, not ${typeName(rt, x)}`);
  if (units(rt, x) === 0) return true;
  return rt.jsStr(s).includes(rt.jsStr(x));
}

// ---- iterators -----------------------------------------------------------------------------
// SI_STR (NULL when exhausted), SI_POS: the UTF-16 index of the next character.
const SI_STR = 2, SI_POS = 3;

function newStrIter(rt: Runtime, s: Ref): Ref {
  const js = rt.jsStr(s);
  const ascii = A.isascii(js);
  const it = rt.heap.alloc(ascii ? strAsciiIterType(rt) : strIterType(rt), 16);
  rt.heap.i32[(it >> 2) + SI_STR] = s;
  return it;
}

function strIterNext(rt: Runtime, self: Ref): Ref {
  const i32 = rt.heap.i32, w = self >> 2;
  const s = i32[w + SI_STR] as Ref;
  if (s === NULL) return NULL;
  const pos = i32[w + SI_POS];
  const n = i32[(s >> 2) + S_NUNITS];
  if (pos >= n) { i32[w + SI_STR] = 0; return NULL; }
  const u16 = rt.heap.u16, base = (s + STR_DATA) >> 1;
  const c = u16[base + pos]!;
  if (c >= 0xd800 && c <= 0xdbff && pos + 1 < n) {
    const d = u16[base + pos + 1]!;
    if (d >= 0xdc00 && d <= 0xdfff) {
      i32[w + SI_POS] = pos + 2;
      return charStr(rt, ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000);
    }
  }
  i32[w + SI_POS] = pos + 1;
  return charStr(rt, c);
}

for (const key of ['str_iterator', 'str_ascii_iterator']) {
  registerType({
    key,
    name: key,
    basicsize: 16,
    slots: {
      iter: (_rt, self) => self,
      next: strIterNext,
      traverse(rt, self, visit) { const s = rt.heap.i32[(self >> 2) + SI_STR] as Ref; if (s !== NULL) visit(s); },
    },
    methods: {
      __length_hint__(rt, self) {
        const s = rt.heap.i32[(self >> 2) + SI_STR] as Ref;
        if (s === NULL) return smallInt(0);
        const js = rt.jsStr(s);
        return smallInt(A.cpLength(js.slice(rt.heap.i32[(self >> 2) + SI_POS])));
      },
    },
  });
}

registerType({
  key: 'str',
  name: 'str',
  basicsize: STR_DATA,
  varsize: true,
  flags: TF_BASETYPE,
  doc: "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str\n\nCreate a new string object from the given object. If encoding or\nerrors is specified, then the object must expose a data buffer\nthat will be decoded using the given encoding and error handler.\nOtherwise, returns the result of object.__str__() (if defined)\nor repr(object).\nencoding defaults to sys.getdefaultencoding().\nerrors defaults to 'strict'.",
  slots: {
    repr: (rt, self) => newStrFromJs(rt, A.repr(rt.jsStr(self))),
    str(rt, self) {
      if (rt.typeOf(self) === rt.types.str) return self;
      return newStrFromJs(rt, rt.jsStr(self));
    },
    hash: (rt, self) => rt.heap.i32[(self >> 2) + S_HASH],
    richcompare: strRichCompare,
    len: strLength,
    bool: (rt, self) => units(rt, self) !== 0,
    contains: strContains,
    getitem: strGetItem,
    iter: newStrIter,
    add: strAdd,
    mul: strMul,
    mod(rt, a, b) {
      if (!isStr(rt, a)) return rt.notImplemented;
      return percentFormatStr(rt, a, b);
    },
    new(rt, type, args, kwnames) {
      const s = strFromObject(rt, args, kwnames);
      if (type === rt.types.str) return s;
      const js = rt.jsStr(s);
      return newStrFromJs(rt, js, type);
    },
  },
  methods: strMethods,
  staticmethods: strStaticMethods,
});

