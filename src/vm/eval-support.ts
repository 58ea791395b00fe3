// The eval loop's out-of-line helpers: the slow paths of opcodes (name lookup errors,
// unpacking, call-argument spreading, `with`, exception matching, generators' enter/leave,
// intrinsics). Kept out of eval.ts so the dispatch function stays small enough for the JIT.
// Each helper cites the CPython 3.11/3.13 code whose behaviour and messages it follows.

import { type Ref, NULL, isSmallInt, HeapExhausted, M_GC_GENERATION } from './heap.ts';
import { type Runtime, TS_FRAME, TS_RECURSION, TS_EXC_INFO, TS_CUR_EXC, R_BUILTINS } from './runtime.ts';
import { CO_COROUTINE, CO_ASYNC_GENERATOR } from '../python/code.ts';
import { INTRINSIC_1, INTRINSIC_2 } from '../python/opcodes.ts';
import { F_BACK, F_FUNC, F_LOCALS, F_GLOBALS, F_BUILTINS, F_NLP, F_SP, F_LOCALSPLUS, F_GEN, F_FLAGS, FF_ENTRY, FF_EXC_UNIT, F_CODE } from './frame.ts';
import type { DecodedCode, AttrCacheFn } from './code-object.ts';
import type { TypeSlots } from './type-slots.ts';
import { PyError, raise, typeError } from './errors.ts';
import {
  getAttr, getAttrOpt, callObject, getIter, iterNext, isInstance, isSubtype, typeName, repr,
  lookupSpecial, getItem, setItem, isType, callMethod, unaryOp, UnOp, binaryOp,
} from './abstract.ts';
import { lookupType, instanceDict, genericGetAttr } from './type-object.ts';
import { T_FLAGS, T_SLOTS, T_DICTOFFSET, T_VERSION, TF_METHOD_DESCRIPTOR, TF_BASE_EXC_SUBCLASS } from './type-layout.ts';
import { USER_SLOTS_INDEX } from './objects/user-slots.ts';
import {
  dictGetStr, dictSet, newDict, dictNext, dictEntryKey, dictEntryValue, dictGet, dictIndexStr,
  D_ENTRIES, D_NENTRIES, D_USED, D_VERSION,
} from './objects/dict-core.ts';
import { newTuple, tupleLen, tupleGet, allocTuple, tupleToArray, TU_ITEMS } from './objects/tuple-core.ts';
import { newList, listAppend, listToArray, listLen } from './objects/list-core.ts';
import { newSlice as sliceNew } from './objects/slice.ts';
import { newSet, setUpdate as setUpdateImpl } from './objects/set.ts';
import { I_SIZE, I_LIMBS } from './objects/int.ts';
import { FN_CLOSURE, FN_NAME, FN_QUALNAME } from './objects/function.ts';
import { CO_NAME, CO_QUALNAME } from './code-object.ts';
import { DS_A, DS_OWNER, callMethodDescriptor } from './objects/descriptors.ts';
import { freeThreading } from './object-lock.ts';
import {
  newGenerator, GEN_FRAME, GEN_STATE, GEN_EXC, GEN_OUTER_EXC, GS_CREATED, GS_RUNNING, GS_CLOSED, GS_SUSPENDED,
} from './objects/generator.ts';
import { newExceptionObject } from './objects/exceptions.ts';
import { excContext, setExcContext, excArgs, setExcCause } from './exc-util.ts';
import { recursionLimit, AbandonThread } from './vm-state.ts';
import { wrapAsyncGenValue } from './objects/async-generator.ts';
import { importName as importNameImpl, importFrom as importFromImpl, importStar } from './import.ts';

/** Marker a native returns to make the eval loop continue in the frame set by setTailFrame. */
export const TAILCALL = 16 as Ref;
let tailFrame: Ref = NULL;
export function setTailFrame(f: Ref): Ref { tailFrame = f; return TAILCALL; }
export function takeTailFrame(rt: Runtime, caller: Ref): Ref {
  const f = tailFrame;
  tailFrame = NULL;
  void rt; void caller;
  return f;
}

export const nlp = (rt: Runtime, f: Ref): number => rt.heap.i32[(f >> 2) + F_NLP];

/** The `__call__` of an instance of a Python class when it is a plain Python function (the
 *  eval loop then calls it inline, with the instance as self), else NULL. */
export function pyCallMethod(rt: Runtime, obj: Ref): Ref {
  const fn = lookupType(rt, rt.typeOf(obj), rt.intern('__call__'));
  return fn !== NULL && (fn & 1) === 0 && rt.typeOf(fn) === rt.types.function ? fn : NULL;
}

// ---- names ---------------------------------------------------------------------------------

export function nameNotDefined(rt: Runtime, name: Ref): never {
  const e = newExceptionObject(rt, rt.types.NameError, [rt.newStr(`name '${rt.jsStr(name)}' is not defined`)]);
  rt.heap.i32[(e >> 2) + 8] = name; // NameError.name (exceptions.ts E_F0)
  throw new PyError(e);
}

export function unboundLocal(rt: Runtime, d: DecodedCode, i: number): never {
  return raise(rt, rt.types.UnboundLocalError, `cannot access local variable '${d.lpNames[i]}' where it is not associated with a value`);
}

export function unboundDeref(rt: Runtime, d: DecodedCode, i: number): never {
  if (i >= d.nlocalsplus - d.nfree) {
    return raise(rt, rt.types.NameError, `cannot access free variable '${d.lpNames[i]}' where it is not associated with a value in enclosing scope`);
  }
  return unboundLocal(rt, d, i);
}

/** LOAD_GLOBAL / LOAD_NAME after a miss of the version-keyed cache (eval.ts): `name` in
 *  globals g, else builtins b (both exact dicts), through the keyed cache of DecodedCode
 *  (gKey*), which stays valid while the globals only change values; refills both caches. */
