// The builtin functions of the `builtins` module (CPython Python/bltinmodule.c), with
// python3.11's argument handling and error messages. Types exposed by builtins (int, list,
// enumerate, ...) are wired in builtins-module.ts; iterator types in builtins-iter.ts.

import { type Ref, NULL, isSmallInt, smallInt } from './heap.ts';
import type { Runtime } from './runtime.ts';
import { TS_FRAME } from './runtime.ts';
import type { NativeFn } from './type-slots.ts';
import { CompareOp } from './type-slots.ts';
import { PyError, raise, raiseWith, typeError, valueError } from './errors.ts';
import { isGenLike } from './objects/generator.ts';
import { takeGenReturn } from './objects/generator-type.ts';
import {
  repr, str, hash, len as pyLen, getAttr, getAttrOpt, setAttr, delAttr, callObject, isInstance,
  isSubclass, getIter, iterNext, richCompareBool, isTrue, binaryOp, BinOp, BINOP_DIVMOD, ternaryPow,
  unaryOp, UnOp, typeName, isType, lookupSpecial, index as pyIndex, isInt, addressString, isCallable,
} from './abstract.ts';
import { exactHash } from './objects/exact-hash.ts';
import { intToBigInt, newIntFromBigInt } from './objects/int.ts';
import { H, toBigInt } from './objects/hash64.ts';
import { tupleLen, tupleGet } from './objects/tuple-core.ts';
import { newList, listToArray, listLen } from './objects/list-core.ts';
import { newDict, dictGetStr, dictSet, dictNext, dictEntryKey } from './objects/dict-core.ts';
import { F_GLOBALS, F_LOCALS, F_BUILTINS } from './frame.ts';
import { iterateToArray, ascii as asciiOf, format as formatOf, intArithFast } from './eval-support.ts';
import { takeEvalDirect, callSafe } from './gc-safe.ts';
import { listSort, listFromIterable } from './objects/list.ts';
import { vm, R_SYS_MODULE } from './vm-state.ts';
import { sortPermutation } from './objects/list-sort.ts';
import { T_DICT } from './type-layout.ts';
import { instanceDict } from './type-object.ts';

/** Split kwnames into a JS map of keyword values; positional args are args[0..n). */
export function splitKw(rt: Runtime, args: Ref[], kwnames: Ref | null): [Ref[], Map<string, Ref>] {
  const kw = new Map<string, Ref>();
  if (kwnames === null || kwnames === NULL) return [args, kw];
  const nk = tupleLen(rt, kwnames);
  const npos = args.length - nk;
  for (let i = 0; i < nk; i++) kw.set(rt.jsStr(tupleGet(rt, kwnames, i)), args[npos + i]);
  return [args.slice(0, npos), kw];
}

function onlyKw(rt: Runtime, fname: string, kw: Map<string, Ref>, allowed: string[]): void {
  for (const k of kw.keys()) if (!allowed.includes(k)) typeError(rt, `'${k}' is an invalid keyword argument for ${fname}()`);
}

function noKw(rt: Runtime, fname: string, kwnames: Ref | null): void {
  if (kwnames !== null && kwnames !== NULL && tupleLen(rt, kwnames) > 0) typeError(rt, `${fname}() takes no keyword arguments`);
}

function exactArgs(rt: Runtime, fname: string, args: Ref[], n: number): void {
  if (args.length !== n) {
    if (n === 1) typeError(rt, `${fname}() takes exactly one argument (${args.length} given)`);
    typeError(rt, `${fname} expected ${n} arguments, got ${args.length}`);
  }
}

function rangeArgs(rt: Runtime, fname: string, args: Ref[], min: number, max: number): void {
  if (args.length < min) typeError(rt, `${fname} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${args.length}`);
  if (args.length > max) typeError(rt, `${fname} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${args.length}`);
}

// ---- output ------------------------------------------------------------------------------

/** The current sys.stdout / sys.stderr object (NULL if sys is not set up). */
export function sysStream(rt: Runtime, which: 'stdout' | 'stderr'): Ref {
  const sys = rt.root(R_SYS_MODULE);
  if (sys === NULL) return NULL;
  return getAttrOpt(rt, sys, rt.intern(which));
}

