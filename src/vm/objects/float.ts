// float: a heap object holding one IEEE double. Arithmetic after CPython
// Objects/floatobject.c: mixed int/float operands convert the int (OverflowError when it is
// too large), % and // take the divisor's sign (float_rem / float_floor_div), ** follows C99
// pow plus Python's rules (0.0 to a negative power raises, a negative base to a fractional
// power gives a complex), comparisons with ints are exact, hash is _Py_HashDouble, repr is
// the shortest round-trip form (format/float-repr.ts).
//
// Layout: header; the double at byte 8.

import { type Ref, NULL, isSmallInt, smallInt } from '../heap.ts';
import type { Runtime } from '../runtime.ts';
import { CompareOp, type TypeSlots } from '../type-slots.ts';
import { registerType } from '../registry.ts';
import { T_FLAGS, TF_LONG_SUBCLASS, TF_FLOAT_SUBCLASS, T_BASICSIZE } from '../type-layout.ts';
import { raise, raiseWith, typeError, valueError, overflowError, zeroDivisionError } from '../errors.ts';
import { typeName, isSubtype, index as pyIndex } from '../abstract.ts';
import { floatRepr } from '../format/float-repr.ts';
import {
  unicodeDigit, intToBigInt, intToFloatChecked, newIntFromBigInt, intFromFloat, HASH_MODULUS, bigFloorDivMod,
} from './int.ts';
import { complexPowHook } from './complex-hooks.ts';
import { powPrecise } from './float-pow.ts';

export const FLOAT_BASICSIZE = 16;

export function newFloatObject(rt: Runtime, x: number, type: Ref = rt.types.float): Ref {
  const r = rt.heap.alloc(type, type === rt.types.float ? FLOAT_BASICSIZE : rt.heap.i32[(type >> 2) + T_BASICSIZE]);
  rt.heap.f64[(r + 8) >> 3] = x;
  return r;
}

/** The double of a float object (subclasses included). */
export function floatValue(rt: Runtime, r: Ref): number { return rt.heap.f64[(r + 8) >> 3]; }

function flagsOf(rt: Runtime, r: Ref): number { return rt.heap.i32[(rt.heap.i32[r >> 2] >> 2) + T_FLAGS]; }

/** Convert a float or int operand to a double, or NaN-tagged "not handled" (null). */
function operand(rt: Runtime, r: Ref): number | null {
  if (isSmallInt(r)) return r >> 1;
  const f = flagsOf(rt, r);
  if ((f & TF_FLOAT_SUBCLASS) !== 0) return rt.heap.f64[(r + 8) >> 3];
  if ((f & TF_LONG_SUBCLASS) !== 0) return intToFloatChecked(rt, r);
  return null;
}

// ---- hash (_Py_HashDouble, Python/pyhash.c) ------------------------------------------------

const scratch = new Float64Array(1);
const scratchBits = new BigUint64Array(scratch.buffer);

/** x = m * 2**e exactly, m an odd-or-zero BigInt with sign. x finite. */
export function decompose(x: number): { m: bigint; e: number } {
  if (x === 0) return { m: 0n, e: 0 };
  scratch[0] = x;
  const bits = scratchBits[0];
  const neg = (bits >> 63n) === 1n;
  const bexp = Number((bits >> 52n) & 0x7ffn);
  let frac = bits & 0xfffffffffffffn;
  let e: number;
  if (bexp === 0) { e = -1074; } else { frac |= 1n << 52n; e = bexp - 1075; }
  while ((frac & 1n) === 0n && frac !== 0n) { frac >>= 1n; e++; }
  return { m: neg ? -frac : frac, e };
}

/** Exact python3 hash of a float as a BigInt. `id` is used for NaN (3.10+ hashes NaN by
 *  object identity). */
