// Dispatch of operations on user-defined classes through their dunder methods (user-slots.ts
// + abstract.ts), with python3's rules: reflected operands, subclass-first reflection,
// NotImplemented chains, __eq__ without __hash__, __len__/__bool__ truth, iteration with
// StopIteration. The methods are natives (method descriptors) so the test does not need the
// eval loop; each expectation is what python3 does for the equivalent class (noted inline).
import { describe, expect, it } from 'vitest';
import { Runtime } from './runtime.ts';
import { testHost } from './test-host.ts';
import { NULL, type Ref } from './heap.ts';
import * as A from './abstract.ts';
import { CompareOp } from './type-slots.ts';
import { PyError, raiseWith } from './errors.ts';
import { registerNatives } from './registry.ts';
import { createHeapType } from './type-object.ts';
import { newDict, dictSet } from './objects/dict-core.ts';
import { newMethodDescriptor } from './objects/descriptors.ts';

const log: string[] = [];
const tag = (rt: Runtime, o: Ref): string => A.typeName(rt, o);
registerNatives({
  key: 'test.user-slots',
  fns: {
    // def __add__(self, other): return 'V+' if isinstance(other, V) else NotImplemented
    add(rt, self, args) { log.push(`${tag(rt, self)}.__add__`); return A.isInstanceOf(rt, args[0], A.getAttr(rt, self, rt.intern('__class__'))) || A.typeName(rt, args[0]) === 'int' ? rt.newStr(`${tag(rt, self)}+`) : rt.notImplemented; },
    radd(rt, self) { log.push(`${tag(rt, self)}.__radd__`); return rt.newStr(`r${tag(rt, self)}`); },
    ni(rt, self) { log.push(`${tag(rt, self)}.ni`); return rt.notImplemented; },
    eq(rt, self, args) { return rt.bool(A.typeName(rt, args[0]) === A.typeName(rt, self)); },
    len: () => ((3 << 1) | 1) as Ref,
    len0: () => 1 as Ref,
    iter: (_rt, self) => self,
    next(rt, self) {
      const n = A.toJsNumber(rt, A.getAttr(rt, self, rt.intern('n')));
      if (n >= 3) raiseWith(rt, rt.types.StopIteration, []);
      A.setAttr(rt, self, rt.intern('n'), rt.newInt(n + 1));
      return rt.newInt(n);
    },
    repr: (rt, self) => rt.newStr(`<${tag(rt, self)}!>`),
  },
});

const rt = Runtime.create({ host: testHost() });
function cls(name: string, bases: Ref[], methods: Record<string, string>): Ref {
  const ns = newDict(rt);
  for (const [dunder, fn] of Object.entries(methods)) {
    dictSet(rt, ns, rt.intern(dunder), newMethodDescriptor(rt, rt.types.object, rt.intern(dunder), 'test.user-slots', fn));
  }
  return createHeapType(rt, { meta: rt.types.type, name: rt.intern(name), bases, namespace: ns });
}
const s = (r: Ref): string => rt.jsStr(A.str(rt, r));
function err(fn: () => unknown): string {
  try { fn(); return 'no error'; } catch (e) {
    if (!(e instanceof PyError)) throw e;
    return `${A.typeName(rt, e.exc)}: ${s(e.exc)}`;
  }
}

