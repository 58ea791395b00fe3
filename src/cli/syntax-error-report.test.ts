// Unit tests of formatSyntaxError against what python3.11 prints.
import { describe, expect, it } from 'vitest';
import { formatSyntaxError } from './syntax-error-report.ts';
import type { SyntaxErrorInfo } from '../python/syntax-error.ts';

const base: SyntaxErrorInfo = { type: 'SyntaxError', msg: 'invalid syntax', filename: 'b.py', lineno: 1, offset: 5, end_lineno: 1, end_offset: 6, text: 'x = = 1\n' };

describe('formatSyntaxError', () => {
  it('prints what python3.11 prints for `x = = 1`', () => {
    // python3.11 b.py:  File ".../b.py", line 1 / x = = 1 / caret under the second '='
    expect(formatSyntaxError(base)).toBe('  File "b.py", line 1\n    x = = 1\n        ^\nSyntaxError: invalid syntax\n');
  });
  it('strips indentation and spans end_offset; end_offset 0 gives one caret', () => {
    expect(formatSyntaxError({ ...base, text: '    foo(1 2)\n', offset: 9, end_offset: 12, msg: 'invalid syntax. Perhaps you forgot a comma?' }))
      .toBe('  File "b.py", line 1\n    foo(1 2)\n        ^^^\nSyntaxError: invalid syntax. Perhaps you forgot a comma?\n');
    expect(formatSyntaxError({ ...base, text: 'print("hi"\n', offset: 6, end_offset: 0, msg: "'(' was never closed" }))
      .toBe('  File "b.py", line 1\n    print("hi"\n         ^\nSyntaxError: \'(\' was never closed\n');
  });
});
