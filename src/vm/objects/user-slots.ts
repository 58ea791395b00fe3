// The slot table shared by every user-defined class (directory index 0). Each slot looks
// its dunder method up through the MRO (cached, type-object.ts lookupType) and calls it,
// as CPython's slot_tp_* / SLOT1BINFULL functions (Objects/typeobject.c). When the method
// found is a builtin's slot wrapper (an inherited int.__add__), the native slot runs
// directly. A missing method gives python3's error for the operation.

import { type Ref, NULL, isSmallInt } from '../heap.ts';
import type { Runtime } from '../runtime.ts';
import { CompareOp, type TypeSlots, type BinarySlotName, type Visit } from '../type-slots.ts';
import { registerType } from '../registry.ts';
import { T_BASICSIZE, T_EXTRA, T_FLAGS, T_NATIVE, T_SLOTS, TF_VARSIZE } from '../type-layout.ts';
import { typeError, isPyErrorOf, raise } from '../errors.ts';
import {
  callObject, typeName, isSubtype, isInt, index as pyIndex, hash as pyHash,
  richCompareBool, getIter, iterNext, isTrue, attributeError, isType, getAttrOpt, typeNameOf,
} from '../abstract.ts';
import { lookupType, genericSetAttr, genericGetAttr } from '../type-object.ts';
import { DS_A, DS_B, callSlotWrapper } from './descriptors.ts';
import { intToNumber, intIsNegative } from './int.ts';

/** T_SLOTS of every user class. */
export const USER_SLOTS_INDEX = 0;

function dunder(rt: Runtime, name: string): Ref { return (rt.names as Record<string, Ref>)[name] ?? rt.intern(name); }

/**
 * Call the special method `name` of type(self) with self and args; NULL when the type has no
 * such method. Functions are called unbound (no bound-method allocation); other descriptors
 * are bound with __get__ first, as CPython's vectorcall_method/lookup_maybe_method.
 */
export function callDunder(rt: Runtime, self: Ref, name: Ref, args: Ref[]): Ref {
  const t = rt.typeOf(self);
  const f = lookupType(rt, t, name);
  if (f === NULL) return NULL;
  const ft = rt.typeOf(f);
  if (ft === rt.types.function) return callObject(rt, f, [self, ...args]);
  if (ft === rt.types.wrapper_descriptor) {
    const i32 = rt.heap.i32;
    return callSlotWrapper(rt, i32[(f >> 2) + DS_A], i32[(f >> 2) + DS_B], self, args, null);
  }
  if (f === rt.none) return rt.none; // __hash__ = None etc.: the caller decides
  const get = rt.slots(ft).descrGet;
  const bound = get !== undefined ? get(rt, f, self, t) : f;
  return callObject(rt, bound, args);
}

function hasDunder(rt: Runtime, t: Ref, name: Ref): boolean { return lookupType(rt, t, name) !== NULL; }

function isUser(rt: Runtime, t: Ref): boolean { return rt.heap.i32[(t >> 2) + T_SLOTS] === USER_SLOTS_INDEX; }

// ---- binary number slots (SLOT1BINFULL) ----------------------------------------------------

function binarySlot(slot: BinarySlotName, name: string, rname: string): (rt: Runtime, a: Ref, b: Ref) => Ref {
  const fn = (rt: Runtime, a: Ref, b: Ref): Ref => {
    const n = dunder(rt, name), rn = dunder(rt, rname);
    const ta = rt.typeOf(a), tb = rt.typeOf(b);
    let doOther = ta !== tb && isUser(rt, tb) && hasDunder(rt, tb, rn);
    if (isUser(rt, ta)) {
      if (doOther && isSubtype(rt, tb, ta) && lookupType(rt, tb, rn) !== lookupType(rt, ta, rn)) {
        const r = callDunder(rt, b, rn, [a]);
        if (r !== NULL && r !== rt.notImplemented) return r;
        doOther = false;
      }
      const r = callDunder(rt, a, n, [b]);
      if (r !== NULL && (r !== rt.notImplemented || ta === tb)) return r;
    }
    if (doOther) {
      const r = callDunder(rt, b, rn, [a]);
      if (r !== NULL) return r;
    }
    return rt.notImplemented;
  };
  void slot;
  return fn;
}

