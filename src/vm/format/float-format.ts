/**
 * Float to text, exactly as python3: repr/str, the 'e' 'f' 'g' 'r' conversions behind
 * format() and %-formatting, and round(float[, n]).
 *
 * How it works. CPython (Python/pystrtod.c PyOS_double_to_string, format_float_short)
 * asks David Gay's dtoa for a correctly rounded digit string and a decimal-point
 * position, then lays those digits out. We do the same in two steps:
 *
 * 1. Digits. `shortestDigits` (repr) takes them from Number.prototype.toString, which
 *    ECMAScript defines as the shortest round-tripping digits, nearest to the value —
 *    the same string dtoa mode 0 gives. `sigDigits` (n significant digits) and
 *    `fixedDigits` (n digits after the point) must round half-to-even on the exact
 *    binary value, as dtoa does. toExponential/toFixed are exact too but break ties
 *    upwards, and they stop at 100 digits; so they are used only when no tie is
 *    possible (see `mayTie`) and the precision is small, and everything else goes
 *    through exact BigInt arithmetic on the value's mantissa and exponent.
 * 2. Layout. `layoutDigits` follows format_float_short's rules: where the exponent form
 *    starts, the zero padding up to the precision, '#' keeping the point and trailing
 *    zeros, the ".0" added to integral values by repr and by the '' presentation type.
 *
 * round(x, n) follows Objects/floatobject.c double_round: round the exact value to n
 * decimals half-to-even, then read that decimal back correctly rounded.
 */

import { overflowError, valueError } from './format-error.ts';

// ---------------------------------------------------------------------------
// The binary value: x = mant * 2**exp exactly, for finite x > 0.

const scratch = new DataView(new ArrayBuffer(8));
const TWO32 = 4294967296;

interface Binary {
  mant: number; // integer, < 2**53
  exp: number;
}

function decompose(x: number): Binary {
  scratch.setFloat64(0, x);
  const hi = scratch.getUint32(0);
  const lo = scratch.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  const frac = (hi & 0xfffff) * TWO32 + lo;
  if (biased === 0) return { mant: frac, exp: -1074 }; // subnormal
  return { mant: frac + 2 ** 52, exp: biased - 1075 };
}

function ctz32(v: number): number {
  return 31 - Math.clz32(v & -v);
}

/** The exponent of x's lowest set bit: x = odd * 2**lowBit(x). */
function lowBit(x: number): number {
  const { mant, exp } = decompose(x);
  const lo = mant % TWO32;
  return exp + (lo !== 0 ? ctz32(lo) : 32 + ctz32(Math.floor(mant / TWO32)));
}

/**
 * Could x * 10**q lie exactly halfway between two integers? That needs
 * 2 * x * 10**q to be an odd integer; with x = odd * 2**k that forces k + q + 1 = 0
 * (and 5**-q dividing the odd part when q < 0, which we do not bother to check).
 * Only then do the JS conversions, which break ties upwards, differ from dtoa.
 */
function mayTie(x: number, q: number): boolean {
  return lowBit(x) + q + 1 === 0;
}

// ---------------------------------------------------------------------------
// Exact decimal digits with BigInt.

const pow10Cache: bigint[] = [];
function pow10(k: number): bigint {
  if (k < 64) {
    let v = pow10Cache[k];
    if (v === undefined) {
      v = 10n ** BigInt(k);
      pow10Cache[k] = v;
    }
    return v;
  }
  return 10n ** BigInt(k);
}

/** round-half-even(x * 10**q) for finite x > 0, exactly. */
function roundScaled(x: number, q: number): bigint {
  const { mant, exp } = decompose(x);
  let num = BigInt(mant);
  let den = 1n;
  if (q >= 0) num *= pow10(q);
  else den = pow10(-q);
  if (exp >= 0) num <<= BigInt(exp);
  else den <<= BigInt(-exp);
  if (den === 1n) return num;
  const quo = num / den;
  const twiceRem = (num - quo * den) * 2n;
  if (twiceRem > den || (twiceRem === den && (quo & 1n) === 1n)) return quo + 1n;
  return quo;
}

/** Digits and decimal point: the value is 0.<digits> * 10**decpt. */
export interface DecimalDigits {
  digits: string; // no leading zeros; "0" for zero
  decpt: number;
}

function stripTrailingZeros(d: DecimalDigits): DecimalDigits {
  let end = d.digits.length;
  while (end > 1 && d.digits.charCodeAt(end - 1) === 48) end--;
  return end === d.digits.length ? d : { digits: d.digits.slice(0, end), decpt: d.decpt };
}

