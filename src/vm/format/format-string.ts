/**
 * str.format / str.format_map: the replacement-field grammar and its evaluation.
 *
 * Follows CPython 3.11 Objects/stringlib/unicode_format.h:
 * - MarkupIterator_next / parse_field split the template into literal text and
 *   fields `{field_name[!conversion][:format_spec]}`; '{{' and '}}' are escapes;
 *   brackets in a field name hide ':' '!' '}'; the spec may hold nested fields.
 * - field_name_split / FieldNameIterator_next split a field name into its first part
 *   (empty: automatic numbering; digits: a positional index; else a keyword) and a
 *   chain of `.attr` and `[key]` (digits: an int key).
 * - build_string / output_markup evaluate fields in order, so that an error later in
 *   the template is raised only after earlier fields were looked up — the order is
 *   observable (a KeyError can win over a later ValueError), so the parse is lazy:
 *   `iterFormatString` yields chunk by chunk, and a field name's chain carries its
 *   error as an item where CPython would raise it.
 *
 * The heap stays out: `renderFormatString` calls a `FormatStringOps` for argument
 * lookup, getattr/getitem, conversions and format(value, spec).
 */

import { FormatError, valueError } from './format-error.ts';

export interface FormatChunk {
  literal: string;
  /** Null when the chunk is literal text only. */
  field: RawField | null;
}

export interface RawField {
  /** The field name text, e.g. "0.real" or "name[key]". */
  name: string;
  /** The character after '!', or '' when absent. */
  conversion: string;
  /** The format spec text (may contain nested fields). */
  spec: string;
  /** Whether the spec has '{' and must be expanded with the same arguments. */
  specNeedsExpanding: boolean;
}

/** Splits a template lazily, raising python3's ValueErrors where CPython does. */
export function* iterFormatString(template: string): Generator<FormatChunk> {
  const s = template;
  const end = s.length;
  let pos = 0;
  while (pos < end) {
    const start = pos;
    let c = '';
    let markup = false;
    while (pos < end) {
      c = s[pos++]!;
      if (c === '{' || c === '}') {
        markup = true;
        break;
      }
    }
    const atEnd = pos >= end;
    let litEnd = pos;
    if (markup) {
      if (c === '}' && (atEnd || s[pos] !== '}')) {
        throw valueError("Single '}' encountered in format string");
      }
      if (atEnd && c === '{') throw valueError("Single '{' encountered in format string");
      if (s[pos] === c) {
        // An escaped brace: literal text including one brace, no field.
        pos++;
        markup = false;
      } else {
        litEnd--;
      }
    }
    const literal = s.slice(start, litEnd);
    if (!markup) {
      yield { literal, field: null };
      continue;
    }
    const [field, next] = parseField(s, pos);
    pos = next;
    yield { literal, field };
  }
}

/** parse_field: from just after '{' to just after the closing '}'. */
function parseField(s: string, from: number): [RawField, number] {
  const end = s.length;
  let pos = from;
  let c = '';
  while (pos < end) {
    c = s[pos++]!;
    if (c === '{') throw valueError("unexpected '{' in field name");
    if (c === '[') {
      while (pos < end && s[pos] !== ']') pos++;
      continue;
    }
    if (c === '}' || c === ':' || c === '!') break;
  }
  const name = s.slice(from, pos - 1);
  if (c === '!' || c === ':') {
    let conversion = '';
    if (c === '!') {
      if (pos >= end) throw valueError('end of string while looking for conversion specifier');
      conversion = s[pos++]!;
      if (pos < end) {
        const d = s[pos++]!;
        if (d === '}') return [{ name, conversion, spec: '', specNeedsExpanding: false }, pos];
        if (d !== ':') throw valueError("expected ':' after conversion specifier");
      }
    }
    const specStart = pos;
    let depth = 1;
    let nested = false;
    while (pos < end) {
      const d = s[pos++]!;
      if (d === '{') {
        nested = true;
        depth++;
      } else if (d === '}') {
        depth--;
        if (depth === 0) {
          const spec = s.slice(specStart, pos - 1);
          return [{ name, conversion, spec, specNeedsExpanding: nested }, pos];
        }
      }
    }
    throw valueError("unmatched '{' in format spec");
  }
  if (c !== '}') throw valueError("expected '}' before end of string");
  return [{ name, conversion: '', spec: '', specNeedsExpanding: false }, pos];
}

/** The whole template at once (raises the first markup error eagerly). */
export function parseFormatString(template: string): FormatChunk[] {
  return Array.from(iterFormatString(template));
}

// ---------------------------------------------------------------------------
// Field names

export type FieldAccess =
  | { kind: 'attr'; name: string }
  | { kind: 'index'; key: number | string }
  | { kind: 'error'; error: FormatError };

export interface FieldName {
  /** A positional index (after automatic numbering) or a keyword. */
  first: number | string;
  /** The `.attr` / `[key]` chain; an 'error' item ends it where CPython raises. */
  rest: FieldAccess[];
}

/** Automatic vs manual numbering, shared by a template and its nested specs. */
export class AutoNumber {
  state: 'init' | 'auto' | 'manual' = 'init';
  next = 0;
}

const MAX_SSIZE = 9223372036854775807n;

