/**
 * int <-> text: str()/bin()/oct()/hex() of an int, and int(text, base).
 *
 * Follows CPython 3.11 Objects/longobject.c: PyLong_FromString's grammar (surrounding
 * whitespace, one sign, base 0 detecting 0x/0o/0b and refusing other leading zeros,
 * an optional matching prefix for bases 16/8/2, single underscores only between
 * digits or right after the prefix), and the integer string conversion length limit
 * added in 3.11 (CVE-2020-10735): bases that are not powers of two refuse more than
 * sys.get_int_max_str_digits() digits, both ways. The limit is a parameter here
 * because it belongs to the interpreter (sys.set_int_max_str_digits), not to us.
 */

import { valueError } from './format-error.ts';
import { pyBytesRepr, pyStrRepr } from './str-repr.ts';

/** sys.int_info.default_max_str_digits in 3.11. */
export const DEFAULT_MAX_STR_DIGITS = 4300;

const limitHint = 'use sys.set_int_max_str_digits() to increase the limit';

/**
 * `v` in `base` (2..36), lower-case digits, '-' for negatives. With `prefixed`,
 * bin/oct/hex style: '-0x1f'. Base 10 honours the digit limit (0: no limit).
 */
export function intToString(
  v: bigint,
  base = 10,
  prefixed = false,
  maxStrDigits = DEFAULT_MAX_STR_DIGITS,
): string {
  if (base === 10) {
    // A 64-bit-sized value can never reach the limit; skip the check.
    if (maxStrDigits > 0 && (v > 0xffffffffffffffffn || v < -0xffffffffffffffffn)) {
      checkToStrLimit(v, maxStrDigits);
    }
    return v.toString();
  }
  if (!prefixed) return v.toString(base);
  const prefix = base === 16 ? '0x' : base === 8 ? '0o' : base === 2 ? '0b' : '';
  return v < 0n ? '-' + prefix + (-v).toString(base) : prefix + v.toString(base);
}

function checkToStrLimit(v: bigint, maxStrDigits: number): void {
  // Estimate the digit count from the bit length before doing the expensive
  // conversion (CPython refuses early the same way).
  const bits = (v < 0n ? -v : v).toString(16).length * 4;
  const approxDigits = Math.floor((bits - 4) * 0.30102999566398) + 1;
  if (approxDigits > maxStrDigits + 2) {
    throw valueError(
      `Exceeds the limit (${maxStrDigits} digits) for integer string conversion; ${limitHint}`,
    );
  }
  if (approxDigits > maxStrDigits - 2) {
    const digits = (v < 0n ? -v : v).toString().length;
    if (digits > maxStrDigits) {
      throw valueError(
        `Exceeds the limit (${maxStrDigits} digits) for integer string conversion; ${limitHint}`,
      );
    }
  }
}

/** Python's str.isspace for one code point (the Unicode White_Space set CPython uses). */
export function isPySpace(c: number): boolean {
  return (
    (c >= 9 && c <= 13) ||
    (c >= 0x1c && c <= 0x20) ||
    c === 0x85 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

/** Strips Python whitespace from both ends. */
export function pyStrip(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && isPySpace(s.charCodeAt(a))) a++;
  while (b > a && isPySpace(s.charCodeAt(b - 1))) b--;
  return a === 0 && b === s.length ? s : s.slice(a, b);
}

const ND = /\p{Nd}/u;

/**
 * Maps Unicode decimal digits (category Nd) to ASCII, as
 * _PyUnicode_TransformDecimalAndSpaceToASCII does before parsing numbers. Every
 * Nd block is a run of whole 0..9 sets, so the digit value is the offset from the
 * start of the run modulo 10. Returns null when `s` is plain ASCII.
 */
export function asciiDigits(s: string): string | null {
  let ascii = true;
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) > 0x7f) {
      ascii = false;
      break;
    }
  }
  if (ascii) return null;
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp > 0x7f && ND.test(ch)) {
      let start = cp;
      while (ND.test(String.fromCodePoint(start - 1))) start--;
      out += String((cp - start) % 10);
    } else if (cp > 0x7f && isPySpace(cp)) {
      out += ' ';
    } else {
      out += ch;
    }
  }
  return out;
}

function digitValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 122) return c - 87;
  if (c >= 65 && c <= 90) return c - 55;
  return 99;
}

/** Options for parsing bytes/bytearray instead of str. */
export interface LiteralOptions {
  /**
   * The text is a bytes value decoded as latin-1: only ASCII whitespace and digits
   * count (no Unicode transforms), and error messages show the bytes repr.
   */
  bytes?: boolean;
}

