// The `type` type: attribute access on classes (metaclass descriptors first, then the MRO),
// attribute assignment (with method-cache invalidation), repr, and calling a class
// (user-class.ts typeCall). After CPython 3.11 Objects/typeobject.c type_getattro,
// type_setattro, type_repr, type_call, type_new.

import { type Ref, NULL } from '../heap.ts';
import type { Runtime } from '../runtime.ts';
import { registerType } from '../registry.ts';
import { T_NAME, T_QUALNAME, T_BASE, T_BASES, T_MRO, T_DICT, T_FLAGS, TF_IMMUTABLETYPE, TF_HEAPTYPE, TF_BASETYPE, TF_ABSTRACT, TYPE_BASICSIZE } from '../type-layout.ts';
import { typeError, PyError } from '../errors.ts';
import { typeNameOf, isType, isSubtype, attributeError, typeName, isTrue } from '../abstract.ts';
import { lookupType, typeModified, isDataDescriptorType, hasDescrGet, mroOf, subclassesOf, setTypeBases } from '../type-object.ts';
import { dictGetStr, dictSet, dictDel, newDict } from './dict-core.ts';
import { newList } from './list-core.ts';
import { tupleLen, tupleGet, tupleToArray } from './tuple-core.ts';
import { typeCall, typeNew } from './user-class.ts';
import { newExceptionObject } from './exceptions.ts';
import { typeOr } from './generic-alias.ts';

function typeModuleName(rt: Runtime, t: Ref): string | null {
  const d = rt.heap.i32[(t >> 2) + T_DICT] as Ref;
  const m = d === NULL ? NULL : dictGetStr(rt, d, rt.intern('__module__'));
  if (m !== NULL && rt.typeOf(m) === rt.types.str) return rt.jsStr(m);
  return (rt.heap.i32[(t >> 2) + T_FLAGS] & TF_HEAPTYPE) ? null : 'builtins';
}

export function typeGetattro(rt: Runtime, cls: Ref, name: Ref): Ref {
  const meta = rt.typeOf(cls);
  const metaAttr = lookupType(rt, meta, name);
  let metaGet: ((rt: Runtime, d: Ref, o: Ref, t: Ref) => Ref) | undefined;
  if (metaAttr !== NULL) {
    const mt = rt.typeOf(metaAttr);
    if (hasDescrGet(rt, mt)) {
      metaGet = rt.slots(mt).descrGet;
      if (metaGet !== undefined && isDataDescriptorType(rt, mt)) return metaGet(rt, metaAttr, cls, meta);
    }
  }
  const attr = lookupType(rt, cls, name);
  if (attr !== NULL) {
    const at = rt.typeOf(attr);
    const get = rt.slots(at).descrGet;
    if (get !== undefined) return get(rt, attr, NULL, cls);
    return attr;
  }
  if (metaGet !== undefined) return metaGet(rt, metaAttr, cls, meta);
  if (metaAttr !== NULL) return metaAttr;
  return NULL;
}

function typeSetattro(rt: Runtime, cls: Ref, name: Ref, value: Ref): void {
  const i32 = rt.heap.i32;
  if (i32[(cls >> 2) + T_FLAGS] & TF_IMMUTABLETYPE) {
    typeError(rt, `cannot set '${rt.jsStr(name)}' attribute of immutable type '${typeNameOf(rt, cls)}'`);
  }
  const meta = rt.typeOf(cls);
  const metaAttr = lookupType(rt, meta, name);
  if (metaAttr !== NULL && isDataDescriptorType(rt, rt.typeOf(metaAttr))) {
    rt.slots(rt.typeOf(metaAttr)).descrSet!(rt, metaAttr, cls, value);
    typeModified(rt, cls);
    return;
  }
  const d = i32[(cls >> 2) + T_DICT] as Ref;
  const iname = rt.typeOf(name) === rt.types.str ? rt.internRef(name) : name;
  if (value === NULL) {
    if (!dictDel(rt, d, iname)) {
      const e = newExceptionObject(rt, rt.types.AttributeError, [rt.newStr(`type object '${typeNameOf(rt, cls)}' has no attribute '${rt.jsStr(name)}'`)]);
      throw new PyError(e);
    }
  } else {
    dictSet(rt, d, iname, value);
  }
  typeModified(rt, cls);
}

