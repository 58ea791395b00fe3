// The object model against python3 (objects/__fixtures__/object-model.json, produced by
// tools/gen-object-model-fixtures.py): C3 MRO and its errors, builtin exceptions (str, repr,
// attributes, errno mapping, groups with split/subgroup), operator dispatch messages; plus
// attribute lookup rules (data descriptors, instance dict, method cache invalidation).
import { describe, expect, it } from 'vitest';
import fx from './objects/__fixtures__/object-model.json';
import { Runtime } from './runtime.ts';
import { testHost } from './test-host.ts';
import { NULL, type Ref } from './heap.ts';
import * as A from './abstract.ts';
import { CompareOp } from './type-slots.ts';
import { PyError } from './errors.ts';
import { createHeapType, lookupType } from './type-object.ts';
import { newDict, dictSet } from './objects/dict-core.ts';
import { newList } from './objects/list-core.ts';
import { newTuple } from './objects/tuple-core.ts';
import { newComplex } from './objects/complex.ts';

const rt = Runtime.create({ host: testHost() });
const types = rt.types as Record<string, Ref>;
const reprJs = (r: Ref): string => rt.jsStr(A.repr(rt, r));
const strJs = (r: Ref): string => rt.jsStr(A.str(rt, r));

function newClass(name: string, bases: Ref[], ns: Ref = newDict(rt)): Ref {
  return createHeapType(rt, { meta: rt.types.type, name: rt.intern(name), bases, namespace: ns });
}
function pyErr(fn: () => unknown): { type: string; message: string } | null {
  try { fn(); return null; } catch (e) {
    if (!(e instanceof PyError)) throw e;
    return { type: A.typeName(rt, e.exc), message: strJs(e.exc) };
  }
}

describe('MRO (C3) vs python3', () => {
  it.each(fx.mro.map((g, i) => [i, g] as const))('graph %i', (_i, graph) => {
    const env: Record<string, Ref> = {};
    for (const step of graph as { name: string; bases: string[]; mro?: string[]; error?: string }[]) {
      const bases = step.bases.map((b) => env[b] ?? types[b]);
      let cls: Ref = NULL;
      const err = pyErr(() => { cls = newClass(step.name, bases); });
      if (step.error !== undefined) {
        expect(err).toEqual({ type: 'TypeError', message: step.error });
        return;
      }
      expect(err).toBeNull();
      env[step.name] = cls;
      const mro = A.getAttr(rt, cls, rt.intern('__mro__'));
      expect(reprJs(mro)).toBe(`(${step.mro!.map((n) => (env[n] ? `<class '${n}'>` : `<class '${n}'>`)).join(', ')})`);
    }
  });
});

type Spec = string | number | null | { exc: string; args: Spec[] } | { list: Spec[] } | { tuple: Spec[] };
function build(v: Spec): Ref {
  if (v === null) return rt.none;
  if (typeof v === 'string') return rt.newStr(v);
  if (typeof v === 'number') return rt.newInt(v);
  if ('exc' in v) return A.callObject(rt, types[v.exc], v.args.map(build));
  if ('list' in v) return newList(rt, v.list.map(build));
  return newTuple(rt, v.tuple.map(build));
}

