// The bytes type, and the method table bytes and bytearray share.
//
// After CPython 3.11 Objects/bytesobject.c and Objects/bytes_methods.c. Bytes methods treat
// content as ASCII: whitespace is b' \t\n\r\x0b\x0c' only, case changes touch A-Z/a-z only,
// so they are implemented here on a latin-1 view (one JS char per byte) rather than with
// str's Unicode rules. The hash is the str hash of the same latin-1 text, so, as in
// CPython, hash(b'abc') == hash('abc').
//
// Layout: header; BY_LEN; the bytes inline from byte BYTES_DATA = 12 (exceptions.ts reads
// UnicodeDecodeError.object there). The hash is not cached: bytes keys are rare.

import { type Ref, NULL, isSmallInt, smallInt } from '../heap.ts';
import type { Runtime } from '../runtime.ts';
import { registerType } from '../registry.ts';
import { CompareOp, type NativeFn } from '../type-slots.ts';
import { TF_BASETYPE, TF_BYTES_SUBCLASS } from '../type-layout.ts';
import { typeError, valueError, indexError, raise } from '../errors.ts';
import {
  typeName, indexToNumber, isInt, getIter, iterNext, lookupSpecial, callObject, isTrue,
} from '../abstract.ts';
import * as C from './codecs.ts';
import { isSlice, sliceIndices, sliceIndexValue, SL } from './slice.ts';
import { hasTypeFlag, lazyType } from './container-util.ts';
import { newTuple, tupleLen, tupleGet } from './tuple-core.ts';
import { newList, listAppend } from './list-core.ts';
import { sequenceFast, isList, isTuple, listLength, listItem, repeatCount, tryOther, newSeqIter, IT_SEQ, IT_INDEX, SEQ_ITER_BASICSIZE } from './list.ts';
import { kwArgs, oneArg, posArgs, tupleArgs, noArgs } from './arg-parse.ts';
import * as A from './str-algos.ts';
import { setBytesLatin1, setMakeBytes, setReadBytes } from './int.ts';
import { percentFormatStr } from './str-methods.ts';
import { raiseWith } from '../errors.ts';
import { registerConstMaker } from '../code-object.ts';

/**
 * Raise what a codec reported: LookupError for an unknown codec or handler, else
 * UnicodeEncodeError / UnicodeDecodeError(encoding, object, start, end, reason) whose str()
 * (exceptions.ts) is python3's text.
 */
export function raiseCodecError(rt: Runtime, e: C.CodecError, object: string | Uint8Array): never {
  if (e.kind === 'lookup-encoding' || e.kind === 'lookup-handler') raise(rt, rt.types.LookupError, C.codecErrorMessage(e, object));
  const obj = typeof object === 'string' ? rt.newStr(object) : bytesFromUint8(rt, object);
  return raiseWith(rt, e.kind === 'encode' ? rt.types.UnicodeEncodeError : rt.types.UnicodeDecodeError,
    [rt.newStr(e.encoding), obj, rt.newInt(e.start), rt.newInt(e.end), rt.newStr(e.reason)]);
}

export const BY_LEN = 2;
export const BYTES_DATA = 12;

const bytesIterType = lazyType('bytes_iterator');

export function isBytes(rt: Runtime, o: Ref): boolean { return hasTypeFlag(rt, o, TF_BYTES_SUBCLASS); }

export function bytesLen(rt: Runtime, b: Ref): number { return rt.heap.i32[(b >> 2) + BY_LEN]; }

/** A view of the bytes of a bytes object (valid until the object dies; do not keep). */
export function bytesData(rt: Runtime, b: Ref): Uint8Array {
  return rt.heap.u8.subarray(b + BYTES_DATA, b + BYTES_DATA + bytesLen(rt, b));
}

/** A new bytes object (or subclass instance) holding `data`. */
export function bytesFromUint8(rt: Runtime, data: Uint8Array | readonly number[], type: Ref = rt.types.bytes): Ref {
  const n = data.length;
  const extra = type === rt.types.bytes ? 0 : rt.heap.i32[(type >> 2) + 13 /* T_EXTRA */];
  const b = rt.heap.alloc(type, ((BYTES_DATA + n + 7) & ~7) + extra);
  rt.heap.i32[(b >> 2) + BY_LEN] = n;
  rt.heap.u8.set(data, b + BYTES_DATA);
  return b;
}