/** ASCII-only strip for bytes (Py_ISSPACE). */
function asciiStrip(s: string): string {
  let a = 0;
  let b = s.length;
  const sp = (c: number) => c === 32 || (c >= 9 && c <= 13);
  while (a < b && sp(s.charCodeAt(a))) a++;
  while (b > a && sp(s.charCodeAt(b - 1))) b--;
  return s.slice(a, b);
}

/** The cleaned text a number parser sees: stripped, Unicode digits made ASCII for str. */
export function numericText(text: string, opts?: LiteralOptions): string {
  return opts?.bytes ? asciiStrip(text) : pyStrip(asciiDigits(text) ?? text);
}

function invalidLiteral(text: string, base: number, opts?: LiteralOptions): Error {
  // CPython formats the text with %.200R: the repr, cut at 200 characters.
  const r = opts?.bytes ? pyBytesRepr(text) : pyStrRepr(text);
  return valueError(
    `invalid literal for int() with base ${base}: ${Array.from(r).slice(0, 200).join('')}`,
  );
}

/**
 * int(text, base): the str/bytes-decoded text to an int, or a ValueError with
 * python3's message. `maxStrDigits` is sys.get_int_max_str_digits() (0: no limit).
 */
export function parseIntLiteral(
  text: string,
  base = 10,
  maxStrDigits = DEFAULT_MAX_STR_DIGITS,
  opts?: LiteralOptions,
): bigint {
  if ((base !== 0 && base < 2) || base > 36) {
    throw valueError('int() base must be >= 2 and <= 36, or 0');
  }
  // Fast path: a short plain decimal literal.
  if (base === 10 && text.length > 0 && text.length < 16 && /^-?[0-9]+$/.test(text)) {
    return BigInt(text);
  }
  const s = numericText(text, opts);
  let i = 0;
  let negative = false;
  if (s[i] === '+' || s[i] === '-') {
    negative = s[i] === '-';
    i++;
  }
  let b = base;
  // Whether an underscore may follow right now (after a prefix or a digit).
  let underscoreOk = false;
  const p0 = s[i];
  const p1 = s[i + 1]?.toLowerCase();
  if (p0 === '0' && (p1 === 'x' || p1 === 'o' || p1 === 'b')) {
    const pb = p1 === 'x' ? 16 : p1 === 'o' ? 8 : 2;
    if (b === 0 || b === pb) {
      b = pb;
      i += 2;
      underscoreOk = true;
    }
  }
  let leadingZeroDecimal = false;
  if (b === 0) {
    b = 10;
    // "010" is not a base-0 literal (it would be octal in Python 2); all-zero is fine.
    leadingZeroDecimal = s[i] === '0';
  }
  const start = i;
  let digits = '';
  let count = 0;
  let lastUnderscore = false;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 95) {
      if (!underscoreOk || lastUnderscore) throw invalidLiteral(text, base, opts);
      lastUnderscore = true;
      continue;
    }
    if (digitValue(c) >= b) throw invalidLiteral(text, base, opts);
    digits += s[i];
    count++;
    lastUnderscore = false;
    underscoreOk = true;
  }
  if (count === 0 || lastUnderscore || i === start) throw invalidLiteral(text, base, opts);
  if (leadingZeroDecimal && /[1-9]/.test(digits)) throw invalidLiteral(text, base, opts);
  if (maxStrDigits > 0 && (b & (b - 1)) !== 0 && count > maxStrDigits) {
    throw valueError(
      `Exceeds the limit (${maxStrDigits} digits) for integer string conversion: ` +
        `value has ${count} digits; ${limitHint}`,
    );
  }
  const v = digitsToBigInt(digits, b);
  return negative ? -v : v;
}

function digitsToBigInt(digits: string, base: number): bigint {
  switch (base) {
    case 10:
      return BigInt(digits);
    case 16:
      return BigInt('0x' + digits);
    case 8:
      return BigInt('0o' + digits);
    case 2:
      return BigInt('0b' + digits);
  }
  // Other bases: split into chunks whose value fits a double exactly, then combine.
  const chunk = Math.floor(Math.log(2 ** 52) / Math.log(base));
  const bigBase = BigInt(base);
  let v = 0n;
  for (let i = 0; i < digits.length; i += chunk) {
    const part = digits.slice(i, i + chunk);
    v = v * bigBase ** BigInt(part.length) + BigInt(parseInt(part, base));
  }
  return v;
}