export function loadGlobalKeyed(rt: Runtime, d: DecodedCode, idx: number, g: Ref, b: Ref, name: Ref): Ref {
  const i32 = rt.heap.i32, gw = g >> 2;
  const ents = i32[gw + D_ENTRIES];
  const gen = i32[M_GC_GENERATION];
  let v: Ref = NULL;
  if (ents !== 0 && d.gCacheG[idx] === g && d.gKeyEntries[idx] === ents) {
    const e = d.gKeyIndex[idx];
    if (e >= 0) {
      const t = (ents >> 2) + 2 + 3 * e;
      if (i32[t + 1] === name) v = i32[t + 2] as Ref;
    } else if (d.gKeyNent[idx] === i32[gw + D_NENTRIES] && d.gKeyUsed[idx] === i32[gw + D_USED] &&
               d.gKeyGen[idx] === gen && d.gCacheBv[idx] === i32[(b >> 2) + D_VERSION]) {
      v = d.gCacheValue[idx] as Ref;
    }
  }
  if (v === NULL) {
    const e = i32[b >> 2] === rt.types.dict ? dictIndexStr(rt, g, name) : -2;
    if (e === -2) {
      v = loadGlobal(rt, g, b, name);
      d.gKeyEntries[idx] = 0;
    } else {
      if (e >= 0) v = i32[(ents >> 2) + 2 + 3 * e + 2] as Ref;
      else {
        v = dictGetStr(rt, b, name);
        if (v === NULL) nameNotDefined(rt, name);
      }
      d.gKeyEntries[idx] = ents;
      d.gKeyIndex[idx] = e;
      d.gKeyNent[idx] = i32[gw + D_NENTRIES];
      d.gKeyUsed[idx] = i32[gw + D_USED];
      d.gKeyGen[idx] = gen;
    }
  }
  d.gCacheValue[idx] = v;
  d.gCacheGv[idx] = i32[gw + D_VERSION];
  d.gCacheBv[idx] = i32[(b >> 2) + D_VERSION];
  d.gCacheG[idx] = g;
  return v;
}

export function loadGlobal(rt: Runtime, g: Ref, b: Ref, name: Ref): Ref {
  let v = dictGetStr(rt, g, name);
  if (v !== NULL) return v;
  v = rt.heap.i32[b >> 2] === rt.types.dict ? dictGetStr(rt, b, name) : mappingGetOpt(rt, b, name);
  if (v !== NULL) return v;
  return nameNotDefined(rt, name);
}

/** mapping[key] or NULL on KeyError. */
export function mappingGetOpt(rt: Runtime, m: Ref, key: Ref): Ref {
  if (rt.heap.i32[m >> 2] === rt.types.dict) {
    return rt.heap.i32[key >> 2] === rt.types.str ? dictGetStr(rt, m, key) : dictGet(rt, m, key);
  }
  try {
    return getItem(rt, m, key);
  } catch (e) {
    if (e instanceof PyError && isInstance(rt, e.exc, rt.types.KeyError)) return NULL;
    throw e;
  }
}

export function loadName(rt: Runtime, f: Ref, name: Ref): Ref {
  const i32 = rt.heap.i32, w = f >> 2;
  const loc = i32[w + F_LOCALS] as Ref;
  if (loc === NULL) raise(rt, rt.types.SystemError, `no locals when loading ${rt.jsStr(name)}`);
  let v = mappingGetOpt(rt, loc, name);
  if (v !== NULL) return v;
  v = dictGetStr(rt, i32[w + F_GLOBALS] as Ref, name);
  if (v !== NULL) return v;
  v = mappingGetOpt(rt, i32[w + F_BUILTINS] as Ref, name);
  if (v !== NULL) return v;
  return nameNotDefined(rt, name);
}

/** The builtins dict for a globals dict (its __builtins__, else the process's builtins). */
export function builtinsFor(rt: Runtime, globals: Ref): Ref {
  const b = dictGetStr(rt, globals, rt.intern('__builtins__'));
  if (b !== NULL) {
    if (rt.heap.i32[b >> 2] === rt.types.dict) return b;
    if (rt.heap.i32[b >> 2] === rt.types.module) { const d = getAttrOpt(rt, b, rt.intern('__dict__')); if (d !== NULL) return d; }
  }
  const r = rt.root(R_BUILTINS);
  return r === NULL ? newDict(rt) : r;
}

export function copyClosure(rt: Runtime, f: Ref, func: Ref, d: DecodedCode): void {
  if (d.nfree === 0 || func === NULL) return;
  const i32 = rt.heap.i32;
  const clo = i32[(func >> 2) + FN_CLOSURE] as Ref;
  if (clo === NULL) return;
  const base = (f >> 2) + F_LOCALSPLUS + d.nlocalsplus - d.nfree;
  for (let i = 0; i < d.nfree; i++) i32[base + i] = i32[(clo >> 2) + TU_ITEMS + i];
}

// ---- attributes ----------------------------------------------------------------------------

let objectGetattribute: Ref = NULL;
/**
 * The method form of LOAD_ATTR (CPython _PyObject_GetMethod): a function / method
 * descriptor found on the type, not shadowed by the instance dict, under the generic
 * __getattribute__. Returns the unbound descriptor, or NULL (the caller does a plain
 * getattr).
 */
export function getMethod(rt: Runtime, owner: Ref, name: Ref): Ref {
  const i32 = rt.heap.i32;
  const tp = rt.typeOf(owner);
  const slotsIdx = i32[(tp >> 2) + T_SLOTS];
  if (slotsIdx === USER_SLOTS_INDEX) {
    if (objectGetattribute === NULL) objectGetattribute = lookupType(rt, rt.types.object, rt.names.__getattribute__);
    if (lookupType(rt, tp, rt.names.__getattribute__) !== objectGetattribute) return NULL;
  } else {
    // Builtin types inherit object's generic getattro (registry.ts inherit_slots): only a
    // different one (module, type, function, super ...) rules the method form out.
    const ga = rt.slots(tp).getattro;
    if (ga !== undefined && ga !== genericGetAttr) return NULL;
  }
  const descr = lookupType(rt, tp, name);
  if (descr === NULL || isSmallInt(descr)) return NULL;
  const dt = i32[descr >> 2];
  if ((i32[(dt >> 2) + T_FLAGS] & TF_METHOD_DESCRIPTOR) === 0) return NULL;
  const dict = instanceDict(rt, owner, false);
  if (dict !== NULL && dictGetStr(rt, dict, name) !== NULL) return NULL;
  return descr;
}

// ---- attribute caches ----------------------------------------------------------------------
// LOAD_ATTR / STORE_ATTR inline caches, after CPython 3.12's specialized LOAD_ATTR_WITH_HINT /
// LOAD_ATTR_SLOT / LOAD_ATTR_METHOD_* (Python/specialize.c): filled on the slow path, used while
// the owner's type still has the version tag it had then. A type's tag changes whenever it or
// a base is modified (type-object.ts typeModified), so everything read from the type's MRO is
// stable while the tag matches. What is NOT covered by the tag — the type of a descriptor found
// there, which a user class could turn into a data descriptor later — is only relied on when
// that type is a builtin (immutable). Hits repeat exactly what the generic path does:
//   AK_DICT    user class, object.__getattribute__/__setattr__, name absent from the type or a
//              non-descriptor-ish builtin value there: the instance __dict__ (positive offset)
//              decides; a miss (or no dict yet) takes the slow path.
//   AK_DATA    user class, a builtin data descriptor (slot member, property, getset): its
//              descrGet / descrSet is called directly (no __getattr__ on the type for loads).
//   AK_METHOD  the method form of LOAD_ATTR: what getMethod returned (a function), valid while
//              the instance __dict__ does not shadow the name.
//   AK_SLOT    AK_DATA for a `__slots__` member at a fixed offset (CPython LOAD_ATTR_SLOT):
//              aDescr holds the byte offset, read or written in place; the member's owner
//              check (descriptors.ts checkOwner) was done at fill time and holds while the
//              type's tag does. An empty slot takes the slow path (AttributeError).
// AK_DICT also remembers, in aHint, the entry index where the name was last found in an
// instance dict: instances of a class usually get their attributes in the same order, so
// the entry at that index holding the very same (interned) key is a hit without hashing
// (CPython 3.12's LOAD_ATTR_WITH_HINT). Used only when not free-threaded, where dict
// operations take the dict's lock.