/** Native stream objects of sys (sys-module.ts registers the check). */
let nativeStreamOf: (rt: Runtime, o: Ref) => 'stdout' | 'stderr' | null = () => null;
export function setNativeStreamCheck(f: (rt: Runtime, o: Ref) => 'stdout' | 'stderr' | null): void { nativeStreamOf = f; }

export function writeTo(rt: Runtime, file: Ref, text: string): void {
  const native = file === NULL ? 'stdout' : nativeStreamOf(rt, file);
  if (native) { rt.host.write(native, text); return; }
  callObject(rt, getAttr(rt, file, rt.intern('write')), [rt.newStr(text)]);
}

const print: NativeFn = (rt, _self, args, kwnames) => {
  const [pos, kw] = splitKw(rt, args, kwnames);
  onlyKw(rt, 'print', kw, ['sep', 'end', 'file', 'flush']);
  const strOrNone = (name: string, dflt: string): string => {
    const v = kw.get(name);
    if (v === undefined || v === rt.none) return dflt;
    if (!isInstance(rt, v, rt.types.str)) typeError(rt, `${name} must be None or a string, not ${typeName(rt, v)}`);
    return rt.jsStr(v);
  };
  const sep = strOrNone('sep', ' ');
  const end = strOrNone('end', '\n');
  let file = kw.get('file') ?? rt.none;
  if (file === rt.none) file = sysStream(rt, 'stdout');
  if (file === rt.none) return rt.none;
  if (file !== NULL && !nativeStreamOf(rt, file)) {
    // A Python file object gets one write() per piece, as CPython's builtin_print does
    // (PyFile_WriteObject for each argument, separator and the end).
    const write = getAttr(rt, file, rt.intern('write'));
    const mark = rt.rootMark();
    try {
      rt.pushRoot(write);
      for (let i = 0; i < pos.length; i++) {
        if (i > 0) callObject(rt, write, [rt.newStr(sep)]);
        const v = pos[i];
        callObject(rt, write, [rt.typeOf(v) === rt.types.str ? v : str(rt, v)]);
      }
      callObject(rt, write, [rt.newStr(end)]);
    } finally { rt.rootRelease(mark); }
  } else {
  let out = '';
  for (let i = 0; i < pos.length; i++) {
    if (i > 0) out += sep;
    const v = pos[i];
    out += rt.typeOf(v) === rt.types.str ? rt.jsStr(v) : rt.jsStr(str(rt, v));
  }
  out += end;
  writeTo(rt, file, out);
  }
  const flush = kw.get('flush');
  if (flush !== undefined && isTrue(rt, flush) && file !== NULL && !nativeStreamOf(rt, file)) {
    callObject(rt, getAttr(rt, file, rt.intern('flush')), []);
  }
  return rt.none;
};

// ---- the simple ones -----------------------------------------------------------------------

const len: NativeFn = (rt, _s, args, kw) => { noKw(rt, 'len', kw); exactArgs(rt, 'len', args, 1); return rt.newInt(pyLen(rt, args[0])); };
const reprFn: NativeFn = (rt, _s, args, kw) => { noKw(rt, 'repr', kw); exactArgs(rt, 'repr', args, 1); return repr(rt, args[0]); };
const asciiFn: NativeFn = (rt, _s, args, kw) => { noKw(rt, 'ascii', kw); exactArgs(rt, 'ascii', args, 1); return asciiOf(rt, args[0]); };
const idFn: NativeFn = (rt, _s, args, kw) => { noKw(rt, 'id', kw); exactArgs(rt, 'id', args, 1); return rt.newInt(isSmallInt(args[0]) ? 0x40000000 + (args[0] >> 1) * 2 : args[0] >>> 0); };
// hash() shows all 64 bits (exactHash), which the slots' JS-number hashes round above 2**53.
const hashFn: NativeFn = (rt, _s, args, kw) => {
  noKw(rt, 'hash', kw); exactArgs(rt, 'hash', args, 1);
  const h = hash(rt, args[0]!);
  if (Math.abs(h) < 2 ** 53) return rt.newInt(h);
  exactHash(rt, args[0]!);
  return rt.newInt(toBigInt(H.hi, H.lo));
};
const callable: NativeFn = (rt, _s, args, kw) => { noKw(rt, 'callable', kw); exactArgs(rt, 'callable', args, 1); return rt.bool(isCallable(rt, args[0]!)); };
const absFn: NativeFn = (rt, _s, args, kw) => { noKw(rt, 'abs', kw); exactArgs(rt, 'abs', args, 1); return unaryOp(rt, args[0], UnOp.ABS); };

