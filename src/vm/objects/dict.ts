// The dict type: Python-level behaviour on top of dict-core.ts's compact table (which
// keeps insertion order, so iteration order is python3's): methods, ==, repr with the
// recursion guard, `|` and `|=`, __missing__ for subclasses, and the three iterators
// (plus their reversed forms) with CPython's mutation checks:
// "dictionary changed size during iteration" when the size differs from the snapshot, and
// "dictionary keys changed during iteration" when it is the same but more keys show up.
//
// After CPython 3.11 Objects/dictobject.c (dict_merge, dict_update_arg / merge from a
// sequence of pairs, dict_popitem LIFO, dictiter_iternext*, dictreviter_iternext).

import { type Ref, NULL, smallInt } from '../heap.ts';
import type { Runtime } from '../runtime.ts';
import { registerType } from '../registry.ts';
import { CompareOp, type NativeFn } from '../type-slots.ts';
import { TF_BASETYPE, TF_DICT_SUBCLASS } from '../type-layout.ts';
import { typeError, valueError, keyError, runtimeError, isPyErrorOf } from '../errors.ts';
import {
  repr, richCompareBool, getIter, iterNext, callObject, getAttrOpt, lookupSpecial, getItem,
} from '../abstract.ts';
import {
  D_USED, D_NENTRIES, D_ENTRIES, DICT_BASICSIZE, newDict, dictLen, dictGet, dictGetStr, dictSet,
  dictSetWithHash, dictDel, dictClear, dictNext, dictEntryKey, dictEntryValue, dictEntryHash,
  dictTraverse,
} from './dict-core.ts';
import { newTuple, tupleLen, tupleGet } from './tuple-core.ts';
import { reprEnter, reprLeave, lazyType, hasTypeFlag } from './container-util.ts';
import { oneArg, noArgs, posArgs } from './arg-parse.ts';
import { sequenceFast, listLength, listItem, isList } from './list.ts';
import { setDictHasKey } from './set.ts';
import { classGetItem } from './generic-alias.ts';

export { newDict, dictLen, dictGet, dictGetStr, dictSet, dictDel, dictNext, dictEntryKey, dictEntryValue };
/** d[key] = value (hashes key: may raise TypeError unhashable). Alias of dict-core's dictSet. */
export const dictSetItem = dictSet;

export function isDict(rt: Runtime, o: Ref): boolean { return hasTypeFlag(rt, o, TF_DICT_SUBCLASS); }

/** d[key] with KeyError (and __missing__ for subclasses), as dict_subscript. */
export function dictGetItem(rt: Runtime, d: Ref, key: Ref): Ref {
  const v = dictGet(rt, d, key);
  if (v !== NULL) return v;
  if (rt.typeOf(d) !== rt.types.dict) {
    const missing = lookupSpecial(rt, d, rt.intern('__missing__'));
    if (missing !== NULL) return callObject(rt, missing, [key]);
  }
  return keyError(rt, key);
}

/** del d[key] with KeyError. */
export function dictDelItem(rt: Runtime, d: Ref, key: Ref): void {
  if (!dictDel(rt, d, key)) keyError(rt, key);
}

export function dictContains(rt: Runtime, d: Ref, key: Ref): boolean {
  return dictGet(rt, d, key) !== NULL;
}
setDictHasKey(dictContains);