export function floatHashExact(x: number, id: number): bigint {
  if (x !== x) return BigInt(id);
  if (x === Infinity) return 314159n;
  if (x === -Infinity) return -314159n;
  const { m, e } = decompose(x);
  const neg = m < 0n;
  let h = (neg ? -m : m) % HASH_MODULUS;
  // multiply by 2**e modulo 2**61-1: a rotation of the 61-bit value.
  const ee = ((e % 61) + 61) % 61;
  h = ((h << BigInt(ee)) & HASH_MODULUS) | (h >> BigInt(61 - ee));
  h %= HASH_MODULUS;
  if (neg) h = -h;
  if (h === -1n) h = -2n;
  return h;
}

export function floatHash(rt: Runtime, r: Ref): number {
  const x = floatValue(rt, r);
  if (Number.isSafeInteger(x)) return x === -1 ? -2 : x + 0; // + 0: hash(-0.0) is 0
  return Number(floatHashExact(x, r >>> 3));
}

// ---- arithmetic ----------------------------------------------------------------------------

/** float_rem: x mod y with the sign of y. */
export function floatMod(rt: Runtime, x: number, y: number): number {
  if (y === 0) zeroDivisionError(rt, 'float modulo');
  let mod = x % y;
  if (mod !== 0) { // NaN counts as nonzero, as in C
    if ((y < 0) !== (mod < 0)) mod += y;
  } else {
    mod = y < 0 ? -0 : 0;
  }
  return mod;
}

/** float_divmod's (floor quotient, remainder). */
export function floatDivmod(rt: Runtime, x: number, y: number, what: string): [number, number] {
  if (y === 0) zeroDivisionError(rt, what);
  let mod = x % y;
  let div = (x - mod) / y;
  if (mod !== 0) {
    if ((y < 0) !== (mod < 0)) { mod += y; div -= 1; }
  } else {
    mod = y < 0 ? -0 : 0;
  }
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1;
  } else {
    floordiv = (x / y < 0 || Object.is(x / y, -0)) ? -0 : 0;
  }
  return [floordiv, mod];
}

/** x ** y with Python's float rules (CPython float_pow: C99 special cases, ZeroDivisionError
 *  for 0.0 to a negative power, OverflowError(34, ...) when a finite power overflows). A
 *  negative base to a non-integer power is complex: callers check that first. Integral
 *  exponents are computed exactly and rounded once, as glibc's correctly rounded pow gives;
 *  other exponents use Math.pow (may differ from python3 in the last digit). */
export function floatPow(rt: Runtime, x: number, y: number): number {
  if (y === 0) return 1;
  if (x !== x) return x;
  if (y !== y) return x === 1 ? 1 : y;
  if (!Number.isFinite(y)) {
    const ax = Math.abs(x);
    if (ax === 1) return 1;
    return (y > 0) === (ax > 1) ? Infinity : 0;
  }
  if (!Number.isFinite(x)) {
    const odd = Number.isInteger(y) && Math.abs(y % 2) === 1;
    if (y > 0) return odd ? x : Infinity;
    return odd ? (x < 0 ? -0 : 0) : 0;
  }
  if (x === 0) {
    if (y < 0) zeroDivisionError(rt, '0.0 cannot be raised to a negative power');
    const odd = Number.isInteger(y) && Math.abs(y % 2) === 1;
    return odd ? x : 0;
  }
  let r: number;
  if (Number.isInteger(y) && Math.abs(y) <= 1024 && x !== 1 && x !== -1) r = exactIntPow(x, y);
  else if (y === 0.5) r = Math.sqrt(x); // IEEE sqrt is correctly rounded, like glibc pow(x, 0.5)
  else if (x > 0) r = powPrecise(x, y);
  else r = Math.pow(x, y); // negative base, integral y beyond the exact range
  if (!Number.isFinite(r)) raiseWith(rt, rt.types.OverflowError, [smallInt(34), rt.newStr('Numerical result out of range')]);
  return r;
}