const isinstance: NativeFn = (rt, _s, args, kw) => { noKw(rt, 'isinstance', kw); exactArgs(rt, 'isinstance', args, 2); return rt.bool(isInstance(rt, args[0], args[1])); };
const issubclass: NativeFn = (rt, _s, args, kw) => { noKw(rt, 'issubclass', kw); exactArgs(rt, 'issubclass', args, 2); return rt.bool(isSubclass(rt, args[0], args[1])); };

function attrName(rt: Runtime, fname: string, n: Ref): Ref {
  // python3.11 words getattr/setattr/delattr/hasattr's error without the function name.
  if (!isInstance(rt, n, rt.types.str)) typeError(rt, `attribute name must be string, not '${typeName(rt, n)}'`);
  void fname;
  return rt.internRef(n);
}
const getattrFn: NativeFn = (rt, _s, args, kw) => {
  noKw(rt, 'getattr', kw);
  rangeArgs(rt, 'getattr', args, 2, 3);
  const name = attrName(rt, 'getattr', args[1]);
  if (args.length === 3) { const v = getAttrOpt(rt, args[0], name); return v === NULL ? args[2] : v; }
  return getAttr(rt, args[0], name);
};
const setattrFn: NativeFn = (rt, _s, args, kw) => { noKw(rt, 'setattr', kw); exactArgs(rt, 'setattr', args, 3); setAttr(rt, args[0], attrName(rt, 'setattr', args[1]), args[2]); return rt.none; };
const delattrFn: NativeFn = (rt, _s, args, kw) => { noKw(rt, 'delattr', kw); exactArgs(rt, 'delattr', args, 2); delAttr(rt, args[0], attrName(rt, 'delattr', args[1])); return rt.none; };
const hasattrFn: NativeFn = (rt, _s, args, kw) => { noKw(rt, 'hasattr', kw); exactArgs(rt, 'hasattr', args, 2); return rt.bool(getAttrOpt(rt, args[0], attrName(rt, 'hasattr', args[1])) !== NULL); };

// ---- iteration -----------------------------------------------------------------------------

const iterFn: NativeFn = (rt, _s, args, kw) => {
  noKw(rt, 'iter', kw);
  rangeArgs(rt, 'iter', args, 1, 2);
  if (args.length === 1) return getIter(rt, args[0]);
  if (rt.slots(rt.typeOf(args[0])).call === undefined) typeError(rt, 'iter(v, w): v must be callable');
  return callObject(rt, rt.typeFor('callable_iterator'), [args[0], args[1]]);
};

const nextFn: NativeFn = (rt, _s, args, kw) => {
  // Holds only its arguments (on the caller's stack): a generator it resumes may collect.
  const safe = takeEvalDirect(rt);
  noKw(rt, 'next', kw);
  rangeArgs(rt, 'next', args, 1, 2);
  const it = args[0];
  const f = rt.slots(rt.typeOf(it)).next;
  if (f === undefined) typeError(rt, `'${typeName(rt, it)}' object is not an iterator`);
  let v: Ref;
  if (safe) rt.gcSafeTarget = it;
  try { v = f(rt, it); } finally { rt.gcSafeTarget = NULL; }
  if (v !== NULL) return v;
  if (args.length === 2) return args[1];
  if (isGenLike(rt, it)) {
    const rv = takeGenReturn(rt);
    if (rv !== rt.none) return raiseWith(rt, rt.types.StopIteration, [rv]);
  }
  return raise(rt, rt.types.StopIteration);
};

