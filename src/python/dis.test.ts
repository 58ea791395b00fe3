// The disassembler's listing and the structural validator's ability to reject broken code.

import { describe, it, expect } from 'vitest';
import { compileSource } from './compiler.ts';
import { disassemble } from './dis.ts';
import { validateCode } from './code-validate.ts';
import { type CodeUnit, isCodeUnit, makeInstr } from './code.ts';
import { OP } from './opcodes.ts';

const SRC = 'def f(x):\n    for i in x:\n        try:\n            g(i)\n        except E:\n            pass\n    return x\n';

function fnCode(): CodeUnit {
  return compileSource(SRC, 'd.py').consts.find(isCodeUnit)!;
}

describe('disassemble', () => {
  const text = disassemble(compileSource(SRC, 'd.py'));
  it('lists instructions with argument meanings', () => {
    expect(text).toMatch(/LOAD_FAST\s+0 \(x\)/);
    expect(text).toMatch(/FOR_ITER\s+\d+ \(to \d+\)/);
    expect(text).toMatch(/LOAD_GLOBAL\s+\d+ \(NULL \+ g\)/);
    expect(text).toMatch(/JUMP_BACKWARD\s+\d+ \(to \d+\)/);
  });
  it('shows line numbers, jump targets, the exception table and nested code', () => {
    expect(text).toMatch(/^\s+4\s/m);
    expect(text).toContain('>>');
    expect(text).toMatch(/ExceptionTable:\n\s+\d+ to \d+ -> \d+ \[\d+\]/);
    expect(text).toContain('Disassembly of <code object f (f), file "d.py", line 1>');
  });
});

describe('validateCode rejects broken code', () => {
  it('accepts the compiled function', () => expect(validateCode(fnCode())).toEqual([]));
  it('reports a jump out of range', () => {
    const c = fnCode();
    const code = Int32Array.from(c.code);
    const i = code.findIndex((w) => (w & 0xff) === OP.FOR_ITER);
    code[i] = makeInstr(OP.FOR_ITER, 9999);
    expect(validateCode({ ...c, code }).join('\n')).toMatch(/jump target out of range/);
  });
  it('reports a stack underflow', () => {
    const c = fnCode();
    const code = Int32Array.from(c.code);
    code[0] = makeInstr(OP.POP_TOP, 0);
    expect(validateCode({ ...c, code }).join('\n')).toMatch(/stack underflow/);
  });
  it('reports a bad name index and a bad exception table', () => {
    const c = fnCode();
    const code = Int32Array.from(c.code);
    const i = code.findIndex((w) => (w & 0xff) === OP.LOAD_GLOBAL);
    code[i] = makeInstr(OP.LOAD_GLOBAL, (500 << 1) | 1);
    const errs = validateCode({ ...c, code, exceptionTable: [{ start: 5, end: 3, target: 0, depth: 0, lasti: false }] }).join('\n');
    expect(errs).toMatch(/name index out of range/);
    expect(errs).toMatch(/bad range/);
  });
});
