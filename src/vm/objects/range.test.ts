// range and slice against python3 (fixtures from tools/gen-objects-fixtures.py).
import { describe, it, expect } from 'vitest';
import ranges from './__fixtures__/ranges.json' with { type: 'json' };
import slices from './__fixtures__/slices.json' with { type: 'json' };
import { makeRuntime, outcome, reprOf, call, fromPy, type Outcome } from './test-runtime.test-util.ts';
import { getItem, callObject, contains, len, richCompare, getIter, iterNext } from '../abstract.ts';
import { CompareOp } from '../type-slots.ts';
import { newSlice } from './slice.ts';
import { newList } from './list.ts';

const rt = makeRuntime();
const I = (n: number) => rt.newInt(n);
const opt = (v: number | null) => (v === null ? rt.none : I(v));

interface RangeCase {
  args: number[]; len: number; repr: string; list: number[]; reversed: number[]; slice: string[];
  contains: boolean[]; index: Outcome[]; item: Outcome[];
}

describe('range', () => {
  it('matches python3 on len, repr, iteration, reversed, slicing, in, index, item', () => {
    for (const c of ranges as RangeCase[]) {
      const r = callObject(rt, rt.types.range, c.args.map(I));
      expect(len(rt, r)).toBe(c.len);
      expect(reprOf(rt, r)).toBe(c.repr);
      expect(fromPy(rt, callObject(rt, rt.types.list, [r]))).toEqual(c.list);
      expect(fromPy(rt, callObject(rt, rt.types.list, [call(rt, r, '__reversed__', [])]))).toEqual(c.reversed);
      const sl = [newSlice(rt, I(1), I(-1), rt.none), newSlice(rt, rt.none, rt.none, I(-1)),
        newSlice(rt, rt.none, rt.none, I(2)), newSlice(rt, I(5), I(100), I(3))];
      expect(sl.map((s) => reprOf(rt, getItem(rt, r, s)))).toEqual(c.slice);
      expect([0, 1, 4, 7, 9, -1, -4, 10].map((x) => contains(rt, r, I(x)))).toEqual(c.contains);
      expect([1, 4, 7].map((x) => outcome(rt, () => call(rt, r, 'index', [I(x)])))).toEqual(c.index);
      expect([0, -1, 3, 100].map((i) => outcome(rt, () => getItem(rt, r, I(i))))).toEqual(c.item);
    }
  });
  it('handles big bounds, equality and errors like python3', () => {
    const big = callObject(rt, rt.types.range, [rt.newInt(10n ** 20n)]);
    expect(reprOf(rt, getItem(rt, big, I(-1)))).toBe('99999999999999999999');
    expect(contains(rt, big, rt.newInt(10n ** 19n))).toBe(true);
    const it = getIter(rt, callObject(rt, rt.types.range, [rt.newInt(2n ** 60n), rt.newInt(2n ** 60n + 2n)]));
    expect(reprOf(rt, iterNext(rt, it))).toBe('1152921504606846976');
    expect(richCompare(rt, callObject(rt, rt.types.range, [I(0)]), callObject(rt, rt.types.range, [I(5), I(5)]), CompareOp.EQ)).toBe(rt.true);
    expect(richCompare(rt, callObject(rt, rt.types.range, [I(0), I(3), I(2)]), callObject(rt, rt.types.range, [I(0), I(4), I(2)]), CompareOp.EQ)).toBe(rt.true);
    expect(outcome(rt, () => callObject(rt, rt.types.range, [I(0), I(1), I(0)]))).toEqual({ error: 'ValueError', message: 'range() arg 3 must not be zero' });
    expect(outcome(rt, () => callObject(rt, rt.types.range, [rt.newFloat(1.5)]))).toEqual({ error: 'TypeError', message: "'float' object cannot be interpreted as an integer" });
    expect(outcome(rt, () => call(rt, callObject(rt, rt.types.range, [I(3)]), 'index', [I(5)]))).toEqual({ error: 'ValueError', message: '5 is not in range' });
    expect(outcome(rt, () => getItem(rt, callObject(rt, rt.types.range, [I(3)]), rt.newStr('a'))))
      .toEqual({ error: 'TypeError', message: 'range indices must be integers or slices, not str' });
  });
});

describe('slice', () => {
  it('indices() and repr match python3', () => {
    for (const c of slices as { start: number | null; stop: number | null; step: number | null; n: number; indices: number[]; repr: string }[]) {
      const s = newSlice(rt, opt(c.start), opt(c.stop), opt(c.step));
      expect(fromPy(rt, call(rt, s, 'indices', [I(c.n)]))).toEqual({ tuple: c.indices });
      expect(reprOf(rt, s)).toBe(c.repr);
    }
  });
  it('raises python3\'s errors', () => {
    const l = newList(rt, [I(1)]);
    expect(outcome(rt, () => getItem(rt, l, newSlice(rt, I(1), I(2), I(0))))).toEqual({ error: 'ValueError', message: 'slice step cannot be zero' });
    expect(outcome(rt, () => getItem(rt, l, newSlice(rt, rt.newStr('a'), rt.none, rt.none))))
      .toEqual({ error: 'TypeError', message: 'slice indices must be integers or None or have an __index__ method' });
    expect(outcome(rt, () => call(rt, newSlice(rt, I(1), I(2), I(3)), 'indices', [I(-1)]))).toEqual({ error: 'ValueError', message: 'length should not be negative' });
    expect(outcome(rt, () => rt.newInt(Number(callObject(rt, rt.types.slice, [])))))
      .toEqual({ error: 'TypeError', message: 'slice expected at least 1 argument, got 0' });
  });
});