/** fn(v) for each item of o until fn returns false. The iterator is rooted; `safe` (the
 *  caller holds nothing else unrooted, gc-safe.ts) lets a generator collect as it runs. */
function iterate(rt: Runtime, o: Ref, fn: (v: Ref) => boolean | void, safe = false): void {
  const mark = rt.rootMark();
  try {
    const it = rt.rooted(getIter(rt, o));
    // A generator's resumption consumes gcSafeTarget (eval.ts), so it is named before each
    // step; one try/finally around the loop clears it however the loop ends.
    const gen = safe && rt.typeOf(it) === rt.types.generator ? it : NULL;
    for (;;) {
      rt.gcSafeTarget = gen;
      const v = iterNext(rt, it);
      if (v === NULL || fn(v) === false) return;
    }
  } finally {
    rt.gcSafeTarget = NULL;
    rt.rootRelease(mark);
  }
}

const anyFn: NativeFn = (rt, _s, args, kw) => {
  const safe = takeEvalDirect(rt);
  noKw(rt, 'any', kw); exactArgs(rt, 'any', args, 1);
  let r = false;
  iterate(rt, args[0], (v) => { if (isTrue(rt, v)) { r = true; return false; } }, safe);
  return rt.bool(r);
};
const allFn: NativeFn = (rt, _s, args, kw) => {
  const safe = takeEvalDirect(rt);
  noKw(rt, 'all', kw); exactArgs(rt, 'all', args, 1);
  let r = true;
  iterate(rt, args[0], (v) => { if (!isTrue(rt, v)) { r = false; return false; } }, safe);
  return rt.bool(r);
};

const sumFn: NativeFn = (rt, _s, args, kwnames) => {
  const safe = takeEvalDirect(rt);
  const [pos, kw] = splitKw(rt, args, kwnames);
  onlyKw(rt, 'sum', kw, ['start']);
  if (pos.length < 1) typeError(rt, 'sum() takes at least 1 positional argument (0 given)');
  if (pos.length > 2) typeError(rt, `sum() takes at most 2 arguments (${pos.length} given)`);
  let acc = pos.length > 1 ? pos[1] : kw.get('start') ?? smallInt(0);
  if (isInstance(rt, acc, rt.types.str)) typeError(rt, "sum() can't sum strings [use ''.join(seq) instead]");
  if (isInstance(rt, acc, rt.types.bytes)) typeError(rt, "sum() can't sum bytes [use b''.join(seq) instead]");
  if (isInstance(rt, acc, rt.types.bytearray)) typeError(rt, "sum() can't sum bytearray [use b''.join(seq) instead]");
  // The running total lives in a root slot, so a collection while the iterable runs
  // Python code (a generator) keeps it.
  const mark = rt.rootMark();
  rt.pushRoot(acc);
  // Past 2**53 an all-int sum runs in a JS BigInt, not through a heap int per item (as
  // CPython's builtin_sum_impl keeps a C long, then a PyLong); `big` is null until then and
  // again whenever an item is not an exact int, when the total goes back into `acc`.
  const tInt = rt.types.int, tFloat = rt.types.float;
  let big: bigint | null = null;
  // A float total is kept as a JS double while the items are exact floats or small ints
  // (CPython 3.11's builtin_sum_impl keeps a C double the same way): one IEEE addition per
  // item, as the generic path would do, without a float object per step. NaN marks "not in
  // this mode"; `acc` is brought up to date whenever the mode ends.
  let fsum = NaN, inF = false;
  const heap = rt.heap;
  try {
    iterate(rt, pos[0], (v) => {
      if (inF) {
        if ((v & 1) !== 0) { fsum += v >> 1; return; }
        if (heap.i32[v >> 2] === tFloat) { fsum += heap.f64[(v + 8) >> 3]!; return; }
        inF = false;
        acc = rt.newFloat(fsum);
        rt.rootSet(mark, acc);
      } else if ((acc & 1) === 0 && heap.i32[acc >> 2] === tFloat && ((v & 1) !== 0 || heap.i32[v >> 2] === tFloat)) {
        fsum = heap.f64[(acc + 8) >> 3]! + ((v & 1) !== 0 ? v >> 1 : heap.f64[(v + 8) >> 3]!);
        inF = true;
        return;
      }
      if (big !== null) {
        if (isSmallInt(v)) { big += BigInt(v >> 1); return; }
        if (rt.typeOf(v) === tInt) { big += intToBigInt(rt, v); return; }
        acc = newIntFromBigInt(rt, big);
        big = null;
        rt.rootSet(mark, acc);
      }
      if ((acc & v & 1) !== 0) {
        const r = (acc >> 1) + (v >> 1);
        if (r >= -(2 ** 30) && r < 2 ** 30) { acc = smallInt(r); return; }
      }
      // Exact ints below 2**53 add as doubles (eval-support.ts), not through BigInt.
      const r = intArithFast(rt, acc, v, BinOp.ADD);
      if (r === NULL && (isSmallInt(acc) || rt.typeOf(acc) === tInt) && (isSmallInt(v) || rt.typeOf(v) === tInt)) {
        big = intToBigInt(rt, acc) + intToBigInt(rt, v);
        return;
      }
      acc = r !== NULL ? r : binaryOp(rt, acc, v, BinOp.ADD);
      rt.rootSet(mark, acc);
    }, safe);
    if (inF) acc = rt.newFloat(fsum);
    if (big !== null) acc = newIntFromBigInt(rt, big);
  } finally {
    rt.rootRelease(mark);
  }
  return acc;
};

