/**
 * The format-spec mini-language: format(value, spec) for int, float and str, as
 * python3.11 does it.
 *
 * Follows CPython 3.11 Python/formatter_unicode.c:
 *   [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]
 * parse_internal_render_format_spec reads that grammar (a '0' before the width sets
 * the fill to '0' and, for numbers only, the alignment to '='), then
 * format_long_internal / format_float_internal / format_string_internal lay the
 * result out as  <lpad><sign><prefix><spad><grouped digits><remainder><rpad>.
 * Zero padding with grouping inserts separators into the padding as well, the way
 * _PyUnicode_InsertThousandsGrouping does when given a minimum width.
 *
 * Every error is a FormatError whose type and text are python3's.
 */

import { FormatError, overflowError, valueError } from './format-error.ts';
import { doubleToString, floatRepr, type FloatCode } from './float-format.ts';
import { DEFAULT_MAX_STR_DIGITS, intToString } from './int-format.ts';

export { FormatError } from './format-error.ts';

export type Align = '<' | '>' | '^' | '=';

export interface FormatSpec {
  fill: string;
  /** '' when not given; the formatter substitutes the type's default. */
  align: Align | '';
  sign: '+' | '-' | ' ' | '';
  /** 'z': coerce negative zero (after rounding) to positive zero. */
  z: boolean;
  alternate: boolean;
  /** The '0' flag: fill '0', and '=' alignment for numbers when none is given. */
  zero: boolean;
  width: number; // -1: not given
  grouping: ',' | '_' | '';
  precision: number; // -1: not given
  type: string; // '' when not given
  /** The spec text, for error messages. */
  text: string;
}

const PY_SSIZE_T_MAX = 9223372036854775807n;
const INT_MAX = 2147483647;

function isAlign(c: string | undefined): c is Align {
  return c === '<' || c === '>' || c === '^' || c === '=';
}

/** Reads decimal digits at `pos`; returns [value, end]. Python's get_integer. */
function readInteger(spec: string, pos: number): [number, number] {
  let end = pos;
  while (end < spec.length) {
    const c = spec.charCodeAt(end);
    if (c < 48 || c > 57) break;
    end++;
  }
  if (end === pos) return [-1, pos];
  const text = spec.slice(pos, end);
  if (end - pos > 15) {
    const big = BigInt(text);
    if (big > PY_SSIZE_T_MAX) throw valueError('Too many decimal digits in format string');
    // Widths this large cannot be honoured anyway (CPython raises MemoryError).
    return [Number(big), end];
  }
  return [Number(text), end];
}

const specCache = new Map<string, FormatSpec>();

/**
 * Parses a format spec into its parts, checking only the grammar (the part of
 * parse_internal_render_format_spec that does not depend on the value's type).
 * Throws for a spec that cannot be parsed at all.
 */
export function parseFormatSpec(spec: string): FormatSpec {
  const cached = specCache.get(spec);
  if (cached) return cached;
  const parsed = parseUncached(spec);
  if (specCache.size > 512) specCache.clear();
  specCache.set(spec, parsed);
  return parsed;
}

