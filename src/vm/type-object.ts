// Type objects: creation (core builtin types at startup, stdlib native types on demand,
// user classes through createHeapType), C3 linearisation, MRO attribute lookup with the
// per-worker method cache, and generic attribute get/set on instances.
//
// After CPython Objects/typeobject.c (mro_implementation/pmerge, _PyType_Lookup,
// type_modified, best_base) and Objects/object.c (_PyObject_GenericGetAttrWithDict,
// _PyObject_GenericSetAttrWithDict). Layout constants are in type-layout.ts.
//
// Instance layout of user classes: a class adds "extras" (the instance __dict__ slot if it
// has one, then one word per __slots__ name) after its base's layout. For fixed-size bases
// they follow the base's basicsize and offsets are positive; for varsize bases (int, str,
// tuple, bytes) they sit at the end of the block, and an offset is encoded as -(1 + byte
// position inside the extras area), the area starting at end - T_EXTRA(type(obj)).

import { type Ref, NULL, isSmallInt, M_TYPE_VERSION } from './heap.ts';
import type { Runtime } from './runtime.ts';
import { CORE_TYPES } from './builtin-types.ts';
import {
  T_SLOTS, T_NATIVE, T_NAME, T_QUALNAME, T_BASE, T_BASES, T_MRO, T_DICT, T_FLAGS, T_BASICSIZE,
  T_DICTOFFSET, T_EXTRA, T_SLOTNAMES, T_VERSION, T_SUBCLASSES, T_NSUBCLASSES, TYPE_BASICSIZE,
  TF_HEAPTYPE, TF_BASETYPE, TF_READY, TF_IMMUTABLETYPE, TF_VARSIZE, TF_INHERITED,
  TF_LONG_SUBCLASS, TF_LIST_SUBCLASS, TF_TUPLE_SUBCLASS, TF_BYTES_SUBCLASS, TF_UNICODE_SUBCLASS,
  TF_DICT_SUBCLASS, TF_BASE_EXC_SUBCLASS, TF_TYPE_SUBCLASS, TF_FLOAT_SUBCLASS,
} from './type-layout.ts';
import { typeSpec } from './registry.ts';
import { MethodCache } from './method-cache.ts';
import { STR_INTERNED } from './objects/str-core.ts';
import { newTuple, tupleLen, tupleGet, tupleToArray } from './objects/tuple-core.ts';
import { newDict, dictGet, dictGetStr, dictSet, dictDel, dictNext, dictEntryKey, dictEntryValue } from './objects/dict-core.ts';
import { PyError, typeError } from './errors.ts';
import { attributeError, typeNameOf, typeName, isSubtype, getIter, iterNext, isType } from './abstract.ts';
import { populateBuiltinDict, newMemberDescriptor, instanceDictGetSet } from './objects/descriptors.ts';
import { USER_SLOTS_INDEX } from './objects/user-slots.ts';
import { newExceptionObject } from './objects/exceptions.ts';

const OWN_FLAG: Record<string, number> = {
  int: TF_LONG_SUBCLASS, list: TF_LIST_SUBCLASS, tuple: TF_TUPLE_SUBCLASS, bytes: TF_BYTES_SUBCLASS,
  str: TF_UNICODE_SUBCLASS, dict: TF_DICT_SUBCLASS, BaseException: TF_BASE_EXC_SUBCLASS,
  type: TF_TYPE_SUBCLASS, float: TF_FLOAT_SUBCLASS,
};

// ---- builtin types -------------------------------------------------------------------------

/** Fill every core type object (allocated by the runtime) and its dict. */
export function bootstrapTypes(rt: Runtime): void {
  const types = rt.types as Record<string, Ref>;
  for (const [key, bases] of CORE_TYPES) {
    initBuiltinType(rt, types[key], key, bases.map((b) => types[b]));
  }
  for (const [key] of CORE_TYPES) populateBuiltinDict(rt, types[key], key);
}

