// int: small ints are tagged words (heap.ts); anything else is a heap object holding a sign
// and 32-bit limbs. Arithmetic on small ints stays in JS numbers; otherwise it goes through
// BigInt and the result is normalised back to a tagged word when it fits. bool objects and
// instances of int subclasses are always heap objects (their type must be recorded).
//
// Python semantics after CPython Objects/longobject.c: floor division and modulo take the
// sign of the divisor, ** with a negative exponent gives a float, pow(a, b, m) with a
// negative b uses the modular inverse, bitwise operators act on two's complement with
// infinite sign extension, true division is correctly rounded, and error messages are
// python3's.
//
// Layout: header; I_SIZE (signed limb count: sign of the value × number of limbs); limbs,
// least significant first, as u32 from word I_LIMBS.

import { type Ref, NULL, isSmallInt, smallInt, smallIntValue, fitsSmallInt } from '../heap.ts';
import type { Runtime } from '../runtime.ts';
import { CompareOp, type TypeSlots } from '../type-slots.ts';
import { registerType } from '../registry.ts';
import { T_FLAGS, TF_LONG_SUBCLASS, TF_FLOAT_SUBCLASS, T_EXTRA, TF_HEAPTYPE } from '../type-layout.ts';
import { raise, typeError, valueError, overflowError, zeroDivisionError } from '../errors.ts';
import { typeName, isSubtype, index as pyIndex, isTrue, reprJs, callObject, getAttr } from '../abstract.ts';
import { lookupType } from '../type-object.ts';
import { floatValue, newFloatObject, floatPow } from './float.ts';
import { tupleLen } from './tuple-core.ts';

export const I_SIZE = 2;
export const I_LIMBS = 3;
export const INT_BASICSIZE = 12;

/** CPython's default sys.int_info.str_digits_check_threshold / default max str digits. */
export const INT_MAX_STR_DIGITS = 4300;

// ---- construction and reading ---------------------------------------------------------------

/** An int heap object of `type` (int, bool, or a subclass) holding `v`, never tagged. */
export function newIntObject(rt: Runtime, v: bigint, type: Ref = rt.types.int): Ref {
  const neg = v < 0n;
  let m = neg ? -v : v;
  let n = 0;
  for (let t = m; t > 0n; t >>= 32n) n++;
  const extra = type === rt.types.int || type === rt.types.bool ? 0 : rt.heap.i32[(type >> 2) + T_EXTRA];
  const r = rt.heap.alloc(type, ((4 * (I_LIMBS + n) + 7) & ~7) + extra);
  const i32 = rt.heap.i32, u32 = rt.heap.u32, w = r >> 2;
  i32[w + I_SIZE] = neg ? -n : n;
  for (let i = 0; i < n; i++) { u32[w + I_LIMBS + i] = Number(m & 0xffffffffn); m >>= 32n; }
  return r;
}

export function newIntFromBigInt(rt: Runtime, v: bigint): Ref {
  if (v >= -1073741824n && v <= 1073741823n) return smallInt(Number(v));
  return newIntObject(rt, v);
}

/** An int from a JS integer (number); non-integers are a caller bug. */
export function newIntFromNumber(rt: Runtime, n: number): Ref {
  if (fitsSmallInt(n)) return smallInt(n);
  if (n > -9007199254740992 && n < 9007199254740992) {
    // Below 2**53 the one or two 32-bit limbs come from double arithmetic, without BigInt.
    const neg = n < 0, m = neg ? -n : n;
    const hi = Math.floor(m / 4294967296), lo = m - hi * 4294967296;
    const limbs = hi === 0 ? 1 : 2;
    const r = rt.heap.alloc(rt.types.int, (4 * (I_LIMBS + limbs) + 7) & ~7);
    const i32 = rt.heap.i32, u32 = rt.heap.u32, w = r >> 2;
    i32[w + I_SIZE] = neg ? -limbs : limbs;
    u32[w + I_LIMBS] = lo;
    if (limbs === 2) u32[w + I_LIMBS + 1] = hi;
    return r;
  }
  return newIntObject(rt, BigInt(n));
}

export function newBoolObject(rt: Runtime, v: boolean): Ref { return newIntObject(rt, v ? 1n : 0n, rt.types.bool); }

/** Value of an int (tagged or object, bool and subclasses included) as a BigInt. */
export function intToBigInt(rt: Runtime, r: Ref): bigint {
  if (isSmallInt(r)) return BigInt(r >> 1);
  const i32 = rt.heap.i32, u32 = rt.heap.u32, w = r >> 2;
  const size = i32[w + I_SIZE];
  const n = size < 0 ? -size : size;
  if (n === 1) return size < 0 ? -BigInt(u32[w + I_LIMBS]) : BigInt(u32[w + I_LIMBS]);
  let v = 0n;
  for (let i = n - 1; i >= 0; i--) v = (v << 32n) | BigInt(u32[w + I_LIMBS + i]);
  return size < 0 ? -v : v;
}

