// The iterator types of builtins: enumerate, zip (strict), map, filter, reversed, and the
// callable_iterator of iter(callable, sentinel) (CPython Objects/enumobject.c,
// Python/bltinmodule.c zip/map/filter, Objects/iterobject.c calliter), with python3.11's
// messages. Each holds its source iterators in a tuple (so the GC sees them) plus a counter.

import { type Ref, NULL, smallInt, isSmallInt } from './heap.ts';
import type { Runtime } from './runtime.ts';
import { registerType } from './registry.ts';
import { TF_BASETYPE } from './type-layout.ts';
import type { TypeSlots } from './type-slots.ts';
import { typeError, raise, PyError } from './errors.ts';
import {
  getIter, iterNext, callObject, isTrue, richCompareBool, lookupSpecial, typeName, len as pyLen,
  getItem, index as pyIndex, binaryOp, BinOp, addressString,
} from './abstract.ts';
import { CompareOp } from './type-slots.ts';
import { newTuple, tupleLen, tupleGet, allocTuple, TU_ITEMS } from './objects/tuple-core.ts';
import { splitKw } from './builtins-fns.ts';

const A = 2, B = 3, C = 4, D = 5; // generic fields
const BYTES = 24;
const g = (rt: Runtime, o: Ref, k: number): Ref => rt.heap.i32[(o >> 2) + k] as Ref;
const s = (rt: Runtime, o: Ref, k: number, v: number): void => { rt.heap.i32[(o >> 2) + k] = v; };

function alloc(rt: Runtime, type: Ref): Ref { return rt.heap.alloc(type, Math.max(BYTES, rt.heap.i32[(type >> 2) + 11])); }

function traverse(rt: Runtime, o: Ref, visit: (r: Ref) => void): void {
  for (const k of [A, B, C]) { const v = g(rt, o, k); if (v !== NULL && !isSmallInt(v)) visit(v); }
}

function iterSpec(key: string, slots: TypeSlots, extra: Partial<Parameters<typeof registerType>[0]> = {}): void {
  registerType({ key, name: key, basicsize: BYTES, flags: TF_BASETYPE, slots: { traverse, iter: (_rt, o) => o, ...slots }, ...extra });
}

// enumerate(iterable, start=0): A iterator, B count (int object or small int)
iterSpec('enumerate', {
  new(rt, type, args, kwnames) {
    const [pos, kw] = splitKw(rt, args, kwnames);
    for (const k of kw.keys()) if (k !== 'iterable' && k !== 'start') typeError(rt, `'${k}' is an invalid keyword argument for enumerate()`);
    const it = pos[0] ?? kw.get('iterable');
    if (it === undefined) typeError(rt, "enumerate() missing required argument 'iterable' (pos 1)");
    if (pos.length > 2) typeError(rt, `enumerate() takes at most 2 arguments (${pos.length} given)`);
    const start = pos[1] ?? kw.get('start') ?? smallInt(0);
    const o = alloc(rt, type);
    s(rt, o, A, getIter(rt, it!));
    s(rt, o, B, pyIndex(rt, start));
    return o;
  },
  next(rt, o) {
    const v = iterNext(rt, g(rt, o, A));
    if (v === NULL) return NULL;
    const n = g(rt, o, B);
    s(rt, o, B, isSmallInt(n) && (n >> 1) < 2 ** 30 - 1 ? smallInt((n >> 1) + 1) : binaryOp(rt, n, smallInt(1), BinOp.ADD));
    return newTuple(rt, [n, v]);
  },
});

// zip(*iterables, strict=False): A tuple of iterators, C strict flag (raw)
iterSpec('zip', {
  new(rt, type, args, kwnames) {
    const [pos, kw] = splitKw(rt, args, kwnames);
    for (const k of kw.keys()) if (k !== 'strict') typeError(rt, `zip() got an unexpected keyword argument '${k}'`);
    const its = pos.map((x) => getIter(rt, x));
    const o = alloc(rt, type);
    s(rt, o, A, newTuple(rt, its));
    s(rt, o, C, smallInt(kw.has('strict') && isTrue(rt, kw.get('strict')!) ? 1 : 0));
    return o;
  },
  next(rt, o) {
    const its = g(rt, o, A);
    const n = tupleLen(rt, its);
    if (n === 0) return NULL;
    const strict = g(rt, o, C) === smallInt(1);
    const items: Ref[] = [];
    for (let i = 0; i < n; i++) {
      const v = iterNext(rt, tupleGet(rt, its, i));
      if (v === NULL) {
        if (strict) {
          if (i > 0) raise(rt, rt.types.ValueError, `zip() argument ${i + 1} is shorter than argument${i === 1 ? '' : 's'} 1${i === 1 ? '' : `-${i}`}`);
          for (let j = 1; j < n; j++) {
            if (iterNext(rt, tupleGet(rt, its, j)) !== NULL) raise(rt, rt.types.ValueError, `zip() argument ${j + 1} is longer than argument${j === 1 ? '' : 's'} 1${j === 1 ? '' : `-${j}`}`);
          }
        }
        return NULL;
      }
      items.push(v);
    }
    return newTuple(rt, items);
  },
});