/** get_integer: the value when `s` is all ASCII digits, else -1. */
function fieldInteger(s: string): number {
  if (s.length === 0 || !/^[0-9]+$/.test(s)) return -1;
  if (s.length > 18 && BigInt(s) > MAX_SSIZE) {
    throw valueError('Too many decimal digits in format string');
  }
  return Number(s);
}

/** field_name_split plus the FieldNameIterator walk. */
export function parseFieldName(name: string, auto: AutoNumber | null): FieldName {
  let i = 0;
  while (i < name.length && name[i] !== '.' && name[i] !== '[') i++;
  const firstText = name.slice(0, i);
  const rest = parseFieldRest(name, i);
  let index = fieldInteger(firstText);
  const empty = firstText.length === 0;
  const numeric = empty || index !== -1;
  if (auto) {
    if (auto.state === 'init' && numeric) auto.state = empty ? 'auto' : 'manual';
    if (numeric) {
      if (auto.state === 'manual' && empty) {
        throw valueError(
          'cannot switch from manual field specification to automatic field numbering',
        );
      }
      if (auto.state === 'auto' && !empty) {
        throw valueError(
          'cannot switch from automatic field numbering to manual field specification',
        );
      }
    }
    if (empty) index = auto.next++;
  }
  return { first: index !== -1 ? index : firstText, rest };
}

function parseFieldRest(name: string, from: number): FieldAccess[] {
  const out: FieldAccess[] = [];
  let pos = from;
  const end = name.length;
  while (pos < end) {
    const c = name[pos++];
    let part: string;
    if (c === '.') {
      const start = pos;
      while (pos < end && name[pos] !== '.' && name[pos] !== '[') pos++;
      part = name.slice(start, pos);
      if (part === '') return [...out, errorItem('Empty attribute in format string')];
      out.push({ kind: 'attr', name: part });
    } else if (c === '[') {
      const start = pos;
      while (pos < end && name[pos] !== ']') pos++;
      if (pos >= end) return [...out, errorItem("Missing ']' in format string")];
      part = name.slice(start, pos);
      pos++;
      if (part === '') return [...out, errorItem('Empty attribute in format string')];
      let key: number | string;
      try {
        const n = fieldInteger(part);
        key = n === -1 ? part : n;
      } catch (e) {
        return [...out, { kind: 'error', error: e as FormatError }];
      }
      out.push({ kind: 'index', key });
    } else {
      return [
        ...out,
        errorItem("Only '.' or '[' may follow ']' in format field specifier"),
      ];
    }
  }
  return out;
}

function errorItem(msg: string): FieldAccess {
  return { kind: 'error', error: valueError(msg) };
}

// ---------------------------------------------------------------------------
// Evaluation

export interface FormatStringOps<T> {
  /**
   * Positional argument `index`; the VM raises IndexError "Replacement index 3 out
   * of range for positional args tuple" when there is none. Absent for format_map
   * (positional fields are then a ValueError).
   */
  getArg?: (index: number) => T;
  /** Keyword argument / mapping lookup; the VM raises KeyError. */
  getKwarg(name: string): T;
  getAttr(v: T, name: string): T;
  getItem(v: T, key: number | string): T;
  /** repr / str / ascii of v, as a value to format. */
  convert(v: T, conversion: 'r' | 's' | 'a'): T;
  /** format(v, spec) */
  format(v: T, spec: string): string;
}

/** str.format(*args, **kwargs) / str.format_map(mapping): build_string. */
export function renderFormatString<T>(template: string, ops: FormatStringOps<T>): string {
  return buildString(template, ops, 2, new AutoNumber());
}

function buildString<T>(
  template: string,
  ops: FormatStringOps<T>,
  depth: number,
  auto: AutoNumber,
): string {
  if (depth <= 0) throw valueError('Max string recursion exceeded');
  let out = '';
  for (const chunk of iterFormatString(template)) {
    out += chunk.literal;
    const f = chunk.field;
    if (f === null) continue;
    let obj = fieldObject(f.name, ops, auto);
    if (f.conversion !== '') {
      const conv = f.conversion;
      if (conv !== 'r' && conv !== 's' && conv !== 'a') {
        const cp = conv.codePointAt(0)!;
        throw valueError(
          cp > 32 && cp < 127
            ? `Unknown conversion specifier ${conv}`
            : `Unknown conversion specifier \\x${cp.toString(16)}`,
        );
      }
      obj = ops.convert(obj, conv);
    }
    const spec = f.specNeedsExpanding ? buildString(f.spec, ops, depth - 1, auto) : f.spec;
    out += ops.format(obj, spec);
  }
  return out;
}

/** get_field_object */
function fieldObject<T>(name: string, ops: FormatStringOps<T>, auto: AutoNumber): T {
  const parsed = parseFieldName(name, auto);
  let obj: T;
  if (typeof parsed.first === 'string') {
    obj = ops.getKwarg(parsed.first);
  } else {
    if (!ops.getArg) throw valueError('Format string contains positional fields');
    obj = ops.getArg(parsed.first);
  }
  for (const step of parsed.rest) {
    if (step.kind === 'error') throw step.error;
    obj = step.kind === 'attr' ? ops.getAttr(obj, step.name) : ops.getItem(obj, step.key);
  }
  return obj;
}
