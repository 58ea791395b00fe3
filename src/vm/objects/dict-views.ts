// dict.keys(), dict.values(), dict.items(): live views of a dict.
//
// After CPython 3.11 Objects/dictobject.c (dictview_*, dictviews_sub/or/xor,
// _PyDictView_Intersect, dictview_richcompare, dictviews_isdisjoint, dictitems_contains).
// Keys and items views are set-like: `&`, `|`, `-`, `^` return a new set built with the
// set algorithms (so their order is python3's), comparisons are subset tests against any
// set or set-like view. Values views are only iterable.
//
// Layout: header; DV_DICT.

import { type Ref, NULL, isSmallInt } from '../heap.ts';
import type { Runtime } from '../runtime.ts';
import { registerType } from '../registry.ts';
import { CompareOp, type TypeSlots } from '../type-slots.ts';
import { repr, richCompareBool, getIter, iterNext, typeName, len as pyLen, callMethod } from '../abstract.ts';
import { dictGet, dictLen, newDictIter, DictIterKind, setViewFactory, dictContains } from './dict.ts';
import { tupleLen, tupleGet } from './tuple-core.ts';
import { isTuple } from './list.ts';
import { lazyType, reprEnter, reprLeave } from './container-util.ts';
import {
  newSet, newEmptySet, setUpdate, setDifferenceUpdate, setSymmetricDifferenceUpdate, isAnySet,
} from './set.ts';
import { setAdd, setContains } from './set-table.ts';
import { noArgs, oneArg } from './arg-parse.ts';

export const DV_DICT = 2;
const NAMES = ['dict_keys', 'dict_values', 'dict_items'];
const viewTypes = NAMES.map(lazyType);

export function newDictView(rt: Runtime, d: Ref, kind: DictIterKind): Ref {
  const v = rt.heap.alloc(viewTypes[kind]!(rt), 16);
  rt.heap.i32[(v >> 2) + DV_DICT] = d;
  return v;
}
setViewFactory(newDictView);

const viewDict = (rt: Runtime, v: Ref) => rt.heap.i32[(v >> 2) + DV_DICT] as Ref;

function viewKind(rt: Runtime, o: Ref): number {
  if (isSmallInt(o)) return -1;
  const t = rt.typeOf(o);
  for (let k = 0; k < 3; k++) if (t === viewTypes[k]!(rt)) return k;
  return -1;
}
/** PyDictViewSet_Check: a keys or items view. */
function isSetView(rt: Runtime, o: Ref): boolean { const k = viewKind(rt, o); return k === 0 || k === 2; }

/** dictitems_contains: (key, value) with value equal to d[key]. */
function itemsContains(rt: Runtime, v: Ref, item: Ref): boolean {
  if (!isTuple(rt, item) || tupleLen(rt, item) !== 2) return false;
  const found = dictGet(rt, viewDict(rt, v), tupleGet(rt, item, 0));
  if (found === NULL) return false;
  const want = tupleGet(rt, item, 1);
  return found === want || richCompareBool(rt, found, want, CompareOp.EQ);
}

function viewContains(rt: Runtime, v: Ref, x: Ref): boolean {
  return viewKind(rt, v) === DictIterKind.ITEMS ? itemsContains(rt, v, x) : dictContains(rt, viewDict(rt, v), x);
}

function viewRepr(rt: Runtime, v: Ref): Ref {
  const name = typeName(rt, v);
  if (!reprEnter(rt, v)) return rt.newStr('...');
  try {
    const parts: string[] = [];
    const it = getIter(rt, v);
    for (let x = iterNext(rt, it); x !== NULL; x = iterNext(rt, it)) parts.push(rt.jsStr(repr(rt, x)));
    return rt.newStr(`${name}([${parts.join(', ')}])`);
  } finally { reprLeave(rt, v); }
}

/** all_contained_in(a, b): every item of a is in b. */
function allContainedIn(rt: Runtime, a: Ref, b: Ref): boolean {
  const it = getIter(rt, a);
  const mark = rt.rootMark(); rt.pushRoot(it);
  try {
    for (let x = iterNext(rt, it); x !== NULL; x = iterNext(rt, it)) {
      const inB = isAnySet(rt, b) ? setContains(rt, b, x) : isSetView(rt, b) ? viewContains(rt, b, x) : false;
      if (!inB) return false;
    }
    return true;
  } finally { rt.rootRelease(mark); }
}

function viewRichCompare(rt: Runtime, a: Ref, b: Ref, op: CompareOp): Ref {
  if (!isSetView(rt, a) || !(isAnySet(rt, b) || isSetView(rt, b))) return rt.notImplemented;
  const la = pyLen(rt, a), lb = pyLen(rt, b);
  let ok: boolean;
  switch (op) {
    case CompareOp.EQ: case CompareOp.NE: ok = la === lb && allContainedIn(rt, a, b); if (op === CompareOp.NE) ok = !ok; break;
    case CompareOp.LT: ok = la < lb && allContainedIn(rt, a, b); break;
    case CompareOp.LE: ok = la <= lb && allContainedIn(rt, a, b); break;
    case CompareOp.GT: ok = la > lb && allContainedIn(rt, b, a); break;
    default: ok = la >= lb && allContainedIn(rt, b, a); break;
  }
  return rt.bool(ok);
}