export const AK_DICT = 1, AK_DATA = 2, AK_METHOD = 3, AK_SLOT = 4;

/** The AK_DICT slow path: `name` in instance dict `dict`, remembering its entry index. */
export function dictGetStrHinted(rt: Runtime, d: DecodedCode, idx: number, dict: Ref, name: Ref): Ref {
  if (freeThreading.on) return dictGetStr(rt, dict, name);
  const e = dictIndexStr(rt, dict, name);
  if (e === -2) return dictGetStr(rt, dict, name);
  if (e < 0) return NULL;
  d.aHint[idx] = e;
  const i32 = rt.heap.i32;
  return i32[(i32[(dict >> 2) + D_ENTRIES]! >> 2) + 2 + 3 * e + 2] as Ref;
}

/** The AK_DICT store slow path: dict[name] = v, remembering the entry index of name. */
export function dictSetHinted(rt: Runtime, d: DecodedCode, idx: number, dict: Ref, name: Ref, v: Ref): void {
  dictSet(rt, dict, name, v);
  if (freeThreading.on) return;
  const i32 = rt.heap.i32, ents = i32[(dict >> 2) + D_ENTRIES]!;
  const last = i32[(dict >> 2) + D_NENTRIES]! - 1;
  // A new key went last; an existing one is looked up (rare: the hint missed).
  const e = last >= 0 && i32[(ents >> 2) + 3 + 3 * last] === name ? last : dictIndexStr(rt, dict, name);
  if (e >= 0) d.aHint[idx] = e;
}

// ---- natives called with their Python exception caught ----------------------------------
// A JS exception that crosses `execute` while V8 runs it as baseline code costs two scans of
// its whole pc-to-bytecode-offset table (see `raised` in eval.ts): ~20-50 µs for each
// KeyError, ValueError or StopIteration a program catches, until V8 has optimized the loop.
// The operations that raise most often in programs that catch what they raise go through
// these small functions, which catch the PyError one frame below `execute` and hand it back
// as RAISED; execute then unwinds from it without a JS exception.

/** What a *Caught function returns when the operation raised; takeCaught() gives the
 *  exception. Below the heap's start, like BLOCK and TAILCALL, so never a value. */
export const RAISED = 24 as Ref;
let caughtExc: Ref = NULL;

/** The exception the last RAISED stands for (taken once). */
export function takeCaught(): Ref {
  const e = caughtExc;
  caughtExc = NULL;
  return e;
}

/** RAISED for a Python exception, kept for takeCaught; anything else is thrown on. (Each
 *  wrapper below stays a separate function so that V8 sees one callee at each site.) */
function toRaised(e: unknown): Ref {
  if (!(e instanceof PyError)) throw e;
  caughtExc = e.exc;
  return RAISED;
}

/** CALL of a native from the eval loop: callMethodDescrDirect for `obj.meth(...)` of a
 *  builtin method (`md`), else callObject with `direct`. */
export function callNativeCaught(rt: Runtime, md: boolean, callable: Ref, self: Ref, args: Ref[], kwnames: Ref | null): Ref {
  try {
    return md ? callMethodDescrDirect(rt, callable, self, args, kwnames) : callObject(rt, callable, args, kwnames, true);
  } catch (e) {
    return toRaised(e);
  }
}

/** BINARY_SUBSCR's generic path: c[key]. */
export function getItemCaught(rt: Runtime, c: Ref, key: Ref): Ref {
  try {
    return getItem(rt, c, key);
  } catch (e) {
    return toRaised(e);
  }
}

/** BINARY_OP's generic path (ZeroDivisionError, TypeError). */
export function binaryOpCaught(rt: Runtime, a: Ref, b: Ref, op: number): Ref {
  try {
    return binaryOp(rt, a, b, op);
  } catch (e) {
    return toRaised(e);
  }
}

/** LOAD_ATTR's generic path: o.name. */
export function getAttrCaught(rt: Runtime, o: Ref, name: Ref): Ref {
  try {
    return getAttr(rt, o, name);
  } catch (e) {
    return toRaised(e);
  }
}

/** CALL of a method_descriptor with its self from LOAD_ATTR's method form: as callObject
 *  with `direct` (the native may take gc-safe.ts's evalDirect), without the generic call
 *  slot's argument re-slicing. */
export function callMethodDescrDirect(rt: Runtime, descr: Ref, self: Ref, args: Ref[], kwnames: Ref | null): Ref {
  rt.evalDirect = true;
  return callMethodDescriptor(rt, descr, self, args, kwnames);
}

/** The byte offset of `__slots__` member `descr` when instances of `tp` may use it in place
 *  (AK_SLOT), else 0. */
function slotOffset(rt: Runtime, tp: Ref, descr: Ref): number {
  const i32 = rt.heap.i32;
  if (i32[descr >> 2] !== rt.types.member_descriptor) return 0;
  const off = i32[(descr >> 2) + DS_A]!;
  if (off <= 0 || !isSubtype(rt, tp, i32[(descr >> 2) + DS_OWNER] as Ref)) return 0;
  return off;
}

function objectDunder(rt: Runtime, name: Ref): Ref { return lookupType(rt, rt.types.object, name); }

/** A builtin type's data-descriptor functions (null for user types and non-descriptors). */
function builtinDescr(rt: Runtime, descr: Ref): TypeSlots | null {
  if (descr === NULL || isSmallInt(descr)) return null;
  const dt = rt.heap.i32[descr >> 2] as Ref;
  if (rt.heap.i32[(dt >> 2) + T_SLOTS] === USER_SLOTS_INDEX) return null;
  return rt.slots(dt);
}