function minmax(rt: Runtime, fname: 'min' | 'max', args: Ref[], kwnames: Ref | null, safe: boolean): Ref {
  const [pos, kw] = splitKw(rt, args, kwnames);
  onlyKw(rt, fname, kw, ['key', 'default']);
  if (pos.length === 0) typeError(rt, `${fname} expected at least 1 argument, got 0`);
  let key = kw.get('key') ?? rt.none;
  const dflt = kw.get('default');
  let items: Ref[];
  if (pos.length === 1) {
    // A generator drained straight from the eval loop may collect as it runs (gc-safe.ts).
    items = safe && rt.typeOf(pos[0]) === rt.types.generator ? listToArray(rt, listFromIterable(rt, pos[0], true)) : iterateToArray(rt, pos[0]);
  }
  else {
    if (dflt !== undefined) typeError(rt, `Cannot specify a default for ${fname}() with multiple positional arguments`);
    items = pos;
  }
  if (items.length === 0) {
    if (dflt !== undefined) return dflt;
    valueError(rt, `${fname}() arg is an empty sequence`);
  }
  if (key === rt.none) key = NULL;
  const op = fname === 'min' ? CompareOp.LT : CompareOp.GT;
  // With a key function Python code runs between items: the items (the iterable may be
  // mutated) and the best key are rooted, so a key function may collect (gc-safe.ts).
  const mark = rt.rootMark();
  try {
    if (key !== NULL && safe) for (const v of items) rt.pushRoot(v);
    let best = items[0];
    let bestKey = key !== NULL ? callSafe(rt, safe, key, [best]) : best;
    const keySlot = rt.rootMark();
    rt.pushRoot(bestKey);
    for (let i = 1; i < items.length; i++) {
      const k = key !== NULL ? callSafe(rt, safe, key, [items[i]]) : items[i];
      if (richCompareBool(rt, k, bestKey, op)) { best = items[i]; bestKey = k; rt.rootSet(keySlot, k); }
    }
    return best;
  } finally {
    rt.rootRelease(mark);
  }
}
const minFn: NativeFn = (rt, _s, args, kw) => minmax(rt, 'min', args, kw, takeEvalDirect(rt));
const maxFn: NativeFn = (rt, _s, args, kw) => minmax(rt, 'max', args, kw, takeEvalDirect(rt));

