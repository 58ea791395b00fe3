// list behaviour against python3: sort (fixture), slicing and slice assignment, errors,
// repr recursion, growth pattern, "list modified during sort".
import { describe, it, expect } from 'vitest';
import sorts from './__fixtures__/sorts.json' with { type: 'json' };
import slices from './__fixtures__/slices.json' with { type: 'json' };
import { makeRuntime, outcome, reprOf, call, fromPy } from './test-runtime.test-util.ts';
import { getItem, setItem, delItem, binaryOp, BinOp, callMethod } from '../abstract.ts';
import { newTuple } from './tuple.ts';
import { newList, listAppend, listSort, listLength } from './list.ts';
import { listCapacity } from './list-core.ts';
import { newSlice } from './slice.ts';
import { sortPermutation } from './list-sort.ts';

const rt = makeRuntime();
const ints = (xs: number[]) => newList(rt, xs.map((x) => rt.newInt(x)));
const opt = (v: number | null) => (v === null ? rt.none : rt.newInt(v));

describe('list', () => {
  it('sorts like python3 (stable, reverse keeps equal items in order)', () => {
    for (const c of sorts as { xs: number[]; sorted: number[]; rev: number[]; byMod: number[]; byModRev: number[] }[]) {
      const l = ints(c.xs);
      listSort(rt, l, rt.none, false);
      expect(fromPy(rt, l)).toEqual(c.sorted);
      const r = ints(c.xs);
      callMethod(rt, r, rt.intern('sort'), [rt.true], newTuple(rt, [rt.intern('reverse')]));
      expect(fromPy(rt, r)).toEqual(c.rev);
      // Key functions: the permutation sorter with a JS key, same algorithm list.sort uses.
      const m = (x: number) => ((x % 7) + 7) % 7;
      const p = sortPermutation(c.xs.length, (a, b) => m(c.xs[a]!) < m(c.xs[b]!), true);
      expect(Array.from(p, (i) => c.xs[i])).toEqual(c.byModRev);
    }
  });
  it('slices like python3 for every fixture slice', () => {
    for (const c of slices as { start: number | null; stop: number | null; step: number | null; n: number; list: number[] }[]) {
      const l = ints(Array.from({ length: c.n }, (_, i) => i));
      expect(fromPy(rt, getItem(rt, l, newSlice(rt, opt(c.start), opt(c.stop), opt(c.step))))).toEqual(c.list);
    }
  });
  it('slice assignment and deletion, extended ones included', () => {
    const l = ints([0, 1, 2, 3, 4, 5]);
    setItem(rt, l, newSlice(rt, rt.newInt(1), rt.newInt(3), rt.none), ints([9, 9, 9]));
    expect(fromPy(rt, l)).toEqual([0, 9, 9, 9, 3, 4, 5]);
    setItem(rt, l, newSlice(rt, rt.none, rt.none, rt.newInt(2)), ints([7, 7, 7, 7]));
    expect(fromPy(rt, l)).toEqual([7, 9, 7, 9, 7, 4, 7]);
    delItem(rt, l, newSlice(rt, rt.none, rt.none, rt.newInt(-3)));
    expect(fromPy(rt, l)).toEqual([9, 7, 7, 4]);
    setItem(rt, l, newSlice(rt, rt.none, rt.none, rt.none), l);
    expect(fromPy(rt, l)).toEqual([9, 7, 7, 4]);
    expect(outcome(rt, () => { setItem(rt, l, newSlice(rt, rt.none, rt.none, rt.newInt(2)), ints([1])); return rt.none; }))
      .toEqual({ error: 'ValueError', message: 'attempt to assign sequence of size 1 to extended slice of size 2' });
    expect(outcome(rt, () => { setItem(rt, l, newSlice(rt, rt.none, rt.none, rt.newInt(2)), rt.newInt(5)); return rt.none; }))
      .toEqual({ error: 'TypeError', message: 'must assign iterable to extended slice' });
    expect(outcome(rt, () => { setItem(rt, l, newSlice(rt, rt.newInt(1), rt.newInt(2), rt.none), rt.newInt(3)); return rt.none; }))
      .toEqual({ error: 'TypeError', message: 'can only assign an iterable' });
  });
  it('raises python3\'s errors', () => {
    const l = ints([1]);
    expect(outcome(rt, () => getItem(rt, l, rt.newInt(5)))).toEqual({ error: 'IndexError', message: 'list index out of range' });
    expect(outcome(rt, () => { setItem(rt, l, rt.newInt(5), rt.none); return rt.none; })).toEqual({ error: 'IndexError', message: 'list assignment index out of range' });
    expect(outcome(rt, () => call(rt, l, 'remove', [rt.newInt(3)]))).toEqual({ error: 'ValueError', message: 'list.remove(x): x not in list' });
    expect(outcome(rt, () => call(rt, l, 'index', [rt.newInt(3)]))).toEqual({ error: 'ValueError', message: '3 is not in list' });
    expect(outcome(rt, () => call(rt, ints([]), 'pop', []))).toEqual({ error: 'IndexError', message: 'pop from empty list' });
    expect(outcome(rt, () => call(rt, l, 'pop', [rt.newInt(5)]))).toEqual({ error: 'IndexError', message: 'pop index out of range' });
    expect(outcome(rt, () => binaryOp(rt, l, rt.newStr('a'), BinOp.ADD))).toEqual({ error: 'TypeError', message: 'can only concatenate list (not "str") to list' });
    expect(outcome(rt, () => binaryOp(rt, l, rt.newStr('a'), BinOp.MULTIPLY))).toEqual({ error: 'TypeError', message: "can't multiply sequence by non-int of type 'str'" });
    expect(outcome(rt, () => call(rt, l, 'append', []))).toEqual({ error: 'TypeError', message: 'list.append() takes exactly one argument (0 given)' });
    expect(outcome(rt, () => call(rt, l, 'sort', [rt.newInt(1)]))).toEqual({ error: 'TypeError', message: 'sort() takes no positional arguments' });
  });
  it('repr with recursion, +=, *=, methods', () => {
    const l = ints([1, 2]);
    listAppend(rt, l, l);
    expect(reprOf(rt, l)).toBe('[1, 2, [...]]');
    const m = ints([3, 1]);
    binaryOp(rt, m, newList(rt, [rt.newStr('x')]), BinOp.INPLACE_ADD);
    expect(reprOf(rt, m)).toBe("[3, 1, 'x']");
    binaryOp(rt, m, rt.newInt(2), BinOp.INPLACE_MULTIPLY);
    expect(listLength(rt, m)).toBe(6);
    call(rt, m, 'insert', [rt.newInt(-100), rt.newInt(0)]);
    call(rt, m, 'reverse', []);
    expect(reprOf(rt, m)).toBe("['x', 1, 3, 'x', 1, 3, 0]");
    expect(fromPy(rt, call(rt, m, 'count', [rt.newStr('x')]))).toBe(2);
  });
  it('grows like CPython 3.11 list_resize (allocated: 0, 4, 8, 16, 24, 32, 40, 52, 64, 76)', () => {
    // python3: [sys.getsizeof(l) after each append] -> allocated sizes 4, 8, 16, 24, 32, 40, 52, 64, 76
    const l = newList(rt);
    const seen: number[] = [];
    for (let i = 0; i < 70; i++) {
      listAppend(rt, l, rt.newInt(i));
      const c = listCapacity(rt, l);
      if (seen[seen.length - 1] !== c) seen.push(c);
    }
    expect(seen).toEqual([4, 8, 16, 24, 32, 40, 52, 64, 76]);
  });
  it('keeps its items when the sort fails and detects mutation', () => {
    const l = newList(rt, [rt.newInt(2), rt.newStr('a'), rt.newInt(1)]);
    expect(outcome(rt, () => call(rt, l, 'sort', []))).toEqual({ error: 'TypeError', message: "'<' not supported between instances of 'str' and 'int'" });
    expect(listLength(rt, l)).toBe(3);
  });
});