/** Fill the LOAD_ATTR cache at instruction idx after a slow-path lookup of owner.name. */
export function fillLoadAttrCache(rt: Runtime, d: DecodedCode, idx: number, owner: Ref, name: Ref, method: Ref | null): void {
  d.aType[idx] = 0;
  if (isSmallInt(owner)) return;
  const i32 = rt.heap.i32;
  const tp = i32[owner >> 2] as Ref;
  const tw = tp >> 2;
  const off = i32[tw + T_DICTOFFSET];
  if (off < 0) return;
  if (method !== null) {
    // getMethod's result depends on the type only (version-guarded) and on the instance
    // dict, checked at each hit.
    if (method === NULL) return;
    const v = i32[tw + T_VERSION];
    if (v === 0) return;
    d.aType[idx] = tp; d.aVer[idx] = v; d.aKind[idx] = AK_METHOD; d.aDescr[idx] = method; d.aFn[idx] = null;
    return;
  }
  if (i32[tw + T_SLOTS] !== USER_SLOTS_INDEX) return;
  const ga = rt.names.__getattribute__;
  if (lookupType(rt, tp, ga) !== objectDunder(rt, ga)) return;
  const descr = lookupType(rt, tp, name);
  let kind = 0;
  let fn: AttrCacheFn | null = null;
  if (descr === NULL) {
    if (off > 0) kind = AK_DICT;
  } else {
    const ds = builtinDescr(rt, descr);
    if (ds === null) return;
    if (ds.descrSet !== undefined) {
      if (ds.descrGet === undefined || lookupType(rt, tp, rt.names.__getattr__) !== NULL) return;
      kind = AK_DATA;
      fn = ds.descrGet;
    } else if (off > 0) {
      kind = AK_DICT;
    }
  }
  const v = i32[tw + T_VERSION];
  if (kind === 0 || v === 0) return;
  d.aType[idx] = tp; d.aVer[idx] = v; d.aKind[idx] = kind; d.aDescr[idx] = descr; d.aFn[idx] = fn;
  const so = kind === AK_DATA ? slotOffset(rt, tp, descr) : 0;
  if (so > 0) { d.aKind[idx] = AK_SLOT; d.aDescr[idx] = so; d.aFn[idx] = null; }
}

/** Fill the STORE_ATTR cache at instruction idx (called before the slow-path store). */
export function fillStoreAttrCache(rt: Runtime, d: DecodedCode, idx: number, owner: Ref, name: Ref): void {
  d.aType[idx] = 0;
  if (isSmallInt(owner)) return;
  const i32 = rt.heap.i32;
  const tp = i32[owner >> 2] as Ref;
  const tw = tp >> 2;
  const off = i32[tw + T_DICTOFFSET];
  if (off < 0 || i32[tw + T_SLOTS] !== USER_SLOTS_INDEX) return;
  const sa = rt.names.__setattr__;
  if (lookupType(rt, tp, sa) !== objectDunder(rt, sa)) return;
  const descr = lookupType(rt, tp, name);
  let kind = 0;
  let fn: AttrCacheFn | null = null;
  if (descr === NULL) {
    if (off > 0) kind = AK_DICT;
  } else {
    const ds = builtinDescr(rt, descr);
    if (ds === null) return;
    if (ds.descrSet !== undefined) { kind = AK_DATA; fn = ds.descrSet; } else if (off > 0) kind = AK_DICT;
  }
  const v = i32[tw + T_VERSION];
  if (kind === 0 || v === 0) return;
  d.aType[idx] = tp; d.aVer[idx] = v; d.aKind[idx] = kind; d.aDescr[idx] = descr; d.aFn[idx] = fn;
  const so = kind === AK_DATA ? slotOffset(rt, tp, descr) : 0;
  if (so > 0) { d.aKind[idx] = AK_SLOT; d.aDescr[idx] = so; d.aFn[idx] = null; }
}

// ---- containers ----------------------------------------------------------------------------

export function newSlice(rt: Runtime, a: Ref, b: Ref, c: Ref): Ref { return sliceNew(rt, a, b, c); }

export function tupleFromStack(rt: Runtime, from: number, n: number): Ref {
  const t = allocTuple(rt, n);
  rt.heap.i32.copyWithin((t >> 2) + TU_ITEMS, from, from + n);
  return t;
}

export function newSetFrom(rt: Runtime, items: Ref[]): Ref {
  return newSet(rt, items.length ? newTuple(rt, items) : NULL);
}
export function setAdd(rt: Runtime, s: Ref, v: Ref): void { setUpdateImpl(rt, s, newTuple(rt, [v])); }
export function setUpdate(rt: Runtime, s: Ref, it: Ref): void { setUpdateImpl(rt, s, it); }

export function iterateToArray(rt: Runtime, o: Ref): Ref[] {
  const t = rt.typeOf(o);
  if (t === rt.types.tuple) return tupleToArray(rt, o);
  if (t === rt.types.list) return listToArray(rt, o);
  const it = getIter(rt, o);
  const out: Ref[] = [];
  for (let v = iterNext(rt, it); v !== NULL; v = iterNext(rt, it)) out.push(v);
  return out;
}

export function listExtend(rt: Runtime, l: Ref, it: Ref): void {
  let items: Ref[];
  try {
    items = iterateToArray(rt, it);
  } catch (e) {
    if (e instanceof PyError && isInstance(rt, e.exc, rt.types.TypeError) && !hasIter(rt, it)) {
      typeError(rt, `Value after * must be an iterable, not ${typeName(rt, it)}`);
    }
    throw e;
  }
  for (const v of items) listAppend(rt, l, v);
}

function hasIter(rt: Runtime, o: Ref): boolean {
  const s = rt.slots(rt.typeOf(o));
  return s.iter !== undefined || s.getitem !== undefined;
}

function isMapping(rt: Runtime, m: Ref): boolean {
  return rt.heap.i32[m >> 2] === rt.types.dict || lookupType(rt, rt.typeOf(m), rt.intern('keys')) !== NULL;
}

function forEachItem(rt: Runtime, m: Ref, fn: (k: Ref, v: Ref) => void): void {
  if (!isSmallInt(m) && rt.heap.i32[m >> 2] === rt.types.dict) {
    for (let e = dictNext(rt, m, 0); e >= 0; e = dictNext(rt, m, e + 1)) fn(dictEntryKey(rt, m, e), dictEntryValue(rt, m, e));
    return;
  }
  const keys = callMethod(rt, m, rt.intern('keys'), []);
  for (const k of iterateToArray(rt, keys)) fn(k, getItem(rt, m, k));
}

export function dictUpdate(rt: Runtime, d: Ref, m: Ref): void {
  if (!isMapping(rt, m)) typeError(rt, `'${typeName(rt, m)}' object is not a mapping`);
  forEachItem(rt, m, (k, v) => dictSet(rt, d, k, v));
}

