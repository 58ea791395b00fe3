// The token cursor and error machinery shared by the expression and statement parsers.
//
// The parser is a hand-written recursive-descent parser that follows the rules of CPython
// 3.11 Grammar/python.gram one function per rule, building the nodes the rule actions
// build (Parser/action_helpers.c). CPython's PEG parser backtracks and memoises; this one
// looks ahead a token or two instead and backtracks only where the grammar is genuinely
// ambiguous (parenthesised with-items). Error messages follow the grammar's invalid_*
// rules and Parser/pegen_errors.c; where CPython would say "invalid syntax" we report it at
// the furthest token the parser looked at, as CPython reports it at the last token it read.

import type { Pos, expr, expr_context } from './ast.ts';
import type { Token, TokenizeResult, OpenBracket } from './tokenizer.ts';
import { PySyntaxError, codePointLength, type SyntaxErrorType } from './syntax-error.ts';

export const KEYWORDS = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue',
  'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in',
  'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
]);

export const LOAD: expr_context = Object.freeze({ _type: 'Load' }) as expr_context;
export const STORE: expr_context = Object.freeze({ _type: 'Store' }) as expr_context;
export const DEL: expr_context = Object.freeze({ _type: 'Del' }) as expr_context;

export interface Loc { lineno: number; col_offset: number; end_lineno: number; end_col_offset: number }

/** Hidden key on a node written inside parentheses: the parentheses' span. */
export const PAREN = Symbol('parens');
interface Parenthesised { [PAREN]?: Loc }


export class ParserBase {
  toks: Token[];
  i = 0;
  /**
   * Furthest token index looked at outside invalid_* rules (CPython's first pass): where a
   * generic "invalid syntax" is reported.
   */
  far = 0;
  /** Furthest token index looked at at all (CPython's p->fill - 1 after the second pass). */
  farAll = 0;
  /** Depth of invalid_* rule speculation (CPython's second pass only). */
  inInvalid = 0;

  private touch(j: number): void {
    this.farAll = j;
    if (this.inInvalid === 0 && j > this.far) this.far = j;
  }
  readonly src: string;
  readonly lineStarts: number[];
  readonly filename: string;
  readonly openBrackets: OpenBracket[];
  /** Eval input without a final newline (TokenizeResult.bareEnd). */
  readonly bareEnd: boolean;
  /** Expressions written inside parentheses (AnnAssign.simple, some error messages). */
  parenthesized = new WeakSet<object>();
  /** Line offset of the source (non-zero for f-string sub-parsers). */
  lineOffset = 0;
  /** Column shift of the first line (f-string sub-parsers), taken out of error positions. */
  errColShift = 0;

  constructor(tr: TokenizeResult, filename: string) {
    this.toks = tr.tokens;
    this.src = tr.source;
    this.lineStarts = tr.lineStarts;
    this.filename = filename;
    this.openBrackets = tr.openBrackets;
    this.bareEnd = tr.bareEnd ?? false;
  }

  get tok(): Token {
    if (this.i > this.farAll) this.touch(this.i);
    const t = this.toks[this.i];
    if (t.type === 'ERRORTOKEN' || t.type === 'EOF_IN_BRACKET') this.reachedEnd(t);
    return t;
  }
  peekAt(k: number): Token {
    const j = Math.min(this.i + k, this.toks.length - 1);
    if (j > this.farAll) this.touch(j);
    const t = this.toks[j];
    if (t.type === 'ERRORTOKEN' || t.type === 'EOF_IN_BRACKET') this.reachedEnd(t);
    return t;
  }

  /**
   * Reading the token after a tokenizer error raises it; reading end of file inside a
   * bracket raises "'(' was never closed" (pegen.c _PyPegen_tokenizer_error, E_EOF).
   */
  private reachedEnd(t: Token): never {
    if (t.type === 'ERRORTOKEN') {
      this.final.add(t.error!);
      throw t.error!;
    }
    return this.unclosedBracket();
  }
  get prev(): Token {
    return this.toks[this.i - 1];
  }
  next(): Token {
    const t = this.tok;
    if (this.i < this.toks.length - 1) this.i++;
    return t;
  }
  at(op: string): boolean {
    const t = this.tok;
    return t.type === 'OP' && t.string === op;
  }
  atKw(kw: string): boolean {
    const t = this.tok;
    return t.type === 'NAME' && t.string === kw;
  }
  isKw(t: Token, kw: string): boolean {
    return t.type === 'NAME' && t.string === kw;
  }
  atName(): boolean {
    const t = this.tok;
    return t.type === 'NAME' && !KEYWORDS.has(t.string);
  }
  eat(op: string): Token | null {
    return this.at(op) ? this.next() : null;
  }
  eatKw(kw: string): Token | null {
    return this.atKw(kw) ? this.next() : null;
  }
  expect(op: string): Token {
    if (this.at(op)) return this.next();
    return this.fail();
  }
  expectKw(kw: string): Token {
    if (this.atKw(kw)) return this.next();
    return this.fail();
  }
  expectName(): Token {
    if (this.atName()) return this.next();
    return this.fail();
  }

