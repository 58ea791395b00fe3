// `object`, the root of every class: identity comparison and hash, the default repr,
// generic attribute access, and the argument checks of object.__new__/__init__ (CPython
// Objects/typeobject.c object_new, object_init, object_richcompare, excess_args).

import { type Ref, NULL } from '../heap.ts';
import type { Runtime } from '../runtime.ts';
import { CompareOp, type TypeSlots } from '../type-slots.ts';
import { registerType } from '../registry.ts';
import { T_BASICSIZE, T_FLAGS, TF_ABSTRACT, T_DICT } from '../type-layout.ts';
import { typeError } from '../errors.ts';
import { defaultRepr, repr, isTrue, typeName, typeNameOf, isType, str as pyStr } from '../abstract.ts';
import { genericGetAttr, genericSetAttr, lookupType, mroOf, instanceDict } from '../type-object.ts';
import { tupleLen } from './tuple-core.ts';
import { newList, listAppend } from './list-core.ts';
import { dictNext, dictEntryKey, dictGetStr } from './dict-core.ts';
import { posArgs } from './arg-parse.ts';
import { callPyHelper } from '../py-helpers.ts';

function excessArgs(rt: Runtime, args: Ref[], kwnames: Ref | null): boolean {
  return args.length > 0 || (kwnames !== null && kwnames !== NULL && tupleLen(rt, kwnames) > 0);
}

function objectSlot(rt: Runtime, name: string): Ref { return lookupType(rt, rt.types.object, rt.intern(name)); }

/** Allocate a plain instance of `type` (its basicsize, header and zeroed fields). */
export function allocInstance(rt: Runtime, type: Ref): Ref {
  return rt.heap.alloc(type, rt.heap.i32[(type >> 2) + T_BASICSIZE]);
}

const objectSlots: TypeSlots = {
  repr: (rt, self) => defaultRepr(rt, self),
  str: (rt, self) => repr(rt, self),
  hash: (_rt, self) => (self >>> 3),
  richcompare(rt, a, b, op) {
    if (op === CompareOp.EQ) return a === b ? rt.true : rt.notImplemented;
    if (op === CompareOp.NE) {
      const eq = rt.slots(rt.typeOf(a)).richcompare;
      const r = eq !== undefined ? eq(rt, a, b, CompareOp.EQ) : rt.notImplemented;
      if (r === rt.notImplemented) return r;
      return rt.bool(!isTrue(rt, r));
    }
    return rt.notImplemented;
  },
  getattro: genericGetAttr,
  setattro: genericSetAttr,
  init(rt, self, args, kwnames) {
    if (!excessArgs(rt, args, kwnames)) return;
    const t = rt.typeOf(self);
    if (lookupType(rt, t, rt.names.__init__) !== objectSlot(rt, '__init__')) {
      typeError(rt, 'object.__init__() takes exactly one argument (the instance to initialize)');
    }
    if (lookupType(rt, t, rt.names.__new__) === objectSlot(rt, '__new__')) {
      typeError(rt, `${typeNameOf(rt, t)}() takes no arguments`);
    }
  },
  new(rt, type, args, kwnames) {
    if (excessArgs(rt, args, kwnames)) {
      if (lookupType(rt, type, rt.names.__new__) !== objectSlot(rt, '__new__')) {
        typeError(rt, 'object.__new__() takes exactly one argument (the type to instantiate)');
      }
      if (lookupType(rt, type, rt.names.__init__) === objectSlot(rt, '__init__')) {
        typeError(rt, `${typeNameOf(rt, type)}() takes no arguments`);
      }
    }
    if ((rt.heap.i32[(type >> 2) + T_FLAGS] & TF_ABSTRACT) !== 0) abstractError(rt, type);
    return allocInstance(rt, type);
  },
};

/** CPython 3.11 object_new: "Can't instantiate abstract class X with abstract method(s) ...". */
function abstractError(rt: Runtime, type: Ref): never {
  const am = lookupType(rt, type, rt.names.__abstractmethods__);
  const names: string[] = [];
  if (am !== NULL) {
    const it = rt.slots(rt.typeOf(am)).iter;
    if (it) {
      const i = it(rt, am);
      const next = rt.slots(rt.typeOf(i)).next!;
      for (let x = next(rt, i); x !== NULL; x = next(rt, i)) names.push(rt.jsStr(pyStr(rt, x)));
    }
  }
  names.sort();
  return typeError(rt, `Can't instantiate abstract class ${typeNameOf(rt, type)} with abstract method${names.length === 1 ? '' : 's'} ${names.join(', ')}`);
}

