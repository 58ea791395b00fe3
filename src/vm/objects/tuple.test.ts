// tuple hashing (CPython 3.11 tuplehash, exact 64-bit values from python3), repr,
// comparison and errors.
import { describe, it, expect } from 'vitest';
import hashes from './__fixtures__/tuple-hashes.json' with { type: 'json' };
import intHashes from './__fixtures__/int-hashes.json' with { type: 'json' };
import { makeRuntime, outcome, reprOf, call } from './test-runtime.test-util.ts';
import { type Ref } from '../heap.ts';
import { getItem, richCompare, binaryOp, BinOp } from '../abstract.ts';
import { CompareOp } from '../type-slots.ts';
import { newTuple } from './tuple.ts';
import { newList } from './list.ts';
import { exactHash } from './exact-hash.ts';
import { H, toBigInt } from './hash64.ts';
import { newSlice } from './slice.ts';

const rt = makeRuntime();
type Enc = string | { tuple: Enc[] } | { bool: boolean } | { float: string };
function build(e: Enc): Ref {
  if (typeof e === 'string') return rt.newInt(BigInt(e));
  if ('tuple' in e) return newTuple(rt, e.tuple.map(build));
  if ('bool' in e) return rt.bool(e.bool);
  return rt.newFloat(Number(e.float));
}
const exact = (r: Ref) => { exactHash(rt, r); return String(toBigInt(H.hi, H.lo)); };

describe('tuple', () => {
  it('hash(t) equals python3 for every fixture tuple', () => {
    for (const h of hashes as { t: Enc; hash: string }[]) expect([JSON.stringify(h.t), exact(build(h.t))]).toEqual([JSON.stringify(h.t), h.hash]);
  });
  it('int hashes are exact (modulus 2**61-1)', () => {
    for (const h of intHashes as { v: string; hash: string }[]) expect(exact(rt.newInt(BigInt(h.v)))).toBe(h.hash);
  });
  it('repr, including the 1-tuple comma and nesting', () => {
    expect(reprOf(rt, newTuple(rt, []))).toBe('()');
    expect(reprOf(rt, newTuple(rt, [rt.newInt(1)]))).toBe('(1,)');
    expect(reprOf(rt, newTuple(rt, [rt.newStr('a'), newTuple(rt, [rt.none])]))).toBe("('a', (None,))");
  });
  it('compares lexicographically and slices', () => {
    const a = newTuple(rt, [rt.newInt(1), rt.newInt(2)]);
    const b = newTuple(rt, [rt.newInt(1), rt.newInt(2), rt.newInt(0)]);
    expect(richCompare(rt, a, b, CompareOp.LT)).toBe(rt.true);
    expect(richCompare(rt, a, newTuple(rt, [rt.newInt(1), rt.newInt(3)]), CompareOp.GE)).toBe(rt.false);
    expect(reprOf(rt, getItem(rt, b, newSlice(rt, rt.none, rt.none, rt.newInt(-1))))).toBe('(0, 2, 1)');
    expect(reprOf(rt, binaryOp(rt, a, rt.newInt(2), BinOp.MULTIPLY))).toBe('(1, 2, 1, 2)');
  });
  it('raises python3\'s errors', () => {
    const t = newTuple(rt, [rt.newInt(1)]);
    expect(outcome(rt, () => getItem(rt, t, rt.newInt(5)))).toEqual({ error: 'IndexError', message: 'tuple index out of range' });
    expect(outcome(rt, () => getItem(rt, t, rt.newStr('a')))).toEqual({ error: 'TypeError', message: 'tuple indices must be integers or slices, not str' });
    expect(outcome(rt, () => call(rt, t, 'index', [rt.newInt(3)]))).toEqual({ error: 'ValueError', message: 'tuple.index(x): x not in tuple' });
    expect(outcome(rt, () => binaryOp(rt, t, newList(rt), BinOp.ADD)))
      .toEqual({ error: 'TypeError', message: 'can only concatenate tuple (not "list") to tuple' });
    expect(outcome(rt, () => richCompare(rt, newList(rt), t, CompareOp.LT)))
      .toEqual({ error: 'TypeError', message: "'<' not supported between instances of 'list' and 'tuple'" });
  });
});