/** Create the type object of a registered spec that is not a core type. */
export function createBuiltinTypeLazily(rt: Runtime, key: string): Ref {
  const spec = typeSpec(key);
  if (!spec) throw new Error(`no builtin type registered as '${key}'`);
  const t = rt.heap.alloc(rt.types.type, TYPE_BASICSIZE);
  initBuiltinType(rt, t, key, [spec.base ? rt.typeFor(spec.base) : rt.types.object]);
  populateBuiltinDict(rt, t, key);
  return t;
}

/** Every builtin exception type can be subclassed (CPython: Py_TPFLAGS_BASETYPE on all of
 *  Objects/exceptions.c's types). */
function isExceptionName(key: string): boolean {
  return key.endsWith('Error') || key.endsWith('Exception') || key.endsWith('Warning') || key.endsWith('ExceptionGroup')
    || key === 'SystemExit' || key === 'KeyboardInterrupt' || key === 'GeneratorExit'
    || key === 'StopIteration' || key === 'StopAsyncIteration';
}

function initBuiltinType(rt: Runtime, t: Ref, key: string, bases: Ref[]): void {
  const spec = typeSpec(key);
  const i32 = rt.heap.i32, w = t >> 2;
  const base = bases.length > 0 ? bases[0] : NULL;
  const idx = spec ? rt.nativeIndex(key) : (base !== NULL ? i32[(base >> 2) + T_NATIVE] : 0);
  i32[w + T_SLOTS] = idx;
  i32[w + T_NATIVE] = idx;
  const name = rt.intern(spec?.name ?? key);
  i32[w + T_NAME] = name;
  i32[w + T_QUALNAME] = name;
  i32[w + T_BASE] = base;
  i32[w + T_BASES] = newTuple(rt, bases);
  i32[w + T_DICT] = newDict(rt);
  let flags = (spec?.flags ?? (base === NULL || isExceptionName(key) ? TF_BASETYPE : 0))
    | TF_READY | TF_IMMUTABLETYPE | (OWN_FLAG[key] ?? 0) | (spec?.varsize ? TF_VARSIZE : 0);
  for (const b of bases) flags |= i32[(b >> 2) + T_FLAGS] & TF_INHERITED;
  i32[w + T_FLAGS] = flags;
  i32[w + T_BASICSIZE] = spec?.basicsize ?? (base !== NULL ? i32[(base >> 2) + T_BASICSIZE] : 8);
  i32[w + T_DICTOFFSET] = base !== NULL ? i32[(base >> 2) + T_DICTOFFSET] : 0;
  i32[w + T_EXTRA] = 0;
  i32[w + T_MRO] = newTuple(rt, computeMro(rt, t, bases));
  for (const b of bases) addSubclass(rt, b, t);
}

// ---- MRO -----------------------------------------------------------------------------------

/**
 * C3 linearisation of `type` with `bases` (CPython mro_implementation + pmerge). Raises
 * TypeError "duplicate base class X" or "Cannot create a consistent method resolution
 * order (MRO) for bases A, B" as python3 does.
 */
export function computeMro(rt: Runtime, type: Ref, bases: readonly Ref[]): Ref[] {
  for (let i = 0; i < bases.length; i++) {
    for (let j = i + 1; j < bases.length; j++) {
      if (bases[i] === bases[j]) typeError(rt, `duplicate base class ${typeNameOf(rt, bases[i])}`);
    }
  }
  if (bases.length === 0) return [type];
  if (bases.length === 1) return [type, ...mroOf(rt, bases[0])];
  const seqs: Ref[][] = bases.map((b) => mroOf(rt, b));
  seqs.push([...bases]);
  const heads = seqs.map(() => 0);
  const result: Ref[] = [type];
  for (;;) {
    let empty = 0;
    let found = false;
    for (let i = 0; i < seqs.length; i++) {
      if (heads[i] >= seqs[i].length) { empty++; continue; }
      const cand = seqs[i][heads[i]];
      let inTail = false;
      for (let j = 0; j < seqs.length && !inTail; j++) {
        for (let k = heads[j] + 1; k < seqs[j].length; k++) if (seqs[j][k] === cand) { inTail = true; break; }
      }
      if (inTail) continue;
      result.push(cand);
      for (let j = 0; j < seqs.length; j++) if (heads[j] < seqs[j].length && seqs[j][heads[j]] === cand) heads[j]++;
      found = true;
      break;
    }
    if (empty === seqs.length) return result;
    if (!found) {
      // CPython set_mro_error: the remaining heads, each once, in order.
      const names: string[] = [];
      const seen = new Set<Ref>();
      for (let i = 0; i < seqs.length; i++) {
        if (heads[i] >= seqs[i].length) continue;
        const c = seqs[i][heads[i]];
        if (seen.has(c)) continue;
        seen.add(c);
        names.push(typeNameOf(rt, c));
      }
      typeError(rt, `Cannot create a consistent method resolution\norder (MRO) for bases ${names.join(', ')}`);
    }
  }
}

