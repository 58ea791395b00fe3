// The methods of str (str.split, str.join, str.format, ...), argument handling and error
// texts as python3.11; the string algorithms themselves are str-algos.ts's, formatting is
// src/vm/format/'s (format-spec.ts, format-string.ts, percent.ts), the codecs codecs.ts's.

import { takeEvalDirect } from '../gc-safe.ts';
import { type Ref, NULL, isSmallInt, smallInt } from '../heap.ts';
import type { Runtime } from '../runtime.ts';
import type { NativeFn } from '../type-slots.ts';
import { typeError, valueError, raise, isPyErrorOf } from '../errors.ts';
import {
  str as pyStr, repr, typeName, indexToNumber, isInt, isFloat, isTrue, getAttr, getAttrJs, callObject,
  getItem, index as pyIndex, toJsNumber, callMethod,
} from '../abstract.ts';
import { S_NCP, newStrFromJs } from './str-core.ts';
import * as A from './str-algos.ts';
import * as C from './codecs.ts';
import { TF_UNICODE_SUBCLASS } from '../type-layout.ts';
import { hasTypeFlag } from './container-util.ts';
import { newTuple, tupleLen, tupleGet } from './tuple-core.ts';
import { newList, listAppend } from './list-core.ts';
import { sequenceFast, isList, isTuple, listLength, listItem } from './list.ts';
import { kwArgs, oneArg, noArgs, posArgs, tupleArgs } from './arg-parse.ts';
import { sliceIndexValue } from './slice.ts';
import { newDict, dictSet, dictNext, dictEntryKey, dictEntryValue } from './dict-core.ts';
import { formatStr } from '../format/format-spec.ts';
import { FormatError } from '../format/format-error.ts';
import { renderFormatString } from '../format/format-string.ts';
import { percentFormat, type PercentOps, type PercentArgs } from '../format/percent.ts';
import { intToBigInt } from './int.ts';
import { bytesFromUint8, bytesLikeData, raiseCodecError, latin1, fromLatin1, isBytes as isBytesObj } from './bytes.ts';
import { lookupType } from '../type-object.ts';

const isStr = (rt: Runtime, o: Ref) => hasTypeFlag(rt, o, TF_UNICODE_SUBCLASS);
const ncp = (rt: Runtime, s: Ref) => rt.heap.i32[(s >> 2) + S_NCP];

function mk(rt: Runtime, s: string): Ref {
  if (s.length === 0) return rt.emptyStr;
  return newStrFromJs(rt, s);
}
/** The receiver itself when unchanged and an exact str (CPython returns self then). */
function same(rt: Runtime, self: Ref, before: string, after: string): Ref {
  return after === before && rt.typeOf(self) === rt.types.str ? self : mk(rt, after);
}

/** Raise the Python exception a pure formatting helper reported. */
export function rethrowFormat(rt: Runtime, e: unknown): never {
  if (e instanceof FormatError) raise(rt, (rt.types as Record<string, Ref>)[e.excType]!, e.message);
  throw e;
}

function strArg(rt: Runtime, v: Ref, what: string): string {
  if (!isStr(rt, v)) typeError(rt, `${what}, not ${typeName(rt, v)}`);
  return rt.jsStr(v);
}
function optStrOrNone(rt: Runtime, v: Ref, what: string): string | null {
  if (v === NULL || v === rt.none) return null;
  return strArg(rt, v, what);
}
function intArg(rt: Runtime, v: Ref, dflt: number): number {
  if (v === NULL) return dflt;
  return indexToNumber(rt, v, rt.types.OverflowError);
}
/** start/end of find-like methods (None allowed): _PyEval_SliceIndex. */
function boundArg(rt: Runtime, v: Ref | undefined, dflt: number): number {
  if (v === undefined || v === NULL || v === rt.none) return dflt;
  return sliceIndexValue(rt, v);
}

function listOfStr(rt: Runtime, parts: string[]): Ref {
  const l = newList(rt);
  const mark = rt.rootMark();
  rt.pushRoot(l);
  try { for (const p of parts) listAppend(rt, l, mk(rt, p)); } finally { rt.rootRelease(mark); }
  return l;
}