/** dict_merge(a, b, override): b a dict (fast) or any mapping with keys(). */
export function dictMerge(rt: Runtime, a: Ref, b: Ref, override: boolean): void {
  if (isDict(rt, b) && rt.slots(rt.typeOf(b)).iter === rt.slots(rt.types.dict).iter) {
    if (a === b || dictLen(rt, b) === 0) return;
    const n = rt.heap.i32[(b >> 2) + D_NENTRIES];
    for (let e = dictNext(rt, b, 0); e >= 0 && e < n; e = dictNext(rt, b, e + 1)) {
      const k = dictEntryKey(rt, b, e), v = dictEntryValue(rt, b, e);
      if (!override && dictGet(rt, a, k) !== NULL) continue;
      dictSetWithHash(rt, a, k, dictEntryHash(rt, b, e), v);
    }
    return;
  }
  // Generic mapping: keys = list(b.keys()); a[k] = b[k].
  const keysFn = getAttrOpt(rt, b, rt.intern('keys'));
  const keys = sequenceFast(rt, callObject(rt, keysFn, []));
  const mark = rt.rootMark();
  rt.pushRoot(keys);
  try {
    const n = isList(rt, keys) ? listLength(rt, keys) : tupleLen(rt, keys);
    for (let i = 0; i < n; i++) {
      const k = isList(rt, keys) ? listItem(rt, keys, i) : tupleGet(rt, keys, i);
      if (!override && dictGet(rt, a, k) !== NULL) continue;
      dictSet(rt, a, k, getItem(rt, b, k));
    }
  } finally { rt.rootRelease(mark); }
}

/** PyDict_MergeFromSeq2: each item must be a 2-item sequence. */
export function dictMergeFromSeq2(rt: Runtime, d: Ref, seq: Ref): void {
  const it = getIter(rt, seq);
  const mark = rt.rootMark();
  rt.pushRoot(it);
  try {
    let i = 0;
    for (let item = iterNext(rt, it); item !== NULL; item = iterNext(rt, it), i++) {
      let fast: Ref;
      try {
        fast = sequenceFast(rt, item);
      } catch (e) {
        if (isPyErrorOf(rt, e, rt.types.TypeError)) {
          typeError(rt, `cannot convert dictionary update sequence element #${i} to a sequence`);
        }
        throw e;
      }
      const n = isList(rt, fast) ? listLength(rt, fast) : tupleLen(rt, fast);
      if (n !== 2) valueError(rt, `dictionary update sequence element #${i} has length ${n}; 2 is required`);
      const k = isList(rt, fast) ? listItem(rt, fast, 0) : tupleGet(rt, fast, 0);
      const v = isList(rt, fast) ? listItem(rt, fast, 1) : tupleGet(rt, fast, 1);
      dictSet(rt, d, k, v);
    }
  } finally { rt.rootRelease(mark); }
}

/** dict_update_arg: a dict, a mapping (has keys()), or an iterable of pairs. */
export function dictUpdateArg(rt: Runtime, d: Ref, arg: Ref): void {
  if (isDict(rt, arg)) { dictMerge(rt, d, arg, true); return; }
  if (getAttrOpt(rt, arg, rt.intern('keys')) !== NULL) { dictMerge(rt, d, arg, true); return; }
  dictMergeFromSeq2(rt, d, arg);
}

/** The shared body of dict(...)/dict.update(...): one positional arg, then keywords. */
function updateCommon(rt: Runtime, d: Ref, args: Ref[], kwnames: Ref | null, fname: string): void {
  const nkw = kwnames !== null && kwnames !== NULL ? tupleLen(rt, kwnames) : 0;
  const npos = args.length - nkw;
  if (npos > 1) typeError(rt, `${fname} expected at most 1 argument, got ${npos}`);
  if (npos === 1) dictUpdateArg(rt, d, args[0]!);
  for (let k = 0; k < nkw; k++) dictSet(rt, d, tupleGet(rt, kwnames!, k), args[npos + k]!);
}

export function dictCopy(rt: Runtime, d: Ref): Ref {
  const c = newDict(rt);
  dictMerge(rt, c, d, true);
  return c;
}

function dictRepr(rt: Runtime, d: Ref): Ref {
  if (dictLen(rt, d) === 0) return rt.newStr('{}');
  if (!reprEnter(rt, d)) return rt.newStr('{...}');
  try {
    let out = '{';
    let first = true;
    for (let e = dictNext(rt, d, 0); e >= 0; e = dictNext(rt, d, e + 1)) {
      const k = dictEntryKey(rt, d, e), v = dictEntryValue(rt, d, e);
      const ks = rt.jsStr(repr(rt, k));
      const vs = rt.jsStr(repr(rt, v));
      out += (first ? '' : ', ') + ks + ': ' + vs;
      first = false;
    }
    return rt.newStr(out + '}');
  } finally { reprLeave(rt, d); }
}