function inplaceSlot(name: string): (rt: Runtime, a: Ref, b: Ref) => Ref {
  return (rt, a, b) => {
    const r = callDunder(rt, a, dunder(rt, name), [b]);
    return r === NULL ? rt.notImplemented : r;
  };
}

function unarySlot(name: string, what: string): (rt: Runtime, a: Ref) => Ref {
  return (rt, a) => {
    const r = callDunder(rt, a, dunder(rt, name), []);
    if (r === NULL) typeError(rt, `bad operand type for ${what}: '${typeName(rt, a)}'`);
    return r;
  };
}

const CMP_NAMES = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'] as const;

// ---- the table -----------------------------------------------------------------------------

export const USER_SLOTS: TypeSlots = {
  repr(rt, self) { return callDunder(rt, self, rt.names.__repr__, []); },
  str(rt, self) { return callDunder(rt, self, rt.names.__str__, []); },
  hash(rt, self) {
    const f = lookupType(rt, rt.typeOf(self), rt.names.__hash__);
    if (f === NULL || f === rt.none) typeError(rt, `unhashable type: '${typeName(rt, self)}'`);
    const r = callDunder(rt, self, rt.names.__hash__, []);
    if (!isInt(rt, r)) typeError(rt, '__hash__ method should return an integer');
    // CPython slot_tp_hash: the hash of the returned int (so huge values are reduced).
    return pyHash(rt, isSmallInt(r) ? r : r);
  },
  richcompare(rt, a, b, op) {
    const r = callDunder(rt, a, rt.names[CMP_NAMES[op]], [b]);
    return r === NULL ? rt.notImplemented : r;
  },
  getattro(rt, self, name) {
    const t = rt.typeOf(self);
    const ga = lookupType(rt, t, rt.names.__getattribute__);
    let r: Ref;
    if (ga === lookupType(rt, rt.types.object, rt.names.__getattribute__)) {
      if (!hasDunder(rt, t, rt.names.__getattr__)) return genericGetAttr(rt, self, name);
      // CPython slot_tp_getattr_hook: an AttributeError from the lookup itself (a property
      // getter raising it) also falls back to __getattr__.
      try {
        r = genericGetAttr(rt, self, name);
      } catch (e) {
        if (!isPyErrorOf(rt, e, rt.types.AttributeError)) throw e;
        r = NULL;
      }
    } else {
      try {
        r = callDunder(rt, self, rt.names.__getattribute__, [name]);
      } catch (e) {
        if (!isPyErrorOf(rt, e, rt.types.AttributeError) || !hasDunder(rt, t, rt.names.__getattr__)) throw e;
        r = NULL;
      }
    }
    if (r === NULL && hasDunder(rt, t, rt.names.__getattr__)) return callDunder(rt, self, rt.names.__getattr__, [name]);
    return r;
  },
  setattro(rt, self, name, value) {
    const t = rt.typeOf(self);
    const dn = dunder(rt, value === NULL ? '__delattr__' : '__setattr__');
    const f = lookupType(rt, t, dn);
    if (f === lookupType(rt, rt.types.object, dn)) { genericSetAttr(rt, self, name, value); return; }
    callDunder(rt, self, dn, value === NULL ? [name] : [name, value]);
  },
  call(rt, self, args, kwnames) {
    const f = lookupType(rt, rt.typeOf(self), rt.names.__call__);
    if (f === NULL) typeError(rt, `'${typeName(rt, self)}' object is not callable`);
    if (kwnames === null || kwnames === NULL) return callDunder(rt, self, rt.names.__call__, args);
    const t = rt.typeOf(self);
    const get = rt.slots(rt.typeOf(f)).descrGet;
    return callObject(rt, get !== undefined ? get(rt, f, self, t) : f, args, kwnames);
  },
  iter(rt, self) {
    const n = rt.names.__iter__;
    const f = lookupType(rt, rt.typeOf(self), n);
    if (f === rt.none || (f === NULL && !hasDunder(rt, rt.typeOf(self), rt.names.__getitem__))) {
      typeError(rt, `'${typeName(rt, self)}' object is not iterable`);
    }
    if (f === NULL) return seqIter(rt, self);
    return callDunder(rt, self, n, []);
  },
  next(rt, self) {
    const n = rt.names.__next__;
    if (!hasDunder(rt, rt.typeOf(self), n)) typeError(rt, `'${typeName(rt, self)}' object is not an iterator`);
    try {
      return callDunder(rt, self, n, []);
    } catch (e) {
      if (isPyErrorOf(rt, e, rt.types.StopIteration)) return NULL;
      throw e;
    }
  },
  bool(rt, self) {
    const t = rt.typeOf(self);
    const r = callDunder(rt, self, rt.names.__bool__, []);
    if (r !== NULL) {
      if (r !== rt.true && r !== rt.false) typeError(rt, `__bool__ should return bool, returned ${typeName(rt, r)}`);
      return r === rt.true;
    }
    if (hasDunder(rt, t, rt.names.__len__)) return USER_SLOTS.len!(rt, self) !== 0;
    return true;
  },
  len(rt, self) {
    const r = callDunder(rt, self, rt.names.__len__, []);
    if (r === NULL) typeError(rt, `object of type '${typeName(rt, self)}' has no len()`);
    const i = pyIndex(rt, r);
    if (intIsNegative(rt, i)) raise(rt, rt.types.ValueError, '__len__() should return >= 0');
    const n = intToNumber(rt, i);
    if (!Number.isSafeInteger(n)) raise(rt, rt.types.OverflowError, `cannot fit 'int' into an index-sized integer`);
    return n;
  },
  contains(rt, self, item) {
    const t = rt.typeOf(self);
    const f = lookupType(rt, t, rt.names.__contains__);
    if (f === rt.none) typeError(rt, `argument of type '${typeName(rt, self)}' is not iterable`);
    if (f !== NULL) return isTrue(rt, callDunder(rt, self, rt.names.__contains__, [item]));
    const mark = rt.rootMark();
    try {
      const it = rt.rooted(getIter(rt, self)); // held across Python code: root it
      for (let x = iterNext(rt, it); x !== NULL; x = iterNext(rt, it)) {
        if (richCompareBool(rt, x, item, CompareOp.EQ)) return true;
      }
      return false;
    } finally {
      rt.rootRelease(mark);
    }
  },
  getitem(rt, self, key) {
    const r = callDunder(rt, self, rt.names.__getitem__, [key]);
    if (r !== NULL) return r;
    // A class whose metaclass is a user class (Protocol[T], an ABC's C[int]): the metaclass
    // has no __getitem__, so the class's own __class_getitem__ answers, as in CPython's
    // PyObject_GetItem.
    if (isType(rt, self)) {
      const cg = getAttrOpt(rt, self, rt.names.__class_getitem__);
      if (cg !== NULL) return callObject(rt, cg, [key]);
      return typeError(rt, `type '${typeNameOf(rt, self)}' is not subscriptable`);
    }
    return typeError(rt, `'${typeName(rt, self)}' object is not subscriptable`);
  },
  setitem(rt, self, key, value) {
    if (value === NULL) {
      const r = callDunder(rt, self, rt.names.__delitem__, [key]);
      if (r === NULL) typeError(rt, `'${typeName(rt, self)}' object doesn't support item deletion`);
    } else {
      const r = callDunder(rt, self, rt.names.__setitem__, [key, value]);
      if (r === NULL) typeError(rt, `'${typeName(rt, self)}' object does not support item assignment`);
    }
  },
  descrGet(rt, descr, obj, type) {
    const r = callDunder(rt, descr, rt.names.__get__, [obj === NULL ? rt.none : obj, type === NULL ? rt.none : type]);
    return r === NULL ? descr : r;
  },
  descrSet(rt, descr, obj, value) {
    const r = value === NULL
      ? callDunder(rt, descr, rt.names.__delete__, [obj])
      : callDunder(rt, descr, rt.names.__set__, [obj, value]);
    if (r === NULL) raise(rt, rt.types.AttributeError, value === NULL ? '__delete__' : '__set__');
  },
  init(rt, self, args, kwnames) {
    const t = rt.typeOf(self);
    const f = lookupType(rt, t, rt.names.__init__);
    if (f === NULL) return;
    const get = rt.slots(rt.typeOf(f)).descrGet;
    const r = rt.typeOf(f) === rt.types.function
      ? callObject(rt, f, [self, ...args], kwnames)
      : callObject(rt, get !== undefined ? get(rt, f, self, t) : f, args, kwnames);
    if (r !== rt.none) typeError(rt, `__init__() should return None, not '${typeName(rt, r)}'`);
  },
  new(rt, type, args, kwnames) {
    // __new__ is a static method: look it up on the class and call it with cls first.
    const f = lookupType(rt, type, rt.names.__new__);
    const get = rt.slots(rt.typeOf(f)).descrGet;
    const fn = rt.typeOf(f) === rt.types.function || get === undefined ? f : get(rt, f, NULL, type);
    return callObject(rt, fn, [type, ...args], kwnames);
  },
  traverse(rt, self, visit) { traverseUserInstance(rt, self, visit); },
  pow(rt, a, b, m) {
    if (m !== rt.none) {
      const r = callDunder(rt, a, rt.names.__pow__, [b, m]);
      return r === NULL ? rt.notImplemented : r;
    }
    return powBinary(rt, a, b);
  },
  ipow(rt, a, b) {
    const r = callDunder(rt, a, rt.names.__ipow__, [b]);
    return r === NULL ? rt.notImplemented : r;
  },
  neg: unarySlot('__neg__', 'unary -'),
  pos: unarySlot('__pos__', 'unary +'),
  invert: unarySlot('__invert__', 'unary ~'),
  abs: unarySlot('__abs__', 'abs()'),
  int(rt, a) {
    const r = callDunder(rt, a, rt.names.__int__, []);
    if (r === NULL) typeError(rt, `int() argument must be a string, a bytes-like object or a real number, not '${typeName(rt, a)}'`);
    return r;
  },
  float(rt, a) {
    const r = callDunder(rt, a, rt.names.__float__, []);
    if (r === NULL) typeError(rt, `must be real number, not ${typeName(rt, a)}`);
    return r;
  },
  index(rt, a) {
    const r = callDunder(rt, a, rt.names.__index__, []);
    if (r === NULL) typeError(rt, `'${typeName(rt, a)}' object cannot be interpreted as an integer`);
    return r;
  },
};

