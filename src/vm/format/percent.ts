/**
 * printf-style formatting: `template % args` for str and bytes.
 *
 * Follows CPython 3.11 Objects/unicodeobject.c PyUnicode_Format and its helpers
 * (unicode_format_arg_parse, unicode_format_arg_format, unicode_format_arg_output,
 * mainformatlong, _PyUnicode_FormatLong, formatfloat, formatchar):
 *
 * - `args` is a tuple (each conversion takes the next item) or a single value (the
 *   first conversion takes it). If the single value is a mapping (anything with
 *   __getitem__ that is not a tuple or str — a list counts, as in CPython),
 *   `%(key)s` looks keys up in it and leftover arguments are not an error.
 * - Only `%%` written directly is a literal percent; with flags or a width it is
 *   an unsupported conversion, after an argument has been consumed.
 * - Numbers: the sign, the 0x/0o prefix ('#') and zero padding ('0') are laid out
 *   as printf does; '-' left-justifies and wins over '0'.
 *
 * The helper never touches the heap: the VM passes a `PercentOps` that converts its
 * values (str/repr/ascii, int(), index(), float(), mapping lookup). A getter may
 * throw the VM's own exception; our own errors are FormatError.
 */

import { FormatError, overflowError, typeError, valueError } from './format-error.ts';
import { doubleToString, type FloatCode } from './float-format.ts';
import { DEFAULT_MAX_STR_DIGITS, intToString } from './int-format.ts';

export interface PercentOps<T> {
  str(v: T): string;
  repr(v: T): string;
  ascii(v: T): string;
  /** type(v).__name__, for error messages. */
  typeName(v: T): string;
  /**
   * v as an int: v itself when it is an int (bool included), else int(v)
   * (`index` false, for %d %i %u) or operator.index(v) (`index` true, for %x %X %o
   * and %c). Null when v is not a number / has no __index__ (CPython's TypeError
   * that it turns into its own message); other exceptions may be thrown.
   */
  toInt(v: T, index: boolean): bigint | null;
  /** v's value when v is an int (PyLong_Check: bool and subclasses too), else null. For '*'. */
  intValue(v: T): bigint | null;
  /** float(v) as PyFloat_AsDouble; null when v is not a real number. */
  toFloat(v: T): number | null;
  /** v's text when v is a str, else null (%c accepts a 1-character str). */
  strValue(v: T): string | null;
  /** mapping[key]; throws the VM's KeyError (or whatever __getitem__ raises). */
  getItem(mapping: T, key: string): T;
  /** sys.get_int_max_str_digits() for %d of huge ints; default 4300, 0 = no limit. */
  maxStrDigits?: number;
  /**
   * bytes mode only: v's bytes as a latin-1 string when v is bytes-like (bytes,
   * bytearray, memoryview) or has __bytes__, else null.
   */
  bytesValue?(v: T): string | null;
}

/** The right operand of `%`: a tuple's items, or one value (maybe a mapping). */
export type PercentArgs<T> =
  | { kind: 'tuple'; items: readonly T[] }
  | { kind: 'single'; value: T; isMapping: boolean };

const F_LJUST = 1;
const F_SIGN = 2;
const F_BLANK = 4;
const F_ALT = 8;
const F_ZERO = 16;

interface ArgState<T> {
  args: PercentArgs<T>;
  argIdx: number;
  argLen: number;
}