/** Value as a JS number (correctly rounded beyond 2**53; ±Infinity past the double range). */
export function intToNumber(rt: Runtime, r: Ref): number {
  if (isSmallInt(r)) return r >> 1;
  const i32 = rt.heap.i32, u32 = rt.heap.u32, w = r >> 2;
  const size = i32[w + I_SIZE];
  if (size === 0) return 0;
  if (size === 1) return u32[w + I_LIMBS];
  if (size === -1) return -u32[w + I_LIMBS];
  return Number(intToBigInt(rt, r));
}

/** Small-int value or NaN when the int is a heap object whose value does not fit 31 bits —
 *  used by fast paths that also accept bool objects. */
function smallOf(rt: Runtime, r: Ref): number {
  if (isSmallInt(r)) return r >> 1;
  const i32 = rt.heap.i32, w = r >> 2, size = i32[w + I_SIZE];
  if (size === 0) return 0;
  if ((size === 1 || size === -1) && rt.heap.u32[w + I_LIMBS] <= 0x3fffffff) return size * rt.heap.u32[w + I_LIMBS];
  return NaN;
}

export function intIsNegative(rt: Runtime, r: Ref): boolean {
  return isSmallInt(r) ? r < 0 : rt.heap.i32[(r >> 2) + I_SIZE] < 0;
}

/** Is r an int (tagged, bool, int subclass)? */
export function isIntRef(rt: Runtime, r: Ref): boolean {
  return isSmallInt(r) || (rt.heap.i32[(rt.heap.i32[r >> 2] >> 2) + T_FLAGS] & TF_LONG_SUBCLASS) !== 0;
}

function isFloatRef(rt: Runtime, r: Ref): boolean {
  return !isSmallInt(r) && (rt.heap.i32[(rt.heap.i32[r >> 2] >> 2) + T_FLAGS] & TF_FLOAT_SUBCLASS) !== 0;
}

// ---- hash ----------------------------------------------------------------------------------

/** 2**61 - 1, the modulus of Python's numeric hash on 64-bit builds (sys.hash_info.modulus). */
export const HASH_MODULUS = (1n << 61n) - 1n;

/** Exact python3 hash of an int, as a BigInt. */
export function intHashExact(v: bigint): bigint {
  const neg = v < 0n;
  let h = (neg ? -v : v) % HASH_MODULUS;
  if (neg) h = -h;
  if (h === -1n) h = -2n;
  return h;
}

/** hash(int) per the slot convention (a JS number, exact below 2**53). */
export function intHash(rt: Runtime, r: Ref): number {
  const s = smallOf(rt, r);
  if (s === s) return s === -1 ? -2 : s;
  return Number(intHashExact(intToBigInt(rt, r)));
}

// ---- decimal conversion --------------------------------------------------------------------

export function intToDecimalString(rt: Runtime, r: Ref): string {
  if (isSmallInt(r)) return String(r >> 1);
  const v = intToBigInt(rt, r);
  const s = v.toString();
  const digits = v < 0n ? s.length - 1 : s.length;
  if (digits > INT_MAX_STR_DIGITS) {
    valueError(rt, `Exceeds the limit (${INT_MAX_STR_DIGITS} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`);
  }
  return s;
}

const PY_WHITESPACE = /^[\s\u001c-\u001f\u0085]+|[\s\u001c-\u001f\u0085]+$/g;

/**
 * int(text, base) as python3 parses it (Objects/longobject.c PyLong_FromString): surrounding
 * whitespace, a sign, a base prefix (required to match for base 16/8/2, inferred for base 0),
 * single underscores between digits (and after the prefix). `reprText` is the literal for the
 * error message (python3 prints repr of the original string).
 */
/** Plain decimal digits with an optional sign: int(s) of what str(n) made. */
const PLAIN_DECIMAL = /^[+-]?[0-9]{1,300}$/;