function rooted<T>(rt: Runtime, r: Ref, f: () => T): T {
  const mark = rt.rootMark(); rt.pushRoot(r);
  try { return f(); } finally { rt.rootRelease(mark); }
}

/** The set-algebra operators: the view may be either operand (CPython's dictviews_*). */
function viewSub(rt: Runtime, a: Ref, b: Ref): Ref {
  const r = newSet(rt, a);
  return rooted(rt, r, () => { setDifferenceUpdate(rt, r, b); return r; });
}
function viewOr(rt: Runtime, a: Ref, b: Ref): Ref {
  const r = newSet(rt, a);
  return rooted(rt, r, () => { setUpdate(rt, r, b); return r; });
}
function viewXor(rt: Runtime, a: Ref, b: Ref): Ref {
  const r = newSet(rt, a);
  return rooted(rt, r, () => { setSymmetricDifferenceUpdate(rt, r, b); return r; });
}
/** _PyDictView_Intersect. */
function viewAnd(rt: Runtime, a: Ref, b: Ref): Ref {
  let self = a, other = b;
  if (!isSetView(rt, self)) { self = b; other = a; }
  const lenSelf = pyLen(rt, self);
  if (rt.typeOf(other) === rt.types.set && lenSelf <= pyLen(rt, other)) {
    return callMethod(rt, other, rt.intern('intersection'), [self]);
  }
  if (isSetView(rt, other) && pyLen(rt, other) > lenSelf) { const t = self; self = other; other = t; }
  const result = newEmptySet(rt);
  return rooted(rt, result, () => {
    const it = getIter(rt, other);
    rt.pushRoot(it);
    for (let x = iterNext(rt, it); x !== NULL; x = iterNext(rt, it)) if (viewContains(rt, self, x)) setAdd(rt, result, x);
    return result;
  });
}

function setLike(f: (rt: Runtime, a: Ref, b: Ref) => Ref) {
  return (rt: Runtime, a: Ref, b: Ref): Ref => {
    // Either operand may be the view; the other must be iterable (else TypeError from iter).
    if (!isSetView(rt, a) && !isSetView(rt, b)) return rt.notImplemented;
    return f(rt, a, b);
  };
}

for (let kind = 0; kind < 3; kind++) {
  const slots: TypeSlots = {
    repr: viewRepr,
    len: (rt, self) => dictLen(rt, viewDict(rt, self)),
    iter: (rt, self) => newDictIter(rt, viewDict(rt, self), kind),
    traverse: (rt, self, visit) => visit(viewDict(rt, self)),
  };
  if (kind !== DictIterKind.VALUES) {
    Object.assign(slots, {
      contains: viewContains,
      richcompare: viewRichCompare,
      sub: setLike(viewSub), or: setLike(viewOr), xor: setLike(viewXor), and: setLike(viewAnd),
    } satisfies TypeSlots);
  }
  registerType({
    key: NAMES[kind]!,
    name: NAMES[kind]!,
    basicsize: 16,
    // dict_keys and dict_items are unhashable (set-like, with __eq__); dict_values hashes by id.
    unhashable: kind !== DictIterKind.VALUES,
    slots,
    methods: {
      __reversed__(rt, self, args, kwnames) {
        noArgs(rt, `${NAMES[kind]}.__reversed__`, args, kwnames);
        return newDictIter(rt, viewDict(rt, self), kind, true);
      },
      ...(kind === DictIterKind.VALUES ? {} : {
        isdisjoint(rt: Runtime, self: Ref, args: Ref[], kwnames: Ref | null): Ref {
          const other = oneArg(rt, `${NAMES[kind]}.isdisjoint`, args, kwnames);
          if (self === other) return rt.bool(dictLen(rt, viewDict(rt, self)) === 0);
          const inAny = (c: Ref, x: Ref) => (isAnySet(rt, c) ? setContains(rt, c, x) : viewContains(rt, c, x));
          // Iterate the smaller side when both are set-like; else iterate `other`.
          let a = other, b = self;
          if ((isAnySet(rt, other) || isSetView(rt, other)) && pyLen(rt, other) > pyLen(rt, self)) { a = self; b = other; }
          const it = getIter(rt, a);
          return rooted(rt, it, () => {
            for (let x = iterNext(rt, it); x !== NULL; x = iterNext(rt, it)) if (inAny(b, x)) return rt.false;
            return rt.true;
          });
        },
      }),
    },
  });
}