/** Human name of a callable for call errors (CPython _PyObject_FunctionStr). */
export function functionStr(rt: Runtime, f: Ref): string {
  const q = getAttrOpt(rt, f, rt.intern('__qualname__'));
  if (q === NULL) return `${typeName(rt, f)} object`;
  const m = getAttrOpt(rt, f, rt.intern('__module__'));
  const qs = rt.jsStr(q);
  if (m !== NULL && rt.typeOf(m) === rt.types.str && rt.jsStr(m) !== 'builtins') return `${rt.jsStr(m)}.${qs}()`;
  return `${qs}()`;
}

export function dictMerge(rt: Runtime, d: Ref, m: Ref, func: Ref): void {
  if (!isMapping(rt, m)) typeError(rt, `${functionStr(rt, func)} argument after ** must be a mapping, not ${typeName(rt, m)}`);
  forEachItem(rt, m, (k, v) => {
    if (dictGet(rt, d, k) !== NULL) {
      typeError(rt, `${functionStr(rt, func)} got multiple values for keyword argument '${rt.jsStr(k)}'`);
    }
    dictSet(rt, d, k, v);
  });
}

/** CALL_FUNCTION_EX: positional tuple and kwargs dict to (args, kwnames). */
export function spreadCallArgs(rt: Runtime, func: Ref, cargs: Ref, kwargs: Ref): [Ref[], Ref | null] {
  let args: Ref[];
  if (rt.typeOf(cargs) === rt.types.tuple) args = tupleToArray(rt, cargs);
  else {
    if (!hasIter(rt, cargs)) typeError(rt, `${functionStr(rt, func)} argument after * must be an iterable, not ${typeName(rt, cargs)}`);
    args = iterateToArray(rt, cargs);
  }
  if (kwargs === NULL) return [args, null];
  const names: Ref[] = [];
  if (rt.heap.i32[kwargs >> 2] !== rt.types.dict) {
    if (!isMapping(rt, kwargs)) typeError(rt, `${functionStr(rt, func)} argument after ** must be a mapping, not ${typeName(rt, kwargs)}`);
  }
  forEachItem(rt, kwargs, (k, v) => {
    if (!isSubtype(rt, rt.typeOf(k), rt.types.str)) typeError(rt, 'keywords must be strings');
    names.push(k);
    args.push(v);
  });
  return [args, names.length ? newTuple(rt, names) : null];
}

// ---- unpacking -----------------------------------------------------------------------------

export function unpackSequence(rt: Runtime, seq: Ref, n: number): Ref[] {
  const t = rt.typeOf(seq);
  let items: Ref[];
  if (t === rt.types.tuple || t === rt.types.list) {
    items = t === rt.types.tuple ? tupleToArray(rt, seq) : listToArray(rt, seq);
    if (items.length === n) return items;
    if (items.length < n) raise(rt, rt.types.ValueError, `not enough values to unpack (expected ${n}, got ${items.length})`);
    raise(rt, rt.types.ValueError, `too many values to unpack (expected ${n})`);
  }
  if (!hasIter(rt, seq)) typeError(rt, `cannot unpack non-iterable ${typeName(rt, seq)} object`);
  const it = getIter(rt, seq);
  items = [];
  for (let i = 0; i < n; i++) {
    const v = iterNext(rt, it);
    if (v === NULL) raise(rt, rt.types.ValueError, `not enough values to unpack (expected ${n}, got ${i})`);
    items.push(v);
  }
  if (iterNext(rt, it) !== NULL) raise(rt, rt.types.ValueError, `too many values to unpack (expected ${n})`);
  return items;
}

export function unpackEx(rt: Runtime, seq: Ref, before: number, after: number): Ref[] {
  if (!hasIter(rt, seq)) typeError(rt, `cannot unpack non-iterable ${typeName(rt, seq)} object`);
  const all = iterateToArray(rt, seq);
  if (all.length < before + after) {
    raise(rt, rt.types.ValueError, `not enough values to unpack (expected at least ${before + after}, got ${all.length})`);
  }
  const out = all.slice(0, before);
  out.push(newList(rt, all.slice(before, all.length - after)));
  for (let i = all.length - after; i < all.length; i++) out.push(all[i]);
  return out;
}

// ---- formatting ----------------------------------------------------------------------------

export function ascii(rt: Runtime, v: Ref): Ref {
  const s = rt.jsStr(repr(rt, v));
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out += ch;
    else if (c < 0x100) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c < 0x10000) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += '\\U' + c.toString(16).padStart(8, '0');
  }
  return rt.newStr(out);
}

export function format(rt: Runtime, v: Ref, spec: Ref): Ref {
  const m = lookupSpecial(rt, v, rt.intern('__format__'));
  if (m === NULL) typeError(rt, `Type ${typeName(rt, v)} doesn't define __format__`);
  const r = callObject(rt, m, [spec]);
  if (!isSubtype(rt, rt.typeOf(r), rt.types.str)) typeError(rt, `__format__ must return a str, not ${typeName(rt, r)}`);
  return r;
}

// ---- with, await, async for ----------------------------------------------------------------

/** `type(mgr).__enter__`, unbound, or NULL. When it is a Python function BEFORE_WITH calls it
 *  in a frame of its own in the eval loop (as CALL does), so that a wait inside __enter__
 *  (Condition.__enter__ taking its lock) happens at top level, not in a loop nested under a
 *  native; `withExit` gives the bound __exit__ first, with beforeWith's error. Anything else
 *  goes to beforeWith with this lookup's result. */
export function withEnter(rt: Runtime, mgr: Ref): Ref {
  return lookupType(rt, rt.typeOf(mgr), rt.intern('__enter__'));
}

/** The bound __exit__ (__aexit__) of `mgr`, or CPython's TypeError. */
export function withExit(rt: Runtime, mgr: Ref, isAsync: boolean): Ref {
  const exitName = isAsync ? '__aexit__' : '__exit__';
  const exit = lookupSpecial(rt, mgr, rt.intern(exitName));
  if (exit === NULL) {
    typeError(rt, `'${typeName(rt, mgr)}' object does not support the ${isAsync ? 'asynchronous ' : ''}context manager protocol (missed ${exitName} method)`);
  }
  return exit;
}

/** BEFORE_WITH / BEFORE_ASYNC_WITH through a call from native code: [bound __exit__, the
 *  result of __enter__()]. `enterDescr`: `type(mgr).__enter__` (__aenter__), when the caller
 *  looked it up already. */
