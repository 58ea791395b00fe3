// Tokenizer unit tests. Positions were checked against python3.11 (ast node positions and
// SyntaxError attributes of the same sources).
import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenizer.ts';
import { PySyntaxError } from './syntax-error.ts';

const kinds = (src: string) => tokenize(src).tokens.map((t) => `${t.type}:${t.string}`);

describe('tokenize', () => {
  it('emits INDENT/DEDENT and skips blank and comment-only lines', () => {
    expect(kinds('if x:\n\n    # c\n    y\nz\n')).toEqual([
      'NAME:if', 'NAME:x', 'OP::', 'NEWLINE:', 'INDENT:', 'NAME:y', 'NEWLINE:', 'DEDENT:', 'NAME:z', 'NEWLINE:', 'ENDMARKER:',
    ]);
  });
  it('joins lines inside brackets and after a backslash', () => {
    expect(kinds('f(1,\n  2) + \\\n 3\n')).toEqual([
      'NAME:f', 'OP:(', 'NUMBER:1', 'OP:,', 'NUMBER:2', 'OP:)', 'OP:+', 'NUMBER:3', 'NEWLINE:', 'ENDMARKER:',
    ]);
  });
  it('adds the final NEWLINE and DEDENTs a file without a trailing newline lacks', () => {
    expect(kinds('def f():\n    return 1')).toEqual([
      'NAME:def', 'NAME:f', 'OP:(', 'OP:)', 'OP::', 'NEWLINE:', 'INDENT:', 'NAME:return', 'NUMBER:1', 'NEWLINE:', 'DEDENT:', 'ENDMARKER:',
    ]);
  });
  it('counts columns in UTF-8 bytes', () => {
    // python3: ast.parse('é = "日本"; x').body[1].value.col_offset == 15
    const t = tokenize('é = "日本"; x\n').tokens;
    expect(t.map((x) => x.col_offset).slice(0, 5)).toEqual([0, 3, 5, 13, 15]);
  });
  it('recognises every string prefix and longest operators', () => {
    expect(kinds('rb"x" Rb\'y\' f"{a}" u"z" a **= b // c ... ->')).toEqual([
      'STRING:rb"x"', "STRING:Rb'y'", 'STRING:f"{a}"', 'STRING:u"z"', 'NAME:a', 'OP:**=', 'NAME:b', 'OP://', 'NAME:c', 'OP:...', 'OP:->', 'NEWLINE:', 'ENDMARKER:',
    ]);
  });
  it('normalises identifiers with NFKC', () => {
    expect(tokenize('ﬁ = 1\n').tokens[0].string).toBe('fi');
  });
  it('ends with an ERRORTOKEN carrying the error, like unterminated strings', () => {
    const r = tokenize('x = "abc\n');
    expect(r.error).toBeInstanceOf(PySyntaxError);
    expect(r.error!.msg).toBe('unterminated string literal (detected at line 1)');
    expect(r.tokens[r.tokens.length - 1].type).toBe('ERRORTOKEN');
  });
  it('detects inconsistent tabs', () => {
    expect(tokenize('if x:\n\ta\n        b\n').error?.type).toBe('TabError');
  });
});