/** Sort `items` by `keys` stably with Python's < (list.sort semantics). */
export function sortRefs(rt: Runtime, items: Ref[], keyFn: Ref, reverse: boolean): Ref[] {
  const keys = keyFn === NULL || keyFn === rt.none ? items : items.map((v) => callObject(rt, keyFn, [v]));
  const perm = sortPermutation(items.length, (a, b) => richCompareBool(rt, keys[a], keys[b], CompareOp.LT), reverse);
  const out: Ref[] = new Array(items.length);
  for (let i = 0; i < perm.length; i++) out[i] = items[perm[i]];
  return out;
}

const sortedFn: NativeFn = (rt, _s, args, kwnames) => {
  const safe = takeEvalDirect(rt);
  const [pos, kw] = splitKw(rt, args, kwnames);
  onlyKw(rt, 'sort', kw, ['key', 'reverse']);
  if (pos.length !== 1) typeError(rt, pos.length === 0 ? 'sorted expected 1 argument, got 0' : `sorted expected 1 argument, got ${pos.length}`);
  const l = listFromIterable(rt, pos[0], safe);
  // list.sort on the new list (rooted: only this native holds it while keys and __lt__ run
  // Python code); listSort roots the items and keys itself.
  const mark = rt.rootMark();
  rt.pushRoot(l);
  try {
    const rev = kw.get('reverse');
    const reverse = rev !== undefined && isTrue(rt, rev);
    listSort(rt, l, kw.get('key') ?? rt.none, reverse, safe);
  } finally {
    rt.rootRelease(mark);
  }
  return l;
};

// ---- numbers -------------------------------------------------------------------------------

const divmodFn: NativeFn = (rt, _s, args, kw) => { noKw(rt, 'divmod', kw); exactArgs(rt, 'divmod', args, 2); return binaryOp(rt, args[0], args[1], BINOP_DIVMOD); };

const powFn: NativeFn = (rt, _s, args, kwnames) => {
  const [pos, kw] = splitKw(rt, args, kwnames);
  onlyKw(rt, 'pow', kw, ['base', 'exp', 'mod']);
  const base = pos[0] ?? kw.get('base'), exp = pos[1] ?? kw.get('exp'), mod = pos[2] ?? kw.get('mod') ?? rt.none;
  if (base === undefined) typeError(rt, "pow() missing required argument 'base' (pos 1)");
  if (exp === undefined) typeError(rt, "pow() missing required argument 'exp' (pos 2)");
  return mod === rt.none ? binaryOp(rt, base!, exp!, BinOp.POWER) : ternaryPow(rt, base!, exp!, mod);
};

const roundFn: NativeFn = (rt, _s, args, kwnames) => {
  const [pos, kw] = splitKw(rt, args, kwnames);
  onlyKw(rt, 'round', kw, ['number', 'ndigits']);
  const num = pos[0] ?? kw.get('number');
  const nd = pos[1] ?? kw.get('ndigits') ?? rt.none;
  if (num === undefined) typeError(rt, "round() missing required argument 'number' (pos 1)");
  const m = lookupSpecial(rt, num!, rt.intern('__round__'));
  if (m === NULL) typeError(rt, `type ${typeName(rt, num!)} doesn't define __round__ method`);
  return nd === rt.none ? callObject(rt, m, []) : callObject(rt, m, [nd]);
};

function intToBase(rt: Runtime, fname: string, v: Ref, radix: number, prefix: string): Ref {
  const i = pyIndex(rt, v);
  let n: bigint;
  if (isSmallInt(i)) n = BigInt(i >> 1);
  else n = BigInt(rt.jsStr(repr(rt, i)));
  void fname;
  const neg = n < 0n;
  const s = (neg ? -n : n).toString(radix);
  return rt.newStr(`${neg ? '-' : ''}${prefix}${s}`);
}
const hexFn: NativeFn = (rt, _s, args, kw) => { noKw(rt, 'hex', kw); exactArgs(rt, 'hex', args, 1); return intToBase(rt, 'hex', args[0], 16, '0x'); };
const octFn: NativeFn = (rt, _s, args, kw) => { noKw(rt, 'oct', kw); exactArgs(rt, 'oct', args, 1); return intToBase(rt, 'oct', args[0], 8, '0o'); };
const binFn: NativeFn = (rt, _s, args, kw) => { noKw(rt, 'bin', kw); exactArgs(rt, 'bin', args, 1); return intToBase(rt, 'bin', args[0], 2, '0b'); };

