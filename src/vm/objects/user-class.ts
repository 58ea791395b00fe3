// Class creation and instantiation: `__build_class__` (the class statement), metaclass
// selection, type.__new__ (`type(name, bases, dict)`) with __set_name__, __init_subclass__
// and the __class__ cell, and type.__call__ (instance creation via __new__ / __init__).
//
// After CPython 3.11 Python/bltinmodule.c builtin___build_class__, Objects/typeobject.c
// _PyType_CalculateMetaclass, type_new (type_new_set_names, init_subclass,
// type_new_set_classcell) and type_call. The layout work of type_new (slots, __dict__,
// MRO) is type-object.ts createHeapType.

import { takeEvalDirect, callSafe } from '../gc-safe.ts';
import { type Ref, NULL } from '../heap.ts';
import type { Runtime } from '../runtime.ts';
import { typeError, raise, PyError } from '../errors.ts';
import {
  callObject, isSubtype, typeNameOf, typeName, isType, getAttrOpt, lookupSpecial, isInstance,
} from '../abstract.ts';
import { createHeapType, lookupType, mroOf } from '../type-object.ts';
import { T_DICT, T_FLAGS, TF_BASE_EXC_SUBCLASS } from '../type-layout.ts';
import { newDict, dictGetStr, dictDel, dictNext, dictEntryKey, dictEntryValue, dictSet } from './dict-core.ts';
import { tupleLen, tupleGet, tupleToArray, newTuple } from './tuple-core.ts';
import { FN_CODE, FN_GLOBALS } from './function.ts';
import { CELL_REF } from './cell.ts';
import { evalCodeNested } from '../eval.ts';
import { iterateToArray } from '../eval-support.ts';

/** _PyType_CalculateMetaclass. */
export function calculateMetaclass(rt: Runtime, meta: Ref, bases: Ref[]): Ref {
  let winner = meta;
  for (const b of bases) {
    const t = rt.typeOf(b);
    if (isSubtype(rt, winner, t)) continue;
    if (isSubtype(rt, t, winner)) { winner = t; continue; }
    typeError(rt, 'metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases');
  }
  return winner;
}

/** __build_class__(func, name, *bases, metaclass=None, **kwds). */
export function buildClass(rt: Runtime, args: Ref[], kwnames: Ref | null): Ref {
  const nk = kwnames === null ? 0 : tupleLen(rt, kwnames);
  const npos = args.length - nk;
  if (npos < 2) typeError(rt, '__build_class__: not enough arguments');
  const func = args[0], name = args[1];
  if (rt.typeOf(func) !== rt.types.function) typeError(rt, '__build_class__: func must be a function');
  if (!isInstance(rt, name, rt.types.str)) typeError(rt, '__build_class__: name is not a string');
  const origBases = args.slice(2, npos);
  // PEP 560 __mro_entries__.
  let bases: Ref[] = [];
  let changed = false;
  for (const b of origBases) {
    if (isType(rt, b)) { bases.push(b); continue; }
    const me = getAttrOpt(rt, b, rt.intern('__mro_entries__'));
    if (me === NULL) { bases.push(b); continue; }
    const r = callObject(rt, me, [newTuple(rt, origBases)]);
    if (rt.typeOf(r) !== rt.types.tuple) typeError(rt, '__mro_entries__ must return a tuple');
    bases = bases.concat(tupleToArray(rt, r));
    changed = true;
  }
  let meta: Ref = NULL;
  const kwNames: Ref[] = [], kwVals: Ref[] = [];
  for (let i = 0; i < nk; i++) {
    const k = tupleGet(rt, kwnames!, i);
    if (rt.jsStr(k) === 'metaclass') meta = args[npos + i];
    else { kwNames.push(k); kwVals.push(args[npos + i]); }
  }
  const isClass = meta === NULL || isType(rt, meta);
  if (meta === NULL) meta = bases.length ? rt.typeOf(bases[0]) : rt.types.type;
  if (isClass) meta = calculateMetaclass(rt, meta, bases);
  const kwt = kwNames.length ? newTuple(rt, kwNames) : null;
  const basesTuple = bases.length ? newTuple(rt, bases) : rt.emptyTuple;
  let ns: Ref;
  const prep = getAttrOpt(rt, meta, rt.intern('__prepare__'));
  if (prep !== NULL) {
    ns = callObject(rt, prep, [name, basesTuple, ...kwVals], kwt);
    if (rt.slots(rt.typeOf(ns)).getitem === undefined) {
      typeError(rt, `${isType(rt, meta) ? typeNameOf(rt, meta) : '<metaclass>'}.__prepare__() must return a mapping, not ${typeName(rt, ns)}`);
    }
  } else {
    ns = newDict(rt);
  }
  const i32 = rt.heap.i32;
  const cell = evalCodeNested(rt, i32[(func >> 2) + FN_CODE] as Ref, i32[(func >> 2) + FN_GLOBALS] as Ref, ns, func);
  if (changed) callObject(rt, rt.types.dict, []); // (CPython stores __orig_bases__; below)
  if (changed && rt.typeOf(ns) === rt.types.dict) dictSet(rt, ns, rt.intern('__orig_bases__'), newTuple(rt, origBases));
  const cls = callObject(rt, meta, [name, basesTuple, ns, ...kwVals], kwt);
  if (cell !== rt.none && rt.typeOf(cell) === rt.types.cell && isType(rt, cls)) {
    const inCell = i32[(cell >> 2) + CELL_REF] as Ref;
    if (inCell !== cls) {
      if (inCell === NULL) {
        raise(rt, rt.types.RuntimeError, `__class__ not set defining '${rt.jsStr(name)}' as ${rt.jsStr(callObject(rt, rt.types.str, [cls]))}. Was __classcell__ propagated to type.__new__?`);
      }
      typeError(rt, `__class__ set to ${rt.jsStr(callObject(rt, rt.types.str, [inCell]))} defining '${rt.jsStr(name)}' as ${rt.jsStr(callObject(rt, rt.types.str, [cls]))}`);
    }
  }
  return cls;
}