describe('builtin exceptions vs python3', () => {
  it.each(fx.exceptions.map((c) => [JSON.stringify(c.spec).slice(0, 90), c] as const))('%s', (_label, c) => {
    const out = c.out as { raises?: string; message?: string; type?: string; str?: string; repr?: string; attrs?: Record<string, string> };
    let e: Ref = NULL;
    const err = pyErr(() => { e = build(c.spec as Spec); });
    if (out.raises !== undefined) {
      expect(err).toEqual({ type: out.raises, message: out.message });
      return;
    }
    expect(err).toBeNull();
    expect(A.typeName(rt, e)).toBe(out.type);
    expect(strJs(e)).toBe(out.str);
    expect(reprJs(e)).toBe(out.repr);
    for (const [name, want] of Object.entries(out.attrs!)) {
      expect(reprJs(A.getAttr(rt, e, rt.intern(name))), name).toBe(want);
    }
  });

  it('split and subgroup match python3', () => {
    const eg = build({ exc: 'ExceptionGroup', args: ['top', { list: [
      { exc: 'ValueError', args: [1] }, { exc: 'TypeError', args: [2] },
      { exc: 'ExceptionGroup', args: ['inner', { list: [{ exc: 'ValueError', args: [3] }, { exc: 'KeyError', args: [4] }] }] }] }] });
    const shape = (x: Ref): unknown => {
      if (x === rt.none) return null;
      if (A.isInstanceOf(rt, x, rt.types.BaseExceptionGroup)) {
        const items = A.getAttr(rt, x, rt.intern('exceptions'));
        const n = A.len(rt, items);
        const out: unknown[] = [];
        for (let i = 0; i < n; i++) out.push(shape(A.getItemIndex(rt, items, i)));
        return { group: A.typeName(rt, x), msg: strJs(A.getAttr(rt, x, rt.intern('message'))), items: out };
      }
      return reprJs(x);
    };
    for (const g of fx.groups) {
      const cond = g.cond.startsWith('(') ? newTuple(rt, [rt.types.ValueError, rt.types.KeyError]) : types[g.cond];
      const split = A.callObject(rt, A.getAttr(rt, eg, rt.intern('split')), [cond]);
      expect([shape(A.getItemIndex(rt, split, 0)), shape(A.getItemIndex(rt, split, 1))], g.cond).toEqual(g.split);
      expect(shape(A.callObject(rt, A.getAttr(rt, eg, rt.intern('subgroup')), [cond])), g.cond).toEqual(g.subgroup);
    }
  });

  it('add_note, __notes__, with_traceback checks, __cause__ validation', () => {
    const e = build({ exc: 'ValueError', args: ['x'] });
    A.callObject(rt, A.getAttr(rt, e, rt.intern('add_note')), [rt.newStr('first')]);
    A.callObject(rt, A.getAttr(rt, e, rt.intern('add_note')), [rt.newStr('second')]);
    expect(reprJs(A.getAttr(rt, e, rt.intern('__notes__')))).toBe("['first', 'second']");
    expect(pyErr(() => A.callObject(rt, A.getAttr(rt, e, rt.intern('add_note')), [rt.newInt(1)])))
      .toEqual({ type: 'TypeError', message: "note must be a str, not 'int'" });
    expect(pyErr(() => A.setAttr(rt, e, rt.intern('__cause__'), rt.newInt(1))))
      .toEqual({ type: 'TypeError', message: 'exception cause must be None or derive from BaseException' });
    expect(pyErr(() => A.callObject(rt, A.getAttr(rt, e, rt.intern('with_traceback')), [rt.newInt(1)])))
      .toEqual({ type: 'TypeError', message: '__traceback__ must be a traceback or None' });
    const c = build({ exc: 'KeyError', args: ['k'] });
    A.setAttr(rt, e, rt.intern('__cause__'), c);
    expect(A.getAttr(rt, e, rt.intern('__cause__'))).toBe(c);
    expect(A.getAttr(rt, e, rt.intern('__suppress_context__'))).toBe(rt.true);
    expect(A.getAttr(rt, e, rt.intern('__context__'))).toBe(rt.none);
  });
});

const SAMPLES: Record<string, () => Ref> = {
  int: () => rt.newInt(1), float: () => rt.newFloat(1.5), NoneType: () => rt.none, complex: () => newComplex(rt, 0, 1),
  str: () => rt.newStr('s'), list: () => newList(rt, [rt.newInt(1)]), tuple: () => newTuple(rt, [rt.newInt(1)]), dict: () => newDict(rt),
};
const BINOP: Record<string, number> = { '+': A.BinOp.ADD, '-': A.BinOp.SUBTRACT, '*': A.BinOp.MULTIPLY, '/': A.BinOp.TRUE_DIVIDE,
  '//': A.BinOp.FLOOR_DIVIDE, '%': A.BinOp.REMAINDER, '**': A.BinOp.POWER, '<<': A.BinOp.LSHIFT, '&': A.BinOp.AND, '@': A.BinOp.MATRIX_MULTIPLY };
const CMPOP: Record<string, CompareOp> = { '<': CompareOp.LT, '>=': CompareOp.GE, '==': CompareOp.EQ };

describe('operator dispatch vs python3', () => {
  it(`binary operators and comparisons on mixed builtin types (${fx.binops.length} cases)`, () => {
    const bad: string[] = [];
    for (const c of fx.binops as { a: string; b: string; op: string; result?: string; error?: string; message?: string }[]) {
      const a = SAMPLES[c.a](), b = SAMPLES[c.b]();
      let got: string;
      try {
        got = reprJs(c.op in CMPOP ? A.richCompare(rt, a, b, CMPOP[c.op]) : A.binaryOp(rt, a, b, BINOP[c.op]));
      } catch (e) {
        if (!(e instanceof PyError)) throw e;
        got = `${A.typeName(rt, e.exc)}: ${strJs(e.exc)}`;
      }
      const want = c.result ?? `${c.error}: ${c.message}`;
      if (got !== want) bad.push(`${c.a} ${c.op} ${c.b}: got ${got} want ${want}`);
    }
    expect(bad).toEqual([]);
  });
  it(`unary operators, hash, len, iter (${fx.unary.length} cases)`, () => {
    const bad: string[] = [];
    const ops: Record<string, (a: Ref) => string> = {
      neg: (a) => reprJs(A.unaryOp(rt, a, A.UnOp.NEG)), invert: (a) => reprJs(A.unaryOp(rt, a, A.UnOp.INVERT)),
      abs: (a) => reprJs(A.unaryOp(rt, a, A.UnOp.ABS)), hash: (a) => String(A.hash(rt, a)),
      len: (a) => String(A.len(rt, a)), iter: (a) => (A.getIter(rt, a), 'iterator'),
    };
    for (const c of fx.unary as { a: string; op: string; result?: string; error?: string; message?: string }[]) {
      if (c.op === 'hash' && c.a === 'NoneType') continue; // an address-based value
      let got: string;
      try { got = ops[c.op](SAMPLES[c.a]()); } catch (e) {
        if (!(e instanceof PyError)) throw e;
        got = `${A.typeName(rt, e.exc)}: ${strJs(e.exc)}`;
      }
      // Hashes beyond 2**53 are JS numbers rounded from the exact value (type-slots.ts).
      const want = c.result !== undefined && c.op === 'hash' ? String(Number(BigInt(c.result))) : c.result ?? `${c.error}: ${c.message}`;
      if (got !== want) bad.push(`${c.op}(${c.a}): got ${got} want ${want}`);
    }
    expect(bad).toEqual([]);
  });
});

