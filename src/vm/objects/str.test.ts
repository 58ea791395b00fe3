// str methods on many inputs against python3 (fixture from tools/gen-objects-fixtures.py).
import { describe, it, expect } from 'vitest';
import fixture from './__fixtures__/str-methods.json' with { type: 'json' };
import { makeRuntime, toPy, outcome, call, reprOf, type J } from './test-runtime.test-util.ts';
import { len, getItem, binaryOp, BinOp, contains, getIter, iterNext } from '../abstract.ts';
import { newSlice } from './slice.ts';
import { NULL } from '../heap.ts';


interface Case { s: string; method: string; args: J[]; ok?: J; error?: string; message?: string }

describe('str methods (python3 fixture)', () => {
  const rt = makeRuntime();
  const cases = fixture as Case[];
  it(`matches python3 on ${cases.length} calls`, () => {
    const failures: string[] = [];
    for (const c of cases) {
      const self = rt.newStr(c.s);
      const got = outcome(rt, () => {
        if (c.method === '__repr__') return rt.newStr(reprOf(rt, self));
        if (c.method === '__len__') return rt.newInt(len(rt, self));
        return call(rt, self, c.method, c.args.map((a) => toPy(rt, a)));
      });
      const want = c.error !== undefined ? { error: c.error, message: c.message } : { ok: c.ok };
      if (JSON.stringify(got) !== JSON.stringify(want)) {
        failures.push(`${JSON.stringify(c.s)}.${c.method}(${JSON.stringify(c.args)}): got ${JSON.stringify(got)} want ${JSON.stringify(want)}`);
      }
    }
    expect(failures.slice(0, 20)).toEqual([]);
  });
});

describe('str indexing, slicing, operators', () => {
  const rt = makeRuntime();
  const s = rt.newStr('a😀b😀c');
  it('indexes and slices by code point (astral characters count once)', () => {
    expect(len(rt, s)).toBe(5);
    expect(rt.jsStr(getItem(rt, s, rt.newInt(1)))).toBe('😀');
    expect(rt.jsStr(getItem(rt, s, rt.newInt(-1)))).toBe('c');
    expect(rt.jsStr(getItem(rt, s, newSlice(rt, rt.newInt(1), rt.newInt(4), rt.none)))).toBe('😀b😀');
    expect(rt.jsStr(getItem(rt, s, newSlice(rt, rt.none, rt.none, rt.newInt(-2))))).toBe('cba');
    expect(outcome(rt, () => getItem(rt, s, rt.newInt(5)))).toEqual({ error: 'IndexError', message: 'string index out of range' });
  });
  it('iterates code points', () => {
    const it = getIter(rt, s);
    const out: string[] = [];
    for (let x = iterNext(rt, it); x !== NULL; x = iterNext(rt, it)) out.push(rt.jsStr(x));
    expect(out).toEqual(['a', '😀', 'b', '😀', 'c']);
  });
  it('concatenation, repetition, containment errors are python3\'s', () => {
    expect(rt.jsStr(binaryOp(rt, rt.newStr('ab'), rt.newStr('cd'), BinOp.ADD))).toBe('abcd');
    expect(rt.jsStr(binaryOp(rt, rt.newStr('ab'), rt.newInt(3), BinOp.MULTIPLY))).toBe('ababab');
    expect(outcome(rt, () => binaryOp(rt, rt.newStr('a'), rt.newInt(1), BinOp.ADD)))
      .toEqual({ error: 'TypeError', message: 'can only concatenate str (not "int") to str' });
    expect(outcome(rt, () => rt.bool(contains(rt, rt.newStr('a'), rt.newInt(1)))))
      .toEqual({ error: 'TypeError', message: "'in <string>' requires string as left operand, not int" });
    expect(outcome(rt, () => binaryOp(rt, rt.newStr('[1]'), rt.newStr('a'), BinOp.MULTIPLY)))
      .toEqual({ error: 'TypeError', message: "can't multiply sequence by non-int of type 'str'" });
  });
  it('formats with str.format and %', () => {
    expect(rt.jsStr(call(rt, rt.newStr('{0}-{1!r}-{1:>4}'), 'format', [rt.newStr('x'), rt.newStr('a')]))).toBe("x-'a'-   a");
    expect(rt.jsStr(binaryOp(rt, rt.newStr('%s=%d'), toPy(rt, { tuple: ['x', 5] }), BinOp.REMAINDER))).toBe('x=5');
    expect(rt.jsStr(call(rt, rt.newStr('{:>5}|{:<3}|'), 'format', [rt.newStr('ab'), rt.newStr('c')]))).toBe('   ab|c  |');
  });
});