/** A type's MRO as a JS array. */
export function mroOf(rt: Runtime, t: Ref): Ref[] {
  const mro = rt.heap.i32[(t >> 2) + T_MRO] as Ref;
  const n = tupleLen(rt, mro), out: Ref[] = [];
  for (let i = 0; i < n; i++) out.push(tupleGet(rt, mro, i));
  return out;
}

function addSubclass(rt: Runtime, base: Ref, sub: Ref): void {
  const heap = rt.heap, w = base >> 2;
  const n = heap.i32[w + T_NSUBCLASSES];
  let block = heap.i32[w + T_SUBCLASSES] as Ref;
  if (block === NULL || ((heap.sizeOf(block) - 8) >> 2) <= n) {
    const bigger = heap.allocRefs(Math.max(4, n * 2));
    if (block !== NULL) heap.i32.copyWithin((bigger >> 2) + 2, (block >> 2) + 2, (block >> 2) + 2 + n);
    heap.i32[w + T_SUBCLASSES] = bigger;
    block = bigger;
  }
  heap.i32[(block >> 2) + 2 + n] = sub;
  heap.i32[w + T_NSUBCLASSES] = n + 1;
}

function removeSubclass(rt: Runtime, base: Ref, sub: Ref): void {
  const i32 = rt.heap.i32, w = base >> 2;
  const n = i32[w + T_NSUBCLASSES], b = i32[w + T_SUBCLASSES];
  for (let i = 0; i < n; i++) {
    if (i32[(b >> 2) + 2 + i] === sub) {
      i32.copyWithin((b >> 2) + 2 + i, (b >> 2) + 3 + i, (b >> 2) + 2 + n);
      i32[(b >> 2) + 1 + n] = 0;
      i32[w + T_NSUBCLASSES] = n - 1;
      return;
    }
  }
}

/** cls.__bases__ = bases (CPython typeobject.c type_set_bases): the new bases must keep the
 *  instance layout (same solid base); the MROs of cls and its subclasses are recomputed. */
