// String, bytes and f-string literals: turns a run of adjacent STRING tokens into one
// Constant or JoinedStr, as CPython 3.11 does in Parser/action_helpers.c
// _PyPegen_concatenate_strings and Parser/string_parser.c (parsestr, the FstringParser,
// fstring_find_literal, fstring_find_expr, fstring_compile_expr).
//
// 3.11 details kept on purpose, because ast.dump and positions show them:
// - adjacent plain strings and f-strings fold into one JoinedStr; runs of literal text merge
//   into one Constant; empty literal pieces disappear (f"" is JoinedStr(values=[])).
// - every Constant and FormattedValue piece carries the position of the whole run of
//   tokens; a format spec's JoinedStr carries the position of its own token.
// - an expression inside braces is parsed on its own as "(" + text + ")", positioned by
//   string_parser.c fstring_find_expr_location (so a tuple's position includes the braces'
//   interior parentheses); `{x=}` adds the text "x=" and defaults the conversion to !r.
// - Constant.kind is 'u' only when the first token starts with a lowercase 'u'.

import type { expr, Constant, JoinedStr, FormattedValue, Pos } from './ast.ts';
import type { Token } from './tokenizer.ts';
import { utf8Length } from './tokenizer.ts';
import { lookupCharacterName } from './unicode-name-lookup.ts';

/** What the string parser needs from the expression parser. */
export interface StringHost {
  span<T extends object>(node: T, a: Pos, b: Pos): T & Pos;
  span<T extends Pos>(node: Omit<T, keyof Pos>, a: Pos, b: Pos): T;
  raiseHere(msg: string): never;
  raiseAt(msg: string, n: Pos): never;
  parseFStringExpr(text: string, lineOffset: number, firstColOffset: number): expr;
}

interface Prefix { bytes: boolean; raw: boolean; fstr: boolean; quoteLen: number; prefixLen: number }

function prefixOf(text: string): Prefix {
  let k = 0;
  let bytes = false, raw = false, fstr = false;
  for (; k < text.length; k++) {
    const c = text[k];
    if (c === 'b' || c === 'B') bytes = true;
    else if (c === 'r' || c === 'R') raw = true;
    else if (c === 'f' || c === 'F') fstr = true;
    else if (c === 'u' || c === 'U') { /* no effect */ }
    else break;
  }
  const q = text[k];
  const quoteLen = text[k + 1] === q && text[k + 2] === q && text.length - k >= 6 ? 3 : 1;
  return { bytes, raw, fstr, quoteLen, prefixLen: k };
}

/** Pieces of a JoinedStr being built (string_parser.c FstringParser). */
class FStringState {
  lastStr: string | null = null;
  exprs: expr[] = [];
  fmode = false;
  concat(s: string): void {
    if (s.length === 0) return;
    this.lastStr = this.lastStr === null ? s : this.lastStr + s;
  }
}

export function parseStrings(p: StringHost, tokens: Token[]): expr {
  const first = tokens[0], last = tokens[tokens.length - 1];
  let bytesMode: boolean | null = null;
  for (const t of tokens) {
    const b = prefixOf(t.string).bytes;
    if (bytesMode === null) bytesMode = b;
    else if (bytesMode !== b) p.raiseHere('cannot mix bytes and nonbytes literals');
  }
  if (bytesMode) {
    const out: number[] = [];
    for (const t of tokens) {
      const pr = prefixOf(t.string);
      const body = t.string.slice(pr.prefixLen + pr.quoteLen, t.string.length - pr.quoteLen);
      // eslint-disable-next-line no-control-regex
      if (/[^\x00-\x7f]/.test(body)) p.raiseAt('bytes can only contain ASCII literal characters', t);
      if (pr.raw) for (let i = 0; i < body.length; i++) out.push(body.charCodeAt(i));
      else decodeEscapes(p, body, true, out);
    }
    return p.span<Constant>({ _type: 'Constant', value: { bytes: Uint8Array.from(out) }, kind: null }, first, last);
  }
  const state = new FStringState();
  for (const t of tokens) {
    const pr = prefixOf(t.string);
    const bodyStart = pr.prefixLen + pr.quoteLen;
    const bodyEnd = t.string.length - pr.quoteLen;
    if (pr.fstr) {
      state.fmode = true;
      const cur = { i: bodyStart };
      concatFString(p, state, t, cur, bodyEnd, pr.raw, 0, first, last);
    } else {
      const body = t.string.slice(bodyStart, bodyEnd);
      state.concat(pr.raw ? body : decodeEscapes(p, body, false, null));
    }
  }
  return finish(p, state, first, last);
}