function parseUncached(spec: string): FormatSpec {
  const chars = Array.from(spec); // the fill may be any code point
  // Work on code points but read integers on the joined rest.
  let i = 0;
  const out: FormatSpec = {
    fill: ' ',
    align: '',
    sign: '',
    z: false,
    alternate: false,
    zero: false,
    width: -1,
    grouping: '',
    precision: -1,
    type: '',
    text: spec,
  };
  let fillGiven = false;
  if (chars.length >= 2 && isAlign(chars[1])) {
    out.fill = chars[0]!;
    out.align = chars[1] as Align;
    fillGiven = true;
    i = 2;
  } else if (chars.length >= 1 && isAlign(chars[0])) {
    out.align = chars[0] as Align;
    i = 1;
  }
  const c0 = chars[i];
  if (c0 === '+' || c0 === '-' || c0 === ' ') {
    out.sign = c0;
    i++;
  }
  if (chars[i] === 'z') {
    out.z = true;
    i++;
  }
  if (chars[i] === '#') {
    out.alternate = true;
    i++;
  }
  if (!fillGiven && chars[i] === '0') {
    out.zero = true;
    out.fill = '0';
    i++;
  }
  let rest = chars.slice(i).join('');
  let pos = 0;
  [out.width, pos] = readInteger(rest, pos);
  if (rest[pos] === ',') {
    out.grouping = ',';
    pos++;
  }
  if (rest[pos] === '_') {
    if (out.grouping) throw valueError("Cannot specify both ',' and '_'.");
    out.grouping = '_';
    pos++;
  }
  // ",," is not this error: the second comma is left over as the type.
  if (rest[pos] === ',' && out.grouping === '_') throw valueError("Cannot specify both ',' and '_'.");
  if (rest[pos] === '.') {
    pos++;
    const [prec, end] = readInteger(rest, pos);
    if (end === pos) throw valueError('Format specifier missing precision');
    out.precision = prec;
    pos = end;
  }
  rest = rest.slice(pos);
  const restChars = Array.from(rest);
  if (restChars.length > 1) throw new InvalidSpec(spec);
  // A NUL type char stays: float treats it as no type, int and str reject it.
  if (restChars.length === 1) out.type = restChars[0]!;
  if (out.grouping) checkGroupingType(out.grouping, out.type);
  return out;
}

/** Thrown by the parser, which does not know the value's type; completed by the formatter. */
class InvalidSpec extends Error {
  constructor(readonly spec: string) {
    super(`Invalid format specifier '${spec}'`);
  }
}

function codeText(type: string): string {
  const c = type.codePointAt(0)!;
  return c > 32 && c < 128 ? type : '\\x' + c.toString(16);
}

function checkGroupingType(sep: ',' | '_', type: string): void {
  switch (type) {
    case 'd':
    case 'e':
    case 'f':
    case 'g':
    case 'E':
    case 'G':
    case '%':
    case 'F':
    case '':
    case '\0':
      return;
    case 'b':
    case 'o':
    case 'x':
    case 'X':
      if (sep === '_') return;
  }
  // An absent type is reported as the type's default ('s' for str).
  throw valueError(`Cannot specify '${sep}' with '${codeText(type)}'.`);
}

/**
 * Parses with the type's defaults applied, turning the type-free errors into the
 * messages python3 gives for this type.
 */
function parseFor(spec: string, typeName: string, defaultType: string): FormatSpec {
  let parsed: FormatSpec;
  try {
    parsed = parseFormatSpec(spec);
  } catch (e) {
    if (e instanceof InvalidSpec) {
      throw valueError(`Invalid format specifier '${spec}' for object of type '${typeName}'`);
    }
    throw e;
  }
  if (parsed.type === '' && defaultType !== '') {
    // Only str has a default type, and the grouping check must then see it.
    if (parsed.grouping) checkGroupingType(parsed.grouping, defaultType);
    return { ...parsed, type: defaultType };
  }
  return parsed;
}

function unknownCode(type: string, typeName: string): FormatError {
  return valueError(`Unknown format code '${codeText(type)}' for object of type '${typeName}'`);
}

// ---------------------------------------------------------------------------
// Numeric layout (calc_number_widths + fill_number).

/**
 * Groups `digits` with `sep` every `size` digits from the right, padding with
 * zeros (separators included) to at least `minWidth` characters — the algorithm of
 * _PyUnicode_InsertThousandsGrouping, whose result can exceed minWidth by one
 * (format(1234, '08,') is '0,001,234').
 */
export function groupDigits(digits: string, sep: string, size: number, minWidth: number): string {
  const parts: string[] = [];
  let remaining = digits.length;
  let end = remaining;
  let width = minWidth;
  for (;;) {
    const l = Math.min(size, Math.max(remaining, width, 1));
    const nZeros = Math.max(0, l - remaining);
    const nChars = Math.max(0, Math.min(remaining, l));
    parts.push('0'.repeat(nZeros) + digits.slice(end - nChars, end));
    end -= nChars;
    remaining -= nChars;
    width -= l;
    if (remaining <= 0 && width <= 0) break;
    width -= sep.length;
  }
  return parts.reverse().join(sep);
}