export function beforeWith(rt: Runtime, mgr: Ref, isAsync: boolean,
  enterDescr = lookupType(rt, rt.typeOf(mgr), rt.intern(isAsync ? '__aenter__' : '__enter__'))): [Ref, Ref] {
  const get = enterDescr === NULL ? undefined : rt.slots(rt.typeOf(enterDescr)).descrGet;
  const enter = get !== undefined ? get(rt, enterDescr, mgr, rt.typeOf(mgr)) : enterDescr;
  if (enter === NULL) {
    typeError(rt, `'${typeName(rt, mgr)}' object does not support the ${isAsync ? 'asynchronous ' : ''}context manager protocol`);
  }
  const exit = withExit(rt, mgr, isAsync);
  const r = callObject(rt, enter, []);
  return [exit, isAsync ? getAwaitable(rt, r, 1) : r];
}

export function getAwaitable(rt: Runtime, o: Ref, where: number): Ref {
  const t = rt.typeOf(o);
  if (t === rt.types.coroutine) {
    if (rt.heap.i32[(o >> 2) + GEN_STATE] === GS_RUNNING) raise(rt, rt.types.RuntimeError, 'coroutine is being awaited already');
    return o;
  }
  if (t === rt.types.generator) {
    const f = rt.heap.i32[(o >> 2) + GEN_FRAME] as Ref;
    const co = rt.heap.i32[(f >> 2) + F_CODE] as Ref;
    if (rt.heap.i32[(co >> 2) + 15] & 0x100) return o; // CO_ITERABLE_COROUTINE
  }
  const aw = lookupSpecial(rt, o, rt.names.__await__);
  if (aw === NULL) {
    const what = where === 1 ? "'async with' received an object from __aenter__ that does not implement __await__: "
      : where === 2 ? "'async with' received an object from __aexit__ that does not implement __await__: " : "object ";
    if (where === 0) typeError(rt, `object ${typeName(rt, o)} can't be used in 'await' expression`);
    typeError(rt, what + typeName(rt, o));
  }
  const it = callObject(rt, aw, []);
  if (rt.typeOf(it) === rt.types.coroutine) typeError(rt, '__await__() returned a coroutine');
  if (rt.slots(rt.typeOf(it)).next === undefined) typeError(rt, `__await__() returned non-iterator of type '${typeName(rt, it)}'`);
  return it;
}

export function getAIter(rt: Runtime, o: Ref): Ref {
  const m = lookupSpecial(rt, o, rt.names.__aiter__);
  if (m === NULL) typeError(rt, `'async for' requires an object with __aiter__ method, got ${typeName(rt, o)}`);
  return callObject(rt, m, []);
}

export function getANext(rt: Runtime, aiter: Ref): Ref {
  const m = lookupSpecial(rt, aiter, rt.intern('__anext__'));
  if (m === NULL) typeError(rt, `'async for' requires an iterator with __anext__ method, got ${typeName(rt, aiter)}`);
  const r = callObject(rt, m, []);
  return getAwaitable(rt, r, 0);
}

/** SEND to something that is not one of our generators: send(v) or __next__. */
export function sendNonGen(rt: Runtime, recv: Ref, v: Ref): { done: boolean; value: Ref } {
  try {
    const r = v === rt.none ? iterNext(rt, recv) : callMethod(rt, recv, rt.intern('send'), [v]);
    if (r === NULL) return { done: true, value: rt.none };
    return { done: false, value: r };
  } catch (e) {
    if (e instanceof PyError && isInstance(rt, e.exc, rt.types.StopIteration)) return { done: true, value: stopIterationValue(rt, e.exc) };
    throw e;
  }
}

// ---- exceptions ----------------------------------------------------------------------------

function checkExcType(rt: Runtime, t: Ref): void {
  if (!isType(rt, t) || (rt.heap.i32[(t >> 2) + T_FLAGS] & TF_BASE_EXC_SUBCLASS) === 0) {
    typeError(rt, 'catching classes that do not inherit from BaseException is not allowed');
  }
}

export function excMatches(rt: Runtime, exc: Ref, t: Ref): boolean {
  if (rt.typeOf(t) === rt.types.tuple) {
    const n = tupleLen(rt, t);
    for (let i = 0; i < n; i++) checkExcType(rt, tupleGet(rt, t, i));
    for (let i = 0; i < n; i++) if (isSubtype(rt, rt.typeOf(exc), tupleGet(rt, t, i))) return true;
    return false;
  }
  checkExcType(rt, t);
  return isSubtype(rt, rt.typeOf(exc), t);
}

/** CHECK_EG_MATCH (CPython exception_group_match): (rest, match). */
export function exceptionGroupMatch(rt: Runtime, eg: Ref, t: Ref): [Ref, Ref] {
  if (rt.typeOf(t) === rt.types.tuple) { for (const x of tupleToArray(rt, t)) checkExcType(rt, x); } else checkExcType(rt, t);
  if (excMatches(rt, eg, t)) {
    if (isInstance(rt, eg, rt.types.BaseExceptionGroup)) return [rt.none, eg];
    const wrapped = callObject(rt, rt.types.ExceptionGroup, [rt.newStr(''), newTuple(rt, [eg])]);
    return [rt.none, wrapped];
  }
  if (!isInstance(rt, eg, rt.types.BaseExceptionGroup)) return [eg, rt.none];
  const pair = callMethod(rt, eg, rt.intern('split'), [t]);
  const match = tupleGet(rt, pair, 0), rest = tupleGet(rt, pair, 1);
  if (match === rt.none) return [eg, rt.none];
  return [rest, match];
}

export function normalizeCause(rt: Runtime, cause: Ref): Ref {
  if (cause === rt.none) return rt.none;
  if (isType(rt, cause) && (rt.heap.i32[(cause >> 2) + T_FLAGS] & TF_BASE_EXC_SUBCLASS) !== 0) return callObject(rt, cause, []);
  if ((rt.heap.i32[(rt.typeOf(cause) >> 2) + T_FLAGS] & TF_BASE_EXC_SUBCLASS) !== 0) return cause;
  return typeError(rt, 'exception causes must derive from BaseException');
}

/** exc.__context__ = ctx, breaking a cycle ctx -> ... -> exc as CPython _PyErr_SetObject. */
export function setContextNoCycle(rt: Runtime, exc: Ref, ctx: Ref): void {
  let o = ctx;
  for (let guard = 0; guard < 10000; guard++) {
    const c = excContext(rt, o);
    if (c === NULL || c === rt.none) break;
    if (c === exc) { setExcContext(rt, o, NULL); break; }
    o = c;
  }
  setExcContext(rt, exc, ctx);
}

export function stopIterationValue(rt: Runtime, exc: Ref): Ref {
  const v = getAttrOpt(rt, exc, rt.intern('value'));
  return v === NULL ? rt.none : v;
}

export function stopIterationFor(rt: Runtime, v: Ref): Ref {
  return newExceptionObject(rt, rt.types.StopIteration, v === rt.none ? [] : [v]);
}