export function setTypeBases(rt: Runtime, cls: Ref, value: Ref): void {
  const i32 = rt.heap.i32;
  const name = typeNameOf(rt, cls);
  if ((i32[(cls >> 2) + T_FLAGS] & TF_HEAPTYPE) === 0) typeError(rt, `cannot set '__bases__' attribute of immutable type '${name}'`);
  if (value === NULL) typeError(rt, `cannot delete '__bases__' attribute of immutable type '${name}'`);
  if (rt.typeOf(value) !== rt.types.tuple) typeError(rt, `can only assign tuple to ${name}.__bases__, not ${typeName(rt, value)}`);
  const bases = tupleToArray(rt, value);
  if (bases.length === 0) typeError(rt, `can only assign non-empty tuple to ${name}.__bases__, not ()`);
  for (const b of bases) {
    if (!isType(rt, b)) typeError(rt, `${name}.__bases__ must be tuple of classes, not '${typeName(rt, b)}'`);
    if (isSubtype(rt, b, cls)) typeError(rt, 'a __bases__ item causes an inheritance cycle');
  }
  const newBase = bestBase(rt, bases);
  const oldBase = i32[(cls >> 2) + T_BASE] as Ref;
  if (solidBase(rt, newBase) !== solidBase(rt, oldBase)) {
    typeError(rt, `__bases__ assignment: '${typeNameOf(rt, newBase)}' object layout differs from '${typeNameOf(rt, oldBase)}'`);
  }
  const oldBases = tupleToArray(rt, i32[(cls >> 2) + T_BASES] as Ref);
  const mro = newTuple(rt, computeMro(rt, cls, bases));
  for (const b of oldBases) removeSubclass(rt, b, cls);
  i32[(cls >> 2) + T_BASES] = value;
  i32[(cls >> 2) + T_BASE] = newBase;
  i32[(cls >> 2) + T_MRO] = mro;
  for (const b of bases) addSubclass(rt, b, cls);
  const remro = (t: Ref): void => {
    for (const s of subclassesOf(rt, t)) {
      i32[(s >> 2) + T_MRO] = newTuple(rt, computeMro(rt, s, tupleToArray(rt, i32[(s >> 2) + T_BASES] as Ref)));
      remro(s);
    }
  };
  remro(cls);
  i32[(cls >> 2) + T_VERSION] = 1; // force typeModified to walk even an uncached type
  typeModified(rt, cls);
}

/** Direct subclasses of t (type.__subclasses__). */
export function subclassesOf(rt: Runtime, t: Ref): Ref[] {
  const i32 = rt.heap.i32, n = i32[(t >> 2) + T_NSUBCLASSES], b = i32[(t >> 2) + T_SUBCLASSES];
  const out: Ref[] = [];
  for (let i = 0; i < n; i++) out.push(i32[(b >> 2) + 2 + i] as Ref);
  return out;
}

// ---- lookup --------------------------------------------------------------------------------

/** Find `name` in the dicts along type's MRO (no descriptor binding); NULL if absent.
 *  Cached when name is interned. _PyType_Lookup. */
export function lookupType(rt: Runtime, type: Ref, name: Ref): Ref {
  const i32 = rt.heap.i32;
  if ((i32[(name >> 2) + 1] & STR_INTERNED) === 0) return lookupUncached(rt, type, name);
  let v = i32[(type >> 2) + T_VERSION];
  if (v === 0) v = assignVersionTag(rt, type);
  const c = rt.mcache;
  const s = MethodCache.slot(v, name);
  if (c.version[s] === v && c.name[s] === name) { c.hits++; return c.value[s] as Ref; }
  c.misses++;
  const r = lookupUncached(rt, type, name);
  c.version[s] = v; c.name[s] = name; c.value[s] = r;
  return r;
}

/** Give `type` and every type on its MRO a version tag (CPython assign_version_tag does the
 *  same for the bases), so typeModified can stop at a type whose tag is already 0. */
function assignVersionTag(rt: Runtime, type: Ref): number {
  const i32 = rt.heap.i32;
  const mro = i32[(type >> 2) + T_MRO];
  if (mro !== 0) {
    const n = i32[(mro >> 2) + 2];
    for (let i = 1; i < n; i++) {
      const b = i32[(mro >> 2) + 3 + i];
      if (i32[(b >> 2) + T_VERSION] === 0) i32[(b >> 2) + T_VERSION] = rt.heap.nextSerial(M_TYPE_VERSION);
    }
  }
  const v = rt.heap.nextSerial(M_TYPE_VERSION);
  i32[(type >> 2) + T_VERSION] = v;
  return v;
}

