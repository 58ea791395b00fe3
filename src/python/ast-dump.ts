// dumpAst: prints a node exactly as python3.11's `ast.dump(node)` does (annotate_fields=True,
// include_attributes=False, no indent). Follows Lib/ast.py dump/_format: fields in _fields
// order, a field whose value is None is left out when the field is optional (the class
// attribute default is None), lists print as [a, b], and constants print with repr().
// The repr helpers for str, bytes, float and complex follow Objects/unicodeobject.c
// unicode_repr, Objects/bytesobject.c PyBytes_Repr and Python/pystrtod.c (format 'r').

import { FIELDS, type Node, type ConstantValue } from './ast.ts';
import { isPrintableCodePoint } from './unicode-printable.ts';

// Fields whose class default is None in python3.11 (`getattr(cls, name, ...) is None`),
// listed by running python3 over ast's classes.
const OPTIONAL = new Set([
  'AnnAssign.value', 'Assert.msg', 'Assign.type_comment', 'AsyncFor.type_comment',
  'AsyncFunctionDef.returns', 'AsyncFunctionDef.type_comment', 'AsyncWith.type_comment',
  'Constant.kind', 'ExceptHandler.name', 'ExceptHandler.type', 'For.type_comment',
  'FormattedValue.format_spec', 'FunctionDef.returns', 'FunctionDef.type_comment',
  'ImportFrom.level', 'ImportFrom.module', 'Raise.cause', 'Raise.exc', 'Return.value',
  'Slice.lower', 'Slice.step', 'Slice.upper', 'With.type_comment', 'Yield.value',
  'alias.asname', 'arg.annotation', 'arg.type_comment', 'arguments.kwarg', 'arguments.vararg',
  'keyword.arg', 'withitem.optional_vars',
]);

export function dumpAst(node: Node): string {
  return format(node);
}

function format(v: unknown): string {
  if (Array.isArray(v)) return '[' + v.map(format).join(', ') + ']';
  if (v !== null && typeof v === 'object' && '_type' in v) {
    const node = v as Node & Record<string, unknown>;
    const t = node._type;
    const parts: string[] = [];
    for (const f of FIELDS[t]) {
      const value = node[f];
      if ((value === null || value === undefined) && OPTIONAL.has(t + '.' + f)) continue;
      parts.push(f + '=' + (t === 'Constant' && f === 'value' ? reprConstant(value as ConstantValue) : format(value)));
    }
    return t + '(' + parts.join(', ') + ')';
  }
  if (v === null || v === undefined) return 'None';
  if (typeof v === 'string') return reprStr(v);
  if (typeof v === 'number') return String(v); // ints in fields (conversion, level, simple, is_async)
  return String(v);
}

export function reprConstant(v: ConstantValue): string {
  if (v === null) return 'None';
  if (v === true) return 'True';
  if (v === false) return 'False';
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'number') return reprFloat(v);
  if (typeof v === 'string') return reprStr(v);
  if ('bytes' in v) return reprBytes(v.bytes);
  if ('complex' in v) return reprFloat(v.complex, false) + 'j';
  return 'Ellipsis';
}

/**
 * Python's repr(float): the shortest digits that round-trip (JS gives the same digits),
 * laid out as format code 'r' does: positional for exponents in [-4, 16), otherwise
 * d.ddde+XX. `forceDot` adds '.0' to integral values (floats do, complex parts do not).
 */
export function reprFloat(x: number, forceDot = true): string {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return (Object.is(x, -0) ? '-0' : '0') + (forceDot ? '.0' : '');
  const sign = x < 0 ? '-' : '';
  const [mant, expStr] = Math.abs(x).toExponential().split('e');
  const exp = Number(expStr);
  const digits = mant.replace('.', '');
  let body: string;
  if (exp < -4 || exp >= 16) {
    const m = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits;
    const e = Math.abs(exp);
    body = m + 'e' + (exp < 0 ? '-' : '+') + (e < 10 ? '0' + e : String(e));
  } else if (exp < 0) {
    body = '0.' + '0'.repeat(-exp - 1) + digits;
  } else if (digits.length > exp + 1) {
    body = digits.slice(0, exp + 1) + '.' + digits.slice(exp + 1);
  } else {
    body = digits + '0'.repeat(exp + 1 - digits.length) + (forceDot ? '.0' : '');
  }
  return sign + body;
}

/** Python's repr(str). */
export function reprStr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (let i = 0; i < s.length; i++) {
    let cp = s.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < s.length) {
      const lo = s.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        cp = (cp - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000;
        i++;
      }
    }
    if (cp === quote.charCodeAt(0) || cp === 92) out += '\\' + String.fromCharCode(cp);
    else if (cp === 10) out += '\\n';
    else if (cp === 13) out += '\\r';
    else if (cp === 9) out += '\\t';
    else if (cp < 32 || cp === 127) out += '\\x' + cp.toString(16).padStart(2, '0');
    else if (cp < 127) out += String.fromCharCode(cp);
    else {
      const ch = String.fromCodePoint(cp);
      if (!isPrintableCodePoint(cp)) {
        if (cp <= 0xff) out += '\\x' + cp.toString(16).padStart(2, '0');
        else if (cp <= 0xffff) out += '\\u' + cp.toString(16).padStart(4, '0');
        else out += '\\U' + cp.toString(16).padStart(8, '0');
      } else out += ch;
    }
  }
  return out + quote;
}

/** Python's repr(bytes). */
export function reprBytes(b: Uint8Array): string {
  let hasSingle = false, hasDouble = false;
  for (const c of b) {
    if (c === 39) hasSingle = true;
    else if (c === 34) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? '"' : "'";
  let out = 'b' + quote;
  for (const c of b) {
    if (c === quote.charCodeAt(0) || c === 92) out += '\\' + String.fromCharCode(c);
    else if (c === 9) out += '\\t';
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c < 32 || c >= 127) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += String.fromCharCode(c);
  }
  return out + quote;
}