/** Parses the output of toString/toExponential/toFixed (no sign) into digits. */
function parseJsNumber(s: string): DecimalDigits {
  let mantissa = s;
  let e10 = 0;
  const ePos = s.indexOf('e');
  if (ePos >= 0) {
    mantissa = s.slice(0, ePos);
    e10 = Number(s.slice(ePos + 1));
  }
  const dot = mantissa.indexOf('.');
  let intLen = dot >= 0 ? dot : mantissa.length;
  let all = dot >= 0 ? mantissa.slice(0, dot) + mantissa.slice(dot + 1) : mantissa;
  let lead = 0;
  while (lead < all.length - 1 && all.charCodeAt(lead) === 48) lead++;
  all = all.slice(lead);
  intLen -= lead;
  if (/^0*$/.test(all)) return { digits: '0', decpt: 1 };
  return stripTrailingZeros({ digits: all, decpt: intLen + e10 });
}

/** Shortest round-tripping digits (dtoa mode 0), for finite x > 0. */
export function shortestDigits(x: number): DecimalDigits {
  return parseJsNumber(String(x));
}

/** x rounded half-even to n >= 1 significant digits, for finite x > 0. */
export function sigDigits(x: number, n: number): DecimalDigits {
  if (n <= 100) {
    const s = x.toExponential(n - 1);
    const eRes = Number(s.slice(s.indexOf('e') + 1));
    if (!mayTie(x, n - 1 - eRes) && !mayTie(x, n - eRes)) return parseJsNumber(s);
  }
  let e0 = Math.floor(Math.log10(x));
  const lowLimit = pow10(n - 1);
  const highLimit = pow10(n);
  for (;;) {
    const big = roundScaled(x, n - 1 - e0);
    if (big < lowLimit) {
      e0--;
    } else if (big > highLimit) {
      e0++;
    } else if (big === highLimit) {
      return { digits: '1', decpt: e0 + 2 };
    } else {
      return stripTrailingZeros({ digits: big.toString(), decpt: e0 + 1 });
    }
  }
}

/** x rounded half-even to n >= 0 digits after the point, for finite x >= 0. */
export function fixedDigits(x: number, n: number): DecimalDigits {
  if (x === 0) return { digits: '0', decpt: 1 };
  if (n <= 100 && x < 1e21 && !mayTie(x, n)) return parseJsNumber(x.toFixed(n));
  const big = roundScaled(x, n);
  if (big === 0n) return { digits: '0', decpt: 1 };
  const s = big.toString();
  return stripTrailingZeros({ digits: s, decpt: s.length - n });
}

// ---------------------------------------------------------------------------
// Layout, after Python/pystrtod.c format_float_short.

export type FloatCode = 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'r';

export interface FloatFlags {
  /** '#': keep the decimal point and (for 'g') trailing zeros. */
  alt?: boolean;
  /** repr and the '' presentation type: integral values get ".0". */
  addDot0?: boolean;
  /** 'z': a value that rounds to zero loses its minus sign. */
  noNeg0?: boolean;
}

function zeros(n: number): string {
  return n > 0 ? '0'.repeat(n) : '';
}

function layoutDigits(
  d: DecimalDigits,
  code: 'e' | 'f' | 'g' | 'r',
  precision: number,
  alt: boolean,
  addDot0: boolean,
): string {
  const { digits } = d;
  const len = digits.length;
  let decpt = d.decpt;
  let useExp = false;
  let vEnd = len;
  switch (code) {
    case 'e':
      useExp = true;
      vEnd = precision;
      break;
    case 'f':
      vEnd = decpt + precision;
      break;
    case 'g':
      if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) useExp = true;
      if (alt) vEnd = precision;
      break;
    case 'r':
      // Exponent form from 1e16 on: 16 shortest digits padded with zeros would
      // look like more precision than the value has.
      if (decpt <= -4 || decpt > 16) useExp = true;
      break;
  }
  let exp = 0;
  if (useExp) {
    exp = decpt - 1;
    decpt = 1;
  }
  const vStart = decpt <= 0 ? decpt - 1 : 0;
  vEnd = !useExp && addDot0 ? Math.max(vEnd, decpt + 1) : Math.max(vEnd, decpt);

  let out: string;
  if (decpt <= 0) out = zeros(decpt - vStart) + '.' + zeros(-decpt) + digits;
  else if (decpt <= len) out = digits.slice(0, decpt) + '.' + digits.slice(decpt);
  else out = digits;
  if (len < decpt) out += zeros(decpt - len) + '.' + zeros(vEnd - decpt);
  else out += zeros(vEnd - len);
  if (out.endsWith('.') && !alt) out = out.slice(0, -1);
  if (useExp) {
    const mag = Math.abs(exp);
    out += (exp < 0 ? 'e-' : 'e+') + (mag < 10 ? '0' + mag : String(mag));
  }
  return out;
}

/**
 * PyOS_double_to_string: x in presentation `code` with `precision`
 * (ignored for 'r'), including a leading '-' when negative.
 */