  // ---- positions -------------------------------------------------------------------

  span<T extends object>(node: T, a: Loc, b: Loc): T & Pos;
  span<T extends Pos>(node: Omit<T, keyof Pos>, a: Loc, b: Loc): T;
  span(node: object, a: Loc, b: Loc): Pos {
    const n = node as Pos;
    // A parenthesised operand stretches its parent to the parentheses, as CPython's EXTRA
    // spans from the rule's first token to its last.
    const pa = (a as Parenthesised)[PAREN];
    const pb = (b as Parenthesised)[PAREN];
    const s = pa ?? a, e = pb ?? b;
    n.lineno = s.lineno;
    n.col_offset = s.col_offset;
    n.end_lineno = e.end_lineno;
    n.end_col_offset = e.end_col_offset;
    return n;
  }

  /** Records that `e` was written as ( e ) between these tokens. */
  markParens(e: object, open: Loc, close: Loc): void {
    (e as Parenthesised)[PAREN] = { lineno: open.lineno, col_offset: open.col_offset, end_lineno: close.end_lineno, end_col_offset: close.end_col_offset };
    this.parenthesized.add(e);
  }

  // ---- errors ---------------------------------------------------------------------

  /** Text of a (global) line number with its newline, as SyntaxError.text shows it. */
  lineText(lineno: number, withNewline = true): string {
    const l = lineno - this.lineOffset;
    const a = this.lineStarts[l - 1] ?? this.src.length;
    const nextStart = this.lineStarts[l];
    const b = nextStart === undefined ? this.src.length : nextStart - 1;
    // The last line of eval input keeps the newline it lacks (line 0: empty input).
    const bare = this.bareEnd && (nextStart === undefined || l <= 0);
    return this.src.slice(a, Math.max(a, b)) + (withNewline && !bare ? '\n' : '');
  }

  /** 1-based byte offset -> 1-based character offset on `line` (pegen _PyPegen_byte_offset_to_character_offset). */
  static charOffset(line: string, byteOff: number): number {
    let bytes = 0, chars = 0;
    for (let i = 0; i < line.length && bytes < byteOff; i++) {
      const c = line.charCodeAt(i);
      if (c < 0x80) bytes += 1;
      else if (c < 0x800) bytes += 2;
      else if (c >= 0xd800 && c <= 0xdbff) { bytes += 4; i++; }
      else bytes += 3;
      chars++;
    }
    if (bytes < byteOff) chars += byteOff - bytes > 0 ? 1 : 0;
    return chars;
  }

  /** Raise at a known range given by byte positions (RAISE_ERROR_KNOWN_LOCATION). */
  raiseRange(msg: string, a: Loc, b: Loc | null, type: SyntaxErrorType = 'SyntaxError', known = false): never {
    const text = this.lineText(a.lineno);
    if (this.errColShift) {
      // f-string expression parser: CPython reports columns within "(" + expression + ")"
      // (pegen_errors.c subtracts p->starting_col_offset for Py_fstring_input)
      const first = this.lineOffset + 1;
      if (a.lineno === first && a.col_offset >= 0) a = { ...a, col_offset: a.col_offset - this.errColShift };
      if (b && b.end_lineno === first && b.end_col_offset >= 0) b = { ...b, end_col_offset: b.end_col_offset - this.errColShift };
    }
    // A token without a column (INDENT, DEDENT, ENDMARKER): RAISE_SYNTAX_ERROR reports the
    // tokenizer's position; RAISE_SYNTAX_ERROR_KNOWN_LOCATION reports column -1 + 1 = 0.
    const offset = a.col_offset < 0 ? (known ? 0 : ((a as Token).errCol ?? 0)) : ParserBase.charOffset(text, a.col_offset + 1);
    let endLine = a.lineno, endOffset = -1;
    if (b) {
      endLine = b.end_lineno;
      endOffset = b.end_col_offset < 0 ? (known ? 0 : -1) : ParserBase.charOffset(text, b.end_col_offset + 1);
    }
    throw new PySyntaxError({ type, msg, filename: this.filename, lineno: a.lineno, offset, end_lineno: endLine, end_offset: endOffset, text });
  }