/** unicode_format_getnextarg: tuples by index; a single value exactly once. */
function nextArg<T>(st: ArgState<T>): T {
  if (st.argIdx < st.argLen) {
    st.argIdx++;
    if (st.argLen < 0 || st.args.kind === 'single') {
      return (st.args as { value: T }).value;
    }
    return st.args.items[st.argIdx - 1]!;
  }
  throw typeError('not enough arguments for format string');
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

/**
 * `template % args`. With mode 'bytes' (Objects/bytesobject.c _PyBytes_FormatEx) the
 * template and the result are bytes as latin-1 strings, %s/%b take bytes-like
 * values, %r/%a give ascii(), %c takes an int < 256 or one byte, and mapping keys
 * reach ops.getItem as latin-1 strings that the VM must turn into bytes keys.
 */
export function percentFormat<T>(
  template: string,
  args: PercentArgs<T>,
  ops: PercentOps<T>,
  mode: 'str' | 'bytes' = 'str',
): string {
  const st: ArgState<T> =
    args.kind === 'tuple'
      ? { args, argIdx: 0, argLen: args.items.length }
      : { args, argIdx: -2, argLen: -1 };
  const dict = args.kind === 'single' && args.isMapping ? args.value : null;
  // Work on code points so that error indexes count as Python's do.
  const fmt = Array.from(template);
  const n = fmt.length;
  let out = '';
  let pos = 0;
  while (pos < n) {
    const pct = indexOfFrom(fmt, '%', pos);
    if (pct < 0) {
      out += fmt.slice(pos).join('');
      break;
    }
    if (pct > pos) out += fmt.slice(pos, pct).join('');
    pos = pct + 1;
    if (fmt[pos] === '%') {
      out += '%';
      pos++;
      continue;
    }
    // unicode_format_arg_parse
    let value: T | undefined;
    let usedKey = false;
    if (fmt[pos] === '(') {
      if (dict === null) throw typeError('format requires a mapping');
      pos++;
      const keyStart = pos;
      let depth = 1;
      while (pos < n && depth > 0) {
        if (fmt[pos] === ')') depth--;
        else if (fmt[pos] === '(') depth++;
        pos++;
      }
      if (depth > 0) throw valueError('incomplete format key');
      const key = fmt.slice(keyStart, pos - 1).join('');
      value = ops.getItem(dict, key);
      usedKey = true;
      // CPython makes the looked-up value the single argument and consumes it, so
      // a later conversion without a key has nothing left ('%(a)s %s').
      st.argLen = -1;
      st.argIdx = -1;
    }
    let flags = 0;
    for (;;) {
      const c = fmt[pos];
      if (c === '-') flags |= F_LJUST;
      else if (c === '+') flags |= F_SIGN;
      else if (c === ' ') flags |= F_BLANK;
      else if (c === '#') flags |= F_ALT;
      else if (c === '0') flags |= F_ZERO;
      else break;
      pos++;
    }
    let width = -1;
    if (fmt[pos] === '*') {
      const w = ops.intValue(nextArg(st));
      if (w === null) throw typeError('* wants int');
      width = clampSize(w);
      if (width < 0) {
        flags |= F_LJUST;
        width = -width;
      }
      pos++;
    } else if (isDigit(fmt[pos])) {
      const start = pos;
      while (isDigit(fmt[pos])) pos++;
      width = readSize(fmt.slice(start, pos).join(''), 'width too big');
    }
    let prec = -1;
    if (fmt[pos] === '.') {
      pos++;
      if (fmt[pos] === '*') {
        const p = ops.intValue(nextArg(st));
        if (p === null) throw typeError('* wants int');
        prec = Math.max(0, clampSize(p));
        pos++;
      } else {
        const start = pos;
        while (isDigit(fmt[pos])) pos++;
        prec = start === pos ? 0 : readSize(fmt.slice(start, pos).join(''), 'precision too big');
      }
    }
    // A C length modifier is accepted and ignored (one of them).
    if (fmt[pos] === 'h' || fmt[pos] === 'l' || fmt[pos] === 'L') pos++;
    if (pos >= n) throw valueError('incomplete format');
    const ch = fmt[pos]!;
    const chIndex = pos;
    pos++;
    if (!usedKey) value = nextArg(st);
    out += formatOne(ch, chIndex, value as T, flags, width, prec, ops, mode);
  }
  if (st.argIdx < st.argLen && dict === null) {
    throw typeError(`not all arguments converted during ${mode === 'bytes' ? 'bytes' : 'string'} formatting`);
  }
  return out;
}

/** A width or precision: must fit a Py_ssize_t. */
function readSize(digits: string, tooBig: string): number {
  if (digits.length > 15 && BigInt(digits) > 9223372036854775807n) throw valueError(tooBig);
  return Number(digits);
}

function indexOfFrom(chars: string[], c: string, from: number): number {
  for (let i = from; i < chars.length; i++) if (chars[i] === c) return i;
  return -1;
}

function clampSize(v: bigint): number {
  if (v > 2147483647n || v < -2147483647n) throw overflowError('Python int too large to convert to C ssize_t');
  return Number(v);
}

function formatOne<T>(
  ch: string,
  chIndex: number,
  v: T,
  flags: number,
  width: number,
  prec: number,
  ops: PercentOps<T>,
  mode: 'str' | 'bytes',
): string {
  let body: string;
  let numeric = false;
  const bytes = mode === 'bytes';
  if (ch === 'b' && !bytes) return unsupported(ch, chIndex, mode);
  switch (ch) {
    case 'b': // %b is %s for bytes
    case 's':
    case 'r':
    case 'a': {
      if (bytes && (ch === 's' || ch === 'b')) {
        const b = ops.bytesValue?.(v) ?? null;
        if (b === null) {
          throw typeError(
            `%b requires a bytes-like object, or an object that implements __bytes__, not '${ops.typeName(v)}'`,
          );
        }
        body = b;
      } else if (bytes) {
        body = ops.ascii(v); // %r and %a are both ascii() for bytes
      } else {
        body = ch === 's' ? ops.str(v) : ch === 'r' ? ops.repr(v) : ops.ascii(v);
      }
      if (prec >= 0) body = truncateCodePoints(body, prec);
      break;
    }
    case 'i':
    case 'd':
    case 'u':
    case 'o':
    case 'x':
    case 'X': {
      const isIndex = ch === 'o' || ch === 'x' || ch === 'X';
      const iv = ops.toInt(v, isIndex);
      if (iv === null) {
        throw typeError(
          isIndex
            ? `%${ch} format: an integer is required, not ${ops.typeName(v)}`
            : `%${ch} format: a real number is required, not ${ops.typeName(v)}`,
        );
      }
      body = formatLong(iv, (flags & F_ALT) !== 0, prec, ch, ops.maxStrDigits ?? DEFAULT_MAX_STR_DIGITS);
      numeric = true;
      break;
    }
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G': {
      const fv = ops.toFloat(v);
      if (fv === null) throw typeError(`must be real number, not ${ops.typeName(v)}`);
      if (prec > 2147483647) throw valueError('precision too big');
      body = doubleToString(fv, ch as FloatCode, prec < 0 ? 6 : prec, { alt: (flags & F_ALT) !== 0 });
      numeric = true;
      break;
    }
    case 'c':
      body = bytes ? formatByte(v, ops) : formatChar(v, ops);
      break;
    default:
      return unsupported(ch, chIndex, mode);
  }
  return output(body, ch, numeric, flags, width);
}

