// Turns a syntax error as python3 reports it into a Monaco marker. CPython's lineno/offset
// are 1-based and count code points (Parser/pegen_errors.c); Monaco's columns are 1-based and
// count UTF-16 code units, so a line with an emoji before the error needs converting.

import type { SyntaxErrorInfo } from '../../python/syntax-error.ts';

export interface MarkerRange {
  startLineNumber: number;
  startColumn: number;
  endLineNumber: number;
  endColumn: number;
}

/** The UTF-16 column (1-based) of code point `offset` (1-based) in `line`. */
export function codePointToColumn(line: string, offset: number): number {
  let col = 0;
  for (let cp = 1; cp < offset && col < line.length; cp++) {
    const c = line.charCodeAt(col);
    col += c >= 0xd800 && c <= 0xdbff && col + 1 < line.length ? 2 : 1;
  }
  return col + 1 + Math.max(0, offset - 1 - countCodePoints(line.slice(0, col)));
}

function countCodePoints(s: string): number {
  return [...s].length;
}

/** Where to draw the marker, clamped to the text (EOF errors can point past the last line). */
export function markerRange(err: SyntaxErrorInfo, lineText: (n: number) => string, lineCount: number): MarkerRange {
  const startLine = Math.min(Math.max(1, err.lineno), lineCount);
  const startColumn = codePointToColumn(lineText(startLine), Math.max(1, err.offset || 1));
  let endLine = Math.min(Math.max(startLine, err.end_lineno || startLine), lineCount);
  let endColumn = err.end_offset ? codePointToColumn(lineText(endLine), err.end_offset) : startColumn + 1;
  // CPython sometimes reports an empty or reversed range; a marker must cover something.
  if (endLine === startLine && endColumn <= startColumn) {
    endLine = startLine;
    endColumn = startColumn + 1;
  }
  return { startLineNumber: startLine, startColumn, endLineNumber: endLine, endColumn };
}

/** python3's last line of the report: `SyntaxError: '(' was never closed`. */
export const syntaxErrorMessage = (err: SyntaxErrorInfo) => `${err.type}: ${err.msg}`;
