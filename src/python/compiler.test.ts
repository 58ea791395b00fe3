// Structural validation of everything we can compile: each program under tests/ (ast,
// symtable, conformance) and the seed examples is parsed by our parser and compiled; every
// code object must pass validateCode (indices, jump targets, exception table, stack depth
// along every path). Plus targeted checks of shapes the eval loop relies on.

import { describe, it, expect } from 'vitest';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { compileSource } from './compiler.ts';
import { validateCode } from './code-validate.ts';
import { findSyntaxError } from './parser.ts';
import { type CodeUnit, isCodeUnit, instrOp, instrArg, CO_GENERATOR, CO_COROUTINE, CO_ASYNC_GENERATOR, CO_NESTED, localsplusNames } from './code.ts';
import { OP, opName } from './opcodes.ts';
import { PySyntaxError } from './syntax-error.ts';

const ROOT = join(__dirname, '../..');

// Every program python3 can parse, with python3's compile() outcome (null = compiles, else
// its SyntaxError), from tools/gen-symtable-expected.py.
const OUTCOMES: Record<string, { msg: string; lineno: number; offset: number } | null> = JSON.parse(
  readFileSync(join(ROOT, 'tests/symtable/compile-outcomes.json'), 'utf8'),
);
const programs = Object.keys(OUTCOMES).filter((p) => existsSync(p.startsWith('/') ? p : join(ROOT, p)));

function allCode(c: CodeUnit): CodeUnit[] {
  return [c, ...c.consts.filter(isCodeUnit).flatMap(allCode)];
}

function ops(c: CodeUnit): string[] {
  return Array.from(c.code, (w) => opName(instrOp(w)));
}

function find(c: CodeUnit, qualname: string): CodeUnit {
  const r = allCode(c).find((x) => x.qualname === qualname);
  if (!r) throw new Error(`no code object ${qualname}`);
  return r;
}

describe('compile and validate every test program', () => {
  it('finds programs', () => expect(programs.length).toBeGreaterThan(50));
  for (const p of programs) {
    it(p, () => {
      const path = p.startsWith('/') ? p : join(ROOT, p);
      const src = readFileSync(path, 'utf8');
      // A program our parser rejects is the parser's bug, reported by its own tests.
      if (findSyntaxError(src, p)) return;
      const expected = OUTCOMES[p];
      if (expected) {
        let err: unknown = null;
        try {
          compileSource(src, p);
        } catch (e) {
          err = e;
        }
        expect(err).toBeInstanceOf(PySyntaxError);
        const e = err as PySyntaxError;
        expect({ msg: e.msg, lineno: e.lineno, offset: e.offset }).toEqual(expected);
        return;
      }
      expect(validateCode(compileSource(src, p))).toEqual([]);
    });
  }
});

