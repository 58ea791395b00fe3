// The Python 3.11 tokenizer: source text -> NAME, NUMBER, STRING, OP, NEWLINE, INDENT,
// DEDENT and ENDMARKER tokens, with CPython's positions (1-based lines, 0-based columns
// counted in UTF-8 bytes). It follows CPython 3.11 Parser/tokenizer.c (tok_get): the
// indentation stack with its "alternate" tab size of 1 to detect inconsistent tabs
// (TabError), blank and comment-only lines producing no NEWLINE, implicit line joining
// inside brackets, explicit joining with a backslash, and the same error messages.
//
// The whole source is tokenized eagerly. CPython tokenizes lazily, but when the parser fails
// it tokenizes the rest of the file and lets any tokenizer error win over the parser's
// message (Parser/pegen_errors.c _PyPegen_tokenize_full_source_to_check_for_errors), so
// raising tokenizer errors up front reports the same error. The one exception is end of
// file inside an open bracket, which is not a tokenizer error in CPython: it ends the token
// list with an EOF_IN_BRACKET token and the parser decides what to report.
//
// A tokenizer error does not throw at once: the token list ends with an ERRORTOKEN that
// carries it. The parser throws it when it reaches that token; if the parser fails earlier,
// parser.ts lets the tokenizer error win except where CPython does not look further
// ("unexpected indent", "'(' was never closed").

import { PySyntaxError, codePointLength, type SyntaxErrorType } from './syntax-error.ts';
import { isPrintableCodePoint } from './unicode-printable.ts';

export type TokType = 'NAME' | 'NUMBER' | 'STRING' | 'OP' | 'NEWLINE' | 'INDENT' | 'DEDENT' | 'ENDMARKER' | 'EOF_IN_BRACKET' | 'ERRORTOKEN';

export interface Token {
  type: TokType;
  /** NAME: the identifier (NFKC-normalised); OP/NUMBER/STRING: the source text. */
  string: string;
  lineno: number;
  /** UTF-8 byte column, -1 for INDENT/DEDENT (CPython gives those no position). */
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
  /** Offsets into the (newline-normalised) source, for error messages and f-strings. */
  start: number;
  end: number;
  /** Bracket nesting depth at this token (CPython's tok->level), for "forgot a comma". */
  level: number;
  /**
   * For tokens without a column (INDENT, DEDENT, ENDMARKER): the offset CPython reports
   * for an error at them, the tokenizer's read position on that line.
   */
  errCol?: number;
  /** ERRORTOKEN: the tokenizer's error. */
  error?: PySyntaxError;
}

export interface TokenizeOptions {
  filename?: string;
  /** Added to every line number (f-string expressions are tokenized on their own). */
  lineOffset?: number;
  /** Added to the columns of tokens on the first line. */
  firstLineColOffset?: number;
  /** false for eval() / compile(..., 'eval') input: CPython's string tokenizer then adds no
   *  newline to a last line without one (tokenizer.c translate_newlines, exec_input), so no
   *  NEWLINE token ends it and an error at the end is placed on that line. */
  execInput?: boolean;
}

export interface OpenBracket { char: string; lineno: number; col_offset: number; start: number }

export interface TokenizeResult {
  tokens: Token[];
  /** The normalised source the offsets refer to. */
  source: string;
  lineStarts: number[];
  /** Brackets still open at end of file (for "'(' was never closed"). */
  openBrackets: OpenBracket[];
  /** The tokenizer error the token list ends with, if any. */
  error: PySyntaxError | null;
  /** Eval input whose last line has no newline: error texts show that line without one. */
  bareEnd?: boolean;
}