function lookupUncached(rt: Runtime, type: Ref, name: Ref): Ref {
  const i32 = rt.heap.i32;
  const mro = i32[(type >> 2) + T_MRO];
  if (mro === 0) {
    const d = i32[(type >> 2) + T_DICT] as Ref;
    return d === NULL ? NULL : dictGetStr(rt, d, name);
  }
  const n = i32[(mro >> 2) + 2];
  const strT = rt.types.str;
  for (let i = 0; i < n; i++) {
    const t = i32[(mro >> 2) + 3 + i];
    const d = i32[(t >> 2) + T_DICT] as Ref;
    if (d === NULL) continue;
    const r = i32[name >> 2] === strT ? dictGetStr(rt, d, name) : dictGet(rt, d, name);
    if (r !== NULL) return r;
  }
  return NULL;
}

/** Lookup with a JS string name. */
export function lookupTypeJs(rt: Runtime, type: Ref, name: string): Ref { return lookupType(rt, type, rt.intern(name)); }

/** A type's dict or MRO changed: forget cached lookups for it and every subclass. Call after
 *  any mutation of a type's dict (type.__setattr__ does). */
export function typeModified(rt: Runtime, type: Ref): void {
  const i32 = rt.heap.i32;
  // A 0 tag means nothing cached for this type nor (tags are assigned bases-first) for any
  // subclass since it was last reset.
  if (i32[(type >> 2) + T_VERSION] === 0) return;
  i32[(type >> 2) + T_VERSION] = 0;
  for (const s of subclassesOf(rt, type)) typeModified(rt, s);
}

// ---- instance dict -------------------------------------------------------------------------

/** i32 index of obj's __dict__ slot, or -1 if its type has none. */
export function dictSlotIndex(rt: Runtime, obj: Ref, type: Ref = rt.typeOf(obj)): number {
  if (isSmallInt(obj)) return -1;
  const i32 = rt.heap.i32;
  const off = i32[(type >> 2) + T_DICTOFFSET];
  if (off === 0) return -1;
  if (off > 0) return (obj + off) >> 2;
  return (obj + rt.heap.sizeOf(obj) - i32[(type >> 2) + T_EXTRA] + (-off - 1)) >> 2;
}

/** Byte address of a field given a layout offset as stored by this file (positive: from the
 *  start; negative: inside the extras area). */
export function fieldAddress(rt: Runtime, obj: Ref, off: number): number {
  if (off > 0) return obj + off;
  return obj + rt.heap.sizeOf(obj) - rt.heap.i32[(rt.heap.i32[obj >> 2] >> 2) + T_EXTRA] + (-off - 1);
}

/** obj.__dict__, created empty on demand when `create`; NULL if the type has no dict. */
export function instanceDict(rt: Runtime, obj: Ref, create: boolean): Ref {
  const di = dictSlotIndex(rt, obj);
  if (di < 0) return NULL;
  let d = rt.heap.i32[di] as Ref;
  if (d === NULL && create) {
    d = newDict(rt);
    rt.heap.i32[dictSlotIndex(rt, obj)] = d;
  }
  return d;
}

// ---- generic attribute access --------------------------------------------------------------

/** Is a descriptor of type `dt` a data descriptor (defines __set__ or __delete__)? */
export function isDataDescriptorType(rt: Runtime, dt: Ref): boolean {
  const i32 = rt.heap.i32;
  if (i32[(dt >> 2) + T_SLOTS] !== USER_SLOTS_INDEX) return rt.slots(dt).descrSet !== undefined;
  return lookupType(rt, dt, rt.names.__set__) !== NULL || lookupType(rt, dt, rt.names.__delete__) !== NULL;
}

/** Does a descriptor of type `dt` define __get__? */
export function hasDescrGet(rt: Runtime, dt: Ref): boolean {
  const i32 = rt.heap.i32;
  if (i32[(dt >> 2) + T_SLOTS] !== USER_SLOTS_INDEX) return rt.slots(dt).descrGet !== undefined;
  return lookupType(rt, dt, rt.names.__get__) !== NULL;
}

/**
 * object.__getattribute__: data descriptors on the type, then the instance __dict__, then
 * non-data descriptors and plain class attributes. Returns NULL when not found (no raise).
 */