/** x ** n for an integer n, exact then correctly rounded (±Infinity past the range). */
function exactIntPow(x: number, n: number): number {
  const { m, e } = decompose(x);
  const k = BigInt(Math.abs(n));
  const mp = m ** k;                      // exact mantissa power (sign included)
  const ep = e * Math.abs(n);             // exponent of 2
  let num: bigint, den: bigint;
  if (n > 0) {
    if (ep > 1100) return mp < 0n ? -Infinity : Infinity;
    num = ep >= 0 ? mp << BigInt(ep) : mp;
    den = ep >= 0 ? 1n : 1n << BigInt(-ep);
  } else {
    if (-ep > 1100) return (mp < 0n) ? -Infinity : Infinity;
    num = ep <= 0 ? 1n << BigInt(-ep) : 1n;
    den = ep <= 0 ? mp : mp << BigInt(ep);
  }
  return roundedQuotient(num, den);
}

/** num / den correctly rounded to a double (0 / ±Infinity beyond the range). */
function roundedQuotient(num: bigint, den: bigint): number {
  const neg = (num < 0n) !== (den < 0n);
  if (num < 0n) num = -num;
  if (den < 0n) den = -den;
  if (num === 0n) return neg ? -0 : 0;
  const bl = (v: bigint): number => v.toString(2).length;
  const shift = 55 - (bl(num) - bl(den));
  let a = num, b = den;
  if (shift > 0) a <<= BigInt(shift); else b <<= BigInt(-shift);
  let q = a / b;
  const sticky = a % b !== 0n;
  const qbits = bl(q);
  // value = q * 2**-shift; the leading bit has exponent qbits - 1 - shift.
  const lead = qbits - 1 - shift;
  if (lead > 1023) return neg ? -Infinity : Infinity;
  const keep = lead >= -1022 ? 53 : Math.max(0, 53 - (-1022 - lead));
  const drop = qbits - keep;
  if (drop > 0) {
    const D = BigInt(drop);
    const rem = q & ((1n << D) - 1n), half = 1n << (D - 1n);
    q >>= D;
    if (rem > half || (rem === half && (sticky || (q & 1n) === 1n))) q += 1n;
  }
  const r = Number(q) * 2 ** (drop - shift > 1023 ? 1023 : drop - shift) * (drop - shift > 1023 ? 2 ** (drop - shift - 1023) : 1);
  return neg ? -r : r;
}

function binary(f: (rt: Runtime, x: number, y: number) => number): (rt: Runtime, a: Ref, b: Ref) => Ref {
  return (rt, a, b) => {
    const x = operand(rt, a);
    if (x === null) return rt.notImplemented;
    const y = operand(rt, b);
    if (y === null) return rt.notImplemented;
    return newFloatObject(rt, f(rt, x, y));
  };
}

function pow(rt: Runtime, a: Ref, b: Ref, m: Ref): Ref {
  const x = operand(rt, a);
  if (x === null) return rt.notImplemented;
  const y = operand(rt, b);
  if (y === null) return rt.notImplemented;
  if (m !== rt.none && m !== NULL) typeError(rt, 'pow() 3rd argument not allowed unless all arguments are integers');
  if (x < 0 && Number.isFinite(x) && Number.isFinite(y) && y !== Math.floor(y)) return complexPowHook.f(rt, x, y);
  return newFloatObject(rt, floatPow(rt, x, y));
}

/** Exact comparison of a double with an int (float_richcompare). Returns <0, 0, >0, or NaN
 *  when x is NaN. */
export function compareFloatInt(rt: Runtime, x: number, i: Ref): number {
  if (x !== x) return NaN;
  if (isSmallInt(i)) { const v = i >> 1; return x < v ? -1 : x > v ? 1 : 0; }
  if (!Number.isFinite(x)) return x > 0 ? 1 : -1;
  const v = intToBigInt(rt, i);
  const fl = Math.floor(x);
  const fb = BigInt(fl);
  if (fb < v) return -1;
  if (fb > v) return 1;
  return x > fl ? 1 : 0;
}

function cmp(c: number, op: CompareOp): boolean {
  if (c !== c) return op === CompareOp.NE;
  switch (op) {
    case CompareOp.LT: return c < 0;
    case CompareOp.LE: return c <= 0;
    case CompareOp.EQ: return c === 0;
    case CompareOp.NE: return c !== 0;
    case CompareOp.GT: return c > 0;
    default: return c >= 0;
  }
}