// Operators, longest first within each length (CPython Grammar/Tokens).
const OPS3 = new Set(['**=', '...', '//=', '<<=', '>>=']);
const OPS2 = new Set(['!=', '%=', '&=', '**', '*=', '+=', '-=', '->', '//', '/=', ':=', '<<', '<=', '==', '>=', '>>', '@=', '^=', '|=']);
const OPS1 = new Set(['%', '&', '(', ')', '*', '+', ',', '-', '.', '/', ':', ';', '<', '=', '>', '@', '[', ']', '^', '{', '|', '}', '~']);
// Characters that are a whole operator on their own and start no longer one ('.' unless '...').
const SINGLE_ONLY: boolean[] = [];
const OP_STR: string[] = [];
for (const ch of '()[]{},;.~') {
  SINGLE_ONLY[ch.charCodeAt(0)] = true;
  OP_STR[ch.charCodeAt(0)] = ch;
}
const OPEN_FOR: Record<string, string> = { ')': '(', ']': '[', '}': '{' };

const TABSIZE = 8;
const ALTTABSIZE = 1;

const ID_START = /[\p{ID_Start}_\u1885\u1886\u2118\u212e\u309b\u309c]/u;
const ID_CONTINUE = /[\p{ID_Continue}\u00b7\u0387\u1369-\u1371\u19da\u1885\u1886\u2118\u212e\u309b\u309c\u200c\u200d]/u;

function isAsciiIdStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
}
function isAsciiIdContinue(c: number): boolean {
  return isAsciiIdStart(c) || (c >= 48 && c <= 57);
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** UTF-8 length of s[from, to). */
export function utf8Length(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

// Keywords after which a number may directly follow without a space in 3.11
// (CPython tokenizer.c verify_end_of_number accepts these with a DeprecationWarning only in 3.12).
// Number literals (CPython Lib/tokenize.py Number, which mirrors tokenizer.c), sticky so
// they match at a position of the whole source.
const PREFIX_ONLY = /0([xob])(?![_0-9a-fA-F])/iy;
const NUMBER_RES: [RegExp, string][] = [
  [/0[xX](?:_?[0-9a-fA-F])+/y, 'hexadecimal'],
  [/0[oO](?:_?[0-7])+/y, 'octal'],
  [/0[bB](?:_?[01])+/y, 'binary'],
  [/(?:(?:\d(?:_?\d)*)?\.\d(?:_?\d)*|\d(?:_?\d)*\.?)(?:[eE][-+]?\d(?:_?\d)*)?[jJ]?/y, 'decimal'],
];

// tokenizer.c verify_end_of_number/lookahead: the keyword must be complete, except that
// 'i' followed by f, n or s is accepted as is.
function keywordFollows(s: string, i: number): boolean {
  const c = s[i];
  const rest = c === 'a' ? 'nd' : c === 'e' ? 'lse' : c === 'f' ? 'or' : c === 'o' ? 'r' : c === 'n' ? 'ot' : null;
  if (c === 'i') return s[i + 1] === 'f' || s[i + 1] === 'n' || s[i + 1] === 's';
  if (rest === null || s.slice(i + 1, i + 1 + rest.length) !== rest) return false;
  const after = s.charCodeAt(i + 1 + rest.length);
  return !(isAsciiIdContinue(after) || after >= 128);
}

export class Tokenizer {
  readonly src: string;
  readonly filename: string;
  readonly lineStarts: number[] = [0];
  private readonly ascii: boolean;
  private readonly lineOffset: number;
  private readonly firstColOffset: number;
  private readonly execInput: boolean;
  private pos = 0;
  private line = 1; // 1-based, local
  private lineStart = 0;
  private tokens: Token[] = [];
  private indents: number[] = [0];
  private altIndents: number[] = [0];
  private brackets: OpenBracket[] = [];
  private atBol = true;

  constructor(source: string, opts: TokenizeOptions = {}) {
    const s = source.indexOf('\r') >= 0 ? source.replace(/\r\n?/g, '\n') : source;
    // A leading U+FEFF is kept: ast.parse(str) rejects it as a non-printable character
    // (CPython drops a BOM only when it decodes bytes; callers reading files do the same).
    this.src = s;
    this.filename = opts.filename ?? '<unknown>';
    this.lineOffset = opts.lineOffset ?? 0;
    this.firstColOffset = opts.firstLineColOffset ?? 0;
    this.execInput = opts.execInput ?? true;
    // eslint-disable-next-line no-control-regex
    this.ascii = !/[^\x00-\x7f]/.test(s);
    for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
  }

  /** Text of local line n (1-based) without its newline. */
  lineText(n: number): string {
    const a = this.lineStarts[n - 1] ?? this.src.length;
    let b = this.lineStarts[n] ?? this.src.length + 1;
    b = Math.min(b - 1, this.src.length);
    return this.src.slice(a, Math.max(a, b));
  }

  /** Line (1-based, local) containing source offset i. */
  lineOf(i: number): number {
    let lo = 0, hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= i) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  byteCol(lineStart: number, i: number): number {
    return this.ascii ? i - lineStart : utf8Length(this.src, lineStart, i);
  }

  /** Raises a tokenizer error at source offset i (CPython's syntaxerror(): offset = character column + 1). */
  error(msg: string, i: number, type: SyntaxErrorType = 'SyntaxError', endI?: number, textWithNewline = false, fixedEnd?: number): never {
    const ln = this.lineOf(i);
    const ls = this.lineStarts[ln - 1];
    const off = codePointLength(this.src.slice(ls, i)) + 1 + (ln === 1 ? this.firstColOffset : 0);
    const endOff = fixedEnd ?? (endI === undefined ? off : codePointLength(this.src.slice(ls, endI)) + 1);
    const text = this.lineText(ln) + (textWithNewline ? '\n' : '');
    throw new PySyntaxError({ type, msg, filename: this.filename, lineno: ln + this.lineOffset, offset: off, end_lineno: ln + this.lineOffset, end_offset: endOff, text });
  }

  private push(type: TokType, start: number, end: number, string?: string, startLine = this.line, startLineStart = this.lineStart): void {
    const first = startLine === 1 ? this.firstColOffset : 0;
    const endFirst = this.line === 1 ? this.firstColOffset : 0;
    this.tokens.push({
      type,
      string: string ?? this.src.slice(start, end),
      lineno: startLine + this.lineOffset,
      col_offset: this.byteCol(startLineStart, start) + first,
      end_lineno: this.line + this.lineOffset,
      end_col_offset: this.byteCol(this.lineStart, end) + endFirst,
      start, end,
      level: this.brackets.length,
    });
  }

  private pushIndentTok(type: 'INDENT' | 'DEDENT' | 'ENDMARKER', line = this.line, errCol = codePointLength(this.src.slice(this.lineStart, this.pos))): void {
    this.tokens.push({ type, string: '', lineno: line + this.lineOffset, col_offset: -1, end_lineno: line + this.lineOffset, end_col_offset: -1, start: this.pos, end: this.pos, level: 0, errCol });
  }

  private newLine(at: number): void {
    this.line++;
    this.lineStart = at;
  }

  tokenize(): TokenizeResult {
    let error: PySyntaxError | null = null;
    try {
      this.run();
    } catch (e) {
      if (!(e instanceof PySyntaxError)) throw e;
      error = e;
      this.tokens.push({ type: 'ERRORTOKEN', string: '', lineno: e.lineno, col_offset: 0, end_lineno: e.lineno, end_col_offset: 0, start: this.pos, end: this.pos, level: this.brackets.length, error: e });
    }
    const bareEnd = !this.execInput && !this.src.endsWith('\n');
    return { tokens: this.tokens, source: this.src, lineStarts: this.lineStarts, openBrackets: this.brackets, error, bareEnd };
  }

  private run(): void {
    const s = this.src;
    let commentStart = -1;
    const n = s.length;
    for (;;) {
      if (this.atBol) {
        this.atBol = false;
        if (!this.indentation()) continue;
      }
      // skip spaces
      let c = s.charCodeAt(this.pos);
      while (c === 32 || c === 9 || c === 12) c = s.charCodeAt(++this.pos);
      const start = this.pos;
      if (this.pos >= n) {
        this.endOfFile();
        break;
      }
      if (c === 35) { // '#': comment runs to end of line
        while (this.pos < n && s.charCodeAt(this.pos) !== 10) this.pos++;
        commentStart = start;
        continue;
      }
      if (c === 10) {
        this.pos++;
        const blank = this.brackets.length > 0 || this.lastIsLineStart();
        // CPython leaves the '\n' out of the NEWLINE token; after a comment the token
        // starts at the '#' (tok->start was set before the comment was skipped).
        if (!blank) this.push('NEWLINE', commentStart >= 0 ? commentStart : start, start, '');
        commentStart = -1;
        this.newLine(this.pos);
        this.atBol = true;
        continue;
      }
      if (c === 92) { // backslash continuation
        if (s.charCodeAt(this.pos + 1) !== 10) {
          this.lazyError(() => this.error('unexpected character after line continuation character', this.pos + 1, 'SyntaxError', undefined, true, 0));
        }
        this.pos += 2;
        this.newLine(this.pos);
        if (this.pos >= n) this.eofAfterBackslash(this.pos - 2);
        continue;
      }
      if (isAsciiIdStart(c) || (c >= 128 && ID_START.test(String.fromCodePoint(s.codePointAt(this.pos)!)))) {
        // string prefix? (only names starting with r, b, u or f can be one)
        let j = (c | 0x20) === 0x72 || (c | 0x20) === 0x62 || (c | 0x20) === 0x75 || (c | 0x20) === 0x66 ? this.pos : n;
        while (j < n && j - this.pos < 3 && /[rRbBuUfF]/.test(s[j])) j++;
        for (let k = j; j < n && k > this.pos; k--) {
          const q = s.charCodeAt(k);
          if ((q === 34 || q === 39) && isStringPrefix(s.slice(this.pos, k))) {
            this.string(start, k);
            break;
          }
        }
        if (this.pos !== start) continue;
        this.name(start);
        continue;
      }
      if (isDigit(c) || (c === 46 && isDigit(s.charCodeAt(this.pos + 1)))) {
        this.number(start);
        continue;
      }
      if (c === 34 || c === 39) {
        this.string(start, start);
        continue;
      }
      // operators
      let op = '';
      const c1 = s.charCodeAt(this.pos + 1);
      if (SINGLE_ONLY[c] && !(c === 46 && c1 === 46)) op = OP_STR[c]; // fast path: ( ) [ ] { } , ; . ~
      else {
        const three = s.substr(this.pos, 3);
        if (OPS3.has(three)) op = three;
        else if (OPS2.has(three.slice(0, 2))) op = three.slice(0, 2);
        else if (OPS1.has(three[0])) op = three[0];
      }
      if (op) {
        if (op === '(' || op === '[' || op === '{') {
          // tokenizer.c MAXLEVEL
          if (this.brackets.length >= 200) this.error('too many nested parentheses', this.pos);
          this.brackets.push({ char: op, lineno: this.line, col_offset: this.pos - this.lineStart, start: this.pos });
        } else if (op === ')' || op === ']' || op === '}') {
          const top = this.brackets.pop();
          if (!top) this.error(`unmatched '${op}'`, this.pos);
          if (top.char !== OPEN_FOR[op]) {
            if (top.lineno !== this.line) {
              this.error(`closing parenthesis '${op}' does not match opening parenthesis '${top.char}' on line ${top.lineno + this.lineOffset}`, this.pos);
            }
            this.error(`closing parenthesis '${op}' does not match opening parenthesis '${top.char}'`, this.pos);
          }
        }
        this.pos += op.length;
        this.push('OP', start, this.pos, op);
        continue;
      }
      const cp = s.codePointAt(this.pos)!;
      const ch = String.fromCodePoint(cp);
      if (cp > 32 && cp < 127) {
        // '!', '$', '?', '`': CPython's PyToken_OneChar makes them OP tokens no rule accepts
        this.pos++;
        this.push('OP', start, this.pos, ch);
        continue;
      }
      const hex = cp.toString(16).toUpperCase().padStart(4, '0');
      if (isPrintable(ch)) this.error(`invalid character '${ch}' (U+${hex})`, this.pos);
      this.error(`invalid non-printable character U+${hex}`, this.pos);
    }
  }

  /** True when no token has been produced on the current logical line yet. */
  private lastIsLineStart(): boolean {
    const t = this.tokens[this.tokens.length - 1];
    return !t || t.type === 'NEWLINE' || t.type === 'INDENT' || t.type === 'DEDENT';
  }

  /**
   * Measures the indentation at the start of a line and emits INDENT/DEDENT.
   * Returns false when the line was consumed as blank (caller loops).
   * CPython 3.11 tokenizer.c tok_get, the `if (tok->atbol)` block.
   */
  private indentation(): boolean {
    const s = this.src;
    let col = 0, altcol = 0, contCol = 0;
    for (;;) {
      const c = s.charCodeAt(this.pos);
      if (c === 32) { col++; altcol++; }
      else if (c === 9) { col = (Math.floor(col / TABSIZE) + 1) * TABSIZE; altcol = (Math.floor(altcol / ALTTABSIZE) + 1) * ALTTABSIZE; }
      else if (c === 12) { col = altcol = 0; }
      else if (c === 92) {
        // tokenizer.c tok_continuation_line, called before any INDENT/DEDENT is computed
        if (s.charCodeAt(this.pos + 1) !== 10) {
          this.lazyError(() => this.error('unexpected character after line continuation character', this.pos + 1, 'SyntaxError', undefined, true, 0));
        }
        contCol = contCol || col;
        this.pos += 2;
        this.newLine(this.pos);
        if (this.pos >= s.length) this.eofAfterBackslash(this.pos - 2);
        continue;
      } else break;
      this.pos++;
    }
    const c = s.charCodeAt(this.pos);
    if (c === 35 || c === 10) {
      // blank or comment-only line: no NEWLINE, no indentation change
      return true;
    }
    if (this.brackets.length > 0) return true;
    if (this.pos >= s.length) return true; // EOF: endOfFile() dedents
    if (contCol) { col = contCol; altcol = contCol; }
    const top = this.indents[this.indents.length - 1];
    const altTop = this.altIndents[this.altIndents.length - 1];
    if (col === top) {
      if (altcol !== altTop) this.tabError();
    } else if (col > top) {
      if (altcol <= altTop) this.tabError();
      this.indents.push(col);
      this.altIndents.push(altcol);
      this.pushIndentTok('INDENT');
    } else {
      // Find the level first: on a mismatch CPython emits no DEDENT before the error.
      let level = this.indents.length - 1;
      while (level > 0 && col < this.indents[level]) level--;
      if (col === this.indents[level]) {
        while (this.indents.length - 1 > level) {
          this.indents.pop();
          this.altIndents.pop();
          this.pushIndentTok('DEDENT');
        }
      }
      if (col !== this.indents[this.indents.length - 1]) {
        // CPython reports E_DEDENT at the end of the line's indentation, with end_offset -1
        // (tokenizer.c sets tok->cur to the end of the line: the offset is the line's length).
        const ln = this.line;
        const text = this.lineText(ln) + '\n';
        throw lazy({ type: 'IndentationError', msg: 'unindent does not match any outer indentation level', filename: this.filename, lineno: ln + this.lineOffset, offset: codePointLength(text), end_lineno: ln + this.lineOffset, end_offset: -1, text });
      }
      if (altcol !== this.altIndents[this.altIndents.length - 1]) this.tabError();
    }
    return true;
  }

  /** Runs a throwing error helper and marks what it throws as lazy. */
  private lazyError(f: () => never): never {
    try {
      return f();
    } catch (e) {
      if (e instanceof PySyntaxError) e.lazy = true;
      throw e;
    }
  }

  /** A backslash continuation at end of file: E_EOF (tokenizer.c tok_continuation_line). */
  private eofAfterBackslash(bs: number): never {
    const ln = this.lineOf(bs);
    const ls = this.lineStarts[ln - 1];
    const text = this.lineText(ln) + '\n';
    throw lazy({ type: 'SyntaxError', msg: 'unexpected EOF while parsing', filename: this.filename, lineno: ln + this.lineOffset, offset: codePointLength(this.src.slice(ls, bs)) + 2, end_lineno: ln + this.lineOffset, end_offset: -1, text });
  }

  private tabError(): never {
    const ln = this.line;
    throw lazy({ type: 'TabError', msg: 'inconsistent use of tabs and spaces in indentation', filename: this.filename, lineno: ln + this.lineOffset, offset: 1, end_lineno: ln + this.lineOffset, end_offset: 0, text: this.lineText(ln) + '\n' });
  }

  private endOfFile(): void {
    const n = this.src.length;
    if (this.brackets.length > 0) {
      this.push('EOF_IN_BRACKET', n, n, '');
      return;
    }
    // CPython adds the NEWLINE a file without a final newline lacks (not to eval input).
    const bare = !this.execInput && n > 0 && !this.src.endsWith('\n');
    if (!this.lastIsLineStart() && !bare) this.push('NEWLINE', n, n, '');
    // At end of file CPython's position is the end of the last line (with its newline, so
    // one further, unless the input has none).
    // Empty eval input: CPython's tokenizer read no line, so the end is on line 0.
    const last = this.src.endsWith('\n') ? Math.max(1, this.line - 1) : !this.execInput && n === 0 ? 0 : this.line;
    const errCol = codePointLength(this.lineText(last)) + (bare ? 0 : 1);
    while (this.indents.length > 1) {
      this.indents.pop();
      this.pushIndentTok('DEDENT', last, errCol);
    }
    this.pushIndentTok('ENDMARKER', last, errCol);
  }

  private name(start: number): void {
    const s = this.src;
    let i = start;
    let ascii = true;
    while (i < s.length) {
      const c = s.charCodeAt(i);
      if (isAsciiIdContinue(c)) { i++; continue; }
      if (c >= 128) {
        const cp = s.codePointAt(i)!;
        const ch = String.fromCodePoint(cp);
        if (ID_CONTINUE.test(ch)) { ascii = false; i += ch.length; continue; }
      }
      break;
    }
    this.pos = i;
    const text = s.slice(start, i);
    this.push('NAME', start, i, ascii ? text : text.normalize('NFKC'));
  }

  private number(start: number): void {
    const s = this.src;
    let kind = 'decimal';
    // `0x` with no digits: CPython reports just after the prefix letter
    PREFIX_ONLY.lastIndex = start;
    const pm = PREFIX_ONLY.exec(s);
    if (pm) {
      const k = pm[1].toLowerCase();
      this.error(`invalid ${k === 'x' ? 'hexadecimal' : k === 'o' ? 'octal' : 'binary'} literal`, start + 1);
    }
    let m: RegExpExecArray | null = null;
    for (const [re, k] of NUMBER_RES) {
      re.lastIndex = start;
      m = re.exec(s);
      if (m) {
        kind = k;
        break;
      }
    }
    if (!m) return this.error(`invalid ${kind} literal`, start);
    const t = m[0];
    {
      // '1e+' with no digit: tokenizer.c reports after the sign
      const e = s.charCodeAt(start + t.length) | 0x20;
      const sign = s.charCodeAt(start + t.length + 1);
      if (kind === 'decimal' && e === 0x65 && (sign === 43 || sign === 45) && !isDigit(s.charCodeAt(start + t.length + 2)) && !/[jJ]$/.test(t)) {
        this.error('invalid decimal literal', start + t.length + 1);
      }
    }
    if (kind === 'decimal' && t.length > 1 && t[0] === '0' && /^0[0-9_]*$/.test(t) && /[1-9]/.test(t)) {
      // CPython: "leading zeros in decimal integer literals are not permitted"
      this.error('leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers', start, undefined, start + 1);
    }
    const end = start + t.length;
    // A trailing '_' or identifier character makes the literal invalid.
    const c = s.charCodeAt(end);
    if (c === 95 || (isDigit(c) && kind !== 'decimal')) {
      this.error(`invalid ${kind} literal`, end);
    }
    const imaginary = t.endsWith('j') || t.endsWith('J');
    if (isAsciiIdStart(c) || (imaginary && isDigit(c)) || (c >= 128 && ID_START.test(String.fromCodePoint(s.codePointAt(end)!)))) {
      const ok = keywordFollows(s, end);
      // tokenizer.c verify_end_of_number: reported at the first identifier character
      if (kind === 'decimal' && (t.endsWith('j') || t.endsWith('J'))) kind = 'imaginary';
      if (!ok) this.error(`invalid ${kind} literal`, end - 1);
    }
    this.pos = end;
    this.push('NUMBER', start, end);
  }

  private string(start: number, quotePos: number): void {
    const s = this.src;
    const q = s.charCodeAt(quotePos);
    const triple = s.charCodeAt(quotePos + 1) === q && s.charCodeAt(quotePos + 2) === q;
    const startLine = this.line, startLineStart = this.lineStart;
    let i = quotePos + (triple ? 3 : 1);
    for (;;) {
      if (i >= s.length) {
        this.unterminated(start, triple, startLine);
      }
      const c = s.charCodeAt(i);
      if (c === 10) {
        if (!triple) this.unterminated(start, false, startLine);
        i++;
        this.newLine(i);
        continue;
      }
      if (c === 92) {
        if (i + 1 >= s.length) { i++; continue; }
        if (s.charCodeAt(i + 1) === 10) {
          i += 2;
          this.newLine(i);
          continue;
        }
        i += 2;
        continue;
      }
      if (c === q) {
        if (!triple) { i++; break; }
        if (s.charCodeAt(i + 1) === q && s.charCodeAt(i + 2) === q) { i += 3; break; }
      }
      i++;
    }
    this.pos = i;
    this.push('STRING', start, i, undefined, startLine, startLineStart);
  }

  private unterminated(start: number, triple: boolean, startLine: number): never {
    // At end of file, the line count does not include the empty line after a final newline.
    const atEof = this.pos >= this.src.length || this.lineStart >= this.src.length;
    const detected = (atEof && this.src.endsWith('\n') ? this.line - 1 : this.line) + this.lineOffset;
    // CPython reports at the start of the string, on its first line (tokenizer.c, quote handling).
    this.line = startLine;
    const msg = triple
      ? `unterminated triple-quoted string literal (detected at line ${detected})`
      : `unterminated string literal (detected at line ${detected})`;
    this.error(msg, start);
  }
}

function lazy(info: ConstructorParameters<typeof PySyntaxError>[0]): PySyntaxError {
  const e = new PySyntaxError(info);
  e.lazy = true;
  return e;
}

function isStringPrefix(p: string): boolean {
  switch (p.toLowerCase()) {
    case 'r': case 'u': case 'b': case 'br': case 'rb': case 'f': case 'fr': case 'rf':
      return true;
    default:
      return false;
  }
}

function isPrintable(ch: string): boolean {
  return isPrintableCodePoint(ch.codePointAt(0)!);
}

export function tokenize(source: string, opts: TokenizeOptions = {}): TokenizeResult {
  return new Tokenizer(source, opts).tokenize();
}