/** type.__new__(meta, name, bases, ns, **kwds): a new heap type. */
export function typeNew(rt: Runtime, meta: Ref, name: Ref, basesT: Ref, ns: Ref, kwNames: Ref[], kwVals: Ref[]): Ref {
  if (!isInstance(rt, name, rt.types.str)) typeError(rt, `type.__new__() argument 1 must be str, not ${typeName(rt, name)}`);
  if (rt.typeOf(basesT) !== rt.types.tuple) typeError(rt, `type.__new__() argument 2 must be tuple, not ${typeName(rt, basesT)}`);
  if (!isInstance(rt, ns, rt.types.dict)) typeError(rt, `type.__new__() argument 3 must be dict, not ${typeName(rt, ns)}`);
  const bases = tupleToArray(rt, basesT);
  for (const b of bases) if (!isType(rt, b)) typeError(rt, `bases must be types`);
  // Metaclass: the most derived one wins; if that is not `meta`, defer to it.
  const winner = calculateMetaclass(rt, meta, bases);
  if (winner !== meta) {
    const wnew = lookupType(rt, winner, rt.intern('__new__'));
    const tnew = lookupType(rt, rt.types.type, rt.intern('__new__'));
    if (wnew !== tnew) return callObject(rt, wnew, [winner, name, basesT, ns, ...kwVals], kwNames.length ? newTuple(rt, kwNames) : null);
    meta = winner;
  }
  // __new__, __init_subclass__ and __class_getitem__ are implicitly static / class methods.
  const i32 = rt.heap.i32;
  for (const [n, wrap] of [['__new__', rt.types.staticmethod], ['__init_subclass__', rt.types.classmethod], ['__class_getitem__', rt.types.classmethod]] as const) {
    const v = dictGetStr(rt, ns, rt.intern(n));
    if (v !== NULL && rt.typeOf(v) === rt.types.function) dictSet(rt, ns, rt.intern(n), callObject(rt, wrap, [v]));
  }
  const cellName = rt.intern('__classcell__');
  const cell = dictGetStr(rt, ns, cellName);
  const t = createHeapType(rt, { meta, name: rt.internRef(name), bases, namespace: ns });
  const dict = i32[(t >> 2) + T_DICT] as Ref;
  if (cell !== NULL) {
    if (rt.typeOf(cell) !== rt.types.cell) typeError(rt, `__classcell__ must be a nonlocal cell, not ${typeName(rt, cell)}`);
    i32[(cell >> 2) + CELL_REF] = t;
    dictDel(rt, dict, cellName);
  }
  if (dictGetStr(rt, dict, rt.intern('__module__')) === NULL) {
    // type(name, bases, dict) called directly: __module__ from the caller's globals.
    const g = callerGlobals(rt);
    if (g !== NULL) { const m = dictGetStr(rt, g, rt.intern('__name__')); if (m !== NULL) dictSet(rt, dict, rt.intern('__module__'), m); }
  }
  // __set_name__ on every attribute that defines it (a snapshot, as CPython).
  const entries: [Ref, Ref][] = [];
  for (let e = dictNext(rt, dict, 0); e >= 0; e = dictNext(rt, dict, e + 1)) entries.push([dictEntryKey(rt, dict, e), dictEntryValue(rt, dict, e)]);
  for (const [k, v] of entries) {
    const sn = lookupSpecial(rt, v, rt.intern('__set_name__'));
    if (sn === NULL) continue;
    try {
      callObject(rt, sn, [t, k]);
    } catch (e) {
      if (e instanceof PyError) {
        // 3.11 adds a note; 3.12 chains a RuntimeError. python3.11 is the oracle.
      }
      throw e;
    }
  }
  // super(t, t).__init_subclass__(**kwds)
  const mro = mroOf(rt, t);
  for (let i = 1; i < mro.length; i++) {
    const d = i32[(mro[i] >> 2) + T_DICT] as Ref;
    const f = dictGetStr(rt, d, rt.intern('__init_subclass__'));
    if (f === NULL) continue;
    const get = rt.slots(rt.typeOf(f)).descrGet;
    const bound = get !== undefined ? get(rt, f, t, t) : f;
    callObject(rt, bound, kwVals, kwNames.length ? newTuple(rt, kwNames) : null);
    break;
  }
  void TF_BASE_EXC_SUBCLASS; void T_FLAGS;
  return t;
}