function splitImpl(rt: Runtime, self: Ref, args: Ref[], kwnames: Ref | null, name: string, right: boolean): Ref {
  const [sepR, maxR] = kwArgs(rt, name, args, kwnames, ['sep', 'maxsplit'], 0);
  const s = rt.jsStr(self);
  const sep = optStrOrNone(rt, sepR!, 'must be str or None');
  const max = intArg(rt, maxR!, -1);
  if (sep === null) return listOfStr(rt, right ? A.rsplitWhitespace(s, max) : A.splitWhitespace(s, max));
  if (sep.length === 0) valueError(rt, 'empty separator');
  return listOfStr(rt, right ? A.rsplitSep(s, sep, max) : A.splitSep(s, sep, max));
}

function stripImpl(rt: Runtime, self: Ref, args: Ref[], kwnames: Ref | null, name: string, left: boolean, right: boolean): Ref {
  posArgs(rt, name, args, kwnames, 0, 1);
  const v = args.length > 0 ? args[0]! : NULL;
  if (v !== NULL && v !== rt.none && !isStr(rt, v)) typeError(rt, `${name} arg must be None or str`);
  const s = rt.jsStr(self);
  return same(rt, self, s, A.strip(s, v === NULL || v === rt.none ? null : rt.jsStr(v), left, right));
}

type FindFn = (s: string, n: number, sub: string, subN: number, start: number, end: number) => number;
function findImpl(rt: Runtime, self: Ref, args: Ref[], kwnames: Ref | null, name: string, fn: FindFn, raises: boolean): Ref {
  tupleArgs(rt, name, args, kwnames, 1, 3);
  const sub = strArg(rt, args[0]!, 'must be str');
  const n = ncp(rt, self);
  const r = fn(rt.jsStr(self), n, sub, ncp(rt, args[0]!), boundArg(rt, args[1], 0), boundArg(rt, args[2], n));
  if (r < 0 && raises) valueError(rt, 'substring not found');
  return smallInt(r);
}

function tailImpl(rt: Runtime, self: Ref, args: Ref[], kwnames: Ref | null, name: string, dir: -1 | 1): Ref {
  tupleArgs(rt, name, args, kwnames, 1, 3);
  const s = rt.jsStr(self), n = ncp(rt, self);
  const start = boundArg(rt, args[1], 0), end = boundArg(rt, args[2], n);
  const x = args[0]!;
  if (isTuple(rt, x)) {
    for (let i = 0; i < tupleLen(rt, x); i++) {
      const item = tupleGet(rt, x, i);
      if (!isStr(rt, item)) typeError(rt, `tuple for ${name} must only contain str, not ${typeName(rt, item)}`);
      if (A.tailMatch(s, n, rt.jsStr(item), ncp(rt, item), start, end, dir)) return rt.true;
    }
    return rt.false;
  }
  if (!isStr(rt, x)) typeError(rt, `${name} first arg must be str or a tuple of str, not ${typeName(rt, x)}`);
  return rt.bool(A.tailMatch(s, n, rt.jsStr(x), ncp(rt, x), start, end, dir));
}

function padImpl(rt: Runtime, self: Ref, args: Ref[], kwnames: Ref | null, name: string,
  fn: (s: string, n: number, width: number, fill: string) => string): Ref {
  posArgs(rt, name, args, kwnames, 1, 2);
  const width = indexToNumber(rt, args[0]!, rt.types.OverflowError);
  let fill = ' ';
  if (args.length > 1) {
    const f = args[1]!;
    if (!isStr(rt, f)) typeError(rt, `${name}() argument 2 must be str, not ${typeName(rt, f)}`);
    if (ncp(rt, f) !== 1) typeError(rt, 'The fill character must be exactly one character long');
    fill = rt.jsStr(f);
  }
  const s = rt.jsStr(self);
  return same(rt, self, s, fn(s, ncp(rt, self), width, fill));
}