export function instantiateExc(rt: Runtime, e: Ref): Ref {
  if (isType(rt, e)) return callObject(rt, e, []);
  return e;
}

/** Any JS exception caught by the loop, as a Python exception object. */
export function toPyException(rt: Runtime, e: unknown): Ref {
  if (e instanceof PyError) return e.exc;
  if (e instanceof AbandonThread) throw e;
  if (e instanceof RangeError && /call stack/i.test(e.message)) {
    return newExceptionObject(rt, rt.types.RecursionError, [rt.newStr('maximum recursion depth exceeded')]);
  }
  if (e instanceof HeapExhausted) return rt.memoryError;
  const msg = (e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e)).slice(0, 2000);
  return newExceptionObject(rt, rt.types.SystemError, [rt.newStr(`internal error in the interpreter: ${msg}`)]);
}

// ---- annotations, imports, intrinsics ------------------------------------------------------

export function setupAnnotations(rt: Runtime, f: Ref): void {
  const loc = rt.heap.i32[(f >> 2) + F_LOCALS] as Ref;
  const name = rt.intern('__annotations__');
  if (mappingGetOpt(rt, loc, name) === NULL) setItem(rt, loc, name, newDict(rt));
}

export function importName(rt: Runtime, f: Ref, name: Ref, fromlist: Ref, level: Ref): Ref {
  const i32 = rt.heap.i32;
  return importNameImpl(rt, name, i32[(f >> 2) + F_GLOBALS] as Ref, fromlist, level);
}

export function importFrom(rt: Runtime, mod: Ref, name: Ref): Ref { return importFromImpl(rt, mod, name); }

export function intrinsic1(rt: Runtime, f: Ref, which: number, v: Ref): Ref {
  switch (which) {
    case INTRINSIC_1.INTRINSIC_IMPORT_STAR:
      importStar(rt, v, rt.heap.i32[(f >> 2) + F_LOCALS] as Ref);
      return rt.none;
    case INTRINSIC_1.INTRINSIC_STOPITERATION_ERROR: {
      const co = rt.heap.i32[(f >> 2) + F_CODE] as Ref;
      const flags = rt.heap.i32[(co >> 2) + 15];
      const isAsyncGen = (flags & CO_ASYNC_GENERATOR) !== 0;
      const kind = (flags & CO_COROUTINE) ? 'coroutine' : isAsyncGen ? 'async generator' : 'generator';
      let msg: string | null = null;
      if (isInstance(rt, v, rt.types.StopIteration)) msg = `${kind} raised StopIteration`;
      else if (isAsyncGen && isInstance(rt, v, rt.types.StopAsyncIteration)) msg = `${kind} raised StopAsyncIteration`;
      if (msg === null) return v;
      const err = newExceptionObject(rt, rt.types.RuntimeError, [rt.newStr(msg)]);
      setExcCauseLocal(rt, err, v);
      setExcContext(rt, err, v);
      return err;
    }
    case INTRINSIC_1.INTRINSIC_ASYNC_GEN_WRAP:
      return wrapAsyncGenValue(rt, v);
    case INTRINSIC_1.INTRINSIC_UNARY_POSITIVE:
      return callUnaryPos(rt, v);
    case INTRINSIC_1.INTRINSIC_LIST_TO_TUPLE:
      return newTuple(rt, listToArray(rt, v));
    default:
      return raise(rt, rt.types.SystemError, `unknown intrinsic ${which}`);
  }
}

function callUnaryPos(rt: Runtime, v: Ref): Ref { return unaryOp(rt, v, UnOp.POS); }

function setExcCauseLocal(rt: Runtime, e: Ref, c: Ref): void { setExcCause(rt, e, c); }

export function intrinsic2(rt: Runtime, which: number, a: Ref, b: Ref): Ref {
  if (which === INTRINSIC_2.INTRINSIC_PREP_RERAISE_STAR) return prepReraiseStar(rt, a, b);
  return raise(rt, rt.types.SystemError, `unknown intrinsic2 ${which}`);
}

/** CPython _PyExc_PrepReraiseStar, simplified: the raised/unhandled exceptions of an
 *  except* block, combined into the exception to re-raise (or None). */
function prepReraiseStar(rt: Runtime, orig: Ref, excs: Ref): Ref {
  const list = listToArray(rt, excs).filter((e) => e !== rt.none);
  if (list.length === 0) return rt.none;
  if (!isInstance(rt, orig, rt.types.BaseExceptionGroup)) return list[0];
  if (list.length === 1) return list[0];
  const msg = getAttr(rt, orig, rt.intern('message'));
  return callObject(rt, rt.types.ExceptionGroup, [msg, newList(rt, list)]);
}

// ---- generators ----------------------------------------------------------------------------

let lastWasYieldFlag = false;
let lastGenReturnValue: Ref = NULL;
export const lastWasYield = (rt: Runtime): boolean => { void rt; return lastWasYieldFlag; };
export const setLastWasYield = (rt: Runtime, b: boolean): void => { void rt; lastWasYieldFlag = b; };
export const lastGenReturn = (rt: Runtime): Ref => { const v = lastGenReturnValue; lastGenReturnValue = NULL; return v === NULL ? rt.none : v; };
export const setLastGenReturn = (rt: Runtime, v: Ref): void => { void rt; lastGenReturnValue = v; };

export function makeGenerator(rt: Runtime, f: Ref, d: DecodedCode): Ref {
  const i32 = rt.heap.i32;
  const type = (d.flags & CO_COROUTINE) ? rt.types.coroutine : (d.flags & CO_ASYNC_GENERATOR) ? rt.types.async_generator : rt.types.generator;
  const func = i32[(f >> 2) + F_FUNC] as Ref;
  const name = func !== NULL ? i32[(func >> 2) + FN_NAME] as Ref : i32[(d.ref >> 2) + CO_NAME] as Ref;
  const qual = func !== NULL ? i32[(func >> 2) + FN_QUALNAME] as Ref : i32[(d.ref >> 2) + CO_QUALNAME] as Ref;
  const g = newGenerator(rt, type, f, d.ref, name, qual);
  i32[(f >> 2) + F_GEN] = g;
  return g;
}

function genKind(rt: Runtime, g: Ref): string {
  const t = rt.typeOf(g);
  return t === rt.types.coroutine ? 'coroutine' : t === rt.types.async_generator ? 'async generator' : 'generator';
}

/**
 * Make generator g's frame the thread's current frame, resumed with `value` pushed (or about
 * to raise `exc`, left in TS_CUR_EXC for the loop). Returns the frame, or NULL if g is
 * already finished (then lastGenReturn is None and nothing was resumed).
 */