// ---- float() -------------------------------------------------------------------------------

const FLOAT_RE = /^[+-]?((\d(_?\d)*)?\.?\d(_?\d)*([eE][+-]?\d(_?\d)*)?|(\d(_?\d)*)\.([eE][+-]?\d(_?\d)*)?)$/;

/** float(str) as python3 parses it (underscores between digits, inf/nan words, whitespace). */
export function parseFloatLiteral(rt: Runtime, text: string, reprText: () => string): number {
  // Unicode decimal digits count as digits (float('٣.٥') == 3.5), as in CPython's
  // _PyUnicode_TransformDecimalAndSpaceToASCII.
  const s = Array.from(text.trim(), (ch) => { const d = unicodeDigit(ch.codePointAt(0)!); return d >= 0 ? String(d) : ch; }).join('');
  const low = s.toLowerCase();
  const m = /^([+-]?)(inf|infinity|nan)$/.exec(low);
  if (m) {
    if (m[2] === 'nan') return NaN;
    return m[1] === '-' ? -Infinity : Infinity;
  }
  if (!FLOAT_RE.test(s)) valueError(rt, `could not convert string to float: ${reprText()}`);
  return Number(s.replace(/_/g, ''));
}

/** float(x) (PyNumber_Float). */
export function floatFromObject(rt: Runtime, x: Ref): number {
  const v = operand(rt, x);
  if (v !== null) return v;
  const t = rt.typeOf(x);
  if (isSubtype(rt, t, rt.types.str)) return parseFloatLiteral(rt, rt.jsStr(x), () => rt.jsStr(rt.slots(t).repr!(rt, x)));
  const s = rt.slots(t);
  if (s.float !== undefined) {
    const r = s.float(rt, x);
    if (isSmallInt(r) || (flagsOf(rt, r) & TF_FLOAT_SUBCLASS) === 0) typeError(rt, `${typeName(rt, x)}.__float__ returned non-float (type ${typeName(rt, r)})`);
    return floatValue(rt, r);
  }
  if (s.index !== undefined) return intToFloatChecked(rt, pyIndex(rt, x));
  return typeError(rt, `float() argument must be a string or a real number, not '${typeName(rt, x)}'`);
}

// ---- round, ratio --------------------------------------------------------------------------

/** round(x, ndigits) correctly rounded with half-even on the exact binary value
 *  (CPython double_round). */
export function floatRound(rt: Runtime, x: number, nd: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  if (nd > 323) return x;
  if (nd < -308) return x < 0 ? -0 : 0;
  const { m, e } = decompose(x);
  let num = m, den = 1n;
  if (e > 0) num <<= BigInt(e); else den <<= BigInt(-e);
  if (nd > 0) num *= 10n ** BigInt(nd); else den *= 10n ** BigInt(-nd);
  let [q, r] = bigFloorDivMod(num, den);
  const twice = 2n * r;
  if (twice > den || (twice === den && (q & 1n) === 1n)) q += 1n;
  const res = Number(`${q}e${-nd}`);
  if (!Number.isFinite(res)) overflowError(rt, 'rounded value too large to represent');
  return res === 0 ? (x < 0 ? -0 : 0) : res;
}

function asIntegerRatio(rt: Runtime, x: number): [bigint, bigint] {
  if (x !== x) valueError(rt, 'cannot convert NaN to integer ratio');
  if (!Number.isFinite(x)) overflowError(rt, 'cannot convert Infinity to integer ratio');
  const { m, e } = decompose(x);
  return e >= 0 ? [m << BigInt(e), 1n] : [m, 1n << BigInt(-e)];
}

function pair(rt: Runtime, a: Ref, b: Ref): Ref {
  const t = rt.heap.alloc(rt.types.tuple, 20);
  const i32 = rt.heap.i32, w = t >> 2;
  i32[w + 2] = 2; i32[w + 3] = a; i32[w + 4] = b;
  return t;
}