describe('attribute lookup', () => {
  it('instance dict, class attributes, AttributeError messages', () => {
    const ns = newDict(rt);
    dictSet(rt, ns, rt.intern('kind'), rt.newStr('class-level'));
    const C = newClass('C', [], ns);
    const o = A.callObject(rt, C, []);
    expect(strJs(A.getAttr(rt, o, rt.intern('kind')))).toBe('class-level');
    A.setAttr(rt, o, rt.intern('kind'), rt.newStr('instance-level'));
    expect(strJs(A.getAttr(rt, o, rt.intern('kind')))).toBe('instance-level');
    expect(strJs(A.getAttr(rt, C, rt.intern('kind')))).toBe('class-level');
    expect(pyErr(() => A.getAttr(rt, o, rt.intern('missing')))).toEqual({ type: 'AttributeError', message: "'C' object has no attribute 'missing'" });
    expect(pyErr(() => A.getAttr(rt, C, rt.intern('missing')))).toEqual({ type: 'AttributeError', message: "type object 'C' has no attribute 'missing'" });
    expect(pyErr(() => A.setAttr(rt, rt.newInt(1), rt.intern('x'), rt.none))).toEqual({ type: 'AttributeError', message: "'int' object has no attribute 'x'" });
    expect(pyErr(() => A.setAttr(rt, rt.types.int, rt.intern('x'), rt.none))).toEqual({ type: 'TypeError', message: "cannot set 'x' attribute of immutable type 'int'" });
    expect(A.getAttrOpt(rt, o, rt.intern('missing'))).toBe(NULL);
  });

  it('class attribute changes invalidate the method cache, for subclasses too', () => {
    const base = newClass('Base', []);
    const derived = newClass('Derived', [base]);
    const name = rt.intern('greeting');
    expect(lookupType(rt, derived, name)).toBe(NULL);
    A.setAttr(rt, base, name, rt.newStr('hello'));
    expect(strJs(lookupType(rt, derived, name))).toBe('hello');
    A.setAttr(rt, base, name, rt.newStr('bye'));
    expect(strJs(lookupType(rt, derived, name))).toBe('bye');
    A.setAttr(rt, derived, name, rt.newStr('own'));
    expect(strJs(lookupType(rt, derived, name))).toBe('own');
    A.delAttr(rt, derived, name);
    expect(strJs(lookupType(rt, derived, name))).toBe('bye');
  });

  it('data descriptors beat the instance dict; non-data descriptors do not', () => {
    // int.real is a getset (data descriptor with no setter); a user class deriving from int
    // cannot shadow it through its __dict__.
    const I = newClass('I', [rt.types.int]);
    const i = A.callObject(rt, I, [rt.newInt(7)]);
    expect(pyErr(() => A.setAttr(rt, i, rt.intern('real'), rt.newInt(1))))
      .toEqual({ type: 'AttributeError', message: "attribute 'real' of 'int' objects is not writable" });
    expect(reprJs(A.getAttr(rt, i, rt.intern('real')))).toBe('7');
    // A method_descriptor (non-data) is shadowed by an instance attribute.
    A.setAttr(rt, i, rt.intern('bit_length'), rt.newStr('shadow'));
    expect(strJs(A.getAttr(rt, i, rt.intern('bit_length')))).toBe('shadow');
    expect(reprJs(A.binaryOp(rt, i, rt.newInt(1), A.BinOp.ADD))).toBe('8');
    expect(A.typeName(rt, i)).toBe('I');
  });

  it('__slots__ classes have no __dict__ and report unset slots', () => {
    const ns = newDict(rt);
    dictSet(rt, ns, rt.intern('__slots__'), newTuple(rt, [rt.intern('a')]));
    const S = newClass('S', [], ns);
    const s = A.callObject(rt, S, []);
    expect(pyErr(() => A.getAttr(rt, s, rt.intern('a')))).toEqual({ type: 'AttributeError', message: "'S' object has no attribute 'a'" });
    A.setAttr(rt, s, rt.intern('a'), rt.newInt(5));
    expect(reprJs(A.getAttr(rt, s, rt.intern('a')))).toBe('5');
    expect(pyErr(() => A.setAttr(rt, s, rt.intern('b'), rt.newInt(5)))).toEqual({ type: 'AttributeError', message: "'S' object has no attribute 'b'" });
  });
});