let callerGlobals: (rt: Runtime) => Ref = () => NULL;
export function setCallerGlobals(f: (rt: Runtime) => Ref): void { callerGlobals = f; }

/** type.__call__: instance creation (CPython type_call). */
export function typeCall(rt: Runtime, type: Ref, args: Ref[], kwnames: Ref | null): Ref {
  // Called straight from the eval loop (the arguments are on its stack), this holds only
  // obj across __init__, which also gets it as self: a Python __init__ may collect.
  const safe = takeEvalDirect(rt);
  const nk = kwnames === null ? 0 : tupleLen(rt, kwnames);
  if (type === rt.types.type) {
    if (args.length === 1 && nk === 0) return rt.typeOf(args[0]);
    if (args.length - nk !== 3) typeError(rt, 'type() takes 1 or 3 arguments');
  }
  const newF = lookupType(rt, type, rt.intern('__new__'));
  if (newF === NULL) typeError(rt, `cannot create '${typeNameOf(rt, type)}' instances`);
  let obj: Ref;
  const nt = rt.typeOf(newF);
  if (nt === rt.types.staticmethod) {
    const fn = getAttrOpt(rt, newF, rt.intern('__func__'));
    obj = callObject(rt, fn, [type, ...args], kwnames);
  } else if (nt === rt.types.builtin_function_or_method) {
    // A builtin __new__ (tuple(gen)) holds only these arguments, all on the caller's stack.
    obj = callObject(rt, newF, [type, ...args], kwnames, safe);
  } else if (nt === rt.types.function) {
    obj = callObject(rt, newF, [type, ...args], kwnames);
  } else {
    const get = rt.slots(nt).descrGet;
    obj = callObject(rt, get !== undefined ? get(rt, newF, NULL, type) : newF, [type, ...args], kwnames);
  }
  if (!isSubtype(rt, rt.typeOf(obj), type)) return obj;
  if (type === rt.types.type && args.length - nk === 1) return obj;
  const initF = lookupType(rt, rt.typeOf(obj), rt.intern('__init__'));
  if (initF === NULL) return obj;
  let r: Ref;
  if (rt.typeOf(initF) === rt.types.function) r = callSafe(rt, safe, initF, [obj, ...args], kwnames);
  else {
    // A builtin __init__ (list(gen)): with obj and the bound slot rooted, it holds nothing
    // else, and may let a generator it drains collect (gc-safe.ts).
    const get = rt.slots(rt.typeOf(initF)).descrGet;
    const mark = rt.rootMark();
    try {
      rt.pushRoot(obj);
      const bound = rt.rooted(get !== undefined ? get(rt, initF, obj, rt.typeOf(obj)) : initF);
      r = callObject(rt, bound, args, kwnames, safe);
    } finally {
      rt.rootRelease(mark);
    }
  }
  if (r !== rt.none) typeError(rt, `__init__() should return None, not '${typeName(rt, r)}'`);
  return obj;
}

void [iterateToArray, dictSet];