function makeStr(p: StringHost, s: string, first: Token, last: Token): Constant {
  const kind = first.string[0] === 'u' ? 'u' : null;
  return p.span<Constant>({ _type: 'Constant', value: s, kind }, first, last);
}

function finish(p: StringHost, state: FStringState, first: Token, last: Token): expr {
  if (!state.fmode) return makeStr(p, state.lastStr ?? '', first, last);
  if (state.lastStr !== null) {
    state.exprs.push(makeStr(p, state.lastStr, first, last));
    state.lastStr = null;
  }
  return p.span<JoinedStr>({ _type: 'JoinedStr', values: state.exprs }, first, last);
}

/** _PyPegen_FstringParser_ConcatFstring: literal text and {expressions} of one f-string token. */
function concatFString(p: StringHost, state: FStringState, t: Token, cur: { i: number }, end: number, raw: boolean, level: number, first: Token, last: Token): void {
  state.fmode = true;
  const s = t.string;
  for (;;) {
    // fstring_find_literal
    const litStart = cur.i;
    let j = cur.i;
    let doubled = false;
    while (j < end) {
      let ch = s[j++];
      if (!raw && ch === '\\' && j < end) {
        ch = s[j++];
        if (ch === 'N') {
          if (j < end && s[j++] === '{') {
            while (j < end && s[j++] !== '}') { /* skip the name */ }
          }
          continue;
        }
      }
      if (ch === '{' || ch === '}') {
        if (level === 0) {
          if (j < end && s[j] === ch) {
            doubled = true;
            break;
          }
          if (ch === '}') p.raiseHere("f-string: single '}' is not allowed");
        }
        j--;
        break;
      }
    }
    const litEnd = j;
    if (litEnd > litStart) {
      const lit = s.slice(litStart, litEnd);
      state.concat(raw ? lit : decodeEscapes(p, lit, false, null));
    }
    if (doubled) {
      cur.i = j + 1;
      continue;
    }
    cur.i = j;
    if (cur.i >= end || s[cur.i] === '}') break;
    // fstring_find_expr
    const fv = findExpr(p, state, t, cur, end, raw, level, first, last);
    if (state.lastStr !== null) {
      state.exprs.push(makeStr(p, state.lastStr, first, last));
      state.lastStr = null;
    }
    state.exprs.push(fv);
  }
  if (level === 0 && cur.i < end) p.raiseHere('f-string: unexpected end of string');
  if (level !== 0 && s[cur.i] !== '}') p.raiseHere("f-string: expecting '}'");
}

const CLOSE_OF: Record<string, string> = { '(': ')', '[': ']', '{': '}' };

