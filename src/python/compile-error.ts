// Compile-time SyntaxErrors (symtable and compiler), raised as the parser's PySyntaxError so
// callers see one error class. CPython reports 1-based offsets in code points while the AST
// carries UTF-8 byte columns, so we convert with the source line when we have the source
// (CPython 3.11 Python/compile.c compiler_error -> PyErr_ProgramTextObject + byte->char
// offset conversion in Python/errors.c / pegen_errors.c).

import { PySyntaxError } from './syntax-error.ts';

export interface Pos4 { lineno: number; col_offset: number; end_lineno?: number; end_col_offset?: number }

/** A SyntaxWarning the compiler found (python3 reports it through `warnings` as it
 *  compiles): its message and line. */
export interface CompileWarning { message: string; lineno: number; col_offset: number }

/** Where the code being compiled came from: filename and (optionally) its source lines. */
export class SourceInfo {
  readonly lines: string[] | null;
  /** The SyntaxWarnings found so far, in the order python3's compiler issues them. */
  readonly warnings: CompileWarning[] = [];
  constructor(readonly filename: string, source?: string) {
    this.lines = source === undefined ? null : source.split(/\r\n|\r|\n/);
  }

  line(lineno: number): string | null {
    if (!this.lines || lineno < 1 || lineno > this.lines.length) return null;
    return this.lines[lineno - 1];
  }

  /** Byte column (UTF-8) -> 0-based code point column on a line. */
  charCol(lineno: number, byteCol: number): number {
    const text = this.line(lineno);
    if (text === null) return byteCol;
    let bytes = 0;
    let chars = 0;
    for (const ch of text) {
      if (bytes >= byteCol) break;
      const cp = ch.codePointAt(0)!;
      bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      chars++;
    }
    return chars;
  }

  warn(message: string, pos: Pos4): void {
    this.warnings.push({ message, lineno: pos.lineno, col_offset: pos.col_offset });
  }

  error(msg: string, pos: Pos4 | null | undefined): PySyntaxError {
    const lineno = pos?.lineno ?? 0;
    const endLineno = pos?.end_lineno ?? lineno;
    const text = this.line(lineno);
    return new PySyntaxError({
      type: 'SyntaxError',
      msg,
      filename: this.filename,
      lineno,
      offset: pos ? this.charCol(lineno, pos.col_offset) + 1 : 0,
      end_lineno: endLineno,
      end_offset: pos && pos.end_col_offset !== undefined ? this.charCol(endLineno, pos.end_col_offset) + 1 : 0,
      text: text === null ? null : text + '\n',
    });
  }
}