registerType({
  key: 'object', name: 'object', basicsize: 8, flags: 2 /* TF_BASETYPE */, slots: objectSlots,
  doc: 'The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n',
  methods: {
    __format__(rt, self, args) {
      if (args.length !== 1) typeError(rt, `object.__format__() takes exactly one argument (${args.length} given)`);
      if (rt.jsStr(args[0]) !== '') typeError(rt, `unsupported format string passed to ${typeName(rt, self)}.__format__`);
      return pyStr(rt, self);
    },
    __dir__(rt, self) {
      // Instance dict keys, then every class's attributes along the MRO (dir() sorts).
      const out = newList(rt);
      const seen = new Set<string>();
      const addDict = (d: Ref): void => {
        if (d === NULL) return;
        for (let e = dictNext(rt, d, 0); e >= 0; e = dictNext(rt, d, e + 1)) {
          const k = dictEntryKey(rt, d, e);
          const ks = rt.typeOf(k) === rt.types.str ? rt.jsStr(k) : '';
          if (ks === '' || seen.has(ks)) continue;
          seen.add(ks);
          listAppend(rt, out, k);
        }
      };
      if (!isType(rt, self)) addDict(instanceDict(rt, self, false));
      const cls = isType(rt, self) ? self : rt.typeOf(self);
      for (const t of mroOf(rt, cls)) addDict(rt.heap.i32[(t >> 2) + T_DICT] as Ref);
      if (!isType(rt, self)) addDict(NULL);
      return out;
    },
    __sizeof__: (rt, self) => rt.newInt(rt.heap.sizeOf(self)),
    // CPython's typeobject.c object___reduce_ex__ / object___reduce__, which call copyreg;
    // ours are written there in Python (copyreg._object_reduce_ex, _reduce_ex).
    __reduce_ex__(rt, self, args, kwnames) {
      posArgs(rt, '__reduce_ex__', args, kwnames, 1, 1);
      return callPyHelper(rt, 'copyreg', '_object_reduce_ex', [self, args[0]!]);
    },
    __reduce__(rt, self, args, kwnames) {
      posArgs(rt, '__reduce__', args, kwnames, 0, 0);
      return callPyHelper(rt, 'copyreg', '_reduce_ex', [self, rt.newInt(0)]);
    },
    __getstate__(rt, self) {
      const d = instanceDict(rt, self, false);
      return d === NULL ? rt.none : d;
    },
  },
  classmethods: {
    __init_subclass__(rt, _cls, args, kwnames) {
      if (kwnames !== null && kwnames !== NULL && tupleLen(rt, kwnames) > 0) {
        typeError(rt, `${typeNameOf(rt, _cls)}.__init_subclass__() takes no keyword arguments`);
      }
      if (args.length > 0) typeError(rt, `${typeNameOf(rt, _cls)}.__init_subclass__() takes no arguments (${args.length} given)`);
      return rt.none;
    },
    __subclasshook__: (rt) => rt.notImplemented,
  },
  getsets: {
    __class__: {
      get: (rt, self) => rt.typeOf(self),
      set(rt, self, value) {
        if (value === NULL) typeError(rt, "can't delete __class__ attribute");
        if (!isType(rt, value)) typeError(rt, `__class__ must be set to a class, not '${typeName(rt, value)}' object`);
        const old = rt.typeOf(self);
        const i32 = rt.heap.i32;
        const compatible = i32[(old >> 2) + T_BASICSIZE] === i32[(value >> 2) + T_BASICSIZE]
          && i32[(old >> 2) + 12] === i32[(value >> 2) + 12] && i32[(old >> 2) + 3] === i32[(value >> 2) + 3];
        if (!compatible || (i32[(old >> 2) + T_FLAGS] & 1) === 0 || (i32[(value >> 2) + T_FLAGS] & 1) === 0) {
          typeError(rt, `__class__ assignment: '${typeNameOf(rt, value)}' object layout differs from '${typeNameOf(rt, old)}'`);
        }
        i32[self >> 2] = value;
      },
    },
  },
});

export { dictGetStr };