export function parseIntLiteral(rt: Runtime, text: string, base: number, reprText: () => string): bigint {
  // The common case without the general path's regular expressions and slicing; base 10
  // allows leading zeros ("007"), base 0 does not, so only base 10 takes it.
  if (base === 10 && PLAIN_DECIMAL.test(text)) return BigInt(text);
  if (base !== 0 && (base < 2 || base > 36)) valueError(rt, 'int() base must be >= 2 and <= 36, or 0');
  const fail = (): never => valueError(rt, `invalid literal for int() with base ${base}: ${reprText()}`);
  let s = text.replace(PY_WHITESPACE, '');
  let neg = false;
  if (s.startsWith('+') || s.startsWith('-')) { neg = s[0] === '-'; s = s.slice(1); }
  let b = base;
  const p = s.slice(0, 2).toLowerCase();
  const prefixBase = p === '0x' ? 16 : p === '0o' ? 8 : p === '0b' ? 2 : 0;
  let afterPrefix = false;
  if (prefixBase !== 0 && (b === 0 || b === prefixBase)) { b = prefixBase; s = s.slice(2); afterPrefix = true; }
  if (b === 0) {
    b = 10;
    // Base 0 decimal: no leading zeros except for zero itself ("00", "0_0" are fine).
    if (/^0/.test(s) && !/^0(_?0)*$/.test(s)) fail();
  }
  if (s.length === 0) fail();
  if (afterPrefix && s.startsWith('_')) s = s.slice(1);
  if (s.startsWith('_') || s.endsWith('_') || s.includes('__')) fail();
  const digits = s.replace(/_/g, '');
  if (digits.length === 0) fail();
  let v = 0n;
  const B = BigInt(b);
  if (b === 10 && digits.length > INT_MAX_STR_DIGITS) {
    if (!/^[0-9]+$/.test(digits)) fail();
    valueError(rt, `Exceeds the limit (${INT_MAX_STR_DIGITS} digits) for integer string conversion: value has ${digits.length} digits; use sys.set_int_max_str_digits() to increase the limit`);
  }
  // Chunked accumulation keeps BigInt work low for long literals.
  let chunk = 0, chunkMul = 1;
  for (let i = 0; i < digits.length; i++) {
    const c = digits.charCodeAt(i);
    let d: number;
    if (c >= 48 && c <= 57) d = c - 48;
    else if (c >= 97 && c <= 122) d = c - 87;
    else if (c >= 65 && c <= 90) d = c - 55;
    else {
      // Unicode decimal digits (e.g. Arabic-Indic) are valid in int().
      const u = unicodeDigit(digits.codePointAt(i)!);
      if (u < 0) return fail();
      d = u;
      if (digits.codePointAt(i)! > 0xffff) i++;
    }
    if (d >= b) fail();
    chunk = chunk * b + d;
    chunkMul *= b;
    if (chunkMul > 2 ** 40) { v = v * BigInt(chunkMul) + BigInt(chunk); chunk = 0; chunkMul = 1; }
  }
  if (chunkMul > 1) v = v * BigInt(chunkMul) + BigInt(chunk);
  void B;
  return neg ? -v : v;
}

/** The decimal value of a Unicode Nd character, or -1 (the common ranges). */
export function unicodeDigit(cp: number): number {
  const zeros = [0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6,
    0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0xff10, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6];
  for (const z of zeros) if (cp >= z && cp <= z + 9) return cp - z;
  return -1;
}

// ---- arithmetic ----------------------------------------------------------------------------

const big = intToBigInt;

/** Floor division and modulo of BigInts with Python signs. */
export function bigFloorDivMod(a: bigint, b: bigint): [bigint, bigint] {
  let q = a / b, r = a % b;
  if (r !== 0n && (r < 0n) !== (b < 0n)) { q -= 1n; r += b; }
  return [q, r];
}

function bitLength(v: bigint): number {
  if (v < 0n) v = -v;
  return v === 0n ? 0 : v.toString(2).length;
}

/** Correctly rounded a / b for BigInts (CPython long_true_divide), OverflowError when too
 *  large for a float. */
export function bigTrueDivide(rt: Runtime, a: bigint, b: bigint): number {
  if (b === 0n) zeroDivisionError(rt, 'division by zero');
  if (a === 0n) return (a < 0n) !== (b < 0n) ? -0 : 0;
  const neg = (a < 0n) !== (b < 0n);
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  if (a <= 9007199254740992n && b <= 9007199254740992n) {
    const q = Number(a) / Number(b);
    return neg ? -q : q;
  }
  const shift = 55 - (bitLength(a) - bitLength(b));
  let x = a, y = b;
  if (shift > 0) x <<= BigInt(shift); else y <<= BigInt(-shift);
  let q = x / y;
  const sticky = x % y !== 0n;
  // q has 55 or 56 bits; keep 53 (fewer for subnormal results) with round-half-even.
  const qbits = bitLength(q);
  let exp = qbits - shift; // value ≈ q * 2**-shift, q < 2**qbits → value < 2**exp
  let keep = 53;
  if (exp - 1 < -1022) keep = Math.max(0, 53 - (-1022 - (exp - 1)));
  const drop = qbits - keep;
  if (drop > 0) {
    const D = BigInt(drop);
    const rem = q & ((1n << D) - 1n);
    const half = 1n << (D - 1n);
    q >>= D;
    if (rem > half || (rem === half && (sticky || (q & 1n) === 1n))) q += 1n;
    exp = drop - shift;
  } else {
    exp = -shift;
  }
  const r = Number(q) * 2 ** exp;
  if (!Number.isFinite(r) || (exp > 0 && Number(q) * 2 ** (exp - 1) * 2 === Infinity)) {
    overflowError(rt, 'integer division result too large for a float');
  }
  return neg ? -r : r;
}

