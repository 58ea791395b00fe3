// The parser against python3.11: every program of tests/ast/ must dump exactly as
// ast.dump(ast.parse(src)) and give every node python's positions; every program of
// tests/syntax-errors/ must raise python's SyntaxError (type, message, position, text).
// Expected files come from python3 (tools/gen-ast-expected.py), never from this parser.
import { describe, expect, it } from 'vitest';
import { checkOne, checkError, corpusNames, errorNames } from '../../tools/ast-check.ts';
import { parse, findSyntaxError } from './parser.ts';
import { PySyntaxError, ParserStackOverflow } from './syntax-error.ts';

describe('AST corpus (tests/ast)', () => {
  const names = corpusNames();
  it('holds at least 170 programs', () => expect(names.length).toBeGreaterThanOrEqual(170));
  it.each(names)('%s', (name) => {
    const r = checkOne(name);
    expect(r.problem ?? '').toBe('');
  });
});

describe('SyntaxError table (tests/syntax-errors)', () => {
  const names = errorNames();
  it('holds at least 60 snippets', () => expect(names.length).toBeGreaterThanOrEqual(60));
  it.each(names)('%s', (name) => {
    const r = checkError(name);
    expect(r.problem ?? '').toBe('');
  });
});

describe('entry points', () => {
  it('findSyntaxError returns null for valid code and the error otherwise', () => {
    expect(findSyntaxError('x = 1\n', 'a.py')).toBeNull();
    const e = findSyntaxError('if x\n    pass\n', 'a.py');
    expect(e).toBeInstanceOf(PySyntaxError);
    expect(e!.msg).toBe("expected ':'");
    expect(e!.filename).toBe('a.py');
  });
  it('parse throws PySyntaxError', () => {
    expect(() => parse('x = (1,', 'b.py')).toThrow(PySyntaxError);
  });
  it('\\N{...} escapes fail with a clear message instead of a wrong value', () => {
    const e = findSyntaxError('s = "\\N{BULLET}"\n', 'c.py');
    expect(e?.msg).toMatch(/\\N\{\.\.\.\} escapes are not supported/);
  });
  // python3 -c "import ast; ast.parse('-' * 100000 + '1')" raises MemoryError
  it('source nested beyond the stack is ParserStackOverflow (MemoryError), not a crash', () => {
    expect(() => parse('-'.repeat(100000) + '1')).toThrow(ParserStackOverflow);
    expect(findSyntaxError('-'.repeat(100000) + '1')).toBeNull();
  });
  it('ints are bigint, floats number, imaginary {complex}', () => {
    const m = parse('1; 1.5; 2j; 10**30\n');
    const vals = m.body.map((s) => (s._type === 'Expr' && s.value._type === 'Constant' ? s.value.value : null));
    expect(vals[0]).toBe(1n);
    expect(vals[1]).toBe(1.5);
    expect(vals[2]).toEqual({ complex: 2 });
  });
});