/** Content of bytes / bytearray as a fresh Uint8Array, or null for other types. */
let byteArrayData: (rt: Runtime, o: Ref) => Uint8Array | null = () => null;
export function setByteArrayData(f: (rt: Runtime, o: Ref) => Uint8Array | null): void { byteArrayData = f; }
/** Further exporters of the buffer protocol (memoryview.ts): a copy of their bytes, or null. */
let bufferData: (rt: Runtime, o: Ref) => Uint8Array | null = () => null;
export function setBufferData(f: (rt: Runtime, o: Ref) => Uint8Array | null): void { bufferData = f; }
export function bytesLikeData(rt: Runtime, o: Ref): Uint8Array | null {
  if (isBytes(rt, o)) return bytesData(rt, o).slice();
  return byteArrayData(rt, o) ?? bufferData(rt, o);
}

export function latin1(u: Uint8Array): string {
  let s = '';
  for (let i = 0; i < u.length; i += 8192) s += String.fromCharCode.apply(null, Array.from(u.subarray(i, i + 8192)));
  return s;
}
export function fromLatin1(s: string): Uint8Array {
  const u = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) u[i] = s.charCodeAt(i);
  return u;
}

/** repr of bytes content: b'...' with python3's quote choice and \xNN escapes. */
export function bytesReprText(u: Uint8Array): string {
  let hasSingle = false, hasDouble = false;
  for (const c of u) { if (c === 39) hasSingle = true; else if (c === 34) hasDouble = true; }
  const quote = hasSingle && !hasDouble ? '"' : "'";
  let out = 'b' + quote;
  for (const c of u) {
    if (c === quote.charCodeAt(0) || c === 92) out += '\\' + String.fromCharCode(c);
    else if (c === 9) out += '\\t';
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c < 32 || c >= 127) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += String.fromCharCode(c);
  }
  return out + quote;
}

/** The byte-ness test of `x in b` / bytearray.append: an int in range(256). */
export function byteValue(rt: Runtime, v: Ref, msg = 'byte must be in range(0, 256)'): number {
  const n = indexToNumber(rt, v, rt.types.ValueError);
  if (n < 0 || n > 255) valueError(rt, msg);
  return n;
}

/** Bytes from an arbitrary argument: bytes(x) / bytearray(x) / extend semantics. */
export function bytesFromObject(rt: Runtime, x: Ref, forArray = false): Uint8Array {
  const like = bytesLikeData(rt, x);
  if (like !== null) return like;
  if (hasTypeFlag(rt, x, 1 << 20 /* TF_UNICODE_SUBCLASS */)) typeError(rt, 'string argument without an encoding');
  if (isInt(rt, x)) {
    const n = indexToNumber(rt, x, rt.types.OverflowError);
    if (n < 0) valueError(rt, 'negative count');
    return new Uint8Array(n);
  }
  if (!forArray) {
    const conv = lookupSpecial(rt, x, rt.intern('__bytes__'));
    if (conv !== NULL) {
      const r = callObject(rt, conv, []);
      if (!isBytes(rt, r)) typeError(rt, `__bytes__ returned non-bytes (type ${typeName(rt, r)})`);
      return bytesData(rt, r).slice();
    }
  }
  if (rt.slots(rt.typeOf(x)).index !== undefined) return new Uint8Array(indexToNumber(rt, x, rt.types.OverflowError));
  if (rt.slots(rt.typeOf(x)).iter === undefined && rt.slots(rt.typeOf(x)).getitem === undefined) {
    typeError(rt, `cannot convert '${typeName(rt, x)}' object to ${forArray ? 'bytearray' : 'bytes'}`);
  }
  const out: number[] = [];
  const it = getIter(rt, x);
  const mark = rt.rootMark();
  rt.pushRoot(it);
  try {
    for (let v = iterNext(rt, it); v !== NULL; v = iterNext(rt, it)) {
      if (!isInt(rt, v) && rt.slots(rt.typeOf(v)).index === undefined) {
        typeError(rt, `'${typeName(rt, v)}' object cannot be interpreted as an integer`);
      }
      out.push(byteValue(rt, v, 'bytes must be in range(0, 256)'));
    }
  } finally { rt.rootRelease(mark); }
  return Uint8Array.from(out);
}