  raiseAt(msg: string, n: Loc, type: SyntaxErrorType = 'SyntaxError'): never {
    return this.raiseRange(msg, n, n, type);
  }

  /** RAISE_SYNTAX_ERROR: reported at the last token read. */
  raiseHere(msg: string, type: SyntaxErrorType = 'SyntaxError'): never {
    return this.raiseAt(msg, this.toks[this.farAll], type);
  }

  /** The generic failure: "invalid syntax" at the furthest token (pegen_errors.c _PyPegen_set_syntax_error). */
  fail(): never {
    const t = this.toks[Math.max(this.far, this.i)];
    if (t.type === 'EOF_IN_BRACKET' || t.type === 'ERRORTOKEN') this.reachedEnd(t);
    if (t.type === 'INDENT' || t.type === 'DEDENT') {
      // pegen_errors.c: reported as is, without looking further for tokenizer errors
      try {
        this.raiseAt(t.type === 'INDENT' ? 'unexpected indent' : 'unexpected unindent', t, 'IndentationError');
      } catch (e) {
        this.final.add(e as object);
        throw e;
      }
    }
    try {
      return this.raiseRange('invalid syntax', t, t, 'SyntaxError', true);
    } catch (e) {
      this.generic.add(e as object);
      throw e;
    }
  }

  /** Errors that only say "no rule matched" (fail()); a speculative parse may swallow them. */
  generic = new WeakSet<object>();

  /**
   * Runs a speculative parse and returns null if it does not match. Specific errors raised
   * inside it (and tokenizer errors, end of file in a bracket) propagate, as in CPython.
   */
  speculate<T>(f: () => T): T | null {
    const save = this.i;
    try {
      return f();
    } catch (e) {
      // CPython stops at the first error an invalid_* rule raises; only "did not match"
      // (our generic failure) lets the speculation give up quietly.
      if (!this.generic.has(e as object)) throw e;
      this.i = save;
      return null;
    }
  }

  /** speculate() for an invalid_* rule: what it reads does not move `far`. */
  speculateInvalid<T>(f: () => T): T | null {
    this.inInvalid++;
    try {
      return this.speculate(f);
    } finally {
      this.inInvalid--;
    }
  }

  /** Errors that a later tokenizer error must not replace. */
  final = new WeakSet<object>();

  unclosedBracket(): never {
    const b = this.openBrackets[this.openBrackets.length - 1];
    const lastLine = this.lineStarts.length;
    const text = this.lineText(b.lineno + this.lineOffset, b.lineno >= lastLine - (this.src.endsWith('\n') ? 1 : 0));
    const offset = codePointLength(text.slice(0, b.col_offset)) + 1;
    // CPython reports end_offset 0 here (tokenizer.c raise_unclosed_parentheses_error has no end).
    throw this.finalError({ type: 'SyntaxError', msg: `'${b.char}' was never closed`, filename: this.filename, lineno: b.lineno + this.lineOffset, offset, end_lineno: b.lineno + this.lineOffset, end_offset: 0, text });
  }

  finalError(info: ConstructorParameters<typeof PySyntaxError>[0]): PySyntaxError {
    const e = new PySyntaxError(info);
    this.final.add(e);
    return e;
  }

  /** Human name of an expression kind in error messages (action_helpers.c _PyPegen_get_expr_name). */
  exprName(e: expr): string {
    switch (e._type) {
      case 'Attribute': return 'attribute';
      case 'Subscript': return 'subscript';
      case 'Starred': return 'starred';
      case 'Name': return 'name';
      case 'List': return 'list';
      case 'Tuple': return 'tuple';
      case 'Lambda': return 'lambda';
      case 'Call': return 'function call';
      case 'BoolOp': case 'BinOp': case 'UnaryOp': return 'expression';
      case 'GeneratorExp': return 'generator expression';
      case 'Yield': case 'YieldFrom': return 'yield expression';
      case 'Await': return 'await expression';
      case 'ListComp': return 'list comprehension';
      case 'SetComp': return 'set comprehension';
      case 'DictComp': return 'dict comprehension';
      case 'Dict': return 'dict literal';
      case 'Set': return 'set display';
      case 'JoinedStr': case 'FormattedValue': return 'f-string expression';
      case 'Constant': {
        const v = e.value;
        if (v === null) return 'None';
        if (v === true) return 'True';
        if (v === false) return 'False';
        if (typeof v === 'object' && 'ellipsis' in v) return 'ellipsis';
        return 'literal';
      }
      case 'Compare': return 'comparison';
      case 'IfExp': return 'conditional expression';
      case 'NamedExpr': return 'named expression';
      case 'Slice': return 'slice';
    }
  }
}