describe('user classes through the abstract protocol', () => {
  const V = cls('V', [], { __add__: 'add', __radd__: 'radd', __repr__: 'repr' });
  const W = cls('W', [V], { __radd__: 'radd' });
  const N = cls('N', [], { __add__: 'ni' });
  const E = cls('E', [], { __eq__: 'eq' });
  const L = cls('L', [], { __len__: 'len' });
  const Z = cls('Z', [], { __len__: 'len0' });
  const It = cls('It', [], { __iter__: 'iter', __next__: 'next' });

  it('forward, reflected and subclass-first reflected addition', () => {
    const v = A.callObject(rt, V, []), w = A.callObject(rt, W, []);
    log.length = 0;
    expect(s(A.binaryOp(rt, v, v, A.BinOp.ADD))).toBe('V+');
    expect(s(A.binaryOp(rt, rt.newStr('x'), v, A.BinOp.ADD))).toBe('rV'); // str + V -> V.__radd__
    // v + w with W a subclass overriding __radd__: python3 calls W.__radd__ first.
    log.length = 0;
    expect(s(A.binaryOp(rt, v, w, A.BinOp.ADD))).toBe('rW');
    expect(log).toEqual(['W.__radd__']);
    expect(s(A.binaryOp(rt, v, rt.newInt(1), A.BinOp.ADD))).toBe('V+');
    expect(rt.jsStr(A.repr(rt, v))).toBe('<V!>');
  });

  it('NotImplemented from both sides gives python3\'s TypeError', () => {
    const n = A.callObject(rt, N, []);
    expect(err(() => A.binaryOp(rt, n, rt.newInt(1), A.BinOp.ADD))).toBe("TypeError: unsupported operand type(s) for +: 'N' and 'int'");
    expect(err(() => A.binaryOp(rt, n, n, A.BinOp.SUBTRACT))).toBe("TypeError: unsupported operand type(s) for -: 'N' and 'N'");
    expect(err(() => A.inplaceOp(rt, n, n, A.BinOp.ADD))).toBe("TypeError: unsupported operand type(s) for +=: 'N' and 'N'");
    expect(err(() => A.richCompare(rt, n, rt.newInt(1), CompareOp.LT))).toBe("TypeError: '<' not supported between instances of 'N' and 'int'");
    expect(err(() => A.unaryOp(rt, n, A.UnOp.NEG))).toBe("TypeError: bad operand type for unary -: 'N'");
    expect(err(() => A.callObject(rt, n, []))).toBe("TypeError: 'N' object is not callable");
    expect(err(() => A.getIter(rt, n))).toBe("TypeError: 'N' object is not iterable");
    expect(err(() => A.len(rt, n))).toBe("TypeError: object of type 'N' has no len()");
    expect(err(() => A.getItem(rt, n, rt.newInt(0)))).toBe("TypeError: 'N' object is not subscriptable");
  });

  it('__eq__ without __hash__ makes instances unhashable; != uses __eq__', () => {
    const e1 = A.callObject(rt, E, []), e2 = A.callObject(rt, E, []);
    expect(A.richCompare(rt, e1, e2, CompareOp.EQ)).toBe(rt.true);
    expect(A.richCompare(rt, e1, e2, CompareOp.NE)).toBe(rt.false);
    expect(A.richCompare(rt, e1, rt.newInt(1), CompareOp.EQ)).toBe(rt.false);
    expect(err(() => A.hash(rt, e1))).toBe("TypeError: unhashable type: 'E'");
    const v = A.callObject(rt, V, []);
    expect(typeof A.hash(rt, v)).toBe('number'); // inherits object.__hash__
  });

  it('truth from __len__, len() of user classes', () => {
    expect(A.isTrue(rt, A.callObject(rt, L, []))).toBe(true);
    expect(A.len(rt, A.callObject(rt, L, []))).toBe(3);
    expect(A.isTrue(rt, A.callObject(rt, Z, []))).toBe(false);
    expect(A.isTrue(rt, A.callObject(rt, V, []))).toBe(true);
  });

  it('iteration protocol with StopIteration ending the loop', () => {
    const it = A.callObject(rt, It, []);
    A.setAttr(rt, it, rt.intern('n'), rt.newInt(0));
    const i = A.getIter(rt, it);
    const got: number[] = [];
    for (let x = A.iterNext(rt, i); x !== NULL; x = A.iterNext(rt, i)) got.push(A.toJsNumber(rt, x));
    expect(got).toEqual([0, 1, 2]);
    A.setAttr(rt, it, rt.intern('n'), rt.newInt(0));
    expect(A.contains(rt, it, rt.newInt(2))).toBe(true);
  });

  it('isinstance / issubclass over user hierarchies and tuples', () => {
    const w = A.callObject(rt, W, []);
    expect(A.isInstance(rt, w, V)).toBe(true);
    expect(A.isInstance(rt, w, rt.types.object)).toBe(true);
    expect(A.isInstance(rt, w, N)).toBe(false);
    expect(A.isSubclass(rt, W, V)).toBe(true);
    expect(A.isInstance(rt, rt.true, rt.types.int)).toBe(true);
    expect(err(() => A.isInstance(rt, w, rt.newInt(1)))).toBe('TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union');
    expect(err(() => A.isSubclass(rt, rt.newInt(1), V))).toBe('TypeError: issubclass() arg 1 must be a class');
  });
});