interface NumberParts {
  negative: boolean;
  prefix: string; // '0x' etc.
  digits: string; // the integer digits (grouped), may be '' (inf, nan, 'c')
  remainder: string; // '.' and fraction, exponent, '%', or the 'c' character
}

function layoutNumber(spec: FormatSpec, parts: NumberParts, groupSize: number): string {
  const align = spec.align || (spec.zero ? '=' : '>');
  let sign = '';
  if (parts.negative) sign = '-';
  else if (spec.sign === '+') sign = '+';
  else if (spec.sign === ' ') sign = ' ';
  // Lengths in code points: the 'c' remainder may be outside the BMP.
  const remLen = cpLength(parts.remainder);
  const nonDigit = sign.length + parts.prefix.length + remLen;
  const minWidth = spec.fill === '0' && align === '=' ? spec.width - nonDigit : 0;
  let grouped = parts.digits;
  if (grouped.length > 0) {
    if (spec.grouping) grouped = groupDigits(grouped, spec.grouping, groupSize, minWidth);
    else if (minWidth > grouped.length) grouped = '0'.repeat(minWidth - grouped.length) + grouped;
  }
  const body = parts.prefix + grouped + parts.remainder;
  const pad = spec.width - (nonDigit + grouped.length);
  if (pad <= 0) return sign + body;
  const fill = spec.fill;
  switch (align) {
    case '<':
      return sign + body + fill.repeat(pad);
    case '^': {
      const left = pad >> 1;
      return fill.repeat(left) + sign + body + fill.repeat(pad - left);
    }
    case '=':
      return sign + parts.prefix + fill.repeat(pad) + grouped + parts.remainder;
    default:
      return fill.repeat(pad) + sign + body;
  }
}

// ---------------------------------------------------------------------------
// int

const FLOAT_TYPES = 'eEfFgG%';

/**
 * format(value, spec) for an int. A number must be a safe integer; passing one
 * spares the caller a BigInt for small ints.
 */
export function formatInt(
  value: bigint | number,
  spec: string,
  maxStrDigits = DEFAULT_MAX_STR_DIGITS,
): string {
  if (spec === '' || spec === 'd') {
    return typeof value === 'number' ? String(value) : intToString(value, 10, false, maxStrDigits);
  }
  const s = parseFor(spec, 'int', '');
  const type = s.type;
  if (type.length === 1 && FLOAT_TYPES.includes(type)) {
    const f = Number(value);
    if (!Number.isFinite(f)) throw overflowError('int too large to convert to float');
    return formatFloatParsed(f, s);
  }
  let base = 10;
  let prefix = '';
  switch (type) {
    case '':
    case 'd':
    case 'n':
      break;
    case 'b':
      base = 2;
      prefix = '0b';
      break;
    case 'o':
      base = 8;
      prefix = '0o';
      break;
    case 'x':
      base = 16;
      prefix = '0x';
      break;
    case 'X':
      base = 16;
      prefix = '0X';
      break;
    case 'c':
      break;
    default:
      throw unknownCode(type, 'int');
  }
  if (s.precision !== -1) throw valueError('Precision not allowed in integer format specifier');
  if (s.z) throw valueError('Negative zero coercion (z) not allowed in integer format specifier');
  if (type === 'c') {
    if (s.sign) throw valueError("Sign not allowed with integer format specifier 'c'");
    if (s.alternate) {
      throw valueError("Alternate form (#) not allowed with integer format specifier 'c'");
    }
    const big = BigInt(value);
    if (big < -(2n ** 63n) || big >= 2n ** 63n) {
      throw overflowError('Python int too large to convert to C long');
    }
    if (big < 0n || big > 0x10ffffn) throw overflowError('%c arg not in range(0x110000)');
    const ch = String.fromCodePoint(Number(value));
    return layoutNumber(s, { negative: false, prefix: '', digits: '', remainder: ch }, 3);
  }
  const negative = value < 0;
  // Decimal output of a huge int obeys sys.set_int_max_str_digits (3.11).
  let digits =
    base === 10 && typeof value === 'bigint'
      ? intToString(negative ? -value : value, 10, false, maxStrDigits)
      : (negative ? -value : value).toString(base);
  if (type === 'X') digits = digits.toUpperCase();
  const parts = { negative, prefix: s.alternate ? prefix : '', digits, remainder: '' };
  return layoutNumber(s, parts, base === 10 ? 3 : 4);
}