describe('code shapes', () => {
  it('augmented assignment is load, BINARY_OP, store with no call between', () => {
    const f = find(compileSource('def f():\n    global counter\n    counter += 1\n', 't.py'), 'f');
    expect(ops(f)).toEqual(['RESUME', 'LOAD_GLOBAL', 'LOAD_CONST', 'BINARY_OP', 'STORE_GLOBAL', 'RETURN_CONST']);
    expect(instrArg(f.code[3])).toBe(13); // NB_INPLACE_ADD
  });

  it('uses one combined localsplus with arg cells in place', () => {
    const f = find(compileSource('def f(a, b):\n    c = 1\n    def g():\n        return a + c\n    return g\n', 't.py'), 'f');
    expect(f.varnames).toEqual(['a', 'b', 'g']);
    expect(f.cellvars).toEqual(['a', 'c']);
    expect(localsplusNames(f)).toEqual(['a', 'b', 'g', 'c']);
    const mk = Array.from(f.code).filter((w) => instrOp(w) === OP.MAKE_CELL).map(instrArg);
    expect(mk).toEqual([0, 3]);
    const g = find(compileSource('def f(a, b):\n    c = 1\n    def g():\n        return a + c\n    return g\n', 't.py'), 'f.<locals>.g');
    expect(g.freevars).toEqual(['a', 'c']);
    expect(ops(g).slice(0, 2)).toEqual(['COPY_FREE_VARS', 'RESUME']);
    expect(g.flags & CO_NESTED).toBeTruthy();
  });

  it('compiles comprehensions as nested functions called with the iterator', () => {
    const m = compileSource('xs = [1]\nys = [x * 2 for x in xs]\n', 't.py');
    const lc = find(m, '<listcomp>');
    expect(lc.varnames[0]).toBe('.0');
    expect(lc.argcount).toBe(1);
    const o = ops(m);
    const i = o.indexOf('GET_ITER');
    expect(o.slice(i - 3, i + 2)).toEqual(['LOAD_CONST', 'MAKE_FUNCTION', 'LOAD_NAME', 'GET_ITER', 'CALL']);
  });

  it('flags generators, coroutines and async generators', () => {
    const m = compileSource('def g():\n    yield 1\nasync def c():\n    await x\nasync def ag():\n    yield 1\n', 't.py');
    expect(find(m, 'g').flags & CO_GENERATOR).toBeTruthy();
    expect(find(m, 'c').flags & CO_COROUTINE).toBeTruthy();
    expect(find(m, 'ag').flags & CO_ASYNC_GENERATOR).toBeTruthy();
    expect(ops(find(m, 'g')).slice(0, 3)).toEqual(['RETURN_GENERATOR', 'POP_TOP', 'RESUME']);
    const g = find(m, 'g');
    // PEP 479 handler covers the body from RESUME on.
    expect(g.exceptionTable.at(-1)).toMatchObject({ start: 2, depth: 0, lasti: true });
  });

  it('sets up __class__ and __classcell__ for zero-argument super()', () => {
    const m = compileSource('class A(B):\n    def f(self):\n        return super().f()\n', 't.py');
    const a = find(m, 'A');
    expect(a.cellvars).toEqual(['__class__']);
    expect(a.names).toContain('__classcell__');
    expect(find(m, 'A.f').freevars).toEqual(['__class__']);
  });

  it('builds try/except with an exception table and no block stack', () => {
    const f = find(compileSource('def f():\n    try:\n        g()\n    except E as e:\n        return e\n', 't.py'), 'f');
    expect(ops(f)).toContain('PUSH_EXC_INFO');
    expect(ops(f)).toContain('CHECK_EXC_MATCH');
    expect(f.exceptionTable.length).toBeGreaterThan(1);
    expect(validateCode(f)).toEqual([]);
  });

  it('returns through finally by inlining the finally body', () => {
    const f = find(compileSource('def f():\n    try:\n        return g()\n    finally:\n        h()\n', 't.py'), 'f');
    const o = ops(f);
    // g() result saved, h() called, then RETURN_VALUE.
    const ret = o.indexOf('RETURN_VALUE');
    expect(o.slice(0, ret + 1).filter((x) => x === 'CALL').length).toBe(2);
  });

  it('uses LOAD_ATTR method form and LOAD_GLOBAL NULL bit for calls', () => {
    const f = find(compileSource('def f(o):\n    o.m(1)\n    print(2)\n', 't.py'), 'f');
    const attr = Array.from(f.code).find((w) => instrOp(w) === OP.LOAD_ATTR)!;
    expect(instrArg(attr) & 1).toBe(1);
    const glob = Array.from(f.code).find((w) => instrOp(w) === OP.LOAD_GLOBAL)!;
    expect(instrArg(glob) & 1).toBe(1);
  });

  it('passes a lone *x straight to CALL_FUNCTION_EX, builds a list otherwise', () => {
    const lone = ops(find(compileSource('def f(x):\n    g(*x)\n', 't.py'), 'f'));
    expect(lone).toContain('CALL_FUNCTION_EX');
    expect(lone).not.toContain('LIST_EXTEND');
    const two = ops(find(compileSource('def f(x):\n    g(1, *x)\n', 't.py'), 'f'));
    expect(two).toContain('LIST_EXTEND');
  });
});

describe('compile-time SyntaxErrors match python3', () => {
  const cases: [string, string, number, number][] = [
    ['return 1\n', "'return' outside function", 1, 1],
    ['yield 1\n', "'yield' outside function", 1, 1],
    ['await x\n', "'await' outside function", 1, 1],
    ['def f():\n    await x\n', "'await' outside async function", 2, 5],
    ['break\n', "'break' outside loop", 1, 1],
    ['continue\n', "'continue' not properly in loop", 1, 1],
    ['def f():\n    async with x:\n        pass\n', "'async with' outside async function", 2, 5],
    ['def f():\n    async for x in y:\n        pass\n', "'async for' outside async function", 2, 5],
    ['async def f():\n    yield from x\n', "'yield from' inside async function", 2, 5],
    ['async def f():\n    yield 1\n    return 2\n', "'return' with value in async generator", 3, 5],
    ['def f():\n    return [x async for x in y]\n', 'asynchronous comprehension outside of an asynchronous function', 2, 12],
    ['f(a=1, a=2)\n', 'keyword argument repeated: a', 1, 8],
    ['try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass\n', "default 'except:' must be last", 3, 1],
    ['def f():\n    x = 1\n    global x\n', "name 'x' is assigned to before global declaration", 3, 5],
    ['for x in y:\n    try:\n        pass\n    except* E:\n        break\n', "'break', 'continue' and 'return' cannot appear in an except* block", 5, 9],
  ];
  for (const [src, msg, line, col] of cases) {
    it(msg, () => {
      let err: unknown = null;
      try {
        compileSource(src, 't.py');
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(PySyntaxError);
      const e = err as PySyntaxError;
      expect({ msg: e.msg, lineno: e.lineno, offset: e.offset }).toEqual({ msg, lineno: line, offset: col });
    });
  }
});
