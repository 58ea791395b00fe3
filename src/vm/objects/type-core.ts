// Fallback slot table of `type`, registered only when type-class.ts (the eval-loop side,
// which owns class creation and type.__call__) is not loaded: attribute lookup on classes
// (type_getattro), class attribute assignment with cache invalidation (type_setattro),
// repr, a basic type_call, and the class getsets. Lets the object model and its tests run
// on their own. After CPython Objects/typeobject.c.

import { type Ref, NULL, isSmallInt } from '../heap.ts';
import type { Runtime } from '../runtime.ts';
import type { TypeSlots } from '../type-slots.ts';
import { registerTypeFallback } from '../registry.ts';
import { T_NAME, T_QUALNAME, T_BASE, T_BASES, T_MRO, T_DICT, T_FLAGS, TF_IMMUTABLETYPE, TYPE_BASICSIZE } from '../type-layout.ts';
import { typeError, raise } from '../errors.ts';
import { typeNameOf, isSubtype, typeModuleName } from '../abstract.ts';
import { lookupType, typeModified, isDataDescriptorType, hasDescrGet, mroOf, subclassesOf } from '../type-object.ts';
import { dictGetStr, dictSet, dictDel } from './dict-core.ts';
import { newList } from './list-core.ts';
import { tupleLen } from './tuple-core.ts';

/** type_getattro: metaclass data descriptors, then the class's MRO (binding with a NULL
 *  instance), then metaclass non-data descriptors and attributes. NULL if absent. */
export function typeGetAttr(rt: Runtime, type: Ref, name: Ref): Ref {
  const meta = rt.typeOf(type);
  const metaAttr = lookupType(rt, meta, name);
  let metaGet: TypeSlots['descrGet'];
  if (metaAttr !== NULL) {
    const mt = rt.typeOf(metaAttr);
    if (hasDescrGet(rt, mt)) {
      metaGet = rt.slots(mt).descrGet;
      if (metaGet !== undefined && isDataDescriptorType(rt, mt)) return metaGet(rt, metaAttr, type, meta);
    }
  }
  const attr = lookupType(rt, type, name);
  if (attr !== NULL) {
    const at = rt.typeOf(attr);
    if (hasDescrGet(rt, at)) {
      const get = rt.slots(at).descrGet;
      if (get !== undefined) return get(rt, attr, NULL, type);
    }
    return attr;
  }
  if (metaGet !== undefined) return metaGet(rt, metaAttr, type, meta);
  return metaAttr;
}

/** type_setattro: refuses on builtin types, else sets the class dict and invalidates caches. */
export function typeSetAttr(rt: Runtime, type: Ref, name: Ref, value: Ref): void {
  const i32 = rt.heap.i32;
  if ((i32[(type >> 2) + T_FLAGS] & TF_IMMUTABLETYPE) !== 0) {
    typeError(rt, `cannot set '${rt.jsStr(name)}' attribute of immutable type '${typeNameOf(rt, type)}'`);
  }
  const meta = rt.typeOf(type);
  const metaAttr = lookupType(rt, meta, name);
  if (metaAttr !== NULL && isDataDescriptorType(rt, rt.typeOf(metaAttr))) {
    rt.slots(rt.typeOf(metaAttr)).descrSet!(rt, metaAttr, type, value);
    typeModified(rt, type);
    return;
  }
  const dict = i32[(type >> 2) + T_DICT] as Ref;
  const key = rt.typeOf(name) === rt.types.str ? rt.internRef(name) : name;
  if (value === NULL) {
    if (!dictDel(rt, dict, key)) raise(rt, rt.types.AttributeError, `type object '${typeNameOf(rt, type)}' has no attribute '${rt.jsStr(name)}'`);
  } else {
    dictSet(rt, dict, key, value);
  }
  typeModified(rt, type);
}

const typeSlots: TypeSlots = {
  repr(rt, t) {
    const mod = typeModuleName(rt, t);
    const qn = rt.jsStr(rt.heap.i32[(t >> 2) + T_QUALNAME] as Ref);
    return rt.newStr(mod === 'builtins' ? `<class '${qn}'>` : `<class '${mod}.${qn}'>`);
  },
  call(rt, type, args, kwnames) {
    if (type === rt.types.type && args.length === 1 && (kwnames === null || kwnames === NULL || tupleLen(rt, kwnames) === 0)) {
      return rt.typeOf(args[0]);
    }
    const s = rt.slots(type);
    if (s.new === undefined) typeError(rt, `cannot create '${typeNameOf(rt, type)}' instances`);
    const obj = s.new(rt, type, args, kwnames);
    if (isSmallInt(obj) || !isSubtype(rt, rt.typeOf(obj), type)) return obj;
    const init = rt.slots(rt.typeOf(obj)).init;
    if (init !== undefined) {
      const mark = rt.rootMark();
      rt.pushRoot(obj); // only this frame holds it while __init__ runs Python code
      try { init(rt, obj, args, kwnames); } finally { rt.rootRelease(mark); }
    }
    return obj;
  },
  getattro: typeGetAttr,
  setattro: typeSetAttr,
  hash: (_rt, t) => (t >>> 3),
  traverse(rt, t, visit) {
    const i32 = rt.heap.i32, w = t >> 2;
    for (const f of [T_NAME, T_QUALNAME, T_BASE, T_BASES, T_MRO, T_DICT, 14, 16]) visit(i32[w + f] as Ref);
  },
};

function dictOf(rt: Runtime, t: Ref): Ref { return rt.heap.i32[(t >> 2) + T_DICT] as Ref; }

registerTypeFallback({
  key: 'type', name: 'type', basicsize: TYPE_BASICSIZE, flags: 2, slots: typeSlots,
  methods: {
    mro: (rt, t) => newList(rt, mroOf(rt, t)),
    __subclasses__: (rt, t) => newList(rt, subclassesOf(rt, t)),
  },
  getsets: {
    __name__: { get: (rt, t) => rt.heap.i32[(t >> 2) + T_NAME] as Ref },
    __qualname__: { get: (rt, t) => rt.heap.i32[(t >> 2) + T_QUALNAME] as Ref },
    __bases__: { get: (rt, t) => rt.heap.i32[(t >> 2) + T_BASES] as Ref },
    __base__: { get: (rt, t) => { const b = rt.heap.i32[(t >> 2) + T_BASE] as Ref; return b === NULL ? rt.none : b; } },
    __mro__: { get: (rt, t) => rt.heap.i32[(t >> 2) + T_MRO] as Ref },
    __dict__: { get: (rt, t) => dictOf(rt, t) },
    __module__: {
      get: (rt, t) => { const m = dictGetStr(rt, dictOf(rt, t), rt.names.__module__); return m !== NULL ? m : rt.intern('builtins'); },
    },
  },
});