// ---- the shared method table ---------------------------------------------------------------
// Each method reads the receiver's content through `get` and builds results with `make`
// (bytes for bytes, bytearray for bytearray).

export interface BytesKind {
  name: 'bytes' | 'bytearray';
  get(rt: Runtime, self: Ref): Uint8Array;
  make(rt: Runtime, data: Uint8Array): Ref;
}

const isWs = (c: number) => c === 32 || (c >= 9 && c <= 13);
const isLowerB = (c: number) => c >= 97 && c <= 122;
const isUpperB = (c: number) => c >= 65 && c <= 90;

/** A bytes-like argument as latin-1 text (TypeError as python3 words it otherwise). */
function argData(rt: Runtime, v: Ref, what = 'a bytes-like object is required'): Uint8Array {
  const d = bytesLikeData(rt, v);
  if (d === null) typeError(rt, `${what}, not '${typeName(rt, v)}'`);
  return d!;
}

function splitWs(s: string, max: number, right: boolean): string[] {
  const out: string[] = [];
  if (!right) {
    let i = 0; const n = s.length;
    while (max-- !== 0) {
      while (i < n && isWs(s.charCodeAt(i))) i++;
      if (i === n) break;
      const j = i;
      while (i < n && !isWs(s.charCodeAt(i))) i++;
      out.push(s.slice(j, i));
    }
    while (i < n && isWs(s.charCodeAt(i))) i++;
    if (i < n) out.push(s.slice(i));
    return out;
  }
  let i = s.length - 1;
  while (max-- !== 0) {
    while (i >= 0 && isWs(s.charCodeAt(i))) i--;
    if (i < 0) break;
    const j = i;
    while (i >= 0 && !isWs(s.charCodeAt(i))) i--;
    out.push(s.slice(i + 1, j + 1));
  }
  while (i >= 0 && isWs(s.charCodeAt(i))) i--;
  if (i >= 0) out.push(s.slice(0, i + 1));
  return out.reverse();
}

