// Tests of the repr helpers behind dumpAst. The expected strings were produced by python3.11
// (repr() of each value), e.g.: python3 -c "print(repr(1e16), repr(b'\x00'), repr('\u200b'))"
import { describe, expect, it } from 'vitest';
import { reprFloat, reprStr, reprBytes, reprConstant, dumpAst } from './ast-dump.ts';
import { parse } from './parser.ts';

const FLOATS = ['0.0', '-0.0', '1.0', '1.5', '0.1', '0.3333333333333333', '1e+16', '1000000000000000.0',
  '1.2345678901234568e+17', '0.0001', '1e-05', '1.5e-10', '5e-324', '1.7976931348623157e+308', 'inf', '-inf',
  'nan', '2.5e+22', '100.0', '12345.678', '-2.75'];

const STRS: [string, string][] = [
  ['', "''"], ['a', "'a'"], ["it's", `"it's"`], ['say "hi"', `'say "hi"'`], [`both ' and "`, `'both \\' and "'`],
  ['\n\t\r\\', "'\\n\\t\\r\\\\'"], ['\u0000\u007f\u0080\u00a0', "'\\x00\\x7f\\x80\\xa0'"],
  ['\u00e9\u65e5\u672c\ud83d\ude00', "'\u00e9\u65e5\u672c\ud83d\ude00'"], ['\u200b\u2028', "'\\u200b\\u2028'"],
  ['\u00ff\u00ad', "'\u00ff\\xad'"],
  // assigned after Unicode 14: printable for a newer JS engine, not for python3.11
  ['\u0cf3x\u1c8a', "'\\u0cf3x\\u1c8a'"],
];

const BYTES: [number[], string][] = [
  [[], "b''"], [[97, 98, 99], "b'abc'"], [[105, 116, 39, 115], `b"it's"`], [[34], `b'"'`], [[39, 34], `b'\\'"'`],
  [[0, 255, 10, 9, 13, 92], "b'\\x00\\xff\\n\\t\\r\\\\'"],
  [[0, 15, 30, 45, 60, 75, 90, 105, 120, 135, 150, 165, 180, 195, 210, 225, 240, 255], "b'\\x00\\x0f\\x1e-<KZix\\x87\\x96\\xa5\\xb4\\xc3\\xd2\\xe1\\xf0\\xff'"],
];

const COMPLEX: [number, string][] = [[1, '1j'], [2.5, '2.5j'], [1e16, '1e+16j'], [0, '0j'], [1e-5, '1e-05j'], [3, '3j']];

function pyFloat(s: string): number {
  return s === 'inf' ? Infinity : s === '-inf' ? -Infinity : s === 'nan' ? NaN : Number(s);
}

describe('repr helpers match python3', () => {
  it.each(FLOATS)('float %s', (s) => expect(reprFloat(pyFloat(s))).toBe(s));
  it.each(STRS)('str %j', (s, r) => expect(reprStr(s)).toBe(r));
  it.each(BYTES)('bytes %j', (b, r) => expect(reprBytes(Uint8Array.from(b))).toBe(r));
  it.each(COMPLEX)('complex %d', (x, r) => expect(reprConstant({ complex: x })).toBe(r));
  it('ints are printed in full', () => expect(reprConstant(2n ** 100n)).toBe('1267650600228229401496703205376'));
});

describe('dumpAst', () => {
  // python3 -c "import ast; print(ast.dump(ast.parse('x: int = f(*a, k=1)[::2]')))"
  it('omits None in optional fields and keeps empty lists', () => {
    expect(dumpAst(parse('x: int = f(*a, k=1)[::2]'))).toBe(
      "Module(body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=Load()), value=Subscript(value=Call(func=Name(id='f', ctx=Load()), args=[Starred(value=Name(id='a', ctx=Load()), ctx=Load())], keywords=[keyword(arg='k', value=Constant(value=1))]), slice=Slice(step=Constant(value=2)), ctx=Load()), simple=1)], type_ignores=[])",
    );
  });
  // python3 -c "import ast; print(ast.dump(ast.parse('{**a, 1: None}')))"
  it('prints None inside lists (dict unpacking keys)', () => {
    expect(dumpAst(parse('{**a, 1: None}'))).toBe(
      "Module(body=[Expr(value=Dict(keys=[None, Constant(value=1)], values=[Name(id='a', ctx=Load()), Constant(value=None)]))], type_ignores=[])",
    );
  });
});