/** dict_equal. */
function dictEqual(rt: Runtime, a: Ref, b: Ref): boolean {
  if (dictLen(rt, a) !== dictLen(rt, b)) return false;
  for (let e = dictNext(rt, a, 0); e >= 0; e = dictNext(rt, a, e + 1)) {
    const k = dictEntryKey(rt, a, e), av = dictEntryValue(rt, a, e);
    const bv = dictGet(rt, b, k);
    if (bv === NULL) return false;
    if (av !== bv && !richCompareBool(rt, av, bv, CompareOp.EQ)) return false;
    // The comparison may have mutated a: re-validate the position.
    if (dictLen(rt, a) !== dictLen(rt, b)) return false;
  }
  return true;
}

// ---- iterators -----------------------------------------------------------------------------
// DI_DICT (NULL once exhausted), DI_USED (size snapshot; -1 after a size error: sticky),
// DI_POS (next entry index; for reversed ones, the next index going down), DI_LEN.

export const DI_DICT = 2, DI_USED = 3, DI_POS = 4, DI_LEN = 5;
const DICT_ITER_BASICSIZE = 24;
export const enum DictIterKind { KEYS = 0, VALUES = 1, ITEMS = 2 }
const ITER_KEYS = ['dict_keyiterator', 'dict_valueiterator', 'dict_itemiterator'];
const REV_KEYS = ['dict_reversekeyiterator', 'dict_reversevalueiterator', 'dict_reverseitemiterator'];
const iterTypes = ITER_KEYS.map(lazyType);
const revTypes = REV_KEYS.map(lazyType);

export function newDictIter(rt: Runtime, d: Ref, kind: DictIterKind, reversed = false): Ref {
  const it = rt.heap.alloc((reversed ? revTypes : iterTypes)[kind]!(rt), DICT_ITER_BASICSIZE);
  const i32 = rt.heap.i32, w = it >> 2;
  i32[w + DI_DICT] = d;
  i32[w + DI_USED] = dictLen(rt, d);
  i32[w + DI_POS] = reversed ? i32[(d >> 2) + D_NENTRIES] - 1 : 0;
  i32[w + DI_LEN] = dictLen(rt, d);
  return it;
}

function produce(rt: Runtime, d: Ref, e: number, kind: DictIterKind): Ref {
  if (kind === DictIterKind.KEYS) return dictEntryKey(rt, d, e);
  if (kind === DictIterKind.VALUES) return dictEntryValue(rt, d, e);
  return newTuple(rt, [dictEntryKey(rt, d, e), dictEntryValue(rt, d, e)]);
}

function iterNextOf(kind: DictIterKind) {
  return (rt: Runtime, self: Ref): Ref => {
    const i32 = rt.heap.i32, w = self >> 2;
    const d = i32[w + DI_DICT] as Ref;
    if (d === NULL) return NULL;
    if (i32[w + DI_USED] !== i32[(d >> 2) + D_USED]) {
      i32[w + DI_USED] = -1;
      runtimeError(rt, 'dictionary changed size during iteration');
    }
    const e = dictNext(rt, d, i32[w + DI_POS]);
    if (e < 0) { i32[w + DI_DICT] = 0; return NULL; }
    if (i32[w + DI_LEN] === 0) {
      i32[w + DI_DICT] = 0;
      runtimeError(rt, 'dictionary keys changed during iteration');
    }
    i32[w + DI_POS] = e + 1;
    i32[w + DI_LEN]--;
    return produce(rt, d, e, kind);
  };
}

function revNextOf(kind: DictIterKind) {
  return (rt: Runtime, self: Ref): Ref => {
    const i32 = rt.heap.i32, w = self >> 2;
    const d = i32[w + DI_DICT] as Ref;
    if (d === NULL) return NULL;
    if (i32[w + DI_USED] !== i32[(d >> 2) + D_USED]) {
      i32[w + DI_USED] = -1;
      runtimeError(rt, 'dictionary changed size during iteration');
    }
    let i = i32[w + DI_POS];
    const ew = (i32[(d >> 2) + D_ENTRIES] >> 2) + 2;
    while (i >= 0 && i32[ew + 3 * i + 1] === 0) i--;
    if (i < 0) { i32[w + DI_DICT] = 0; return NULL; }
    i32[w + DI_POS] = i - 1;
    i32[w + DI_LEN]--;
    return produce(rt, d, i, kind);
  };
}