export function bytesMethods(k: BytesKind): Record<string, NativeFn> {
  const S = (rt: Runtime, self: Ref) => latin1(k.get(rt, self));
  const mk = (rt: Runtime, s: string) => k.make(rt, fromLatin1(s));
  const list = (rt: Runtime, parts: string[]) => {
    const l = newList(rt);
    const mark = rt.rootMark(); rt.pushRoot(l);
    try { for (const p of parts) listAppend(rt, l, mk(rt, p)); } finally { rt.rootRelease(mark); }
    return l;
  };
  const find = (name: string, right: boolean, raises: boolean, counting = false): NativeFn => (rt, self, args, kw) => {
    tupleArgs(rt, name, args, kw, 1, 3);
    const s = S(rt, self);
    const x = args[0]!;
    const sub = isInt(rt, x) ? String.fromCharCode(byteValue(rt, x)) : latin1(argData(rt, x, 'argument should be integer or bytes-like object'));
    const start = args.length > 1 && args[1] !== rt.none ? sliceIndexValue(rt, args[1]!) : 0;
    const end = args.length > 2 && args[2] !== rt.none ? sliceIndexValue(rt, args[2]!) : s.length;
    if (counting) return smallInt(A.count(s, s.length, sub, sub.length, start, end));
    const r = (right ? A.rfind : A.find)(s, s.length, sub, sub.length, start, end);
    if (r < 0 && raises) valueError(rt, 'subsection not found');
    return smallInt(r);
  };
  const tail = (name: string, dir: -1 | 1): NativeFn => (rt, self, args, kw) => {
    tupleArgs(rt, name, args, kw, 1, 3);
    const s = S(rt, self);
    const start = args.length > 1 && args[1] !== rt.none ? sliceIndexValue(rt, args[1]!) : 0;
    const end = args.length > 2 && args[2] !== rt.none ? sliceIndexValue(rt, args[2]!) : s.length;
    const x = args[0]!;
    const items = isTuple(rt, x) ? Array.from({ length: tupleLen(rt, x) }, (_, i) => tupleGet(rt, x, i)) : [x];
    for (const it of items) {
      const d = bytesLikeData(rt, it);
      if (d === null) typeError(rt, `${name} first arg must be bytes or a tuple of bytes, not ${typeName(rt, it)}`);
      const sub = latin1(d!);
      if (A.tailMatch(s, s.length, sub, sub.length, start, end, dir)) return rt.true;
    }
    return rt.false;
  };
  const strip = (name: string, l: boolean, r: boolean): NativeFn => (rt, self, args, kw) => {
    posArgs(rt, name, args, kw, 0, 1);
    const s = S(rt, self);
    const chars = args.length > 0 && args[0] !== rt.none ? new Set(argData(rt, args[0]!)) : null;
    const test = (c: number) => (chars === null ? isWs(c) : chars.has(c));
    let i = 0, j = s.length;
    if (l) while (i < j && test(s.charCodeAt(i))) i++;
    if (r) while (j > i && test(s.charCodeAt(j - 1))) j--;
    return mk(rt, s.slice(i, j));
  };
  const split = (name: string, right: boolean): NativeFn => (rt, self, args, kw) => {
    const [sepR, maxR] = kwArgs(rt, name, args, kw, ['sep', 'maxsplit'], 0);
    const s = S(rt, self);
    const max = maxR === NULL ? -1 : indexToNumber(rt, maxR!, rt.types.OverflowError);
    if (sepR === NULL || sepR === rt.none) return list(rt, splitWs(s, max, right));
    const sep = latin1(argData(rt, sepR!));
    if (sep.length === 0) valueError(rt, 'empty separator');
    return list(rt, right ? A.rsplitSep(s, sep, max) : A.splitSep(s, sep, max));
  };
  const mapCase = (name: string, f: (c: number, i: number, prev: number) => number): NativeFn => (rt, self, args, kw) => {
    noArgs(rt, `${k.name}.${name}`, args, kw);
    const d = k.get(rt, self).slice();
    let prev = 0;
    for (let i = 0; i < d.length; i++) { const c = d[i]!; d[i] = f(c, i, prev); prev = c; }
    return k.make(rt, d);
  };
  const pred = (name: string, f: (u: Uint8Array) => boolean): NativeFn => (rt, self, args, kw) => {
    noArgs(rt, `${k.name}.${name}`, args, kw);
    return rt.bool(f(k.get(rt, self)));
  };
  const allOf = (t: (c: number) => boolean) => (u: Uint8Array) => u.length > 0 && u.every(t);
  const isCasedPred = (wantUpper: boolean) => (u: Uint8Array) => {
    let cased = false;
    for (const c of u) { if (wantUpper ? isLowerB(c) : isUpperB(c)) return false; if (wantUpper ? isUpperB(c) : isLowerB(c)) cased = true; }
    return cased;
  };
  const lower = (c: number) => (isUpperB(c) ? c + 32 : c);
  const upper = (c: number) => (isLowerB(c) ? c - 32 : c);
  const isAlphaB = (c: number) => isLowerB(c) || isUpperB(c);
  return {
    decode(rt, self, args, kwnames) {
      const [encR, errR] = kwArgs(rt, 'decode', args, kwnames, ['encoding', 'errors'], 0);
      const enc = encR === NULL ? 'utf-8' : rt.jsStr(encR!);
      const err = errR === NULL ? 'strict' : rt.jsStr(errR!);
      const data = k.get(rt, self).slice();
      const r = C.decode(data, enc, err);
      if (typeof r !== 'string') raiseCodecError(rt, r, data);
      return rt.newStr(r as string);
    },
    hex(rt, self, args, kwnames) {
      const [sepR, perR] = kwArgs(rt, 'hex', args, kwnames, ['sep', 'bytes_per_sep'], 0);
      const d = k.get(rt, self);
      const hexes = Array.from(d, (c) => c.toString(16).padStart(2, '0'));
      if (sepR === NULL) return rt.newStr(hexes.join(''));
      const sep = isInt(rt, sepR!) ? String.fromCharCode(byteValue(rt, sepR!)) : (rt.jsStr(sepR!));
      if (sep.length !== 1) valueError(rt, 'sep must be length 1.');
      const per = perR === NULL ? 1 : indexToNumber(rt, perR!);
      if (per === 0) return rt.newStr(hexes.join(''));
      const groups: string[] = [];
      const n = Math.abs(per);
      if (per > 0) for (let end = hexes.length; end > 0; end -= n) groups.unshift(hexes.slice(Math.max(0, end - n), end).join(''));
      else for (let st = 0; st < hexes.length; st += n) groups.push(hexes.slice(st, st + n).join(''));
      return rt.newStr(groups.join(sep));
    },
    join(rt, self, args, kwnames) {
      const it = oneArg(rt, `${k.name}.join`, args, kwnames);
      const seq = sequenceFast(rt, it);
      const n = isList(rt, seq) ? listLength(rt, seq) : tupleLen(rt, seq);
      const parts: string[] = [];
      for (let i = 0; i < n; i++) {
        const item = isList(rt, seq) ? listItem(rt, seq, i) : tupleGet(rt, seq, i);
        const d = bytesLikeData(rt, item);
        if (d === null) typeError(rt, `sequence item ${i}: expected a bytes-like object, ${typeName(rt, item)} found`);
        parts.push(latin1(d!));
      }
      return mk(rt, parts.join(S(rt, self)));
    },
    split: split('split', false),
    rsplit: split('rsplit', true),
    strip: strip('strip', true, true),
    lstrip: strip('lstrip', true, false),
    rstrip: strip('rstrip', false, true),
    find: find('find', false, false),
    rfind: find('rfind', true, false),
    index: find('index', false, true),
    rindex: find('rindex', true, true),
    count: find('count', false, false, true),
    startswith: tail('startswith', -1),
    endswith: tail('endswith', 1),
    replace(rt, self, args, kwnames) {
      posArgs(rt, 'replace', args, kwnames, 2, 3);
      const old = latin1(argData(rt, args[0]!)), rep = latin1(argData(rt, args[1]!));
      const count = args.length > 2 ? indexToNumber(rt, args[2]!) : -1;
      return mk(rt, A.replace(S(rt, self), old, rep, count));
    },
    partition(rt, self, args, kwnames) {
      const sep = latin1(argData(rt, oneArg(rt, `${k.name}.partition`, args, kwnames)));
      if (sep.length === 0) valueError(rt, 'empty separator');
      const [a, b, c] = A.partition(S(rt, self), sep, false);
      return newTuple(rt, [mk(rt, a), mk(rt, b), mk(rt, c)]);
    },
    rpartition(rt, self, args, kwnames) {
      const sep = latin1(argData(rt, oneArg(rt, `${k.name}.rpartition`, args, kwnames)));
      if (sep.length === 0) valueError(rt, 'empty separator');
      const [a, b, c] = A.partition(S(rt, self), sep, true);
      return newTuple(rt, [mk(rt, a), mk(rt, b), mk(rt, c)]);
    },
    splitlines(rt, self, args, kwnames) {
      const [keep] = kwArgs(rt, 'splitlines', args, kwnames, ['keepends'], 0);
      const s = S(rt, self);
      // Bytes line boundaries are \n, \r and \r\n only.
      const out: string[] = [];
      let i = 0;
      while (i < s.length) {
        const j = i;
        while (i < s.length && s[i] !== '\n' && s[i] !== '\r') i++;
        let eol = i;
        if (i < s.length) { i += s[i] === '\r' && s[i + 1] === '\n' ? 2 : 1; if (keep !== NULL && isTrue(rt, keep!)) eol = i; }
        out.push(s.slice(j, eol));
      }
      return list(rt, out);
    },
    removeprefix(rt, self, args, kwnames) {
      const p = latin1(argData(rt, oneArg(rt, `${k.name}.removeprefix`, args, kwnames)));
      const s = S(rt, self);
      return mk(rt, p.length > 0 && s.startsWith(p) ? s.slice(p.length) : s);
    },
    removesuffix(rt, self, args, kwnames) {
      const p = latin1(argData(rt, oneArg(rt, `${k.name}.removesuffix`, args, kwnames)));
      const s = S(rt, self);
      return mk(rt, p.length > 0 && s.endsWith(p) ? s.slice(0, s.length - p.length) : s);
    },
    lower: mapCase('lower', lower),
    upper: mapCase('upper', upper),
    swapcase: mapCase('swapcase', (c) => (isUpperB(c) ? c + 32 : isLowerB(c) ? c - 32 : c)),
    capitalize: mapCase('capitalize', (c, i) => (i === 0 ? upper(c) : lower(c))),
    title: mapCase('title', (c, _i, prev) => (isAlphaB(prev) ? lower(c) : upper(c))),
    isdigit: pred('isdigit', allOf((c) => c >= 48 && c <= 57)),
    isalpha: pred('isalpha', allOf(isAlphaB)),
    isalnum: pred('isalnum', allOf((c) => isAlphaB(c) || (c >= 48 && c <= 57))),
    isspace: pred('isspace', allOf(isWs)),
    isascii: pred('isascii', (u) => u.every((c) => c < 128)),
    islower: pred('islower', isCasedPred(false)),
    isupper: pred('isupper', isCasedPred(true)),
    // _Py_bytes_istitle: uppercase only after an uncased byte, lowercase only after a cased
    // one, and at least one cased byte.
    istitle: pred('istitle', (u) => {
      let cased = false, prevCased = false;
      for (const c of u) {
        if (isUpperB(c)) { if (prevCased) return false; prevCased = true; cased = true; }
        else if (isLowerB(c)) { if (!prevCased) return false; prevCased = true; cased = true; }
        else prevCased = false;
      }
      return cased;
    }),
    center(rt, self, args, kw) {
      posArgs(rt, 'center', args, kw, 1, 2);
      const fill = args.length > 1 ? latin1(argData(rt, args[1]!)) : ' ';
      const s = S(rt, self);
      return mk(rt, A.center(s, s.length, indexToNumber(rt, args[0]!), fill));
    },
    ljust(rt, self, args, kw) {
      posArgs(rt, 'ljust', args, kw, 1, 2);
      const fill = args.length > 1 ? latin1(argData(rt, args[1]!)) : ' ';
      const s = S(rt, self);
      return mk(rt, A.ljust(s, s.length, indexToNumber(rt, args[0]!), fill));
    },
    rjust(rt, self, args, kw) {
      posArgs(rt, 'rjust', args, kw, 1, 2);
      const fill = args.length > 1 ? latin1(argData(rt, args[1]!)) : ' ';
      const s = S(rt, self);
      return mk(rt, A.rjust(s, s.length, indexToNumber(rt, args[0]!), fill));
    },
    zfill(rt, self, args, kw) {
      posArgs(rt, 'zfill', args, kw, 1, 1);
      const s = S(rt, self);
      return mk(rt, A.zfill(s, s.length, indexToNumber(rt, args[0]!)));
    },
  };
}

