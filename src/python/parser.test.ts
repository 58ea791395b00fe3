// The parser against python3.11: every program of tests/ast/ must dump exactly as
// ast.dump(ast.parse(src)) and give every node python's positions; every program of
// tests/syntax-errors/ must raise python's SyntaxError (type, message, position, text).
// Expected files come from python3 (tools/gen-ast-expected.py), never from this parser.
import { describe, expect, it } from 'vitest';
import { checkOne, checkError, corpusNames, errorNames } from '../../tools/ast-check.ts';
import { parse, parseEval, findSyntaxError } from './parser.ts';
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
  // Values and messages from python3.11 (compile() of the same sources).
  it('\\N{...} escapes resolve names, aliases and the computed Hangul/CJK names', () => {
    const value = (src: string): unknown => {
      const m = parse(src + '\n');
      const st = m.body[0];
      return st._type === 'Expr' && st.value._type === 'Constant' ? st.value.value : null;
    };
    expect(value('"\\N{BULLET}\\N{latin small letter a}"')).toBe('\u2022a');
    expect(value('"\\N{LINE FEED}\\N{BYTE ORDER MARK}\\N{GRINNING FACE}"')).toBe('\n\ufeff\u{1F600}');
    expect(value('"\\N{HANGUL SYLLABLE GAG}\\N{CJK UNIFIED IDEOGRAPH-4E00}\\N{cjk compatibility ideograph-f900}"')).toBe('\uac01\u4e00\uf900');
    expect(findSyntaxError('s = "\\N{CJK UNIFIED IDEOGRAPH-4e00}"\n', 'c.py')?.msg).toBe(
      "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-29: unknown Unicode character name");
    expect(findSyntaxError('s = "ab\\N{}"\n', 'c.py')?.msg).toBe(
      "(unicode error) 'unicodeescape' codec can't decode bytes in position 2-4: malformed \\N character escape");
  });
  // Positions from python3.11's compile(src, 't', 'eval'): eval input gets no final newline.
  it('parseEval follows the eval grammar and places errors at the end of a bare last line', () => {
    const err = (src: string) => {
      try {
        parseEval(src, 't');
        return null;
      } catch (e) {
        const x = e as PySyntaxError;
        return [x.msg, x.lineno, x.offset, x.end_lineno, x.end_offset, x.text];
      }
    };
    expect(parseEval('1, 2\n\n', 't')._type).toBe('Tuple');
    expect(err('1 +')).toEqual(['invalid syntax', 1, 0, 1, 0, '1 +']);
    expect(err('x = 1')).toEqual(['invalid syntax', 1, 3, 1, 4, 'x = 1']);
    expect(err('*a')).toEqual(['invalid syntax', 1, 1, 1, 2, '*a']);
    expect(err("f'{'")).toEqual(["f-string: expecting '}'", 1, 4, 1, -1, "f'{'"]);
    expect(err('')).toEqual(['invalid syntax', 0, 0, 0, 0, '']);
    expect(err('1\n2')).toEqual(['invalid syntax', 2, 1, 2, 2, '2']);
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