export function genEnter(rt: Runtime, g: Ref, value: Ref, exc: Ref, back: Ref): Ref {
  const i32 = rt.heap.i32, gw = g >> 2, tw = rt.ts >> 2;
  const state = i32[gw + GEN_STATE];
  if (state === GS_RUNNING) raise(rt, rt.types.ValueError, `${genKind(rt, g)} already executing`);
  if (state === GS_CLOSED) {
    if (rt.typeOf(g) === rt.types.coroutine && exc === NULL) raise(rt, rt.types.RuntimeError, 'cannot reuse already awaited coroutine');
    if (exc !== NULL) throw new PyError(exc);
    setLastGenReturn(rt, rt.none);
    return NULL;
  }
  if (state === GS_CREATED && exc === NULL && value !== rt.none) {
    typeError(rt, `can't send non-None value to a just-started ${genKind(rt, g)}`);
  }
  const f = i32[gw + GEN_FRAME] as Ref;
  const fw = f >> 2;
  const depth = i32[tw + TS_RECURSION] + 1;
  if (depth > recursionLimit(rt)) raise(rt, rt.types.RecursionError, 'maximum recursion depth exceeded');
  i32[tw + TS_RECURSION] = depth;
  if (exc === NULL) {
    const sp = fw + F_LOCALSPLUS + i32[fw + F_NLP] + i32[fw + F_SP];
    i32[sp] = value;
    i32[fw + F_SP]++;
  } else {
    i32[tw + TS_CUR_EXC] = exc;
  }
  i32[fw + F_BACK] = back;
  i32[tw + TS_FRAME] = f;
  i32[gw + GEN_STATE] = GS_RUNNING;
  // Exception state (CPython gi_exc_state chained onto tstate->exc_info).
  const outer = i32[tw + TS_EXC_INFO];
  i32[gw + GEN_OUTER_EXC] = outer;
  if (i32[gw + GEN_EXC] !== NULL) i32[tw + TS_EXC_INFO] = i32[gw + GEN_EXC];
  return f;
}

function genLeave(rt: Runtime, f: Ref, state: number): Ref {
  const i32 = rt.heap.i32, fw = f >> 2, tw = rt.ts >> 2;
  const g = i32[fw + F_GEN] as Ref, gw = g >> 2;
  const outer = i32[gw + GEN_OUTER_EXC];
  const cur = i32[tw + TS_EXC_INFO];
  // Its own handled exception only if suspended inside an except handler (frame.ts FF_EXC_UNIT).
  i32[gw + GEN_EXC] = state === GS_SUSPENDED && i32[fw + F_FLAGS]! >= FF_EXC_UNIT ? cur : NULL;
  i32[tw + TS_EXC_INFO] = outer;
  i32[gw + GEN_OUTER_EXC] = NULL;
  i32[gw + GEN_STATE] = state;
  const back = i32[fw + F_BACK] as Ref;
  i32[tw + TS_FRAME] = back;
  i32[tw + TS_RECURSION]--;
  i32[fw + F_BACK] = NULL;
  i32[fw + F_FLAGS] &= ~FF_ENTRY;
  return back;
}

export function genSuspend(rt: Runtime, f: Ref): Ref { return genLeave(rt, f, GS_SUSPENDED); }
export function genFinish(rt: Runtime, f: Ref): Ref { return genLeave(rt, f, GS_CLOSED); }
export function genExceptionOut(rt: Runtime, f: Ref, exc: Ref): Ref { void f; void rt; return exc; }

void [TS_FRAME, F_SP, excArgs, tupleLen, listLen];

// ---- int arithmetic beyond 31 bits ------------------------------------------------------------
// Exact ints whose magnitude is below 2**53 are exact JS doubles, so + - * // % on them can
// skip BigInt (objects/int.ts goes through BigInt for every int object). Results of 2**53 or
// more take the generic path. Layout as objects/int.ts: I_SIZE (sign × limb count), u32 limbs.

const TWO32 = 4294967296;
const SAFE = 9007199254740992; // 2**53

/** Value of an exact int (tagged, or an int object) if |v| < 2**53, else NaN. */
function safeIntValue(i32: Int32Array, r: Ref, tInt: Ref): number {
  if ((r & 1) !== 0) return r >> 1;
  const w = r >> 2;
  if (i32[w] !== tInt) return NaN;
  const size = i32[w + I_SIZE];
  const n = size < 0 ? -size : size;
  let m: number;
  if (n === 0) m = 0;
  else if (n === 1) m = i32[w + I_LIMBS] >>> 0;
  else if (n === 2) {
    const hi = i32[w + I_LIMBS + 1] >>> 0;
    if (hi >= 0x200000) return NaN;
    m = hi * TWO32 + (i32[w + I_LIMBS] >>> 0);
  } else return NaN;
  return size < 0 ? -m : m;
}

/** a <op> b for BINARY_OP + - * // % (and in-place forms) when both are exact ints below
 *  2**53 and so is the result; NULL when not handled (the caller takes the generic path). */
export function intArithFast(rt: Runtime, a: Ref, b: Ref, op: number): Ref {
  const i32 = rt.heap.i32, tInt = rt.types.int;
  const x = safeIntValue(i32, a, tInt);
  if (x !== x) return NULL;
  const y = safeIntValue(i32, b, tInt);
  if (y !== y) return NULL;
  let r: number;
  switch (op) {
    case 0: case 13: r = x + y; break;
    case 10: case 23: r = x - y; break;
    case 5: case 18: r = x * y; break;
    case 2: case 15: case 6: case 19: {
      if (y === 0) return NULL;
      // fmod is exact; Python's remainder takes the divisor's sign (long_divmod).
      let m = x % y;
      if (m !== 0 && (m < 0) !== (y < 0)) m += y;
      if (op === 6 || op === 19) { r = m; break; }
      const t = x - m; // a multiple of y, exact while below 2**53
      if (!(t > -SAFE && t < SAFE)) return NULL;
      r = t / y;
      break;
    }
    default: return NULL;
  }
  if (!(r > -SAFE && r < SAFE)) return NULL;
  if (r >= -1073741824 && r <= 1073741823) return (((r | 0) << 1) | 1) as Ref;
  const neg = r < 0, m = neg ? -r : r;
  const hi = Math.floor(m / TWO32), lo = m - hi * TWO32;
  const n = hi === 0 ? 1 : 2;
  const o = rt.heap.alloc(tInt, (4 * (I_LIMBS + n) + 7) & ~7);
  const w = o >> 2;
  i32[w + I_SIZE] = neg ? -n : n;
  i32[w + I_LIMBS] = lo | 0;
  if (n === 2) i32[w + I_LIMBS + 1] = hi;
  return o;
}