/** bytes.fromhex / bytearray.fromhex parsing. */
export function parseHex(rt: Runtime, s: string): Uint8Array {
  const out: number[] = [];
  let i = 0;
  const hexv = (c: string) => parseInt(c, 16);
  while (i < s.length) {
    if (s[i] === ' ' || s[i] === '\t' || s[i] === '\n' || s[i] === '\r' || s[i] === '\x0b' || s[i] === '\x0c') { i++; continue; }
    const hi = /[0-9a-fA-F]/.test(s[i]!) ? hexv(s[i]!) : -1;
    if (hi < 0) valueError(rt, `non-hexadecimal number found in fromhex() arg at position ${i}`);
    const lo = i + 1 < s.length && /[0-9a-fA-F]/.test(s[i + 1]!) ? hexv(s[i + 1]!) : -1;
    if (lo < 0) valueError(rt, `non-hexadecimal number found in fromhex() arg at position ${i + 1}`);
    out.push(hi * 16 + lo);
    i += 2;
  }
  return Uint8Array.from(out);
}

// ---- bytes slots ---------------------------------------------------------------------------

function bytesHash(rt: Runtime, b: Ref): number {
  let h = 0x811c9dc5 | 0;
  const d = bytesData(rt, b);
  for (let i = 0; i < d.length; i++) h = Math.imul(h ^ d[i]!, 0x01000193);
  return h === -1 ? -2 : h;
}