const chrFn: NativeFn = (rt, _s, args, kw) => {
  noKw(rt, 'chr', kw); exactArgs(rt, 'chr', args, 1);
  if (!isInt(rt, args[0])) typeError(rt, `'${typeName(rt, args[0])}' object cannot be interpreted as an integer`);
  const i = pyIndex(rt, args[0]);
  const n = isSmallInt(i) ? i >> 1 : -1;
  if (!isSmallInt(i) && !isSmallInt(i)) raise(rt, rt.types.OverflowError, 'Python int too large to convert to C int');
  if (n < 0 || n > 0x10ffff) valueError(rt, 'chr() arg not in range(0x110000)');
  return rt.newStr(String.fromCodePoint(n));
};
const ordFn: NativeFn = (rt, _s, args, kw) => {
  noKw(rt, 'ord', kw); exactArgs(rt, 'ord', args, 1);
  const v = args[0];
  if (isInstance(rt, v, rt.types.str)) {
    const s = rt.jsStr(v);
    const cps = [...s];
    if (cps.length !== 1) typeError(rt, `ord() expected a character, but string of length ${cps.length} found`);
    return rt.newInt(cps[0].codePointAt(0)!);
  }
  if (isInstance(rt, v, rt.types.bytes) || isInstance(rt, v, rt.types.bytearray)) {
    const n = pyLen(rt, v);
    if (n !== 1) typeError(rt, `ord() expected a character, but string of length ${n} found`);
    return callObject(rt, getAttr(rt, v, rt.intern('__getitem__')), [smallInt(0)]);
  }
  return typeError(rt, `ord() expected string of length 1, but ${typeName(rt, v)} found`);
};

const formatFn: NativeFn = (rt, _s, args, kw) => {
  noKw(rt, 'format', kw); rangeArgs(rt, 'format', args, 1, 2);
  const spec = args.length > 1 ? args[1] : rt.emptyStr;
  if (!isInstance(rt, spec, rt.types.str)) typeError(rt, `format() argument 2 must be str, not ${typeName(rt, spec)}`);
  return formatOf(rt, args[0], spec);
};

// ---- input ---------------------------------------------------------------------------------

const inputFn: NativeFn = (rt, _s, args, kw) => {
  noKw(rt, 'input', kw); rangeArgs(rt, 'input', args, 0, 1);
  if (args.length === 1) writeTo(rt, sysStream(rt, 'stdout'), rt.jsStr(str(rt, args[0])));
  const line = rt.host.readLine();
  if (line === null) raise(rt, rt.types.EOFError, 'EOF when reading a line');
  return rt.newStr(line);
};

const openFn: NativeFn = (rt) => raise(rt, rt.types.OSError, 'open() is not available in Concurrency Kitchen: programs run without a filesystem (use io.StringIO for in-memory files)');

// ---- namespaces ----------------------------------------------------------------------------

function callerFrame(rt: Runtime): Ref { return rt.heap.i32[(rt.ts >> 2) + TS_FRAME] as Ref; }

const globalsFn: NativeFn = (rt, _s, args, kw) => { noKw(rt, 'globals', kw); exactArgs(rt, 'globals', args, 0); return rt.heap.i32[(callerFrame(rt) >> 2) + F_GLOBALS] as Ref; };

let localsOf: (rt: Runtime, f: Ref) => Ref = (rt, f) => rt.heap.i32[(f >> 2) + F_LOCALS] as Ref;
/** frame-object.ts installs the fast-locals snapshot (f_locals for function frames). */
export function setLocalsOf(f: (rt: Runtime, frame: Ref) => Ref): void { localsOf = f; }

const localsFn: NativeFn = (rt, _s, args, kw) => { noKw(rt, 'locals', kw); exactArgs(rt, 'locals', args, 0); return localsOf(rt, callerFrame(rt)); };