const lengthHint: NativeFn = (rt, self) => {
  const i32 = rt.heap.i32, w = self >> 2, d = i32[w + DI_DICT];
  return smallInt(d !== 0 && i32[w + DI_USED] === i32[(d >> 2) + D_USED] ? i32[w + DI_LEN] : 0);
};

for (let kind = 0; kind < 3; kind++) {
  for (const rev of [false, true]) {
    const key = (rev ? REV_KEYS : ITER_KEYS)[kind]!;
    registerType({
      key,
      name: key,
      basicsize: DICT_ITER_BASICSIZE,
      slots: {
        iter: (_rt, self) => self,
        next: rev ? revNextOf(kind) : iterNextOf(kind),
        traverse(rt, self, visit) { const d = rt.heap.i32[(self >> 2) + DI_DICT] as Ref; if (d !== NULL) visit(d); },
      },
      methods: { __length_hint__: lengthHint },
    });
  }
}

// ---- methods -------------------------------------------------------------------------------

/** Views are made by dict-views.ts (installed here to avoid an import cycle). */
let makeView: (rt: Runtime, d: Ref, kind: DictIterKind) => Ref = () => NULL;
export function setViewFactory(f: (rt: Runtime, d: Ref, kind: DictIterKind) => Ref): void { makeView = f; }

const methods: Record<string, NativeFn> = {
  get(rt, self, args, kwnames) {
    posArgs(rt, 'get', args, kwnames, 1, 2);
    const v = dictGet(rt, self, args[0]!);
    return v !== NULL ? v : args.length > 1 ? args[1]! : rt.none;
  },
  setdefault(rt, self, args, kwnames) {
    posArgs(rt, 'setdefault', args, kwnames, 1, 2);
    const v = dictGet(rt, self, args[0]!);
    if (v !== NULL) return v;
    const dflt = args.length > 1 ? args[1]! : rt.none;
    dictSet(rt, self, args[0]!, dflt);
    return dflt;
  },
  pop(rt, self, args, kwnames) {
    posArgs(rt, 'pop', args, kwnames, 1, 2);
    const k = args[0]!;
    const v = dictGet(rt, self, k);
    if (v === NULL) {
      if (args.length > 1) return args[1]!;
      return keyError(rt, k);
    }
    dictDel(rt, self, k);
    return v;
  },
  popitem(rt, self, args, kwnames) {
    noArgs(rt, 'dict.popitem', args, kwnames);
    const i32 = rt.heap.i32, w = self >> 2;
    if (i32[w + D_USED] === 0) keyError(rt, rt.newStr('popitem(): dictionary is empty'));
    let i = i32[w + D_NENTRIES] - 1;
    const ew = (i32[w + D_ENTRIES] >> 2) + 2;
    while (i >= 0 && i32[ew + 3 * i + 1] === 0) i--;
    const k = i32[ew + 3 * i + 1] as Ref, v = i32[ew + 3 * i + 2] as Ref;
    const res = newTuple(rt, [k, v]);
    // LIFO. (CPython also sets dk_nentries = i; dict-core.ts sizes its index table by the
    // entry count, so the deleted slot stays a dummy here: not observable from Python.)
    dictDel(rt, self, k);
    return res;
  },
  update(rt, self, args, kwnames) {
    updateCommon(rt, self, args, kwnames, 'update');
    return rt.none;
  },
  copy(rt, self, args, kwnames) { noArgs(rt, 'dict.copy', args, kwnames); return dictCopy(rt, self); },
  clear(rt, self, args, kwnames) { noArgs(rt, 'dict.clear', args, kwnames); dictClear(rt, self); return rt.none; },
  keys(rt, self, args, kwnames) { noArgs(rt, 'dict.keys', args, kwnames); return makeView(rt, self, DictIterKind.KEYS); },
  values(rt, self, args, kwnames) { noArgs(rt, 'dict.values', args, kwnames); return makeView(rt, self, DictIterKind.VALUES); },
  items(rt, self, args, kwnames) { noArgs(rt, 'dict.items', args, kwnames); return makeView(rt, self, DictIterKind.ITEMS); },
  __reversed__(rt, self) { return newDictIter(rt, self, DictIterKind.KEYS, true); },
  __sizeof__(rt, self) {
    // Plausible 64-bit CPython figure: 48-byte object plus the keys object when not empty.
    const n = rt.heap.i32[(self >> 2) + D_ENTRIES] === 0 ? 0 : (rt.heap.sizeOf(rt.heap.i32[(self >> 2) + D_ENTRIES] as Ref) - 8) / 12;
    return smallInt(48 + (n === 0 ? 0 : 32 + Math.ceil(n * 1.5) + 24 * n));
  },
  __contains__(rt, self, args, kwnames) { return rt.bool(dictContains(rt, self, oneArg(rt, 'dict.__contains__', args, kwnames))); },
  __getitem__(rt, self, args, kwnames) { return dictGetItem(rt, self, oneArg(rt, 'dict.__getitem__', args, kwnames)); },
};