// map(func, *iterables): A func, B tuple of iterators
iterSpec('map', {
  new(rt, type, args, kwnames) {
    if (kwnames !== null && tupleLen(rt, kwnames) > 0) typeError(rt, 'map() takes no keyword arguments');
    if (args.length < 2) typeError(rt, 'map() must have at least two arguments.');
    const o = alloc(rt, type);
    s(rt, o, A, args[0]);
    s(rt, o, B, newTuple(rt, args.slice(1).map((x) => getIter(rt, x))));
    return o;
  },
  next(rt, o) {
    const its = g(rt, o, B);
    const n = tupleLen(rt, its);
    const vals: Ref[] = [];
    for (let i = 0; i < n; i++) {
      const v = iterNext(rt, tupleGet(rt, its, i));
      if (v === NULL) return NULL;
      vals.push(v);
    }
    return callObject(rt, g(rt, o, A), vals);
  },
});

// filter(function or None, iterable): A func, B iterator
iterSpec('filter', {
  new(rt, type, args, kwnames) {
    if (kwnames !== null && tupleLen(rt, kwnames) > 0) typeError(rt, 'filter() takes no keyword arguments');
    if (args.length !== 2) typeError(rt, `filter expected 2 arguments, got ${args.length}`);
    const o = alloc(rt, type);
    s(rt, o, A, args[0]);
    s(rt, o, B, getIter(rt, args[1]));
    return o;
  },
  next(rt, o) {
    const f = g(rt, o, A), it = g(rt, o, B);
    for (;;) {
      const v = iterNext(rt, it);
      if (v === NULL) return NULL;
      const keep = f === rt.none || f === rt.types.bool ? isTrue(rt, v) : isTrue(rt, callObject(rt, f, [v]));
      if (keep) return v;
    }
  },
});

// reversed(seq): __reversed__ if defined, else a sequence walk. A seq, B next index (small int)
iterSpec('reversed', {
  new(rt, type, args, kwnames) {
    if (kwnames !== null && tupleLen(rt, kwnames) > 0) typeError(rt, 'reversed() takes no keyword arguments');
    if (args.length !== 1) typeError(rt, `reversed expected 1 argument, got ${args.length}`);
    const seq = args[0];
    const rev = lookupSpecial(rt, seq, rt.intern('__reversed__'));
    if (rev !== NULL && rev !== rt.none) return callObject(rt, rev, []);
    const sl = rt.slots(rt.typeOf(seq));
    if (sl.getitem === undefined || sl.len === undefined || rt.typeOf(seq) === rt.types.dict) {
      typeError(rt, `'${typeName(rt, seq)}' object is not reversible`);
    }
    const o = alloc(rt, type);
    s(rt, o, A, seq);
    s(rt, o, B, smallInt(pyLen(rt, seq) - 1));
    return o;
  },
  next(rt, o) {
    const i = g(rt, o, B) >> 1;
    if (i < 0) return NULL;
    s(rt, o, B, smallInt(i - 1));
    try {
      return getItem(rt, g(rt, o, A), smallInt(i));
    } catch (e) {
      if (e instanceof PyError && (rt.typeOf(e.exc) === rt.types.IndexError || rt.typeOf(e.exc) === rt.types.StopIteration)) { s(rt, o, B, smallInt(-1)); return NULL; }
      throw e;
    }
  },
  len(rt, o) { return Math.max(0, (g(rt, o, B) >> 1) + 1); },
}, { methods: { __length_hint__: (rt, o) => smallInt(Math.max(0, (g(rt, o, B) >> 1) + 1)) } });

// iter(callable, sentinel): A callable, B sentinel
iterSpec('callable_iterator', {
  new(rt, type, args) {
    const o = alloc(rt, type);
    s(rt, o, A, args[0]);
    s(rt, o, B, args[1]);
    return o;
  },
  next(rt, o) {
    const f = g(rt, o, A);
    if (f === NULL) return NULL;
    const v = callObject(rt, f, []);
    if (richCompareBool(rt, v, g(rt, o, B), CompareOp.EQ)) { s(rt, o, A, NULL); return NULL; }
    return v;
  },
  repr(rt, o) { return rt.newStr(`<callable_iterator object at ${addressString(o)}>`); },
});

void [allocTuple, TU_ITEMS, D];