function findExpr(p: StringHost, state: FStringState, t: Token, cur: { i: number }, end: number, raw: boolean, level: number, first: Token, last: Token): FormattedValue {
  const s = t.string;
  if (level >= 2) p.raiseHere('f-string: expressions nested too deeply');
  const brace = cur.i;
  cur.i++;
  const exprStart = cur.i;
  let quote = '', quoteLen = 0;
  const stack: string[] = [];
  for (; cur.i < end; cur.i++) {
    const ch = s[cur.i];
    if (ch === '\\') p.raiseHere('f-string expression part cannot include a backslash');
    if (quote) {
      if (ch === quote) {
        if (quoteLen === 3) {
          if (cur.i + 2 < end && s[cur.i + 1] === ch && s[cur.i + 2] === ch) {
            cur.i += 2;
            quote = '';
            quoteLen = 0;
          }
        } else {
          quote = '';
          quoteLen = 0;
        }
      }
      continue;
    }
    if (ch === "'" || ch === '"') {
      if (cur.i + 2 < end && s[cur.i + 1] === ch && s[cur.i + 2] === ch) {
        quoteLen = 3;
        cur.i += 2;
      } else quoteLen = 1;
      quote = ch;
    } else if (ch === '[' || ch === '{' || ch === '(') {
      stack.push(ch);
    } else if (ch === '#') {
      p.raiseHere("f-string expression part cannot include '#'");
    } else if (stack.length === 0 && (ch === '!' || ch === ':' || ch === '}' || ch === '=' || ch === '>' || ch === '<')) {
      if (cur.i + 1 < end) {
        const nx = s[cur.i + 1];
        if ((ch === '!' && nx === '=') || (ch === '=' && nx === '=') || (ch === '<' && nx === '=') || (ch === '>' && nx === '=')) {
          cur.i++;
          continue;
        }
      }
      if (ch === '>' || ch === '<') continue;
      break;
    } else if (ch === ']' || ch === '}' || ch === ')') {
      if (!stack.length) p.raiseHere(`f-string: unmatched '${ch}'`);
      const opening = stack.pop()!;
      if (CLOSE_OF[opening] !== ch) p.raiseHere(`f-string: closing parenthesis '${ch}' does not match opening parenthesis '${opening}'`);
    }
  }
  const exprEnd = cur.i;
  if (quote) p.raiseHere('f-string: unterminated string');
  if (stack.length) p.raiseHere(`f-string: unmatched '${stack[stack.length - 1]}'`);
  if (cur.i >= end) p.raiseHere("f-string: expecting '}'");
  const value = compileExpr(p, t, brace, exprStart, exprEnd);
  let exprText: string | null = null;
  if (s[cur.i] === '=') {
    cur.i++;
    while (cur.i < end && /[ \t\n\r\f\v]/.test(s[cur.i])) cur.i++;
    if (cur.i >= end) p.raiseHere("f-string: expecting '}'");
    exprText = s.slice(exprStart, cur.i);
    state.concat(exprText);
  }
  let conversion = -1;
  if (s[cur.i] === '!') {
    cur.i++;
    if (cur.i >= end) p.raiseHere("f-string: expecting '}'");
    const c = s[cur.i++];
    if (c !== 's' && c !== 'r' && c !== 'a') p.raiseHere("f-string: invalid conversion character: expected 's', 'r', or 'a'");
    conversion = c.charCodeAt(0);
  }
  let formatSpec: expr | null = null;
  if (cur.i < end && s[cur.i] === ':') {
    cur.i++;
    if (cur.i >= end) p.raiseHere("f-string: expecting '}'");
    // fstring_parse: the spec is its own f-string, positioned at the current token.
    const sub = new FStringState();
    concatFString(p, sub, t, cur, end, raw, level + 1, first, last);
    formatSpec = finish(p, sub, t, t);
  }
  if (cur.i >= end || s[cur.i] !== '}') p.raiseHere("f-string: expecting '}'");
  cur.i++;
  if (exprText !== null && formatSpec === null && conversion === -1) conversion = 'r'.charCodeAt(0);
  return p.span<FormattedValue>({ _type: 'FormattedValue', value, conversion, format_spec: formatSpec }, first, last);
}

/** fstring_compile_expr + fstring_find_expr_location. */
function compileExpr(p: StringHost, t: Token, brace: number, start: number, end: number): expr {
  const s = t.string;
  const text = s.slice(start, end);
  if (/^[ \t\n\f]*$/.test(text)) {
    const c = s[end];
    if (c === '!' || c === ':' || c === '=') p.raiseHere(`f-string: expression required before '${c}'`);
    p.raiseHere('f-string: empty expression not allowed');
  }
  let newlineAfterBrace = true;
  for (let k = brace + 1; k < s.length && s[k] !== '}' && s[k] !== '\n'; k++) {
    if (s[k] !== ' ' && s[k] !== '\t' && s[k] !== '\f') {
      newlineAfterBrace = false;
      break;
    }
  }
  let cols = 0;
  if (!newlineAfterBrace) {
    const nl = s.lastIndexOf('\n', brace);
    cols = nl < 0 ? utf8Length(s, 0, brace) : utf8Length(s, nl + 1, brace);
  }
  let lines = 0;
  for (let k = 0; k < brace; k++) if (s.charCodeAt(k) === 10) lines++;
  const startCol = lines !== 0 ? cols : t.col_offset + cols;
  return p.parseFStringExpr('(' + text + ')', t.lineno + lines - 1, startCol);
}