const orNone = (rt: Runtime, r: Ref): Ref => (r === NULL ? rt.none : r);

registerType({
  key: 'type',
  name: 'type',
  basicsize: TYPE_BASICSIZE,
  flags: TF_BASETYPE,
  slots: {
    call: typeCall,
    or: typeOr,
    getattro(rt, cls, name) { return typeGetattro(rt, cls, name); },
    setattro: typeSetattro,
    repr(rt, cls) {
      const mod = typeModuleName(rt, cls);
      const q = rt.jsStr(rt.heap.i32[(cls >> 2) + T_QUALNAME] as Ref);
      return rt.newStr(mod === null || mod === 'builtins' ? `<class '${q}'>` : `<class '${mod}.${q}'>`);
    },
    hash: (_rt, cls) => cls >>> 3,
    new(rt, meta, args, kwnames) {
      const nk = kwnames === null ? 0 : tupleLen(rt, kwnames);
      const npos = args.length - nk;
      if (meta === rt.types.type && npos === 1 && nk === 0) return rt.typeOf(args[0]);
      if (npos !== 3) typeError(rt, 'type.__new__() takes exactly 3 arguments (' + npos + ' given)');
      const kn: Ref[] = [], kv: Ref[] = [];
      for (let i = 0; i < nk; i++) { kn.push(tupleGet(rt, kwnames!, i)); kv.push(args[npos + i]); }
      return typeNew(rt, meta, args[0], args[1], args[2], kn, kv);
    },
    init(rt, _cls, args, kwnames) {
      const nk = kwnames === null ? 0 : tupleLen(rt, kwnames);
      const npos = args.length - nk;
      if (npos !== 1 && npos !== 3) typeError(rt, 'type.__init__() takes 1 or 3 arguments');
    },
    traverse(rt, cls, visit) {
      const i32 = rt.heap.i32, w = cls >> 2;
      for (const k of [T_NAME, T_QUALNAME, T_BASE, T_BASES, T_MRO, T_DICT, 14, 16]) { const r = i32[w + k] as Ref; if (r !== NULL) visit(r); }
    },
  },
  methods: {
    mro(rt, cls) { return newList(rt, mroOf(rt, cls)); },
    __subclasses__(rt, cls) { return newList(rt, subclassesOf(rt, cls)); },
    __instancecheck__(rt, cls, args) { return rt.bool(isSubtype(rt, rt.typeOf(args[0]), cls)); },
    __subclasscheck__(rt, cls, args) {
      if (!isType(rt, args[0])) typeError(rt, 'issubclass() arg 1 must be a class');
      return rt.bool(isSubtype(rt, args[0], cls));
    },
    __dir__(rt, cls) {
      const seen = new Set<string>();
      const out: Ref[] = [];
      for (const t of mroOf(rt, cls)) {
        const d = rt.heap.i32[(t >> 2) + T_DICT] as Ref;
        const keys = tupleToArray; void keys;
        for (const k of dictKeys(rt, d)) { const s = rt.jsStr(k); if (!seen.has(s)) { seen.add(s); out.push(k); } }
      }
      return newList(rt, out);
    },
  },
  classmethods: {
    __prepare__(rt) { return newDict(rt); },
  },
  getsets: {
    __name__: {
      get: (rt, cls) => rt.heap.i32[(cls >> 2) + T_NAME] as Ref,
      set: (rt, cls, v) => {
        if (rt.typeOf(v) !== rt.types.str) typeError(rt, `can only assign string to ${typeNameOf(rt, cls)}.__name__, not '${typeName(rt, v)}'`);
        rt.heap.i32[(cls >> 2) + T_NAME] = v;
      },
    },
    __qualname__: {
      get: (rt, cls) => rt.heap.i32[(cls >> 2) + T_QUALNAME] as Ref,
      set: (rt, cls, v) => { rt.heap.i32[(cls >> 2) + T_QUALNAME] = v; },
    },
    // type_abstractmethods / type_set_abstractmethods: kept in the class dict, and the
    // TF_ABSTRACT flag (object.__new__ refuses to instantiate) follows its truth.
    __abstractmethods__: {
      get: (rt, cls) => {
        const v = cls === rt.types.type ? NULL : dictGetStr(rt, rt.heap.i32[(cls >> 2) + T_DICT] as Ref, rt.names.__abstractmethods__);
        if (v === NULL) throw new PyError(newExceptionObject(rt, rt.types.AttributeError, [rt.newStr('__abstractmethods__')]));
        return v;
      },
      set: (rt, cls, v) => {
        const d = rt.heap.i32[(cls >> 2) + T_DICT] as Ref;
        let abstract = false;
        if (v === NULL) {
          if (!dictDel(rt, d, rt.names.__abstractmethods__)) throw new PyError(newExceptionObject(rt, rt.types.AttributeError, [rt.newStr('__abstractmethods__')]));
        } else {
          abstract = isTrue(rt, v);
          dictSet(rt, d, rt.names.__abstractmethods__, v);
        }
        if (abstract) rt.heap.i32[(cls >> 2) + T_FLAGS] |= TF_ABSTRACT; else rt.heap.i32[(cls >> 2) + T_FLAGS] &= ~TF_ABSTRACT;
        typeModified(rt, cls);
      },
    },
    __bases__: { get: (rt, cls) => rt.heap.i32[(cls >> 2) + T_BASES] as Ref, set: setTypeBases },
    __base__: { get: (rt, cls) => orNone(rt, rt.heap.i32[(cls >> 2) + T_BASE] as Ref) },
    __mro__: { get: (rt, cls) => rt.heap.i32[(cls >> 2) + T_MRO] as Ref },
    __dict__: { get: (rt, cls) => rt.heap.i32[(cls >> 2) + T_DICT] as Ref },
    __module__: {
      get: (rt, cls) => { const m = typeModuleName(rt, cls); return m === null ? rt.none : rt.newStr(m); },
      set: (rt, cls, v) => { dictSet(rt, rt.heap.i32[(cls >> 2) + T_DICT] as Ref, rt.intern('__module__'), v); typeModified(rt, cls); },
    },
    __doc__: {
      get: (rt, cls) => {
        const d = rt.heap.i32[(cls >> 2) + T_DICT] as Ref;
        const v = dictGetStr(rt, d, rt.intern('__doc__'));
        if (v === NULL) return rt.none;
        const get = rt.slots(rt.typeOf(v)).descrGet;
        return get !== undefined ? get(rt, v, NULL, cls) : v;
      },
      // type_set_doc: only classes that are not immutable (builtins are) take a new doc.
      set: (rt, cls, v) => {
        if (rt.heap.i32[(cls >> 2) + T_FLAGS] & TF_IMMUTABLETYPE) {
          typeError(rt, `cannot set '__doc__' attribute of immutable type '${typeNameOf(rt, cls)}'`);
        }
        const d = rt.heap.i32[(cls >> 2) + T_DICT] as Ref;
        if (v === NULL) dictDel(rt, d, rt.intern('__doc__')); else dictSet(rt, d, rt.intern('__doc__'), v);
        typeModified(rt, cls);
      },
    },
  },
});

function dictKeys(rt: Runtime, d: Ref): Ref[] {
  const out: Ref[] = [];
  if (d === NULL) return out;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  for (let e = dictNextLocal(rt, d, 0); e >= 0; e = dictNextLocal(rt, d, e + 1)) out.push(dictKeyLocal(rt, d, e));
  return out;
}
import { dictNext as dictNextLocal, dictEntryKey as dictKeyLocal } from './dict-core.ts';
void attributeError;
