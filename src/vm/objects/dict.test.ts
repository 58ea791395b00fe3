// dict behaviour against python3: order after insert/delete/popitem sequences (fixture),
// methods, views with set operations, iteration guards, errors, repr recursion.
import { describe, it, expect } from 'vitest';
import dicts from './__fixtures__/dicts.json' with { type: 'json' };
import { makeRuntime, outcome, reprOf, call, fromPy } from './test-runtime.test-util.ts';
import { type Ref, NULL } from '../heap.ts';
import { getItem, setItem, delItem, getIter, iterNext, binaryOp, BinOp, callObject, richCompare, callMethod } from '../abstract.ts';
import { CompareOp } from '../type-slots.ts';
import { newDict, dictSet, dictGetStr } from './dict.ts';
import { newList } from './list.ts';
import { newTuple } from './tuple.ts';
import { newSet } from './set.ts';

const rt = makeRuntime();
const I = (n: number) => rt.newInt(n);
const items = (d: Ref) => fromPy(rt, callObject(rt, rt.types.list, [call(rt, d, 'items', [])]));

describe('dict', () => {
  it('keeps python3\'s order through set/del/popitem sequences', () => {
    for (const c of dicts as { ops: (string | number)[][]; items: number[][] }[]) {
      const d = newDict(rt);
      for (const op of c.ops) {
        if (op[0] === 'set') setItem(rt, d, I(op[1] as number), I(op[2] as number));
        else if (op[0] === 'del') call(rt, d, 'pop', [I(op[1] as number), rt.none]);
        else if (fromPy(rt, call(rt, d, '__len__', [])) !== 0) call(rt, d, 'popitem', []);
      }
      expect(items(d)).toEqual(c.items.map((kv) => ({ tuple: kv })));
    }
  });
  it('methods: get, setdefault, pop, update, fromkeys, copy, |, |=', () => {
    const d = newDict(rt);
    setItem(rt, d, rt.newStr('a'), I(1));
    expect(call(rt, d, 'get', [rt.newStr('zz')])).toBe(rt.none);
    expect(fromPy(rt, call(rt, d, 'setdefault', [rt.newStr('b'), I(2)]))).toBe(2);
    call(rt, d, 'update', [newList(rt, [newTuple(rt, [rt.newStr('c'), I(3)])])]);
    callMethod(rt, d, rt.intern('update'), [I(4)], newTuple(rt, [rt.intern('d')]));
    expect(reprOf(rt, d)).toBe("{'a': 1, 'b': 2, 'c': 3, 'd': 4}");
    expect(reprOf(rt, callMethod(rt, rt.types.dict, rt.intern('fromkeys'), [rt.newStr('xy'), I(0)]))).toBe("{'x': 0, 'y': 0}");
    const e = binaryOp(rt, d, callObject(rt, rt.types.dict, [newList(rt, [newTuple(rt, [rt.newStr('a'), I(9)])])]), BinOp.OR);
    expect(reprOf(rt, e)).toBe("{'a': 9, 'b': 2, 'c': 3, 'd': 4}");
    expect(richCompare(rt, call(rt, d, 'copy', []), d, CompareOp.EQ)).toBe(rt.true);
    expect(dictGetStr(rt, d, rt.intern('c'))).toBe(I(3));
    expect(reprOf(rt, call(rt, d, 'popitem', []))).toBe("('d', 4)");
  });
  it('views: repr, set operations, reversed', () => {
    const d = newDict(rt);
    for (const k of [3, 1, 2]) dictSet(rt, d, I(k), I(k * 10));
    expect(reprOf(rt, call(rt, d, 'keys', []))).toBe('dict_keys([3, 1, 2])');
    expect(reprOf(rt, call(rt, d, 'values', []))).toBe('dict_values([30, 10, 20])');
    expect(reprOf(rt, call(rt, d, 'items', []))).toBe('dict_items([(3, 30), (1, 10), (2, 20)])');
    const s = newSet(rt, newList(rt, [I(2), I(5)]));
    expect(reprOf(rt, binaryOp(rt, call(rt, d, 'keys', []), s, BinOp.AND))).toBe('{2}');
    expect(reprOf(rt, binaryOp(rt, call(rt, d, 'keys', []), s, BinOp.OR))).toBe('{1, 2, 3, 5}');
    expect(reprOf(rt, binaryOp(rt, call(rt, d, 'keys', []), s, BinOp.SUBTRACT))).toBe('{1, 3}');
    expect(reprOf(rt, binaryOp(rt, call(rt, d, 'keys', []), s, BinOp.XOR))).toBe('{1, 3, 5}');
    expect(richCompare(rt, call(rt, d, 'keys', []), newSet(rt, newList(rt, [I(1), I(2), I(3)])), CompareOp.EQ)).toBe(rt.true);
    expect(fromPy(rt, callObject(rt, rt.types.list, [call(rt, d, '__reversed__', [])]))).toEqual([2, 1, 3]);
  });
  it('raises python3\'s errors and guards iteration', () => {
    const d = newDict(rt);
    setItem(rt, d, I(1), I(2));
    expect(outcome(rt, () => getItem(rt, d, rt.newStr('k')))).toEqual({ error: 'KeyError', message: "'k'" });
    expect(outcome(rt, () => getItem(rt, d, newList(rt)))).toEqual({ error: 'TypeError', message: "unhashable type: 'list'" });
    expect(outcome(rt, () => call(rt, newDict(rt), 'popitem', []))).toEqual({ error: 'KeyError', message: "'popitem(): dictionary is empty'" });
    expect(outcome(rt, () => { delItem(rt, d, I(7)); return rt.none; })).toEqual({ error: 'KeyError', message: '7' });
    expect(outcome(rt, () => callObject(rt, rt.types.dict, [newList(rt, [I(1)])])))
      .toEqual({ error: 'TypeError', message: 'cannot convert dictionary update sequence element #0 to a sequence' });
    expect(outcome(rt, () => callObject(rt, rt.types.dict, [newList(rt, [newTuple(rt, [I(1), I(2), I(3)])])])))
      .toEqual({ error: 'ValueError', message: 'dictionary update sequence element #0 has length 3; 2 is required' });
    const it = getIter(rt, d);
    iterNext(rt, it);
    setItem(rt, d, I(3), I(4));
    expect(outcome(rt, () => iterNext(rt, it))).toEqual({ error: 'RuntimeError', message: 'dictionary changed size during iteration' });
    const it2 = getIter(rt, d);
    iterNext(rt, it2);
    delItem(rt, d, I(1));
    setItem(rt, d, I(9), I(9));
    iterNext(rt, it2);
    expect(outcome(rt, () => iterNext(rt, it2))).toEqual({ error: 'RuntimeError', message: 'dictionary keys changed during iteration' });
    expect(iterNext(rt, getIter(rt, newDict(rt)))).toBe(NULL);
  });
  it('repr guards recursion', () => {
    const d = newDict(rt);
    setItem(rt, d, rt.newStr('self'), d);
    expect(reprOf(rt, d)).toBe("{'self': {...}}");
  });
});
