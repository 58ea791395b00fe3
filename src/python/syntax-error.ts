// PySyntaxError: the SyntaxError / IndentationError / TabError that the tokenizer and parser
// raise, with the same fields as CPython's exception object (msg, filename, lineno, offset,
// end_lineno, end_offset, text). Offsets are 1-based and count code points, not bytes, as
// CPython reports them (CPython 3.11 Parser/pegen_errors.c converts byte columns to
// character columns with _PyPegen_byte_offset_to_character_offset before raising).

export type SyntaxErrorType = 'SyntaxError' | 'IndentationError' | 'TabError';

export interface SyntaxErrorInfo {
  type: SyntaxErrorType;
  msg: string;
  filename: string;
  lineno: number;
  offset: number;
  end_lineno: number;
  end_offset: number;
  text: string | null;
}

export class PySyntaxError extends Error implements SyntaxErrorInfo {
  type: SyntaxErrorType;
  msg: string;
  filename: string;
  lineno: number;
  offset: number;
  end_lineno: number;
  end_offset: number;
  text: string | null;
  /**
   * Tokenizer errors CPython signals only through tok->done (E_DEDENT, E_TABSPACE,
   * E_LINECONT, E_EOF): reported when the parser reaches them, never in place of an
   * earlier parser error. Others (raised with syntaxerror()) win over parser errors.
   */
  lazy = false;

  constructor(info: SyntaxErrorInfo) {
    super(`${info.filename}:${info.lineno}:${info.offset}: ${info.type}: ${info.msg}`);
    this.name = info.type;
    this.type = info.type;
    this.msg = info.msg;
    this.filename = info.filename;
    this.lineno = info.lineno;
    this.offset = info.offset;
    this.end_lineno = info.end_lineno;
    this.end_offset = info.end_offset;
    this.text = info.text;
  }

  toJSON(): SyntaxErrorInfo {
    const { type, msg, filename, lineno, offset, end_lineno, end_offset, text } = this;
    return { type, msg, filename, lineno, offset, end_lineno, end_offset, text };
  }
}

/** Number of code points in `s` (a JS string counts astral characters twice). */
export function codePointLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/**
 * The parser ran out of JS stack on deeply nested source (e.g. 100,000 unary minus signs).
 * CPython's parser gives up on such input too, with MemoryError (Parser/parser.c MAXSTACK);
 * the VM should raise MemoryError. Not a SyntaxError.
 */
export class ParserStackOverflow extends Error {
  readonly pythonType = 'MemoryError';
  constructor(filename: string) {
    super(`${filename}: source nested too deeply for the parser (python3.11 raises MemoryError here)`);
    this.name = 'ParserStackOverflow';
  }
}