// ---- the type ------------------------------------------------------------------------------

const floatSlots: TypeSlots = {
  repr: (rt, self) => rt.newStr(floatRepr(floatValue(rt, self))),
  hash: floatHash,
  bool: (rt, self) => floatValue(rt, self) !== 0 && true,
  richcompare(rt, a, b, op) {
    const x = floatValue(rt, a);
    if (isSmallInt(b)) return rt.bool(cmp(x !== x ? NaN : x - (b >> 1), op));
    const f = flagsOf(rt, b);
    if ((f & TF_FLOAT_SUBCLASS) !== 0) {
      const y = floatValue(rt, b);
      switch (op) {
        case CompareOp.LT: return rt.bool(x < y);
        case CompareOp.LE: return rt.bool(x <= y);
        case CompareOp.EQ: return rt.bool(x === y);
        case CompareOp.NE: return rt.bool(x !== y);
        case CompareOp.GT: return rt.bool(x > y);
        default: return rt.bool(x >= y);
      }
    }
    if ((f & TF_LONG_SUBCLASS) !== 0) return rt.bool(cmp(compareFloatInt(rt, x, b), op));
    return rt.notImplemented;
  },
  add: binary((_rt, x, y) => x + y),
  sub: binary((_rt, x, y) => x - y),
  mul: binary((_rt, x, y) => x * y),
  truediv: binary((rt, x, y) => { if (y === 0) zeroDivisionError(rt, 'float division by zero'); return x / y; }),
  floordiv: binary((rt, x, y) => floatDivmod(rt, x, y, 'float floor division by zero')[0]),
  mod: binary(floatMod),
  divmod(rt, a, b) {
    const x = operand(rt, a); if (x === null) return rt.notImplemented;
    const y = operand(rt, b); if (y === null) return rt.notImplemented;
    const [q, r] = floatDivmod(rt, x, y, 'float divmod()');
    return pair(rt, newFloatObject(rt, q), newFloatObject(rt, r));
  },
  pow,
  neg: (rt, a) => newFloatObject(rt, -floatValue(rt, a)),
  pos: (rt, a) => (rt.typeOf(a) === rt.types.float ? a : newFloatObject(rt, floatValue(rt, a))),
  abs: (rt, a) => newFloatObject(rt, Math.abs(floatValue(rt, a))),
  int: (rt, a) => intFromFloat(rt, floatValue(rt, a)),
  float: (rt, a) => (rt.typeOf(a) === rt.types.float ? a : newFloatObject(rt, floatValue(rt, a))),
  new(rt, type, args, kwnames) {
    if (kwnames !== null && kwnames !== NULL && rt.heap.i32[(kwnames >> 2) + 2] > 0) typeError(rt, 'float() takes no keyword arguments');
    if (args.length > 1) typeError(rt, `float expected at most 1 argument, got ${args.length}`);
    const v = args.length === 0 ? 0 : floatFromObject(rt, args[0]);
    return newFloatObject(rt, v, type);
  },
};

