// Unit tests of the python3-offset to Monaco-column conversion.
import { describe, expect, it } from 'vitest';
import { codePointToColumn, markerRange } from './syntax-markers.ts';
import type { SyntaxErrorInfo } from '../../python/syntax-error.ts';

const err = (o: Partial<SyntaxErrorInfo>): SyntaxErrorInfo => ({
  type: 'SyntaxError', msg: 'invalid syntax', filename: 'main.py', lineno: 1, offset: 1,
  end_lineno: 1, end_offset: 2, text: null, ...o,
});

describe('syntax markers', () => {
  it('converts code-point offsets to UTF-16 columns', () => {
    expect(codePointToColumn('abc', 2)).toBe(2);
    // '😀' is one code point and two UTF-16 units: the 'x' after it is code point 3, column 4.
    expect(codePointToColumn('a😀x', 3)).toBe(4);
    expect(codePointToColumn('ab', 5)).toBe(5);
  });

  it('places python3\'s ranges and widens empty ones', () => {
    // python3.11: print("hi"  ->  SyntaxError: '(' was never closed, line 1, offset 6, end 7
    const lines = ['print("hi"'];
    expect(markerRange(err({ offset: 6, end_offset: 7 }), (n) => lines[n - 1], 1))
      .toEqual({ startLineNumber: 1, startColumn: 6, endLineNumber: 1, endColumn: 7 });
    expect(markerRange(err({ offset: 3, end_offset: 3 }), (n) => lines[n - 1], 1).endColumn).toBe(4);
  });

  it('clamps a line past the end of the text', () => {
    const lines = ['if x:'];
    expect(markerRange(err({ lineno: 2, end_lineno: 2, offset: 1, end_offset: 0 }), (n) => lines[n - 1] ?? '', 1).startLineNumber).toBe(1);
  });
});