function predicate(fn: (s: string) => boolean, name: string): NativeFn {
  return (rt, self, args, kwnames) => { noArgs(rt, `str.${name}`, args, kwnames); return rt.bool(fn(rt.jsStr(self))); };
}
function transform(fn: (s: string) => string, name: string): NativeFn {
  return (rt, self, args, kwnames) => {
    noArgs(rt, `str.${name}`, args, kwnames);
    const s = rt.jsStr(self);
    return same(rt, self, s, fn(s));
  };
}

/** str.join(iterable). */
export function strJoin(rt: Runtime, sepRef: Ref, iterable: Ref, safe = false): Ref {
  const seq = sequenceFast(rt, iterable, safe);
  const n = isList(rt, seq) ? listLength(rt, seq) : tupleLen(rt, seq);
  if (n === 1 && !isList(rt, seq)) {
    const only = tupleGet(rt, seq, 0);
    if (rt.typeOf(only) === rt.types.str) return only;
  }
  const parts: string[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const item = isList(rt, seq) ? (i < listLength(rt, seq) ? listItem(rt, seq, i) : NULL) : tupleGet(rt, seq, i);
    if (item === NULL) break;
    if (!isStr(rt, item)) typeError(rt, `sequence item ${i}: expected str instance, ${typeName(rt, item)} found`);
    parts[i] = rt.jsStr(item);
  }
  return mk(rt, parts.join(rt.jsStr(sepRef)));
}

/** The encode/decode argument pair with python3's checks. */
function codecArgs(rt: Runtime, name: string, args: Ref[], kwnames: Ref | null): [string, string] {
  const [encR, errR] = kwArgs(rt, name, args, kwnames, ['encoding', 'errors'], 0);
  const enc = encR === NULL ? 'utf-8' : strArg(rt, encR!, `${name}() argument 'encoding' must be str`);
  const err = errR === NULL ? 'strict' : strArg(rt, errR!, `${name}() argument 'errors' must be str`);
  return [enc, err];
}

export function strEncode(rt: Runtime, s: string, enc: string, err: string): Ref {
  const r = C.encode(s, enc, err);
  if (!(r instanceof Uint8Array)) raiseCodecError(rt, r, s);
  return bytesFromUint8(rt, r);
}

/** format(v, spec) through type(v).__format__. */
export function formatValue(rt: Runtime, v: Ref, spec: string): string {
  if (isStr(rt, v) && rt.typeOf(v) === rt.types.str) {
    try { return formatStr(rt.jsStr(v), spec); } catch (e) { rethrowFormat(rt, e); }
  }
  const f = getAttrJs(rt, v, '__format__');
  const r = callObject(rt, f, [mk(rt, spec)]);
  if (!isStr(rt, r)) typeError(rt, `__format__ must return a str, not ${typeName(rt, r)}`);
  return rt.jsStr(r);
}

function formatImpl(rt: Runtime, self: Ref, posArgsArr: Ref[], getKw: (name: string) => Ref, hasPositional: boolean): Ref {
  try {
    const out = renderFormatString<Ref>(rt.jsStr(self), {
      getArg: hasPositional ? (i: number) => {
        if (i >= posArgsArr.length) raise(rt, rt.types.IndexError, `Replacement index ${i} out of range for positional args tuple`);
        return posArgsArr[i]!;
      } : undefined,
      getKwarg: getKw,
      getAttr: (v, name) => getAttr(rt, v, rt.intern(name)),
      getItem: (v, key) => getItem(rt, v, typeof key === 'number' ? rt.newInt(key) : mk(rt, key)),
      convert: (v, c) => (c === 's' ? pyStr(rt, v) : c === 'r' ? repr(rt, v) : mk(rt, asciiOf(rt, v))),
      format: (v, spec) => formatValue(rt, v, spec),
    });
    return mk(rt, out);
  } catch (e) {
    return rethrowFormat(rt, e);
  }
}