registerType({
  key: 'float', name: 'float', basicsize: FLOAT_BASICSIZE, flags: 2 /* TF_BASETYPE */, slots: floatSlots,
  doc: 'Convert a string or number to a floating point number, if possible.',
  methods: {
    is_integer: (rt, self) => { const x = floatValue(rt, self); return rt.bool(Number.isFinite(x) && Math.floor(x) === x); },
    as_integer_ratio: (rt, self) => {
      const [n, d] = asIntegerRatio(rt, floatValue(rt, self));
      return pair(rt, newIntFromBigInt(rt, n), newIntFromBigInt(rt, d));
    },
    conjugate: (rt, self) => floatSlots.float!(rt, self),
    __trunc__: (rt, self) => intFromFloat(rt, floatValue(rt, self)),
    __int__: (rt, self) => intFromFloat(rt, floatValue(rt, self)),
    __floor__: (rt, self) => intFromFloat(rt, Math.floor(floatValue(rt, self))),
    __ceil__: (rt, self) => intFromFloat(rt, Math.ceil(floatValue(rt, self))),
    __round__(rt, self, args) {
      const x = floatValue(rt, self);
      if (args.length === 0 || args[0] === rt.none) {
        // round-half-even to an int
        if (x !== x) valueError(rt, 'cannot convert float NaN to integer');
        if (!Number.isFinite(x)) overflowError(rt, 'cannot convert float infinity to integer');
        let r = Math.round(x);
        if (Math.abs(x % 1) === 0.5 && r % 2 !== 0) r -= 1;
        return intFromFloat(rt, r);
      }
      const nd = Number(intToBigInt(rt, pyIndex(rt, args[0])));
      return newFloatObject(rt, floatRound(rt, x, nd));
    },
    hex: (rt, self) => rt.newStr(floatHex(floatValue(rt, self))),
    __getnewargs__: (rt, self) => { const t = rt.heap.alloc(rt.types.tuple, 16); rt.heap.i32[(t >> 2) + 2] = 1; rt.heap.i32[(t >> 2) + 3] = newFloatObject(rt, floatValue(rt, self)); return t; },
    __format__: (rt, self, args) => {
      if (args.length !== 1) typeError(rt, `__format__() takes exactly one argument (${args.length} given)`);
      if (rt.jsStr(args[0]) === '') return rt.newStr(floatRepr(floatValue(rt, self)));
      return formatFloatHook(rt, self, args[0]);
    },
  },
  classmethods: {
    fromhex: (rt, cls, args) => {
      if (args.length !== 1) typeError(rt, `fromhex() takes exactly one argument (${args.length} given)`);
      return newFloatObject(rt, floatFromHex(rt, rt.jsStr(args[0])), cls);
    },
  },
  getsets: {
    real: { get: (rt, self) => floatSlots.float!(rt, self) },
    imag: { get: (rt) => newFloatObject(rt, 0) },
  },
});

/** float.hex(): '0x1.8000000000000p+1'. */
export function floatHex(x: number): string {
  if (x !== x) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0x0.0p+0' : '0x0.0p+0';
  scratch[0] = x;
  const bits = scratchBits[0];
  const sign = bits >> 63n ? '-' : '';
  const bexp = Number((bits >> 52n) & 0x7ffn);
  const frac = (bits & 0xfffffffffffffn).toString(16).padStart(13, '0');
  if (bexp === 0) return `${sign}0x0.${frac}p-1022`;
  const e = bexp - 1023;
  return `${sign}0x1.${frac}p${e >= 0 ? '+' : ''}${e}`;
}

function floatFromHex(rt: Runtime, s: string): number {
  const m = /^\s*([+-]?)(?:0x)?([0-9a-f]*)(?:\.([0-9a-f]*))?(?:p([+-]?\d+))?\s*$/i.exec(s);
  const w = /^\s*([+-]?)(inf|infinity|nan)\s*$/i.exec(s);
  if (w) return w[2].toLowerCase() === 'nan' ? NaN : w[1] === '-' ? -Infinity : Infinity;
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) valueError(rt, 'invalid hexadecimal floating-point string');
  const digits = (m![2] + (m![3] ?? '')).replace(/^0+/, '') || '0';
  const e = Number(m![4] ?? 0) - 4 * (m![3] ?? '').length;
  const v = Number(`${BigInt('0x' + digits)}`) * 2 ** e;
  if (!Number.isFinite(v)) overflowError(rt, 'hexadecimal value too large to represent as a float');
  return m![1] === '-' ? -v : v;
}

/** format(float, spec) for a non-empty spec: src/vm/format installs the mini-language. */
export let formatFloatHook: (rt: Runtime, self: Ref, spec: Ref) => Ref = (rt) => typeError(rt, 'format specs are not available yet');
export function setFormatFloatHook(f: (rt: Runtime, self: Ref, spec: Ref) => Ref): void { formatFloatHook = f; }

export { smallInt, raise };