export function genericGetAttr(rt: Runtime, obj: Ref, name: Ref): Ref {
  const tp = rt.typeOf(obj);
  const descr = lookupType(rt, tp, name);
  let get: ((rt: Runtime, d: Ref, o: Ref, t: Ref) => Ref) | undefined;
  if (descr !== NULL) {
    const dt = rt.typeOf(descr);
    if (hasDescrGet(rt, dt)) {
      get = rt.slots(dt).descrGet;
      if (get !== undefined && isDataDescriptorType(rt, dt)) return get(rt, descr, obj, tp);
    }
  }
  const di = dictSlotIndex(rt, obj, tp);
  if (di >= 0) {
    const d = rt.heap.i32[di] as Ref;
    if (d !== NULL) {
      const v = rt.heap.i32[name >> 2] === rt.types.str ? dictGetStr(rt, d, name) : dictGet(rt, d, name);
      if (v !== NULL) return v;
    }
  }
  if (get !== undefined) return get(rt, descr, obj, tp);
  return descr;
}

/** object.__setattr__ / __delattr__ (value NULL). */
export function genericSetAttr(rt: Runtime, obj: Ref, name: Ref, value: Ref): void {
  const tp = rt.typeOf(obj);
  const descr = lookupType(rt, tp, name);
  if (descr !== NULL) {
    const dt = rt.typeOf(descr);
    if (isDataDescriptorType(rt, dt)) {
      rt.slots(dt).descrSet!(rt, descr, obj, value);
      return;
    }
  }
  const di = dictSlotIndex(rt, obj, tp);
  if (di < 0) {
    if (descr !== NULL) {
      throw new PyError(attrError(rt, `'${typeName(rt, obj)}' object attribute '${rt.jsStr(name)}' is read-only`, name, obj));
    }
    attributeError(rt, obj, name);
  }
  let d = rt.heap.i32[di] as Ref;
  if (value === NULL) {
    if (d === NULL || !dictDel(rt, d, name)) attributeError(rt, obj, name);
    return;
  }
  if (d === NULL) {
    d = newDict(rt);
    rt.heap.i32[dictSlotIndex(rt, obj, tp)] = d;
  }
  dictSet(rt, d, name, value);
}

function attrError(rt: Runtime, msg: string, name: Ref, obj: Ref): Ref {
  const e = newExceptionObject(rt, rt.types.AttributeError, [rt.newStr(msg)]);
  rt.heap.i32[(e >> 2) + 8] = name;
  rt.heap.i32[(e >> 2) + 9] = obj;
  return e;
}

// ---- user classes --------------------------------------------------------------------------

export interface HeapTypeOptions {
  /** The metaclass (rt.types.type or a subclass). */
  meta: Ref;
  /** __name__ (str). */
  name: Ref;
  /** __qualname__ (str); defaults to name, or the namespace's __qualname__. */
  qualname?: Ref;
  /** __bases__; empty means (object,). Already checked to be types. */
  bases: Ref[];
  /** The class namespace (a dict); copied into the new type's dict. */
  namespace: Ref;
}

/** The layout donor among bases (CPython best_base/solid_base): raises "multiple bases have
 *  instance lay-out conflict" when their layouts are incompatible. */
export function bestBase(rt: Runtime, bases: Ref[]): Ref {
  let winner = NULL, winnerSolid = NULL;
  for (const b of bases) {
    if ((rt.heap.i32[(b >> 2) + T_FLAGS] & TF_BASETYPE) === 0) {
      typeError(rt, `type '${typeNameOf(rt, b)}' is not an acceptable base type`);
    }
    const s = solidBase(rt, b);
    if (winner === NULL) { winner = b; winnerSolid = s; continue; }
    if (isSubtype(rt, winnerSolid, s)) continue;
    if (isSubtype(rt, s, winnerSolid)) { winner = b; winnerSolid = s; continue; }
    typeError(rt, 'multiple bases have instance lay-out conflict');
  }
  return winner;
}