const SIMPLE_ESCAPES: Record<string, number> = {
  '\\': 92, "'": 39, '"': 34, a: 7, b: 8, f: 12, n: 10, r: 13, t: 9, v: 11,
};

/**
 * Decodes backslash escapes (Objects/unicodeobject.c _PyUnicode_DecodeUnicodeEscapeInternal
 * and Objects/bytesobject.c _PyBytes_DecodeEscape). For bytes, pushes byte values into `out`.
 * Unknown escapes keep their backslash, as Python does (with a DeprecationWarning).
 */
export function decodeEscapes(p: StringHost, body: string, bytes: boolean, out: number[] | null): string {
  if (body.indexOf('\\') < 0) {
    if (bytes) for (let i = 0; i < body.length; i++) out!.push(body.charCodeAt(i));
    return body;
  }
  let res = '';
  const emit = (cp: number): void => {
    if (bytes) out!.push(cp & 0xff);
    else res += String.fromCodePoint(cp);
  };
  const emitText = (txt: string): void => {
    if (bytes) for (let i = 0; i < txt.length; i++) out!.push(txt.charCodeAt(i));
    else res += txt;
  };
  let i = 0;
  const n = body.length;
  let plainStart = 0;
  while (i < n) {
    if (body.charCodeAt(i) !== 92) { i++; continue; }
    emitText(body.slice(plainStart, i));
    const bs = i;
    i++;
    if (i >= n) {
      const msg = bytes ? '(value error) Trailing \\ in string' : `(unicode error) 'unicodeescape' codec can't decode byte 0x5c in position ${bs}: \\ at end of string`;
      p.raiseHere(msg);
    }
    const c = body[i];
    if (c === '\n') { i++; }
    else if (c in SIMPLE_ESCAPES) { emit(SIMPLE_ESCAPES[c]); i++; }
    else if (c >= '0' && c <= '7') {
      let v = 0, k = 0;
      while (k < 3 && i < n && body[i] >= '0' && body[i] <= '7') { v = v * 8 + (body.charCodeAt(i) - 48); i++; k++; }
      emit(v);
    } else if (c === 'x' || (!bytes && (c === 'u' || c === 'U'))) {
      const len = c === 'x' ? 2 : c === 'u' ? 4 : 8;
      i++;
      let k = 0;
      while (k < len && i + k < n && /[0-9a-fA-F]/.test(body[i + k])) k++;
      if (k < len) {
        const what = c === 'x' ? '\\xXX' : c === 'u' ? '\\uXXXX' : '\\UXXXXXXXX';
        if (bytes) p.raiseHere(`(value error) invalid \\x escape at position ${bs}`);
        p.raiseHere(`(unicode error) 'unicodeescape' codec can't decode bytes in position ${bs}-${i + k - 1}: truncated ${what} escape`);
      }
      const v = parseInt(body.slice(i, i + len), 16);
      if (v > 0x10ffff) p.raiseHere(`(unicode error) 'unicodeescape' codec can't decode bytes in position ${bs}-${i + len - 1}: illegal Unicode character`);
      i += len;
      emit(v);
    } else if (c === 'N' && !bytes) {
      // \N{NAME} (unicodeobject.c): a missing brace or an empty name is malformed; the error
      // span ends where the scan stopped (past the '}' for an unknown name).
      i++;
      let why = 'malformed \\N character escape';
      if (i < n && body[i] === '{') {
        const close = body.indexOf('}', i + 1);
        if (close < 0) i = n;
        else if (close === i + 1) i = close;
        else {
          const cp = lookupCharacterName(body.slice(i + 1, close));
          i = close + 1;
          if (cp !== null) {
            emit(cp);
            plainStart = i;
            continue;
          }
          why = 'unknown Unicode character name';
        }
      }
      p.raiseHere(`(unicode error) 'unicodeescape' codec can't decode bytes in position ${bs}-${i - 1}: ${why}`);
    } else {
      // unknown escape: kept verbatim
      emitText('\\');
      plainStart = i;
      continue;
    }
    plainStart = i;
  }
  emitText(body.slice(plainStart, n));
  return res;
}