export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

export function bytesLikeCompare(rt: Runtime, a: Ref, b: Ref, op: CompareOp): Ref {
  const x = bytesLikeData(rt, a), y = bytesLikeData(rt, b);
  if (x === null || y === null) return rt.notImplemented;
  const c = compareBytes(x, y);
  switch (op) {
    case CompareOp.LT: return rt.bool(c < 0);
    case CompareOp.LE: return rt.bool(c <= 0);
    case CompareOp.EQ: return rt.bool(c === 0);
    case CompareOp.NE: return rt.bool(c !== 0);
    case CompareOp.GT: return rt.bool(c > 0);
    default: return rt.bool(c >= 0);
  }
}

/** `x in b` for bytes and bytearray. */
export function bytesLikeContains(rt: Runtime, self: Uint8Array, x: Ref): boolean {
  if (isInt(rt, x) || (bytesLikeData(rt, x) === null && rt.slots(rt.typeOf(x)).index !== undefined)) {
    return self.includes(byteValue(rt, x));
  }
  const sub = bytesLikeData(rt, x);
  if (sub === null) typeError(rt, `a bytes-like object is required, not '${typeName(rt, x)}'`);
  return latin1(self).includes(latin1(sub!));
}

const bytesKind: BytesKind = { name: 'bytes', get: bytesData, make: (rt, d) => bytesFromUint8(rt, d) };