function solidBase(rt: Runtime, t: Ref): Ref {
  const i32 = rt.heap.i32;
  const base = i32[(t >> 2) + T_BASE] as Ref;
  if (base === NULL) return t;
  const sb = solidBase(rt, base);
  // A type is its own solid base if it adds instance fields other than __dict__.
  const adds = i32[(t >> 2) + T_SLOTNAMES] !== 0 && tupleLen(rt, i32[(t >> 2) + T_SLOTNAMES] as Ref) > 0;
  const nativeAdds = (i32[(t >> 2) + T_FLAGS] & TF_HEAPTYPE) === 0 && i32[(t >> 2) + T_BASICSIZE] !== i32[(base >> 2) + T_BASICSIZE];
  return adds || nativeAdds ? t : sb;
}

/**
 * The core of type.__new__ for a class statement: layout (instance __dict__, __slots__ with
 * member descriptors), MRO, flags, dict (a copy of the namespace, __qualname__ moved out,
 * __hash__ = None when __eq__ is defined without __hash__). The caller (type.__new__)
 * handles __set_name__, __init_subclass__ and the metaclass dance.
 */
export function createHeapType(rt: Runtime, o: HeapTypeOptions): Ref {
  // Iterating a non-tuple __slots__ runs Python code: keep the new type and the names rooted.
  const mark = rt.rootMark();
  try { return createHeapTypeInner(rt, o); } finally { rt.rootRelease(mark); }
}

function createHeapTypeInner(rt: Runtime, o: HeapTypeOptions): Ref {
  const heap = rt.heap;
  const bases = o.bases.length > 0 ? o.bases : [rt.types.object];
  const base = bestBase(rt, bases);
  const metaExtra = heap.i32[(o.meta >> 2) + T_BASICSIZE] - TYPE_BASICSIZE;
  const t = rt.rooted(heap.alloc(o.meta, TYPE_BASICSIZE + Math.max(0, metaExtra)));
  const i32 = heap.i32, w = t >> 2, bw = base >> 2;
  i32[w + T_SLOTS] = USER_SLOTS_INDEX;
  i32[w + T_NATIVE] = i32[bw + T_NATIVE];
  i32[w + T_NAME] = o.name;
  i32[w + T_BASE] = base;
  i32[w + T_BASES] = newTuple(rt, bases);
  i32[w + T_FLAGS] = TF_HEAPTYPE | TF_BASETYPE | TF_READY | (i32[bw + T_FLAGS] & TF_INHERITED);

  // Namespace copy.
  const dict = newDict(rt);
  i32[w + T_DICT] = dict;
  const ns = o.namespace;
  for (let e = dictNext(rt, ns, 0); e >= 0; e = dictNext(rt, ns, e + 1)) {
    dictSet(rt, dict, dictEntryKey(rt, ns, e), dictEntryValue(rt, ns, e));
  }
  const qn = rt.names.__qualname__;
  const nsQual = dictGetStr(rt, dict, qn);
  if (nsQual !== NULL) {
    if (rt.typeOf(nsQual) !== rt.types.str) typeError(rt, `type __qualname__ must be a str, not ${typeName(rt, nsQual)}`);
    dictDel(rt, dict, qn);
  }
  i32[w + T_QUALNAME] = o.qualname ?? (nsQual !== NULL ? nsQual : o.name);
  if (dictGetStr(rt, dict, rt.names.__eq__) !== NULL && dictGetStr(rt, dict, rt.names.__hash__) === NULL) {
    dictSet(rt, dict, rt.names.__hash__, rt.none);
  }

  // Layout.
  const varsize = (i32[bw + T_FLAGS] & TF_VARSIZE) !== 0;
  let basicsize = i32[bw + T_BASICSIZE];
  let extra = i32[bw + T_EXTRA];
  let dictoffset = i32[bw + T_DICTOFFSET];
  const slotsName = rt.names.__slots__;
  const slotsVal = dictGetStr(rt, dict, slotsName);
  let slotNames: Ref[] = [];
  let wantDict = true;
  if (slotsVal !== NULL) {
    slotNames = slotNamesOf(rt, slotsVal);
    wantDict = false;
    slotNames = slotNames.filter((s) => {
      const js = rt.jsStr(s);
      if (js === '__dict__') { wantDict = true; return false; }
      return js !== '__weakref__';
    });
  }
  const fieldOffset = (): number => {
    const pos = extra;
    extra += 4;
    if (varsize) return -(pos + 1);
    basicsize += 4;
    return basicsize - 4;
  };
  // A metaclass's instances are classes: their attributes live in the type dict (CPython's
  // type has tp_dictoffset pointing at tp_dict), so no instance dict and no __dict__
  // descriptor that would hide type.__dict__.
  if (isSubtype(rt, base, rt.types.type)) wantDict = false;
  if (wantDict && dictoffset === 0) {
    dictoffset = fieldOffset();
    if (dictGetStr(rt, dict, rt.names.__dict__) === NULL) {
      dictSet(rt, dict, rt.names.__dict__, instanceDictGetSet(rt, t));
    }
  }
  const mangled: Ref[] = [];
  for (const s of slotNames) {
    const m = mangle(rt, o.name, s);
    if (dictGetStr(rt, dict, m) !== NULL) {
      throw new PyError(newExceptionObject(rt, rt.types.ValueError, [rt.newStr(`'${rt.jsStr(s)}' in __slots__ conflicts with class variable`)]));
    }
    mangled.push(m);
    dictSet(rt, dict, m, newMemberDescriptor(rt, t, m, fieldOffset()));
  }
  // After the slots, as CPython's type_new_set_doc runs after type_new_descriptors: a class
  // without a docstring may list '__doc__' in __slots__ (typing's _SpecialForm does).
  if (dictGetStr(rt, dict, rt.names.__doc__) === NULL) dictSet(rt, dict, rt.names.__doc__, rt.none);
  if (extra % 8 !== 0 && varsize) extra = (extra + 7) & ~7;
  i32[w + T_BASICSIZE] = basicsize;
  i32[w + T_EXTRA] = varsize ? extra : extra;
  i32[w + T_DICTOFFSET] = dictoffset;
  i32[w + T_SLOTNAMES] = slotsVal !== NULL ? newTuple(rt, mangled) : NULL;
  i32[w + T_MRO] = newTuple(rt, computeMro(rt, t, bases));
  for (const b of bases) addSubclass(rt, b, t);
  return t;
}