describe('natives holding refs across Python code', () => {
  it('`in` keeps a fresh iterator alive while a collection runs inside __next__', async () => {
    const { collect } = await import('./gc.ts');
    registerNatives({
      key: 'test.gc-iter',
      fns: {
        iter(rt2, self) {
          // A new iterator object that nothing but the caller's JS frame references.
          const itType = A.getAttr(rt2, A.getAttr(rt2, self, rt2.intern('__class__')), rt2.intern('itclass'));
          const it = A.callObject(rt2, itType, []);
          A.setAttr(rt2, it, rt2.intern('n'), rt2.newInt(0));
          return it;
        },
        next(rt2, self) {
          collect(rt2); // what a safepoint inside Python code may do
          for (let i = 0; i < 200; i++) rt2.newStr('churn ' + i); // reuse freed memory
          const n = A.toJsNumber(rt2, A.getAttr(rt2, self, rt2.intern('n')));
          if (n >= 5) raiseWith(rt2, rt2.types.StopIteration, []);
          A.setAttr(rt2, self, rt2.intern('n'), rt2.newInt(n + 1));
          return rt2.newInt(n);
        },
      },
    });
    const mk = (name: string, methods: Record<string, string>): Ref => {
      const ns = newDict(rt);
      for (const [d, fn] of Object.entries(methods)) dictSet(rt, ns, rt.intern(d), newMethodDescriptor(rt, rt.types.object, rt.intern(d), 'test.gc-iter', fn));
      return createHeapType(rt, { meta: rt.types.type, name: rt.intern(name), bases: [], namespace: ns });
    };
    const ItC = mk('ItC', { __next__: 'next', __iter__: 'iter' });
    const Coll = mk('Coll', { __iter__: 'iter' });
    A.setAttr(rt, Coll, rt.intern('itclass'), ItC);
    rt.pushRoot(ItC); rt.pushRoot(Coll);
    const c = A.callObject(rt, Coll, []);
    rt.pushRoot(c);
    expect(A.contains(rt, c, rt.newInt(4))).toBe(true);
    expect(A.contains(rt, c, rt.newInt(9))).toBe(false);
  });
});

describe('sequence protocol', () => {
  it('iter() of a class with only __getitem__ walks indexes until IndexError', () => {
    registerNatives({
      key: 'test.seq',
      fns: {
        getitem(rt2, _self, args) {
          const i = A.toJsNumber(rt2, args[0]);
          if (i >= 3) raiseWith(rt2, rt2.types.IndexError, [rt2.newStr('out of range')]);
          return rt2.newInt(i * 10);
        },
      },
    });
    const ns = newDict(rt);
    dictSet(rt, ns, rt.intern('__getitem__'), newMethodDescriptor(rt, rt.types.object, rt.intern('__getitem__'), 'test.seq', 'getitem'));
    const Seq = createHeapType(rt, { meta: rt.types.type, name: rt.intern('Seq'), bases: [], namespace: ns });
    const o = A.callObject(rt, Seq, []);
    const it = A.getIter(rt, o);
    expect(A.typeName(rt, it)).toBe('iterator'); // python3: type(iter(Seq())).__name__ == 'iterator'
    const got: number[] = [];
    for (let x = A.iterNext(rt, it); x !== NULL; x = A.iterNext(rt, it)) got.push(A.toJsNumber(rt, x));
    expect(got).toEqual([0, 10, 20]);
    expect(A.iterNext(rt, it)).toBe(NULL);
    expect(A.contains(rt, o, rt.newInt(20))).toBe(true);
  });
});