/** ascii(v): repr with every non-ASCII character escaped. */
export function asciiOf(rt: Runtime, v: Ref): string {
  const r = rt.jsStr(repr(rt, v));
  let out = '';
  for (const ch of r) {
    const c = ch.codePointAt(0)!;
    if (c < 128) out += ch;
    else if (c <= 0xff) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c <= 0xffff) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += '\\U' + c.toString(16).padStart(8, '0');
  }
  return out;
}

/** `template % args` for str, and for bytes and bytearray with mode 'bytes'
 *  (Objects/bytesobject.c _PyBytes_FormatEx): the template and result are then bytes
 *  (latin-1 strings to the helper), %s/%b take bytes-like values or __bytes__, and mapping
 *  keys are bytes. */
export function percentFormatStr(rt: Runtime, self: Ref, args: Ref, mode: 'str' | 'bytes' = 'str'): Ref {
  const isB = mode === 'bytes';
  const mkOut = (s: string): Ref => (isB ? bytesFromUint8(rt, fromLatin1(s)) : mk(rt, s));
  const ops: PercentOps<Ref> = {
    str: (v) => rt.jsStr(pyStr(rt, v)),
    repr: (v) => rt.jsStr(repr(rt, v)),
    ascii: (v) => asciiOf(rt, v),
    typeName: (v) => typeName(rt, v),
    toInt(v, idx) {
      if (isInt(rt, v)) return isSmallInt(v) ? BigInt(v >> 1) : intToBigInt(rt, v);
      if (idx) {
        if (rt.slots(rt.typeOf(v)).index === undefined) return null;
        const i = pyIndex(rt, v);
        return isSmallInt(i) ? BigInt(i >> 1) : intToBigInt(rt, i);
      }
      const s = rt.slots(rt.typeOf(v));
      if (s.int === undefined && s.index === undefined) return null;
      const r = s.int !== undefined ? s.int(rt, v) : pyIndex(rt, v);
      return isSmallInt(r) ? BigInt(r >> 1) : intToBigInt(rt, r);
    },
    intValue: (v) => (isInt(rt, v) ? (isSmallInt(v) ? BigInt(v >> 1) : intToBigInt(rt, v)) : null),
    toFloat(v) {
      if (isInt(rt, v) || isFloat(rt, v)) return toJsNumber(rt, v);
      const s = rt.slots(rt.typeOf(v));
      if (s.float !== undefined) return toJsNumber(rt, s.float(rt, v));
      if (s.index !== undefined) return toJsNumber(rt, pyIndex(rt, v));
      return null;
    },
    strValue: (v) => (isStr(rt, v) ? rt.jsStr(v) : null),
    getItem: (m, key) => getItem(rt, m, mkOut(key)),
    bytesValue(v) {
      const d = bytesLikeData(rt, v);
      if (d !== null) return latin1(d);
      const b = lookupType(rt, rt.typeOf(v), rt.intern('__bytes__'));
      if (b === NULL) return null;
      const r = callMethod(rt, v, rt.intern('__bytes__'), []);
      const rd = bytesLikeData(rt, r);
      if (rd === null || !isBytesObj(rt, r)) typeError(rt, `__bytes__ returned non-bytes (type ${typeName(rt, r)})`);
      return latin1(rd!);
    },
  };
  let pargs: PercentArgs<Ref>;
  if (isTuple(rt, args)) {
    const items: Ref[] = [];
    for (let i = 0; i < tupleLen(rt, args); i++) items.push(tupleGet(rt, args, i));
    pargs = { kind: 'tuple', items };
  } else {
    // PyMapping_Check and not a tuple/str: has __getitem__ and is not a str.
    const isMapping = !(isB ? isBytesObj(rt, args) : isStr(rt, args)) && rt.slots(rt.typeOf(args)).getitem !== undefined;
    pargs = { kind: 'single', value: args, isMapping };
  }
  try {
    const template = isB ? latin1(bytesLikeData(rt, self)!) : rt.jsStr(self);
    return mkOut(percentFormat(template, pargs, ops, mode));
  } catch (e) {
    return rethrowFormat(rt, e);
  }
}