function slotNamesOf(rt: Runtime, v: Ref): Ref[] {
  const strT = rt.types.str;
  if (rt.typeOf(v) === strT) return [v];
  const out: Ref[] = [];
  const it = (v: Ref): void => {
    if (!isSubtype(rt, rt.typeOf(v), strT)) typeError(rt, `__slots__ items must be strings, not '${typeName(rt, v)}'`);
    out.push(v);
  };
  const t = rt.typeOf(v);
  if (t === rt.types.tuple) { for (let i = 0; i < tupleLen(rt, v); i++) it(tupleGet(rt, v, i)); return out; }
  // Lists and other iterables: the iteration protocol (the caller's root mark covers the
  // rooted iterator and names; createHeapType's caller releases it).
  const iter = rt.rooted(getIter(rt, v));
  for (let x = iterNext(rt, iter); x !== NULL; x = iterNext(rt, iter)) it(rt.rooted(x));
  return out;
}

/** Private name mangling (_Py_Mangle): __x in class C -> _C__x. */
export function mangle(rt: Runtime, className: Ref, name: Ref): Ref {
  const n = rt.jsStr(name);
  if (!n.startsWith('__') || n.endsWith('__') || n.includes('.')) return name;
  const c = rt.jsStr(className).replace(/^_+/, '');
  if (c === '') return name;
  return rt.intern(`_${c}${n}`);
}

/** __name__ of a type as JS string. */
export function typeNameJs(rt: Runtime, t: Ref): string { return rt.jsStr(rt.heap.i32[(t >> 2) + T_NAME] as Ref); }

export { TYPE_BASICSIZE };