const varsFn: NativeFn = (rt, _s, args, kw) => {
  noKw(rt, 'vars', kw); rangeArgs(rt, 'vars', args, 0, 1);
  if (args.length === 0) return localsOf(rt, callerFrame(rt));
  const d = getAttrOpt(rt, args[0], rt.intern('__dict__'));
  if (d === NULL) typeError(rt, 'vars() argument must have __dict__ attribute');
  return d;
};

const dirFn: NativeFn = (rt, _s, args, kw) => {
  noKw(rt, 'dir', kw); rangeArgs(rt, 'dir', args, 0, 1);
  let names: Ref[];
  if (args.length === 0) {
    const loc = localsOf(rt, callerFrame(rt));
    names = iterateToArray(rt, callObject(rt, getAttr(rt, loc, rt.intern('keys')), []));
  } else {
    const m = lookupSpecial(rt, args[0], rt.intern('__dir__'));
    if (m === NULL) typeError(rt, 'object does not provide __dir__');
    names = iterateToArray(rt, callObject(rt, m, []));
  }
  return newList(rt, sortRefs(rt, names, NULL, false));
};

void [listToArray, listLen, newDict, dictGetStr, dictSet, dictNext, dictEntryKey, F_BUILTINS, vm, T_DICT, instanceDict, addressString, isType, PyError];

/** exit() / quit(): site.Quitter's call (CPython Lib/_sitebuiltins.py): SystemExit(code). */
const quitFn: NativeFn = (rt, _s, args, kw) => {
  noKw(rt, 'exit', kw);
  if (args.length > 1) typeError(rt, `exit() takes from 1 to 2 positional arguments but ${args.length + 1} were given`);
  return raiseWith(rt, rt.types.SystemExit, args.length ? [args[0]] : []);
};

const aiterFn: NativeFn = (rt, _s, args, kw) => {
  noKw(rt, 'aiter', kw); exactArgs(rt, 'aiter', args, 1);
  const m = lookupSpecial(rt, args[0], rt.intern('__aiter__'));
  if (m === NULL) typeError(rt, `'${typeName(rt, args[0])}' object is not an async iterable`);
  return callObject(rt, m, []);
};
const anextFn: NativeFn = (rt, _s, args, kw) => {
  noKw(rt, 'anext', kw); rangeArgs(rt, 'anext', args, 1, 2);
  const m = lookupSpecial(rt, args[0], rt.intern('__anext__'));
  if (m === NULL) typeError(rt, `'${typeName(rt, args[0])}' object is not an async iterator`);
  if (args.length === 2) raise(rt, rt.types.NotImplementedError, 'anext() with a default value is not supported yet');
  return callObject(rt, m, []);
};

/** breakpoint(*args, **kws): calls sys.breakpointhook (Python/bltinmodule.c). */
const breakpointFn: NativeFn = (rt, _s, args, kw) => {
  const sys = rt.root(R_SYS_MODULE);
  const hook = sys === NULL ? NULL : getAttrOpt(rt, sys, rt.intern('breakpointhook'));
  if (hook === NULL) raise(rt, rt.types.RuntimeError, 'lost sys.breakpointhook');
  return callObject(rt, hook, args, kw);
};

export const BUILTIN_FNS: Record<string, NativeFn> = {
  aiter: aiterFn, anext: anextFn, breakpoint: breakpointFn,
  exit: quitFn, quit: quitFn,
  print, len, repr: reprFn, ascii: asciiFn, id: idFn, hash: hashFn, callable, abs: absFn,
  isinstance, issubclass, getattr: getattrFn, setattr: setattrFn, delattr: delattrFn, hasattr: hasattrFn,
  iter: iterFn, next: nextFn, any: anyFn, all: allFn, sum: sumFn, min: minFn, max: maxFn, sorted: sortedFn,
  divmod: divmodFn, pow: powFn, round: roundFn, hex: hexFn, oct: octFn, bin: binFn, chr: chrFn, ord: ordFn,
  format: formatFn, input: inputFn, open: openFn, globals: globalsFn, locals: localsFn, vars: varsFn, dir: dirFn,
};