const powBinary = binarySlot('pow', '__pow__', '__rpow__');
const BIN: [BinarySlotName, string][] = [
  ['add', 'add'], ['sub', 'sub'], ['mul', 'mul'], ['truediv', 'truediv'], ['floordiv', 'floordiv'],
  ['mod', 'mod'], ['divmod', 'divmod'], ['matmul', 'matmul'], ['lshift', 'lshift'], ['rshift', 'rshift'],
  ['and', 'and'], ['or', 'or'], ['xor', 'xor'],
];
for (const [slot, n] of BIN) {
  (USER_SLOTS as Record<string, unknown>)[slot] = binarySlot(slot, `__${n}__`, `__r${n}__`);
  if (slot !== 'divmod') (USER_SLOTS as Record<string, unknown>)[`i${slot}`] = inplaceSlot(`__i${n}__`);
}

/** GC: the instance __dict__ and __slots__ fields (the extras words), then the native
 *  base's own fields. */
export function traverseUserInstance(rt: Runtime, self: Ref, visit: Visit): void {
  const i32 = rt.heap.i32;
  const t = rt.typeOf(self);
  visit(t);
  const extra = i32[(t >> 2) + T_EXTRA];
  if (extra > 0) {
    const start = (i32[(t >> 2) + T_FLAGS] & TF_VARSIZE) !== 0
      ? self + rt.heap.sizeOf(self) - extra
      : self + i32[(t >> 2) + T_BASICSIZE] - extra;
    for (let a = start; a < start + extra; a += 4) visit(i32[a >> 2] as Ref);
  }
  const nt = rt.nativeTable(i32[(t >> 2) + T_NATIVE]).slots.traverse;
  if (nt !== undefined) nt(rt, self, visit);
}

/** iter() over an object with only __getitem__ (the sequence protocol); set by seq-iter. */
let seqIter: (rt: Runtime, o: Ref) => Ref = (rt, o) => typeError(rt, `'${typeName(rt, o)}' object is not iterable`);
export function setUserSeqIter(f: (rt: Runtime, o: Ref) => Ref): void { seqIter = f; }

registerType({ key: '<user>', name: '<user>', basicsize: 8, slots: USER_SLOTS });

export { attributeError };