/** int -> float (correctly rounded), OverflowError past the double range. */
export function intToFloatChecked(rt: Runtime, r: Ref): number {
  const v = intToNumber(rt, r);
  if (!Number.isFinite(v)) overflowError(rt, 'int too large to convert to float');
  return v;
}

function both(rt: Runtime, a: Ref, b: Ref): boolean { return isIntRef(rt, a) && isIntRef(rt, b); }

function intAdd(rt: Runtime, a: Ref, b: Ref): Ref {
  if (isSmallInt(a) && isSmallInt(b)) {
    const s = (a >> 1) + (b >> 1);
    return fitsSmallInt(s) ? smallInt(s) : newIntObject(rt, BigInt(s));
  }
  if (!both(rt, a, b)) return rt.notImplemented;
  return newIntFromBigInt(rt, big(rt, a) + big(rt, b));
}

function intSub(rt: Runtime, a: Ref, b: Ref): Ref {
  if (isSmallInt(a) && isSmallInt(b)) {
    const s = (a >> 1) - (b >> 1);
    return fitsSmallInt(s) ? smallInt(s) : newIntObject(rt, BigInt(s));
  }
  if (!both(rt, a, b)) return rt.notImplemented;
  return newIntFromBigInt(rt, big(rt, a) - big(rt, b));
}

function intMul(rt: Runtime, a: Ref, b: Ref): Ref {
  if (isSmallInt(a) && isSmallInt(b)) {
    const p = (a >> 1) * (b >> 1);
    if (fitsSmallInt(p)) return smallInt(p === 0 ? 0 : p);
    if (Number.isSafeInteger(p)) return newIntObject(rt, BigInt(p));
  }
  if (!both(rt, a, b)) return rt.notImplemented;
  return newIntFromBigInt(rt, big(rt, a) * big(rt, b));
}

function intFloorDiv(rt: Runtime, a: Ref, b: Ref): Ref {
  if (isSmallInt(a) && isSmallInt(b)) {
    const x = a >> 1, y = b >> 1;
    if (y === 0) zeroDivisionError(rt, 'integer division or modulo by zero');
    const q = Math.floor(x / y);
    return fitsSmallInt(q) ? smallInt(q) : newIntObject(rt, BigInt(q));
  }
  if (!both(rt, a, b)) return rt.notImplemented;
  const y = big(rt, b);
  if (y === 0n) zeroDivisionError(rt, 'integer division or modulo by zero');
  return newIntFromBigInt(rt, bigFloorDivMod(big(rt, a), y)[0]);
}

function intMod(rt: Runtime, a: Ref, b: Ref): Ref {
  if (isSmallInt(a) && isSmallInt(b)) {
    const x = a >> 1, y = b >> 1;
    if (y === 0) zeroDivisionError(rt, 'integer modulo by zero');
    let r = x % y;
    if (r !== 0 && (r < 0) !== (y < 0)) r += y;
    return smallInt(r);
  }
  if (!both(rt, a, b)) return rt.notImplemented;
  const y = big(rt, b);
  if (y === 0n) zeroDivisionError(rt, 'integer modulo by zero');
  return newIntFromBigInt(rt, bigFloorDivMod(big(rt, a), y)[1]);
}

function intDivmod(rt: Runtime, a: Ref, b: Ref): Ref {
  if (!both(rt, a, b)) return rt.notImplemented;
  const y = big(rt, b);
  if (y === 0n) zeroDivisionError(rt, 'integer division or modulo by zero');
  const [q, r] = bigFloorDivMod(big(rt, a), y);
  return makePair(rt, newIntFromBigInt(rt, q), newIntFromBigInt(rt, r));
}

function makePair(rt: Runtime, x: Ref, y: Ref): Ref {
  const t = rt.heap.alloc(rt.types.tuple, 20);
  const i32 = rt.heap.i32, w = t >> 2;
  i32[w + 2] = 2; i32[w + 3] = x; i32[w + 4] = y;
  return t;
}

function intTrueDiv(rt: Runtime, a: Ref, b: Ref): Ref {
  if (isSmallInt(a) && isSmallInt(b)) {
    if (b === smallInt(0)) zeroDivisionError(rt, 'division by zero');
    return newFloatObject(rt, (a >> 1) / (b >> 1));
  }
  if (!both(rt, a, b)) return rt.notImplemented;
  return newFloatObject(rt, bigTrueDivide(rt, big(rt, a), big(rt, b)));
}