const classmethods: Record<string, NativeFn> = {
  __class_getitem__: classGetItem,
  fromkeys(rt, cls, args, kwnames) {
    posArgs(rt, 'fromkeys', args, kwnames, 1, 2);
    const value = args.length > 1 ? args[1]! : rt.none;
    const d = callObject(rt, cls, []);
    const mark = rt.rootMark();
    rt.pushRoot(d);
    try {
      const it = getIter(rt, args[0]!);
      rt.pushRoot(it);
      const exact = rt.typeOf(d) === rt.types.dict;
      for (let k = iterNext(rt, it); k !== NULL; k = iterNext(rt, it)) {
        if (exact) dictSet(rt, d, k, value);
        else rt.slots(rt.typeOf(d)).setitem!(rt, d, k, value);
      }
    } finally { rt.rootRelease(mark); }
    return d;
  },
};

registerType({
  key: 'dict',
  name: 'dict',
  basicsize: DICT_BASICSIZE,
  unhashable: true,
  flags: TF_BASETYPE,
  doc: "dict() -> new empty dictionary\ndict(mapping) -> new dictionary initialized from a mapping object's\n    (key, value) pairs\ndict(iterable) -> new dictionary initialized as if via:\n    d = {}\n    for k, v in iterable:\n        d[k] = v\ndict(**kwargs) -> new dictionary initialized with the name=value pairs\n    in the keyword argument list.  For example:  dict(one=1, two=2)",
  slots: {
    repr: dictRepr,
    richcompare(rt, a, b, op) {
      if (!isDict(rt, a) || !isDict(rt, b) || (op !== CompareOp.EQ && op !== CompareOp.NE)) return rt.notImplemented;
      const eq = dictEqual(rt, a, b);
      return rt.bool(op === CompareOp.EQ ? eq : !eq);
    },
    len: dictLen,
    bool: (rt, self) => dictLen(rt, self) !== 0,
    contains: dictContains,
    getitem: dictGetItem,
    setitem(rt, self, key, value) {
      if (value === NULL) dictDelItem(rt, self, key);
      else dictSet(rt, self, key, value);
    },
    iter: (rt, self) => newDictIter(rt, self, DictIterKind.KEYS),
    or(rt, a, b) {
      if (!isDict(rt, a) || !isDict(rt, b)) return rt.notImplemented;
      const c = dictCopy(rt, a);
      dictMerge(rt, c, b, true);
      return c;
    },
    ior(rt, a, b) {
      dictUpdateArg(rt, a, b);
      return a;
    },
    new(rt, type) { return newDict(rt, type); },
    init(rt, self, args, kwnames) { updateCommon(rt, self, args, kwnames, 'dict'); },
    traverse: dictTraverse,
  },
  methods,
  classmethods,
});