registerType({
  key: 'bytes_iterator',
  name: 'bytes_iterator',
  basicsize: SEQ_ITER_BASICSIZE,
  slots: {
    iter: (_rt, self) => self,
    next(rt, self) {
      const i32 = rt.heap.i32, w = self >> 2;
      const seq = i32[w + IT_SEQ] as Ref;
      if (seq === NULL) return NULL;
      const i = i32[w + IT_INDEX];
      if (i < bytesLen(rt, seq)) { i32[w + IT_INDEX] = i + 1; return smallInt(rt.heap.u8[seq + BYTES_DATA + i]!); }
      i32[w + IT_SEQ] = 0;
      return NULL;
    },
    traverse(rt, self, visit) { const s = rt.heap.i32[(self >> 2) + IT_SEQ] as Ref; if (s !== NULL) visit(s); },
  },
});

function bytesNew(rt: Runtime, type: Ref, args: Ref[], kwnames: Ref | null): Ref {
  const [src, encR, errR] = kwArgs(rt, 'bytes', args, kwnames, ['source', 'encoding', 'errors'], 0);
  let data: Uint8Array;
  if (src === NULL) {
    if (encR !== NULL || errR !== NULL) typeError(rt, encR !== NULL ? 'encoding without a string argument' : 'errors without a string argument');
    data = new Uint8Array(0);
  } else if (encR !== NULL || errR !== NULL) {
    if (!hasTypeFlag(rt, src!, 1 << 20)) typeError(rt, encR !== NULL ? 'encoding without a string argument' : 'errors without a string argument');
    const r = C.encode(rt.jsStr(src!), encR === NULL ? 'utf-8' : rt.jsStr(encR!), errR === NULL ? 'strict' : rt.jsStr(errR!));
    if (!(r instanceof Uint8Array)) raiseCodecError(rt, r, rt.jsStr(src!));
    data = r as Uint8Array;
  } else {
    if (type === rt.types.bytes && rt.typeOf(src!) === rt.types.bytes) return src!;
    data = bytesFromObject(rt, src!);
  }
  return bytesFromUint8(rt, data, type);
}

function bytesGetItem(rt: Runtime, self: Ref, key: Ref): Ref {
  const n = bytesLen(rt, self);
  if (isSmallInt(key) || (!isSlice(rt, key) && (isInt(rt, key) || rt.slots(rt.typeOf(key)).index !== undefined))) {
    let i = isSmallInt(key) ? key >> 1 : indexToNumber(rt, key);
    if (i < 0) i += n;
    if (i < 0 || i >= n) indexError(rt, 'index out of range');
    return smallInt(rt.heap.u8[self + BYTES_DATA + i]!);
  }
  if (!isSlice(rt, key)) typeError(rt, `byte indices must be integers or slices, not ${typeName(rt, key)}`);
  const slen = sliceIndices(rt, key, n);
  const d = bytesData(rt, self);
  if (SL.step === 1) {
    if (slen === n && rt.typeOf(self) === rt.types.bytes) return self;
    return bytesFromUint8(rt, d.slice(SL.start, SL.start + Math.max(0, slen)));
  }
  const out = new Uint8Array(slen);
  for (let k = 0, i = SL.start; k < slen; k++, i += SL.step) out[k] = d[i]!;
  return bytesFromUint8(rt, out);
}