/** Modular inverse of a mod m (m > 0), or null when gcd != 1. */
function modInverse(a: bigint, m: bigint): bigint | null {
  let [r0, r1] = [((a % m) + m) % m, m];
  let [s0, s1] = [1n, 0n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  if (r0 !== 1n) return null;
  return ((s0 % m) + m) % m;
}

function modPow(base: bigint, exp: bigint, m: bigint): bigint {
  let result = 1n % m;
  base %= m;
  if (base < 0n) base += m;
  while (exp > 0n) {
    if (exp & 1n) result = (result * base) % m;
    exp >>= 1n;
    base = (base * base) % m;
  }
  return result;
}

function intPow(rt: Runtime, a: Ref, b: Ref, m: Ref): Ref {
  if (!both(rt, a, b)) return rt.notImplemented;
  if (m !== rt.none && m !== NULL) {
    if (!isIntRef(rt, m)) return rt.notImplemented;
    let mod = big(rt, m);
    if (mod === 0n) valueError(rt, 'pow() 3rd argument cannot be 0');
    const negMod = mod < 0n;
    if (negMod) mod = -mod;
    let base = big(rt, a);
    let e = big(rt, b);
    if (e < 0n) {
      const inv = modInverse(base, mod);
      if (inv === null) valueError(rt, 'base is not invertible for the given modulus');
      base = inv!;
      e = -e;
    }
    let r = modPow(base, e, mod);
    if (negMod && r !== 0n) r -= mod;
    return newIntFromBigInt(rt, r);
  }
  const e = big(rt, b);
  if (e < 0n) {
    // CPython long_pow: negative exponent -> float power.
    return newFloatObject(rt, floatPow(rt, intToFloatChecked(rt, a), Number(e)));
  }
  if (isSmallInt(a) && isSmallInt(b)) {
    const p = Math.pow(a >> 1, b >> 1);
    if (Number.isSafeInteger(p)) return newIntFromNumber(rt, p);
  }
  const base = big(rt, a);
  if (base === 0n || base === 1n) return a === smallInt(0) || a === smallInt(1) ? a : newIntFromBigInt(rt, base);
  if (base === -1n) return newIntFromBigInt(rt, (e & 1n) === 1n ? -1n : 1n);
  if (e > 100_000_000n) raise(rt, rt.types.MemoryError);
  return newIntFromBigInt(rt, base ** e);
}

function shiftCount(rt: Runtime, b: Ref): bigint {
  const n = big(rt, b);
  if (n < 0n) valueError(rt, 'negative shift count');
  return n;
}

function intLshift(rt: Runtime, a: Ref, b: Ref): Ref {
  if (!both(rt, a, b)) return rt.notImplemented;
  const n = shiftCount(rt, b);
  if (isSmallInt(a) && n < 22n) {
    const r = (a >> 1) * (1 << Number(n));
    return newIntFromNumber(rt, r);
  }
  const v = big(rt, a);
  if (v === 0n) return smallInt(0);
  if (n > 1n << 31n) overflowError(rt, 'too many digits in integer');
  if (n > 800_000_000n) raise(rt, rt.types.MemoryError);
  return newIntFromBigInt(rt, v << n);
}

function intRshift(rt: Runtime, a: Ref, b: Ref): Ref {
  if (!both(rt, a, b)) return rt.notImplemented;
  const n = shiftCount(rt, b);
  if (isSmallInt(a)) return smallInt(n >= 31n ? ((a >> 1) < 0 ? -1 : 0) : (a >> 1) >> Number(n));
  const v = big(rt, a);
  if (n > 1n << 40n) return smallInt(v < 0n ? -1 : 0);
  return newIntFromBigInt(rt, v >> n);
}

function bitop(op: 0 | 1 | 2): (rt: Runtime, a: Ref, b: Ref) => Ref {
  return (rt, a, b) => {
    if (isSmallInt(a) && isSmallInt(b)) {
      const x = a >> 1, y = b >> 1;
      return smallInt(op === 0 ? x & y : op === 1 ? x | y : x ^ y);
    }
    if (!both(rt, a, b)) return rt.notImplemented;
    const x = big(rt, a), y = big(rt, b);
    return newIntFromBigInt(rt, op === 0 ? x & y : op === 1 ? x | y : x ^ y);
  };
}

export function intCompare(rt: Runtime, a: Ref, b: Ref): number {
  if (isSmallInt(a) && isSmallInt(b)) return (a >> 1) - (b >> 1);
  const x = big(rt, a), y = big(rt, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

function cmpResult(c: number, op: CompareOp): boolean {
  switch (op) {
    case CompareOp.LT: return c < 0;
    case CompareOp.LE: return c <= 0;
    case CompareOp.EQ: return c === 0;
    case CompareOp.NE: return c !== 0;
    case CompareOp.GT: return c > 0;
    default: return c >= 0;
  }
}

/** The int value of a bool/int-subclass object as a plain int (tagged when small). */
export function intExact(rt: Runtime, r: Ref): Ref {
  if (isSmallInt(r) || rt.heap.i32[r >> 2] === rt.types.int) return r;
  return newIntFromBigInt(rt, big(rt, r));
}

// ---- int() ---------------------------------------------------------------------------------

/** int(x) / int(x, base) for the `new` slot and the builtins (CPython long_new_impl). */
export function intFromObject(rt: Runtime, x: Ref, baseArg: Ref | null): Ref {
  const strT = rt.types.str;
  if (baseArg !== null) {
    const base = Number(big(rt, pyIndex(rt, baseArg)));
    const t = rt.typeOf(x);
    if (isSubtype(rt, t, strT)) {
      return newIntFromBigInt(rt, parseIntLiteral(rt, rt.jsStr(x), base, () => reprJs(rt, x)));
    }
    if (t === rt.types.bytes || t === rt.types.bytearray) {
      const text = bytesLatin1(rt, x);
      return newIntFromBigInt(rt, parseIntLiteral(rt, text, base, () => reprJs(rt, x)));
    }
    if (base !== 0 && (base < 2 || base > 36)) valueError(rt, 'int() base must be >= 2 and <= 36, or 0');
    return typeError(rt, "int() can't convert non-string with explicit base");
  }
  if (isIntRef(rt, x)) return intExact(rt, x);
  const t = rt.typeOf(x);
  if (isSubtype(rt, t, strT)) return newIntFromBigInt(rt, parseIntLiteral(rt, rt.jsStr(x), 10, () => reprJs(rt, x)));
  if (isFloatRef(rt, x)) return intFromFloat(rt, floatValue(rt, x));
  const s = rt.slots(t);
  // Classes defined in Python share a slot table with every number slot present, so for
  // them the dunder itself decides (CPython PyNumber_Long: __int__, then __index__, then
  // __trunc__).
  const heap = (rt.heap.i32[(t >> 2) + T_FLAGS] & TF_HEAPTYPE) !== 0;
  const has = (name: string): boolean => !heap || lookupType(rt, t, rt.intern(name)) !== NULL;
  if (s.int !== undefined && has('__int__')) {
    const r = s.int(rt, x);
    if (!isIntRef(rt, r)) typeError(rt, `__int__ returned non-int (type ${typeName(rt, r)})`);
    return intExact(rt, r);
  }
  if (s.index !== undefined && has('__index__')) return intExact(rt, pyIndex(rt, x));
  if (heap && lookupType(rt, t, rt.intern('__trunc__')) !== NULL) {
    const r = callObject(rt, getAttr(rt, x, rt.intern('__trunc__')), []);
    if (isIntRef(rt, r)) return intExact(rt, r);
    if (rt.slots(rt.typeOf(r)).index === undefined) typeError(rt, `__trunc__ returned non-Integral (type ${typeName(rt, r)})`);
    return intExact(rt, pyIndex(rt, r));
  }
  if (t === rt.types.bytes || t === rt.types.bytearray) {
    return newIntFromBigInt(rt, parseIntLiteral(rt, bytesLatin1(rt, x), 10, () => reprJs(rt, x)));
  }
  return typeError(rt, `int() argument must be a string, a bytes-like object or a real number, not '${typeName(rt, x)}'`);
}

/** Bytes/bytearray content as a latin-1 JS string (layout: bytes.ts; here through the
 *  buffer accessor hook so int.ts does not depend on it). */
export let bytesLatin1: (rt: Runtime, b: Ref) => string = (rt, b) => typeError(rt, `int() can't parse '${typeName(rt, b)}'`);
export function setBytesLatin1(f: (rt: Runtime, b: Ref) => string): void { bytesLatin1 = f; }

/** int(float): truncation; ValueError for NaN, OverflowError for infinities. */
export function intFromFloat(rt: Runtime, x: number): Ref {
  if (Number.isNaN(x)) valueError(rt, 'cannot convert float NaN to integer');
  if (!Number.isFinite(x)) overflowError(rt, 'cannot convert float infinity to integer');
  const t = Math.trunc(x);
  return Number.isSafeInteger(t) ? newIntFromNumber(rt, t === 0 ? 0 : t) : newIntFromBigInt(rt, BigInt(t));
}

// ---- methods -------------------------------------------------------------------------------

function argInt(rt: Runtime, r: Ref): bigint { return big(rt, pyIndex(rt, r)); }

function kwArgs(rt: Runtime, args: Ref[], kwnames: Ref | null, names: string[], fname: string): Ref[] {
  const nkw = kwnames !== null && kwnames !== NULL ? tupleLen(rt, kwnames) : 0;
  const npos = args.length - nkw;
  if (npos > names.length) typeError(rt, `${fname}() takes at most ${names.length} arguments (${npos} given)`);
  const out: Ref[] = new Array(names.length).fill(NULL);
  for (let i = 0; i < npos; i++) out[i] = args[i];
  for (let k = 0; k < nkw; k++) {
    const name = rt.jsStr(rt.heap.i32[(kwnames! >> 2) + 3 + k] as Ref);
    const i = names.indexOf(name);
    if (i < 0) typeError(rt, `${fname}() got an unexpected keyword argument '${name}'`);
    if (out[i] !== NULL) typeError(rt, `argument for ${fname}() given by name ('${name}') and position (${i + 1})`);
    out[i] = args[npos + k];
  }
  return out;
}

function toBytes(rt: Runtime, self: Ref, args: Ref[], kwnames: Ref | null): Ref {
  const [lengthR, orderR, signedR] = kwArgs(rt, args, kwnames, ['length', 'byteorder', 'signed'], 'to_bytes');
  const length = lengthR === NULL ? 1 : Number(argInt(rt, lengthR));
  if (length < 0) valueError(rt, 'length argument must be non-negative');
  const order = orderR === NULL ? 'big' : rt.jsStr(orderR);
  if (order !== 'big' && order !== 'little') valueError(rt, "byteorder must be either 'little' or 'big'");
  const signed = signedR !== NULL && isTrue(rt, signedR);
  let v = big(rt, self);
  if (v < 0n && !signed) overflowError(rt, "can't convert negative int to unsigned");
  const limit = 1n << BigInt(8 * length);
  if (signed ? (v >= limit / 2n || v < -limit / 2n) : v >= limit) overflowError(rt, 'int too big to convert');
  if (v < 0n) v += limit;
  const out: number[] = new Array(length);
  for (let i = 0; i < length; i++) { out[i] = Number(v & 0xffn); v >>= 8n; }
  if (order === 'big') out.reverse();
  return makeBytes(rt, out);
}

/** Bytes constructor hook (bytes.ts installs it). */
export let makeBytes: (rt: Runtime, data: number[]) => Ref = (rt) => typeError(rt, 'bytes type is not available');
export function setMakeBytes(f: (rt: Runtime, data: number[]) => Ref): void { makeBytes = f; }
/** Bytes reader hook (bytes.ts installs it): the byte values of a bytes-like object. */
export let readBytes: (rt: Runtime, b: Ref) => number[] = (rt, b) => typeError(rt, `cannot convert '${typeName(rt, b)}' object to bytes`);
export function setReadBytes(f: (rt: Runtime, b: Ref) => number[]): void { readBytes = f; }

function fromBytes(rt: Runtime, cls: Ref, args: Ref[], kwnames: Ref | null): Ref {
  const [bytesR, orderR, signedR] = kwArgs(rt, args, kwnames, ['bytes', 'byteorder', 'signed'], 'from_bytes');
  if (bytesR === NULL) typeError(rt, "from_bytes() missing required argument 'bytes' (pos 1)");
  const order = orderR === NULL ? 'big' : rt.jsStr(orderR);
  if (order !== 'big' && order !== 'little') valueError(rt, "byteorder must be either 'little' or 'big'");
  // PyObject_Bytes: anything bytes() accepts (a list of ints, an iterable, __bytes__).
  const bt = rt.typeOf(bytesR);
  const src = bt === rt.types.bytes || bt === rt.types.bytearray ? bytesR : callObject(rt, rt.types.bytes, [bytesR]);
  const data = readBytes(rt, src);
  if (order === 'little') data.reverse();
  let v = 0n;
  for (const b of data) v = (v << 8n) | BigInt(b);
  if (signedR !== NULL && isTrue(rt, signedR) && data.length > 0 && (data[0] & 0x80) !== 0) v -= 1n << BigInt(8 * data.length);
  const r = newIntFromBigInt(rt, v);
  return cls === rt.types.int ? r : intSubclassInstance(rt, cls, r);
}

/** cls(r) for int subclasses created by from_bytes / int.__new__. */
function intSubclassInstance(rt: Runtime, cls: Ref, value: Ref): Ref {
  if (cls === rt.types.int) return value;
  if (cls === rt.types.bool) return rt.bool(isTrue(rt, value));
  return newIntObject(rt, big(rt, value), cls);
}

const intSlots: TypeSlots = {
  repr: (rt, self) => rt.newStr(intToDecimalString(rt, self)),
  hash: intHash,
  richcompare(rt, a, b, op) {
    if (!both(rt, a, b)) return rt.notImplemented;
    return rt.bool(cmpResult(intCompare(rt, a, b), op));
  },
  bool: (rt, self) => (isSmallInt(self) ? self !== smallInt(0) : rt.heap.i32[(self >> 2) + I_SIZE] !== 0),
  add: intAdd, sub: intSub, mul: intMul, floordiv: intFloorDiv, mod: intMod, divmod: intDivmod,
  truediv: intTrueDiv, pow: intPow, lshift: intLshift, rshift: intRshift,
  and: bitop(0), or: bitop(1), xor: bitop(2),
  neg: (rt, a) => newIntFromBigInt(rt, -big(rt, a)),
  pos: (rt, a) => intExact(rt, a),
  invert: (rt, a) => (isSmallInt(a) ? smallInt(~(a >> 1)) : newIntFromBigInt(rt, -big(rt, a) - 1n)),
  abs: (rt, a) => newIntFromBigInt(rt, big(rt, a) < 0n ? -big(rt, a) : big(rt, a)),
  int: (rt, a) => intExact(rt, a),
  index: (rt, a) => intExact(rt, a),
  float: (rt, a) => newFloatObject(rt, intToFloatChecked(rt, a)),
  new(rt, type, args, kwnames) {
    const [x, base] = kwArgs(rt, args, kwnames, ['x', 'base'], 'int');
    if (x === NULL) {
      if (base !== NULL) typeError(rt, "int() missing string argument");
      return intSubclassInstance(rt, type, smallInt(0));
    }
    return intSubclassInstance(rt, type, intFromObject(rt, x, base === NULL ? null : base));
  },
};

registerType({
  key: 'int', name: 'int', basicsize: INT_BASICSIZE, varsize: true, flags: 2 /* TF_BASETYPE */, slots: intSlots,
  doc: "int([x]) -> integer\nint(x, base=10) -> integer\n\nConvert a number or string to an integer, or return 0 if no arguments\nare given.  If x is a number, return x.__int__().  For floating point\nnumbers, this truncates towards zero.\n\nIf x is not a number or if base is given, then x must be a string,\nbytes, or bytearray instance representing an integer literal in the\ngiven base.  The literal can be preceded by '+' or '-' and be surrounded\nby whitespace.  The base defaults to 10.  Valid bases are 0 and 2-36.\nBase 0 means to interpret the base from the string as an integer literal.\n>>> int('0b100', base=0)\n4",
  methods: {
    bit_length: (rt, self) => rt.newInt(bitLength(big(rt, self))),
    bit_count: (rt, self) => {
      let v = big(rt, self); if (v < 0n) v = -v;
      let c = 0; for (const ch of v.toString(2)) if (ch === '1') c++;
      return smallInt(c);
    },
    to_bytes: toBytes,
    conjugate: (rt, self) => intExact(rt, self),
    as_integer_ratio: (rt, self) => makePair(rt, intExact(rt, self), smallInt(1)),
    is_integer: (rt) => rt.true,
    __trunc__: (rt, self) => intExact(rt, self),
    __floor__: (rt, self) => intExact(rt, self),
    __ceil__: (rt, self) => intExact(rt, self),
    __round__(rt, self, args) {
      if (args.length === 0 || args[0] === rt.none) return intExact(rt, self);
      const nd = argInt(rt, args[0]);
      if (nd >= 0n) return intExact(rt, self);
      // Round half to even at 10**-nd (CPython long_round).
      const p = 10n ** -nd;
      const v = big(rt, self);
      let [q, r] = bigFloorDivMod(v, p);
      const twice = 2n * r;
      if (twice > p || (twice === p && (q & 1n) === 1n)) q += 1n;
      return newIntFromBigInt(rt, q * p);
    },
    __getnewargs__: (rt, self) => { const t = rt.heap.alloc(rt.types.tuple, 16); rt.heap.i32[(t >> 2) + 2] = 1; rt.heap.i32[(t >> 2) + 3] = intExact(rt, self); return t; },
    __sizeof__: (rt, self) => smallInt(28 + 4 * Math.max(0, Math.ceil(bitLength(big(rt, self)) / 30) - 1)),
    __format__: (rt, self, args) => {
      if (args.length !== 1) typeError(rt, `__format__() takes exactly one argument (${args.length} given)`);
      if (rt.jsStr(args[0]) === '') return rt.newStr(rt.typeOf(self) === rt.types.bool ? (isTrue(rt, self) ? 'True' : 'False') : intToDecimalString(rt, self));
      return formatIntHook(rt, self, args[0]);
    },
  },
  classmethods: { from_bytes: fromBytes },
  getsets: {
    real: { get: (rt, self) => intExact(rt, self) },
    imag: { get: () => smallInt(0) },
    numerator: { get: (rt, self) => intExact(rt, self) },
    denominator: { get: () => smallInt(1) },
  },
});

/** format(int, spec) for a non-empty spec: src/vm/format installs the mini-language. */
export let formatIntHook: (rt: Runtime, self: Ref, spec: Ref) => Ref = (rt) => typeError(rt, 'format specs are not available yet');
export function setFormatIntHook(f: (rt: Runtime, self: Ref, spec: Ref) => Ref): void { formatIntHook = f; }

export { smallIntValue };
