/**
 * float(text): Python's float-from-string, exactly as python3.
 *
 * Follows CPython 3.11 Objects/floatobject.c PyFloat_FromString and
 * Python/pystrtod.c _Py_string_to_number_with_underscores: surrounding whitespace
 * is stripped, Unicode decimal digits count as ASCII ones, underscores are allowed
 * only between two digits, and "inf", "infinity", "nan" are accepted in any case
 * with an optional sign. We check the grammar ourselves and then let JS's Number()
 * do the conversion, which ECMAScript requires to be correctly rounded (round half
 * to even on the exact decimal value), as _Py_dg_strtod is.
 */

import { valueError } from './format-error.ts';
import { numericText, type LiteralOptions } from './int-format.ts';
import { pyBytesRepr, pyStrRepr } from './str-repr.ts';

// digitpart: digit (["_"] digit)*
const DECIMAL = /^[+-]?(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?$/;
const SPECIAL = /^([+-]?)(inf|infinity|nan)$/i;

/** Parses a float literal as float() does; null when the syntax is wrong. */
export function tryParseFloat(text: string, opts?: LiteralOptions): number | null {
  const s = numericText(text, opts);
  if (DECIMAL.test(s)) return Number(s.includes('_') ? s.replace(/_/g, '') : s);
  const m = SPECIAL.exec(s);
  if (m) {
    if (m[2]!.toLowerCase() === 'nan') return NaN;
    return m[1] === '-' ? -Infinity : Infinity;
  }
  return null;
}

/**
 * float(text), raising python3's ValueError for a malformed string. For bytes, pass
 * the latin-1 decoded text and { bytes: true }.
 */
export function parseFloatLiteral(text: string, opts?: LiteralOptions): number {
  const v = tryParseFloat(text, opts);
  if (v === null) {
    const shown = opts?.bytes ? pyBytesRepr(text) : pyStrRepr(text);
    throw valueError(`could not convert string to float: ${shown}`);
  }
  return v;
}