function unsupported(ch: string, chIndex: number, mode: 'str' | 'bytes'): never {
  const cp = ch.codePointAt(0)!;
  // CPython's bytes formatter passes a byte >= 0x80 as a negative C char to %c.
  if (mode === 'bytes' && cp >= 0x80) {
    throw overflowError('character argument not in range(0x110000)');
  }
  const shown = cp >= 32 && cp <= 126 ? ch : '?';
  throw valueError(`unsupported format character '${shown}' (0x${cp.toString(16)}) at index ${chIndex}`);
}

/** bytes %c: an int in range(256) or a single byte. */
function formatByte<T>(v: T, ops: PercentOps<T>): string {
  const b = ops.bytesValue?.(v) ?? null;
  if (b !== null && b.length === 1) return b;
  const iv = b === null && ops.strValue(v) === null ? ops.toInt(v, true) : null;
  if (iv === null) throw typeError('%c requires an integer in range(256) or a single byte');
  if (iv < 0n || iv > 255n) throw overflowError('%c arg not in range(256)');
  return String.fromCharCode(Number(iv));
}

function truncateCodePoints(s: string, n: number): string {
  if (s.length <= n) return s;
  let count = 0;
  let i = 0;
  while (i < s.length && count < n) {
    const c = s.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < s.length ? 2 : 1;
    count++;
  }
  return s.slice(0, i);
}

/** _PyUnicode_FormatLong: sign, '0x'/'0o' when alternate, digits zero-padded to prec. */
function formatLong(v: bigint, alt: boolean, prec: number, type: string, maxStrDigits: number): string {
  const negative = v < 0n;
  const mag = negative ? -v : v;
  let digits: string;
  let prefix = '';
  switch (type) {
    case 'o':
      digits = mag.toString(8);
      if (alt) prefix = '0o';
      break;
    case 'x':
      digits = mag.toString(16);
      if (alt) prefix = '0x';
      break;
    case 'X':
      digits = mag.toString(16).toUpperCase();
      if (alt) prefix = '0X';
      break;
    default:
      digits = intToString(mag, 10, false, maxStrDigits);
  }
  if (prec > digits.length) digits = '0'.repeat(prec - digits.length) + digits;
  return (negative ? '-' : '') + prefix + digits;
}

/** formatchar: a 1-character str, or an int code point. */
function formatChar<T>(v: T, ops: PercentOps<T>): string {
  const s = ops.strValue(v);
  if (s !== null) {
    const cps = Array.from(s);
    if (cps.length === 1) return s;
    throw typeError('%c requires int or char');
  }
  const iv = ops.toInt(v, true);
  if (iv === null) throw typeError('%c requires int or char');
  if (iv < 0n || iv > 0x10ffffn) throw overflowError('%c arg not in range(0x110000)');
  return String.fromCodePoint(Number(iv));
}

/** unicode_format_arg_output: sign, alternate prefix, padding. */
function output(body: string, ch: string, numeric: boolean, flags: number, width: number): string {
  let str = body;
  let sign = '';
  if (numeric) {
    if (str[0] === '-' || str[0] === '+') {
      sign = str[0];
      str = str.slice(1);
    } else if (flags & F_SIGN) sign = '+';
    else if (flags & F_BLANK) sign = ' ';
  }
  let prefix = '';
  if ((flags & F_ALT) !== 0 && (ch === 'x' || ch === 'X' || ch === 'o')) {
    prefix = str.slice(0, 2);
    str = str.slice(2);
  }
  const len = codePointLength(str) + sign.length + prefix.length;
  if (width <= len) return sign + prefix + str;
  const pad = width - len;
  if (flags & F_LJUST) return sign + prefix + str + ' '.repeat(pad);
  if (numeric && (flags & F_ZERO) !== 0) return sign + prefix + '0'.repeat(pad) + str;
  return ' '.repeat(pad) + sign + prefix + str;
}

function codePointLength(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

export { FormatError };