// ---------------------------------------------------------------------------
// float

/** format(value, spec) for a float. */
export function formatFloat(value: number, spec: string): string {
  if (spec === '') return floatRepr(value);
  const s = parseFor(spec, 'float', '');
  return formatFloatParsed(value, s);
}

function formatFloatParsed(value: number, s: FormatSpec): string {
  let type = s.type === '\0' ? '' : s.type;
  switch (type) {
    case '':
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case 'n':
    case '%':
      break;
    default:
      throw unknownCode(type, 'float');
  }
  if (s.precision > INT_MAX) throw valueError('precision too big');
  let precision = s.precision;
  let defaultPrecision = 6;
  let addDot0 = false;
  if (type === '') {
    // Like repr() without a precision; with one, like 'g' but keeping a digit
    // after the point.
    addDot0 = true;
    type = 'r';
    defaultPrecision = 0;
  }
  if (type === 'n') type = 'g';
  let val = value;
  let pct = '';
  if (type === '%') {
    type = 'f';
    val *= 100;
    pct = '%';
  }
  if (precision < 0) precision = defaultPrecision;
  else if (type === 'r') type = 'g';
  const code = type as FloatCode;
  const text =
    doubleToString(val, code, precision, { alt: s.alternate, addDot0, noNeg0: s.z }) + pct;
  if (s.sign !== '+' && s.sign !== ' ' && s.width === -1 && !s.grouping) return text;
  const negative = text.charCodeAt(0) === 45;
  const unsigned = negative ? text.slice(1) : text;
  let intEnd = 0;
  while (intEnd < unsigned.length) {
    const c = unsigned.charCodeAt(intEnd);
    if (c < 48 || c > 57) break;
    intEnd++;
  }
  return layoutNumber(
    s,
    {
      negative,
      prefix: '',
      digits: unsigned.slice(0, intEnd),
      remainder: unsigned.slice(intEnd),
    },
    3,
  );
}

// ---------------------------------------------------------------------------
// str

/** format(value, spec) for a str. */
export function formatStr(value: string, spec: string): string {
  if (spec === '') return value;
  const s = parseFor(spec, 'str', 's');
  if (s.type !== 's') throw unknownCode(s.type, 'str');
  if (s.sign === ' ') throw valueError('Space not allowed in string format specifier');
  if (s.sign) throw valueError('Sign not allowed in string format specifier');
  if (s.z) throw valueError('Negative zero coercion (z) not allowed in string format specifier');
  if (s.alternate) throw valueError('Alternate form (#) not allowed in string format specifier');
  if (s.align === '=') throw valueError("'=' alignment not allowed in string format specifier");
  // Lengths count code points, as Python's str does.
  let len = value.length;
  let text = value;
  if (hasSurrogates(value)) {
    const cps = Array.from(value);
    len = cps.length;
    if (s.precision >= 0 && len > s.precision) {
      text = cps.slice(0, s.precision).join('');
      len = s.precision;
    }
  } else if (s.precision >= 0 && len > s.precision) {
    text = value.slice(0, s.precision);
    len = s.precision;
  }
  const pad = s.width - len;
  if (pad <= 0) return text;
  switch (s.align || '<') {
    case '>':
      return s.fill.repeat(pad) + text;
    case '^': {
      const left = pad >> 1;
      return s.fill.repeat(left) + text + s.fill.repeat(pad - left);
    }
    default:
      return text + s.fill.repeat(pad);
  }
}

function cpLength(s: string): number {
  return hasSurrogates(s) ? Array.from(s).length : s.length;
}

function hasSurrogates(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return true;
  }
  return false;
}