/** str(...) constructor arguments: str(object=''), str(object=b'', encoding, errors). */
export function strFromObject(rt: Runtime, args: Ref[], kwnames: Ref | null): Ref {
  const [obj, encR, errR] = kwArgs(rt, 'str', args, kwnames, ['object', 'encoding', 'errors'], 0);
  if (encR === NULL && errR === NULL) return obj === NULL ? rt.emptyStr : pyStr(rt, obj!);
  const enc = encR === NULL ? 'utf-8' : strArg(rt, encR!, "str() argument 'encoding' must be str");
  const err = errR === NULL ? 'strict' : strArg(rt, errR!, "str() argument 'errors' must be str");
  if (obj === NULL) return rt.emptyStr;
  if (isStr(rt, obj!)) typeError(rt, 'decoding str is not supported');
  const data = bytesLikeData(rt, obj!);
  if (data === null) typeError(rt, `decoding to str: need a bytes-like object, ${typeName(rt, obj!)} found`);
  const r = C.decode(data!, enc, err);
  if (typeof r !== 'string') raiseCodecError(rt, r, data!);
  return mk(rt, r as string);
}

/** str.maketrans(x[, y[, z]]). */
function maketrans(rt: Runtime, _self: Ref, args: Ref[], kwnames: Ref | null): Ref {
  posArgs(rt, 'maketrans', args, kwnames, 1, 3);
  const d = newDict(rt);
  const mark = rt.rootMark();
  rt.pushRoot(d);
  try {
    if (args.length === 1) {
      const x = args[0]!;
      if (!hasTypeFlag(rt, x, 1 << 21 /* TF_DICT_SUBCLASS */)) typeError(rt, 'if you give only one argument to maketrans it must be a dict');
      for (let e = dictNext(rt, x, 0); e >= 0; e = dictNext(rt, x, e + 1)) {
        const k = dictEntryKey(rt, x, e), v = dictEntryValue(rt, x, e);
        if (isStr(rt, k)) {
          if (ncp(rt, k) !== 1) valueError(rt, 'string keys in translate table must be of length 1');
          dictSet(rt, d, smallInt(rt.jsStr(k).codePointAt(0)!), v);
        } else if (isInt(rt, k)) dictSet(rt, d, k, v);
        else typeError(rt, 'keys in translate table must be strings or integers');
      }
      return d;
    }
    const x = strArg(rt, args[0]!, 'maketrans() argument 1 must be str');
    const y = strArg(rt, args[1]!, 'maketrans() argument 2 must be str');
    const xs = A.codePoints(x), ys = A.codePoints(y);
    if (xs.length !== ys.length) valueError(rt, 'the first two maketrans arguments must have equal length');
    for (let i = 0; i < xs.length; i++) dictSet(rt, d, smallInt(xs[i]!), smallInt(ys[i]!));
    if (args.length > 2) {
      const z = strArg(rt, args[2]!, 'maketrans() argument 3 must be str');
      for (const c of A.codePoints(z)) dictSet(rt, d, smallInt(c), rt.none);
    }
    return d;
  } finally { rt.rootRelease(mark); }
}

/** str.translate(table): table[ord(c)] -> None (delete), int (code point) or str. */
function translate(rt: Runtime, self: Ref, args: Ref[], kwnames: Ref | null): Ref {
  const table = oneArg(rt, 'str.translate', args, kwnames);
  const s = rt.jsStr(self);
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    let m: Ref;
    try {
      m = getItem(rt, table, smallInt(c));
    } catch (e) {
      if (isPyErrorOf(rt, e, rt.types.LookupError)) { out += ch; continue; }
      throw e;
    }
    if (m === rt.none) continue;
    if (isInt(rt, m)) {
      const v = toJsNumber(rt, m);
      if (v < 0 || v > 0x10ffff) valueError(rt, 'character mapping must be in range(0x110000)');
      out += String.fromCodePoint(v);
    } else if (isStr(rt, m)) out += rt.jsStr(m);
    else typeError(rt, 'character mapping must return integer, None or str');
  }
  return same(rt, self, s, out);
}

