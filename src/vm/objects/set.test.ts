// set/frozenset iteration order, operations and hashes against python3 (fixture from
// tools/gen-objects-fixtures.py): the order of a set of ints is a function of CPython's
// table algorithm, so these fail on any deviation from it.
import { describe, it, expect } from 'vitest';
import fixture from './__fixtures__/sets.json' with { type: 'json' };
import { makeRuntime, outcome, reprOf, call } from './test-runtime.test-util.ts';
import { type Ref, NULL } from '../heap.ts';
import { getIter, iterNext, binaryOp, BinOp, callObject, richCompare } from '../abstract.ts';
import { CompareOp } from '../type-slots.ts';
import { newList } from './list.ts';
import { newSet, newFrozenset } from './set.ts';
import { setAdd, setDiscard } from './set-table.ts';
import { exactHash } from './exact-hash.ts';
import { H, toBigInt } from './hash64.ts';
import { intToBigInt } from './int.ts';

const rt = makeRuntime();
const int = (s: string): Ref => rt.newInt(BigInt(s));
const order = (o: Ref): string[] => {
  const out: string[] = [];
  const it = getIter(rt, o);
  for (let x = iterNext(rt, it); x !== NULL; x = iterNext(rt, it)) out.push((x & 1) ? String(x >> 1) : String(intToBigInt(rt, x)));
  return out;
};

interface Case {
  ops: [string, string][]; order: string[]; fromList: string[]; setOfList: string[]; copyOrder: string[];
  other: string[]; union: string[]; inter: string[]; diff: string[]; symdiff: string[]; frozenHash: string; popOrder: string[];
}
const cases = (fixture as unknown as { cases: Case[] }).cases;

describe('set iteration order equals python3', () => {
  it(`after add/discard sequences (${cases.length} cases)`, () => {
    const bad: number[] = [];
    cases.forEach((c, i) => {
      const s = newSet(rt);
      for (const [op, v] of c.ops) { if (op === 'add') setAdd(rt, s, int(v)); else setDiscard(rt, s, int(v)); }
      if (JSON.stringify(order(s)) !== JSON.stringify(c.order)) bad.push(i);
    });
    expect(bad).toEqual([]);
  });
  it('set(list), copy, |, &, -, ^ and pop', () => {
    const bad: string[] = [];
    cases.forEach((c, i) => {
      const s = newSet(rt);
      for (const [op, v] of c.ops) { if (op === 'add') setAdd(rt, s, int(v)); else setDiscard(rt, s, int(v)); }
      const o = newSet(rt, newList(rt, c.other.map(int)));
      const check = (name: string, got: Ref, want: string[]) => {
        if (JSON.stringify(order(got)) !== JSON.stringify(want)) bad.push(`${i}:${name}`);
      };
      check('setOfList', callObject(rt, rt.types.set, [newList(rt, c.fromList.map(int))]), c.setOfList);
      check('copy', call(rt, s, 'copy', []), c.copyOrder);
      check('union', binaryOp(rt, s, o, BinOp.OR), c.union);
      check('inter', binaryOp(rt, s, o, BinOp.AND), c.inter);
      check('diff', binaryOp(rt, s, o, BinOp.SUBTRACT), c.diff);
      check('symdiff', binaryOp(rt, s, o, BinOp.XOR), c.symdiff);
      if (c.popOrder.length) {
        const p = call(rt, call(rt, s, 'copy', []), 'pop', []);
        if (String((p & 1) ? p >> 1 : intToBigInt(rt, p)) !== c.popOrder[0]) bad.push(`${i}:pop`);
      }
      exactHash(rt, newFrozenset(rt, newList(rt, c.fromList.map(int))));
      if (String(toBigInt(H.hi, H.lo)) !== c.frozenHash) bad.push(`${i}:hash`);
    });
    expect(bad).toEqual([]);
  });
  it('literal construction path set().update(frozenset(t)) and repr', () => {
    for (const l of (fixture as { literals: { items: string[]; literal: string[]; viaFrozen: string[] }[] }).literals) {
      const s = newSet(rt);
      call(rt, s, 'update', [newFrozenset(rt, newList(rt, l.items.map(int)))]);
      expect(order(s)).toEqual(l.viaFrozen);
      expect(order(s)).toEqual(l.literal);
    }
    const s = newSet(rt);
    for (const v of ['5', '3', '100', '1', '-1', String(2n ** 40n)]) setAdd(rt, s, int(v));
    expect(reprOf(rt, s)).toBe('{1099511627776, 1, 3, 100, 5, -1}');
    expect(reprOf(rt, newSet(rt))).toBe('set()');
    expect(reprOf(rt, newFrozenset(rt))).toBe('frozenset()');
    expect(reprOf(rt, newFrozenset(rt, newList(rt, [int('2'), int('1')])))).toBe('frozenset({1, 2})');
  });
  it('frozenset hashes', () => {
    for (const h of (fixture as { hashes: { items: string[]; hash: string }[] }).hashes) {
      exactHash(rt, newFrozenset(rt, newList(rt, h.items.map(int))));
      expect(String(toBigInt(H.hi, H.lo))).toBe(h.hash);
    }
  });
});

describe('set errors and comparisons', () => {
  it('raises python3\'s errors', () => {
    expect(outcome(rt, () => call(rt, newSet(rt), 'pop', []))).toEqual({ error: 'KeyError', message: "'pop from an empty set'" });
    expect(outcome(rt, () => call(rt, newSet(rt), 'remove', [int('3')]))).toEqual({ error: 'KeyError', message: '3' });
    expect(outcome(rt, () => newFrozenset(rt, newList(rt, [newList(rt)]))))
      .toEqual({ error: 'TypeError', message: "unhashable type: 'list'" });
    const s = newSet(rt, newList(rt, [int('1')]));
    const it = getIter(rt, s);
    iterNext(rt, it);
    setAdd(rt, s, int('2'));
    expect(outcome(rt, () => iterNext(rt, it))).toEqual({ error: 'RuntimeError', message: 'Set changed size during iteration' });
  });
  it('compares as subsets', () => {
    const a = newSet(rt, newList(rt, [int('1'), int('2')]));
    const b = newFrozenset(rt, newList(rt, [int('2'), int('1'), int('3')]));
    expect(richCompare(rt, a, b, CompareOp.LT)).toBe(rt.true);
    expect(richCompare(rt, b, a, CompareOp.LE)).toBe(rt.false);
    expect(richCompare(rt, a, newFrozenset(rt, a), CompareOp.EQ)).toBe(rt.true);
  });
});