export function doubleToString(
  x: number,
  code: FloatCode,
  precision: number,
  flags: FloatFlags = {},
): string {
  const upper = code === 'E' || code === 'F' || code === 'G';
  if (x !== x) return upper ? 'NAN' : 'nan';
  const negative = x < 0 || (x === 0 && 1 / x < 0);
  const ax = Math.abs(x);
  if (ax === Infinity) return (negative ? '-' : '') + (upper ? 'INF' : 'inf');
  let d: DecimalDigits;
  let lower: 'e' | 'f' | 'g' | 'r';
  let prec = precision;
  switch (code) {
    case 'e':
    case 'E':
      lower = 'e';
      prec = precision + 1;
      d = ax === 0 ? { digits: '0', decpt: 1 } : sigDigits(ax, prec);
      break;
    case 'f':
    case 'F':
      lower = 'f';
      d = fixedDigits(ax, precision);
      break;
    case 'g':
    case 'G':
      lower = 'g';
      if (prec === 0) prec = 1;
      d = ax === 0 ? { digits: '0', decpt: 1 } : sigDigits(ax, prec);
      break;
    default:
      lower = 'r';
      d = ax === 0 ? { digits: '0', decpt: 1 } : shortestDigits(ax);
  }
  let body = layoutDigits(d, lower, prec, !!flags.alt, !!flags.addDot0);
  if (upper) body = body.toUpperCase();
  const isZero = d.digits === '0';
  return negative && !(flags.noNeg0 && isZero) ? '-' + body : body;
}

/** repr(float) (and str(float), the same since Python 3.2). */
export function floatRepr(x: number): string {
  // Fast path: integral values of moderate size print as "<int>.0".
  if (Number.isInteger(x) && Math.abs(x) < 1e16 && !(x === 0 && 1 / x < 0)) {
    return String(x) + '.0';
  }
  // Between 1e-4 and 1e16 JS and Python both print the shortest digits in
  // positional notation, so JS's string is already right (plus the ".0").
  const ax = Math.abs(x);
  if (ax >= 1e-4 && ax < 1e16) {
    const s = String(x);
    return s.includes('.') ? s : s + '.0';
  }
  return doubleToString(x, 'r', 0, { addDot0: true });
}

export const floatStr = floatRepr;

/** '%.<p>f' / format(x, '.<p>f'). */
export function formatFixed(x: number, precision: number, flags: FloatFlags = {}): string {
  return doubleToString(x, 'f', precision, flags);
}

/** '%.<p>e' / format(x, '.<p>e'). */
export function formatExp(x: number, precision: number, flags: FloatFlags = {}): string {
  return doubleToString(x, 'e', precision, flags);
}

/** '%.<p>g' / format(x, '.<p>g'). */
export function formatGeneral(x: number, precision: number, flags: FloatFlags = {}): string {
  return doubleToString(x, 'g', precision, flags);
}

// ---------------------------------------------------------------------------
// round()

/**
 * round(x, ndigits) for a float, as Objects/floatobject.c float___round___impl:
 * beyond ±(about) 323/308 digits the answer is x or a signed zero; otherwise the
 * exact value is rounded half-even to ndigits decimals and read back.
 */
export function roundFloat(x: number, ndigits: number | bigint): number {
  if (!Number.isFinite(x)) return x;
  // NDIGITS_MAX = (DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103 = 323,
  // NDIGITS_MIN = -(DBL_MAX_EXP + 1) * 0.30103 = -308.
  const n = typeof ndigits === 'bigint' ? ndigits : BigInt(ndigits);
  if (n > 323n) return x;
  if (n < -308n) return 0 * x;
  const nd = Number(n);
  if (x === 0) return x;
  const ax = Math.abs(x);
  const big = roundScaled(ax, nd);
  const r = big === 0n ? 0 : Number(`${big}e${-nd}`);
  if (r === Infinity) throw overflowError('rounded value too large to represent');
  return x < 0 ? -r : r;
}

/** round(x) for a float: the nearest int, ties to even. */
export function roundToInt(x: number): bigint {
  if (x !== x) throw valueError('cannot convert float NaN to integer');
  if (!Number.isFinite(x)) throw overflowError('cannot convert float infinity to integer');
  if (Math.abs(x) >= 2 ** 52) return BigInt(x); // already integral
  const f = Math.floor(x);
  const diff = x - f; // exact below 2**52
  let r = f;
  if (diff > 0.5 || (diff === 0.5 && f % 2 !== 0)) r = f + 1;
  return BigInt(r);
}

/** The value of a float as an exact integer (int(x) truncates towards zero). */
export function floatToBigInt(x: number): bigint {
  if (x !== x) throw valueError('cannot convert float NaN to integer');
  if (!Number.isFinite(x)) throw overflowError('cannot convert float infinity to integer');
  return BigInt(Math.trunc(x));
}