export const strMethods: Record<string, NativeFn> = {
  split: (rt, self, args, kw) => splitImpl(rt, self, args, kw, 'split', false),
  rsplit: (rt, self, args, kw) => splitImpl(rt, self, args, kw, 'rsplit', true),
  // Straight from the eval loop, sep and the iterable are on its stack: a generator being
  // drained may collect (gc-safe.ts).
  join(rt, self, args, kwnames) { const safe = takeEvalDirect(rt); return strJoin(rt, self, oneArg(rt, 'str.join', args, kwnames), safe); },
  strip: (rt, self, args, kw) => stripImpl(rt, self, args, kw, 'strip', true, true),
  lstrip: (rt, self, args, kw) => stripImpl(rt, self, args, kw, 'lstrip', true, false),
  rstrip: (rt, self, args, kw) => stripImpl(rt, self, args, kw, 'rstrip', false, true),
  replace(rt, self, args, kwnames) {
    posArgs(rt, 'replace', args, kwnames, 2, 3);
    const old = strArg(rt, args[0]!, 'replace() argument 1 must be str');
    const rep = strArg(rt, args[1]!, 'replace() argument 2 must be str');
    const count = args.length > 2 ? indexToNumber(rt, args[2]!, rt.types.OverflowError) : -1;
    const s = rt.jsStr(self);
    return same(rt, self, s, A.replace(s, old, rep, count));
  },
  find: (rt, self, args, kw) => findImpl(rt, self, args, kw, 'find', A.find, false),
  rfind: (rt, self, args, kw) => findImpl(rt, self, args, kw, 'rfind', A.rfind, false),
  index: (rt, self, args, kw) => findImpl(rt, self, args, kw, 'index', A.find, true),
  rindex: (rt, self, args, kw) => findImpl(rt, self, args, kw, 'rindex', A.rfind, true),
  count: (rt, self, args, kw) => findImpl(rt, self, args, kw, 'count', A.count, false),
  startswith: (rt, self, args, kw) => tailImpl(rt, self, args, kw, 'startswith', -1),
  endswith: (rt, self, args, kw) => tailImpl(rt, self, args, kw, 'endswith', 1),
  upper: transform(A.upper, 'upper'),
  lower: transform(A.lower, 'lower'),
  casefold: transform(A.casefold, 'casefold'),
  capitalize: transform(A.capitalize, 'capitalize'),
  title: transform(A.title, 'title'),
  swapcase: transform(A.swapcase, 'swapcase'),
  isdigit: predicate(A.isdigit, 'isdigit'),
  isalpha: predicate(A.isalpha, 'isalpha'),
  isalnum: predicate(A.isalnum, 'isalnum'),
  isspace: predicate(A.isspace, 'isspace'),
  isupper: predicate(A.isupper, 'isupper'),
  islower: predicate(A.islower, 'islower'),
  isidentifier: predicate(A.isidentifier, 'isidentifier'),
  isnumeric: predicate(A.isnumeric, 'isnumeric'),
  isdecimal: predicate(A.isdecimal, 'isdecimal'),
  istitle: predicate(A.istitle, 'istitle'),
  isprintable: predicate(A.isprintable, 'isprintable'),
  isascii: predicate(A.isascii, 'isascii'),
  center: (rt, self, args, kw) => padImpl(rt, self, args, kw, 'center', A.center),
  ljust: (rt, self, args, kw) => padImpl(rt, self, args, kw, 'ljust', A.ljust),
  rjust: (rt, self, args, kw) => padImpl(rt, self, args, kw, 'rjust', A.rjust),
  zfill(rt, self, args, kwnames) {
    posArgs(rt, 'zfill', args, kwnames, 1, 1);
    const s = rt.jsStr(self);
    return same(rt, self, s, A.zfill(s, ncp(rt, self), indexToNumber(rt, args[0]!, rt.types.OverflowError)));
  },
  partition(rt, self, args, kwnames) {
    const sep = strArg(rt, oneArg(rt, 'str.partition', args, kwnames), 'must be str');
    if (sep.length === 0) valueError(rt, 'empty separator');
    const [a, b, c] = A.partition(rt.jsStr(self), sep, false);
    return newTuple(rt, [b === '' ? self : mk(rt, a), b === '' ? rt.emptyStr : args[0]!, mk(rt, c)]);
  },
  rpartition(rt, self, args, kwnames) {
    const sep = strArg(rt, oneArg(rt, 'str.rpartition', args, kwnames), 'must be str');
    if (sep.length === 0) valueError(rt, 'empty separator');
    const [a, b, c] = A.partition(rt.jsStr(self), sep, true);
    return newTuple(rt, [mk(rt, a), b === '' ? rt.emptyStr : args[0]!, b === '' ? self : mk(rt, c)]);
  },
  splitlines(rt, self, args, kwnames) {
    const [keep] = kwArgs(rt, 'splitlines', args, kwnames, ['keepends'], 0);
    return listOfStr(rt, A.splitlines(rt.jsStr(self), keep !== NULL && isTrue(rt, keep!)));
  },
  expandtabs(rt, self, args, kwnames) {
    const [ts] = kwArgs(rt, 'expandtabs', args, kwnames, ['tabsize'], 0);
    const s = rt.jsStr(self);
    return same(rt, self, s, A.expandtabs(s, intArg(rt, ts!, 8)));
  },
  encode(rt, self, args, kwnames) {
    const [enc, err] = codecArgs(rt, 'encode', args, kwnames);
    return strEncode(rt, rt.jsStr(self), enc, err);
  },
  removeprefix(rt, self, args, kwnames) {
    const p = strArg(rt, oneArg(rt, 'str.removeprefix', args, kwnames), 'removeprefix() argument must be str');
    const s = rt.jsStr(self);
    return same(rt, self, s, p.length > 0 && s.startsWith(p) ? s.slice(p.length) : s);
  },
  removesuffix(rt, self, args, kwnames) {
    const p = strArg(rt, oneArg(rt, 'str.removesuffix', args, kwnames), 'removesuffix() argument must be str');
    const s = rt.jsStr(self);
    return same(rt, self, s, p.length > 0 && s.endsWith(p) ? s.slice(0, s.length - p.length) : s);
  },
  format(rt, self, args, kwnames) {
    const nkw = kwnames !== null && kwnames !== NULL ? tupleLen(rt, kwnames) : 0;
    const npos = args.length - nkw;
    const pos = args.slice(0, npos);
    return formatImpl(rt, self, pos, (name) => {
      for (let k = 0; k < nkw; k++) if (rt.jsStr(tupleGet(rt, kwnames!, k)) === name) return args[npos + k]!;
      return raise(rt, rt.types.KeyError, name) as never;
    }, true);
  },
  format_map(rt, self, args, kwnames) {
    const m = oneArg(rt, 'str.format_map', args, kwnames);
    return formatImpl(rt, self, [], (name) => getItem(rt, m, mk(rt, name)), false);
  },
  __format__(rt, self, args, kwnames) {
    const spec = oneArg(rt, 'str.__format__', args, kwnames);
    if (!isStr(rt, spec)) typeError(rt, `__format__() argument must be str, not ${typeName(rt, spec)}`);
    try { return mk(rt, formatStr(rt.jsStr(self), rt.jsStr(spec))); } catch (e) { return rethrowFormat(rt, e); }
  },
  translate,
  __getnewargs__(rt, self) { return newTuple(rt, [mk(rt, rt.jsStr(self))]); },
  __sizeof__(rt, self) {
    // CPython compact strings: 40/56/72-byte header + 1/2/4 bytes per code point.
    const s = rt.jsStr(self);
    let max = 0;
    for (const ch of s) max = Math.max(max, ch.codePointAt(0)!);
    const n = ncp(rt, self);
    return smallInt(max < 128 ? 49 + n : max < 256 ? 73 + n : max < 0x10000 ? 74 + 2 * n : 76 + 4 * n);
  },
};

export const strStaticMethods: Record<string, NativeFn> = { maketrans };