function bytesAdd(rt: Runtime, a: Ref, b: Ref): Ref {
  const x = bytesLikeData(rt, a);
  if (x === null || !isBytes(rt, a)) return rt.notImplemented;
  const y = bytesLikeData(rt, b);
  if (y === null) {
    const r = tryOther(rt, a, b, b, 'add', bytesAdd);
    if (r !== null) return r;
    return typeError(rt, `can't concat ${typeName(rt, b)} to ${typeName(rt, a)}`);
  }
  const out = new Uint8Array(x.length + y.length);
  out.set(x); out.set(y, x.length);
  return bytesFromUint8(rt, out);
}

function bytesMul(rt: Runtime, a: Ref, b: Ref): Ref {
  const [seq, other] = isBytes(rt, a) ? [a, b] : [b, a];
  if (!isBytes(rt, seq)) return rt.notImplemented;
  const count = repeatCount(rt, other);
  if (count === null) {
    const r = tryOther(rt, a, b, other, 'mul', bytesMul);
    if (r !== null) return r;
    return typeError(rt, `can't multiply sequence by non-int of type '${typeName(rt, other)}'`);
  }
  const d = bytesData(rt, seq);
  if (count <= 0) return bytesFromUint8(rt, new Uint8Array(0));
  const out = new Uint8Array(d.length * count);
  for (let k = 0; k < count; k++) out.set(d, k * d.length);
  return bytesFromUint8(rt, out);
}

registerType({
  key: 'bytes',
  name: 'bytes',
  basicsize: BYTES_DATA,
  varsize: true,
  flags: TF_BASETYPE,
  slots: {
    repr: (rt, self) => rt.newStr(bytesReprText(bytesData(rt, self))),
    hash: bytesHash,
    richcompare: (rt, a, b, op) => (isBytes(rt, a) && isBytes(rt, b) ? bytesLikeCompare(rt, a, b, op) : rt.notImplemented),
    len: bytesLen,
    bool: (rt, self) => bytesLen(rt, self) !== 0,
    contains: (rt, self, x) => bytesLikeContains(rt, bytesData(rt, self), x),
    getitem: bytesGetItem,
    iter: (rt, self) => newSeqIter(rt, bytesIterType(rt), self, 0),
    add: bytesAdd,
    mul: bytesMul,
    mod(rt, a, b) { return isBytes(rt, a) ? percentFormatStr(rt, a, b, 'bytes') : rt.notImplemented; },
    new: bytesNew,
  },
  methods: {
    ...bytesMethods(bytesKind),
    __getnewargs__(rt, self) { return newTuple(rt, [bytesFromUint8(rt, bytesData(rt, self).slice())]); },
  },
  classmethods: {
    fromhex(rt, cls, args, kwnames) {
      const s = oneArg(rt, 'fromhex', args, kwnames);
      if (!hasTypeFlag(rt, s, 1 << 20)) typeError(rt, `fromhex() argument must be str, not ${typeName(rt, s)}`);
      const data = parseHex(rt, rt.jsStr(s));
      const b = bytesFromUint8(rt, data);
      return cls === rt.types.bytes ? b : callObject(rt, cls, [b]);
    },
    maketrans(rt, _cls, args, kwnames) {
      posArgs(rt, 'maketrans', args, kwnames, 2, 2);
      const x = argData(rt, args[0]!), y = argData(rt, args[1]!);
      if (x.length !== y.length) valueError(rt, 'maketrans arguments must have same length');
      const t = new Uint8Array(256);
      for (let i = 0; i < 256; i++) t[i] = i;
      for (let i = 0; i < x.length; i++) t[x[i]!] = y[i]!;
      return bytesFromUint8(rt, t);
    },
  },
});

// The hooks int.ts exposes for int.to_bytes / int.from_bytes / int(b'12').
setBytesLatin1((rt, b) => latin1(bytesLikeData(rt, b) ?? new Uint8Array(0)));
setMakeBytes((rt, data) => bytesFromUint8(rt, data));
setReadBytes((rt, b) => Array.from(argData(rt, b)));

// bytes constants of code objects.
registerConstMaker((rt, c) => {
  if (typeof c !== 'object' || c === null || !('bytes' in c)) return null;
  return bytesFromUint8(rt, (c as { bytes: Uint8Array }).bytes);
});
