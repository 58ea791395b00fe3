// Native callables and descriptors that expose TypeScript code to Python: method_descriptor
// (list.append), classmethod_descriptor (dict.fromkeys), builtin_function_or_method (len,
// and natives bound to their self), wrapper_descriptor / method-wrapper (int.__add__: a
// slot seen as a method), getset_descriptor (int.real), member_descriptor (__slots__).
// After CPython Objects/descrobject.c and Objects/methodobject.c; slot wrappers after the
// slotdefs table of Objects/typeobject.c.
//
// A heap object cannot hold a JS function, so these store (native table index, ordinal):
// rt.nativeTable(index).fns[ordinal] is the function in every worker.

import { type Ref, NULL, isSmallInt } from '../heap.ts';
import type { Runtime } from '../runtime.ts';
import type { TypeSlots, BuiltinTypeSpec } from '../type-slots.ts';
import { CompareOp } from '../type-slots.ts';
import { registerType, typeSpec } from '../registry.ts';
import { T_DICT, T_NAME, T_NATIVE, TF_METHOD_DESCRIPTOR } from '../type-layout.ts';
import { dictSet, dictGetStr } from './dict-core.ts';
import { tupleLen } from './tuple-core.ts';
import { PyError, typeError, raise, raiseWith } from '../errors.ts';
import { typeName, typeNameOf, isSubtype, addressString, attributeError, hash as pyHash, isType } from '../abstract.ts';
import { fieldAddress, instanceDict } from '../type-object.ts';

// ---- layouts -------------------------------------------------------------------------------
/** method_descriptor, classmethod_descriptor, wrapper_descriptor, getset_descriptor,
 *  member_descriptor share: owner type, name, then two raw words. */
export const DS_OWNER = 2;
export const DS_NAME = 3;
export const DS_A = 4; // table index | member offset
export const DS_B = 5; // ordinal | slot def index
/** builtin_function_or_method. */
export const BF_SELF = 2;  // bound self (NULL for a plain function; a module for module fns)
export const BF_NAME = 3;  // str
export const BF_TABLE = 4;
export const BF_FN = 5;
export const BF_MODULE = 6; // __module__ (str or NULL)
/** method-wrapper. */
export const MW_DESCR = 2;
export const MW_SELF = 3;

const DESCR_BYTES = 24;
const BF_BYTES = 32;

function ownerName(rt: Runtime, d: Ref): string { return typeNameOf(rt, rt.heap.i32[(d >> 2) + DS_OWNER] as Ref); }
function nameOf(rt: Runtime, d: Ref, w = DS_NAME): string { return rt.jsStr(rt.heap.i32[(d >> 2) + w] as Ref); }

function noKw(rt: Runtime, what: string, kwnames: Ref | null): void {
  if (kwnames !== null && kwnames !== NULL && tupleLen(rt, kwnames) > 0) typeError(rt, `${what} takes no keyword arguments`);
}

// ---- builtin_function_or_method ------------------------------------------------------------

/** A native function: `self` NULL for module-level functions (or the module), else bound. */
export function newBuiltinFunction(rt: Runtime, name: Ref, table: number, fn: number, self: Ref = NULL, module: Ref = NULL): Ref {
  const f = rt.heap.alloc(rt.types.builtin_function_or_method, BF_BYTES);
  const i32 = rt.heap.i32, w = f >> 2;
  i32[w + BF_SELF] = self; i32[w + BF_NAME] = name; i32[w + BF_TABLE] = table; i32[w + BF_FN] = fn; i32[w + BF_MODULE] = module;
  return f;
}

/** A builtin function from a registered native group: `nativeFunction(rt, 'builtins', 'len')`. */
export function nativeFunction(rt: Runtime, groupKey: string, name: string, self: Ref = NULL, module: Ref = NULL): Ref {
  const idx = rt.nativeIndex(groupKey);
  const ord = rt.nativeTable(idx).fnNames.indexOf(name);
  if (ord < 0) throw new Error(`native '${groupKey}.${name}' is not registered`);
  return newBuiltinFunction(rt, rt.intern(name), idx, ord, self, module);
}

const builtinFunctionSlots: TypeSlots = {
  call(rt, f, args, kwnames) {
    const i32 = rt.heap.i32, w = f >> 2;
    return rt.nativeTable(i32[w + BF_TABLE]).fns[i32[w + BF_FN]](rt, i32[w + BF_SELF] as Ref, args, kwnames);
  },
  repr(rt, f) {
    const self = rt.heap.i32[(f >> 2) + BF_SELF] as Ref;
    const name = nameOf(rt, f, BF_NAME);
    if (self === NULL || rt.typeOf(self) === rt.types.module) return rt.newStr(`<built-in function ${name}>`);
    return rt.newStr(`<built-in method ${name} of ${typeName(rt, self)} object at ${addressString(self)}>`);
  },
  hash(rt, f) { return (f >>> 3); },
  traverse(rt, f, visit) {
    const i32 = rt.heap.i32, w = f >> 2;
    visit(i32[w + BF_SELF] as Ref); visit(i32[w + BF_NAME] as Ref); visit(i32[w + BF_MODULE] as Ref);
  },
};

// ---- method_descriptor / classmethod_descriptor --------------------------------------------

function newDescr(rt: Runtime, type: Ref, owner: Ref, name: Ref, a: number, b: number): Ref {
  const d = rt.heap.alloc(type, DESCR_BYTES);
  const i32 = rt.heap.i32, w = d >> 2;
  i32[w + DS_OWNER] = owner; i32[w + DS_NAME] = name; i32[w + DS_A] = a; i32[w + DS_B] = b;
  return d;
}

/** A method_descriptor for function `fnName` of registered type spec or native group
 *  `tableKey`, applying to instances of `owner` (builtins that add methods to a type after
 *  the fact, tests). */
export function newMethodDescriptor(rt: Runtime, owner: Ref, name: Ref, tableKey: string, fnName: string): Ref {
  const idx = rt.nativeIndex(tableKey);
  const ord = rt.nativeTable(idx).fnNames.indexOf(fnName);
  if (ord < 0) throw new Error(`native '${tableKey}.${fnName}' is not registered`);
  return newDescr(rt, rt.types.method_descriptor, owner, name, idx, ord);
}

/** Call a method_descriptor with an explicit self, no bound object allocated (the eval loop's
 *  method-call fast path). */
export function callMethodDescriptor(rt: Runtime, d: Ref, self: Ref, args: Ref[], kwnames: Ref | null): Ref {
  const i32 = rt.heap.i32, w = d >> 2;
  const owner = i32[w + DS_OWNER] as Ref;
  if (!isSubtype(rt, rt.typeOf(self), owner)) {
    typeError(rt, `descriptor '${nameOf(rt, d)}' for '${typeNameOf(rt, owner)}' objects doesn't apply to a '${typeName(rt, self)}' object`);
  }
  return rt.nativeTable(i32[w + DS_A]).fns[i32[w + DS_B]](rt, self, args, kwnames);
}

const descrTraverse: TypeSlots['traverse'] = (rt, d, visit) => {
  visit(rt.heap.i32[(d >> 2) + DS_OWNER] as Ref); visit(rt.heap.i32[(d >> 2) + DS_NAME] as Ref);
};

const methodDescriptorSlots: TypeSlots = {
  call(rt, d, args, kwnames) {
    if (args.length === 0 || (kwnames !== null && kwnames !== NULL && args.length <= tupleLen(rt, kwnames))) {
      typeError(rt, `unbound method ${ownerName(rt, d)}.${nameOf(rt, d)}() needs an argument`);
    }
    return callMethodDescriptor(rt, d, args[0], args.slice(1), kwnames);
  },
  descrGet(rt, d, obj) {
    if (obj === NULL) return d;
    const i32 = rt.heap.i32, w = d >> 2;
    const owner = i32[w + DS_OWNER] as Ref;
    if (!isSubtype(rt, rt.typeOf(obj), owner)) {
      typeError(rt, `descriptor '${nameOf(rt, d)}' for '${typeNameOf(rt, owner)}' objects doesn't apply to a '${typeName(rt, obj)}' object`);
    }
    return newBuiltinFunction(rt, i32[w + DS_NAME] as Ref, i32[w + DS_A], i32[w + DS_B], obj);
  },
  repr(rt, d) { return rt.newStr(`<method '${nameOf(rt, d)}' of '${ownerName(rt, d)}' objects>`); },
  traverse: descrTraverse,
};

const classmethodDescriptorSlots: TypeSlots = {
  call(rt, d, args, kwnames) {
    if (args.length === 0) typeError(rt, `descriptor '${nameOf(rt, d)}' of '${ownerName(rt, d)}' object needs an argument`);
    const i32 = rt.heap.i32, w = d >> 2;
    return rt.nativeTable(i32[w + DS_A]).fns[i32[w + DS_B]](rt, args[0], args.slice(1), kwnames);
  },
  descrGet(rt, d, obj, type) {
    const i32 = rt.heap.i32, w = d >> 2;
    const cls = type !== NULL && type !== rt.none ? type : rt.typeOf(obj);
    return newBuiltinFunction(rt, i32[w + DS_NAME] as Ref, i32[w + DS_A], i32[w + DS_B], cls);
  },
  repr(rt, d) { return rt.newStr(`<method '${nameOf(rt, d)}' of '${ownerName(rt, d)}' objects>`); },
  traverse: descrTraverse,
};

// ---- getset_descriptor ---------------------------------------------------------------------

/** DS_B value of the synthetic instance-__dict__ getset of user classes. */
const GS_INSTANCE_DICT = -1;

export function newGetSet(rt: Runtime, owner: Ref, name: Ref, table: number, ordinal: number): Ref {
  return newDescr(rt, rt.types.getset_descriptor, owner, name, table, ordinal);
}

/** The `__dict__` descriptor a user class with instance dicts gets. */
export function instanceDictGetSet(rt: Runtime, owner: Ref): Ref {
  return newGetSet(rt, owner, rt.names.__dict__, 0, GS_INSTANCE_DICT);
}

const getsetSlots: TypeSlots = {
  descrGet(rt, d, obj) {
    if (obj === NULL) return d;
    const i32 = rt.heap.i32, w = d >> 2;
    const ord = i32[w + DS_B];
    if (ord === GS_INSTANCE_DICT) return instanceDict(rt, obj, true);
    checkOwner(rt, d, obj);
    const gs = rt.nativeTable(i32[w + DS_A]).getsets[ord];
    if (!gs.get) raise(rt, rt.types.AttributeError, `attribute '${nameOf(rt, d)}' of '${ownerName(rt, d)}' objects is not readable`);
    return gs.get(rt, obj);
  },
  descrSet(rt, d, obj, value) {
    const i32 = rt.heap.i32, w = d >> 2;
    const ord = i32[w + DS_B];
    if (ord === GS_INSTANCE_DICT) {
      if (value === NULL) typeError(rt, 'cannot delete __dict__');
      if (!isSubtype(rt, rt.typeOf(value), rt.types.dict)) typeError(rt, `__dict__ must be set to a dictionary, not a '${typeName(rt, value)}'`);
      instanceDict(rt, obj, true);
      const di = (obj: Ref) => obj; void di;
      // Replace the slot: instanceDict created it, so the slot exists.
      const slotAddr = dictSlotAddr(rt, obj);
      rt.heap.i32[slotAddr >> 2] = value;
      return;
    }
    checkOwner(rt, d, obj);
    const gs = rt.nativeTable(i32[w + DS_A]).getsets[ord];
    if (!gs.set) raise(rt, rt.types.AttributeError, `attribute '${nameOf(rt, d)}' of '${ownerName(rt, d)}' objects is not writable`);
    gs.set(rt, obj, value);
  },
  repr(rt, d) { return rt.newStr(`<attribute '${nameOf(rt, d)}' of '${ownerName(rt, d)}' objects>`); },
  traverse: descrTraverse,
};

function dictSlotAddr(rt: Runtime, obj: Ref): number {
  // instance dict slot: reuse the type-object computation through a tiny indirection
  const t = rt.typeOf(obj);
  const off = rt.heap.i32[(t >> 2) + 12 /* T_DICTOFFSET */];
  return fieldAddress(rt, obj, off);
}

function checkOwner(rt: Runtime, d: Ref, obj: Ref): void {
  const owner = rt.heap.i32[(d >> 2) + DS_OWNER] as Ref;
  if (!isSubtype(rt, rt.typeOf(obj), owner)) {
    typeError(rt, `descriptor '${nameOf(rt, d)}' for '${typeNameOf(rt, owner)}' objects doesn't apply to a '${typeName(rt, obj)}' object`);
  }
}

// ---- member_descriptor (__slots__) ---------------------------------------------------------

export function newMemberDescriptor(rt: Runtime, owner: Ref, name: Ref, offset: number): Ref {
  return newDescr(rt, rt.types.member_descriptor, owner, name, offset, 0);
}

const memberSlots: TypeSlots = {
  descrGet(rt, d, obj) {
    if (obj === NULL) return d;
    checkOwner(rt, d, obj);
    const v = rt.heap.i32[fieldAddress(rt, obj, rt.heap.i32[(d >> 2) + DS_A]) >> 2] as Ref;
    if (v === NULL) attributeError(rt, obj, rt.heap.i32[(d >> 2) + DS_NAME] as Ref);
    return v;
  },
  descrSet(rt, d, obj, value) {
    checkOwner(rt, d, obj);
    const a = fieldAddress(rt, obj, rt.heap.i32[(d >> 2) + DS_A]) >> 2;
    if (value === NULL && rt.heap.i32[a] === NULL) attributeError(rt, obj, rt.heap.i32[(d >> 2) + DS_NAME] as Ref);
    rt.heap.i32[a] = value;
  },
  repr(rt, d) { return rt.newStr(`<member '${nameOf(rt, d)}' of '${ownerName(rt, d)}' objects>`); },
  traverse: descrTraverse,
};

// ---- slot wrappers -------------------------------------------------------------------------

type WrapperKind = 'unary' | 'str' | 'hash' | 'bool' | 'len' | 'next' | 'binary' | 'rbinary' | 'pow' | 'rpow'
  | 'cmp' | 'getattr' | 'setattr' | 'delattr' | 'call' | 'contains' | 'getitem' | 'setitem' | 'delitem'
  | 'get' | 'set' | 'delete' | 'init' | 'iter';

interface SlotDef { dunder: string; slot: keyof TypeSlots; kind: WrapperKind; op?: CompareOp }

/** Dunder names exposed for each slot (CPython slotdefs). Index = DS_B of a wrapper. */
export const SLOT_DEFS: readonly SlotDef[] = (() => {
  const d: SlotDef[] = [
    { dunder: '__repr__', slot: 'repr', kind: 'str' },
    { dunder: '__str__', slot: 'str', kind: 'str' },
    { dunder: '__hash__', slot: 'hash', kind: 'hash' },
    { dunder: '__call__', slot: 'call', kind: 'call' },
    { dunder: '__getattribute__', slot: 'getattro', kind: 'getattr' },
    { dunder: '__setattr__', slot: 'setattro', kind: 'setattr' },
    { dunder: '__delattr__', slot: 'setattro', kind: 'delattr' },
    { dunder: '__lt__', slot: 'richcompare', kind: 'cmp', op: CompareOp.LT },
    { dunder: '__le__', slot: 'richcompare', kind: 'cmp', op: CompareOp.LE },
    { dunder: '__eq__', slot: 'richcompare', kind: 'cmp', op: CompareOp.EQ },
    { dunder: '__ne__', slot: 'richcompare', kind: 'cmp', op: CompareOp.NE },
    { dunder: '__gt__', slot: 'richcompare', kind: 'cmp', op: CompareOp.GT },
    { dunder: '__ge__', slot: 'richcompare', kind: 'cmp', op: CompareOp.GE },
    { dunder: '__iter__', slot: 'iter', kind: 'iter' },
    { dunder: '__next__', slot: 'next', kind: 'next' },
    { dunder: '__get__', slot: 'descrGet', kind: 'get' },
    { dunder: '__set__', slot: 'descrSet', kind: 'set' },
    { dunder: '__delete__', slot: 'descrSet', kind: 'delete' },
    { dunder: '__init__', slot: 'init', kind: 'init' },
    { dunder: '__len__', slot: 'len', kind: 'len' },
    { dunder: '__getitem__', slot: 'getitem', kind: 'getitem' },
    { dunder: '__setitem__', slot: 'setitem', kind: 'setitem' },
    { dunder: '__delitem__', slot: 'setitem', kind: 'delitem' },
    { dunder: '__contains__', slot: 'contains', kind: 'contains' },
    { dunder: '__bool__', slot: 'bool', kind: 'bool' },
    { dunder: '__pow__', slot: 'pow', kind: 'pow' },
    { dunder: '__rpow__', slot: 'pow', kind: 'rpow' },
    { dunder: '__ipow__', slot: 'ipow', kind: 'pow' },
  ];
  const bin: [string, keyof TypeSlots][] = [
    ['add', 'add'], ['sub', 'sub'], ['mul', 'mul'], ['truediv', 'truediv'], ['floordiv', 'floordiv'],
    ['mod', 'mod'], ['divmod', 'divmod'], ['matmul', 'matmul'], ['lshift', 'lshift'], ['rshift', 'rshift'],
    ['and', 'and'], ['or', 'or'], ['xor', 'xor'],
  ];
  for (const [n, s] of bin) {
    d.push({ dunder: `__${n}__`, slot: s, kind: 'binary' });
    d.push({ dunder: `__r${n}__`, slot: s, kind: 'rbinary' });
    if (n !== 'divmod') d.push({ dunder: `__i${n}__`, slot: `i${s}` as keyof TypeSlots, kind: 'binary' });
  }
  for (const n of ['neg', 'pos', 'invert', 'abs', 'int', 'float', 'index'] as const) {
    d.push({ dunder: `__${n}__`, slot: n, kind: 'unary' });
  }
  return d;
})();

export function newWrapperDescriptor(rt: Runtime, owner: Ref, defIndex: number): Ref {
  return newDescr(rt, rt.types.wrapper_descriptor, owner, rt.intern(SLOT_DEFS[defIndex].dunder),
    rt.heap.i32[(owner >> 2) + T_NATIVE], defIndex);
}

function arity(rt: Runtime, name: string, args: Ref[], n: number): void {
  if (args.length !== n) typeError(rt, `expected ${n} argument${n === 1 ? '' : 's'}, got ${args.length}`);
  void name;
}

/** Run slot-def `def` of table `tableIdx` on self with Python-level args. */
export function callSlotWrapper(rt: Runtime, tableIdx: number, defIndex: number, self: Ref, args: Ref[], kwnames: Ref | null): Ref {
  const def = SLOT_DEFS[defIndex];
  const slots = rt.nativeTable(tableIdx).slots as Record<string, (...a: unknown[]) => unknown>;
  const f = slots[def.slot] as ((...a: unknown[]) => unknown) | undefined;
  if (f === undefined) typeError(rt, `'${typeName(rt, self)}' object has no slot ${def.dunder}`);
  if (def.kind !== 'call' && def.kind !== 'init') noKw(rt, `wrapper ${def.dunder}()`, kwnames);
  switch (def.kind) {
    case 'str': case 'unary': case 'iter': arity(rt, def.dunder, args, 0); return f(rt, self) as Ref;
    case 'hash': arity(rt, def.dunder, args, 0); return rt.newInt(f(rt, self) as number);
    case 'bool': arity(rt, def.dunder, args, 0); return rt.bool(f(rt, self) as boolean);
    case 'len': arity(rt, def.dunder, args, 0); return rt.newInt(f(rt, self) as number);
    case 'next': {
      arity(rt, def.dunder, args, 0);
      const r = f(rt, self) as Ref;
      if (r === NULL) raiseWith(rt, rt.types.StopIteration, []);
      return r;
    }
    case 'binary': arity(rt, def.dunder, args, 1); return f(rt, self, args[0], rt.none) as Ref;
    case 'rbinary': arity(rt, def.dunder, args, 1); return f(rt, args[0], self, rt.none) as Ref;
    case 'pow':
      if (args.length < 1 || args.length > 2) typeError(rt, `expected 1 or 2 arguments, got ${args.length}`);
      return f(rt, self, args[0], args.length > 1 ? args[1] : rt.none) as Ref;
    case 'rpow':
      if (args.length < 1 || args.length > 2) typeError(rt, `expected 1 or 2 arguments, got ${args.length}`);
      return f(rt, args[0], self, args.length > 1 ? args[1] : rt.none) as Ref;
    case 'cmp': arity(rt, def.dunder, args, 1); return f(rt, self, args[0], def.op) as Ref;
    case 'getattr': {
      arity(rt, def.dunder, args, 1);
      checkAttrName(rt, args[0]);
      const r = f(rt, self, args[0]) as Ref;
      if (r === NULL) attributeError(rt, self, args[0]);
      return r;
    }
    case 'setattr': arity(rt, def.dunder, args, 2); checkAttrName(rt, args[0]); f(rt, self, args[0], args[1]); return rt.none;
    case 'delattr': arity(rt, def.dunder, args, 1); checkAttrName(rt, args[0]); f(rt, self, args[0], NULL); return rt.none;
    case 'call': return f(rt, self, args, kwnames) as Ref;
    case 'init': f(rt, self, args, kwnames); return rt.none;
    case 'contains': arity(rt, def.dunder, args, 1); return rt.bool(f(rt, self, args[0]) as boolean);
    case 'getitem': arity(rt, def.dunder, args, 1); return f(rt, self, args[0]) as Ref;
    case 'setitem': arity(rt, def.dunder, args, 2); f(rt, self, args[0], args[1]); return rt.none;
    case 'delitem': arity(rt, def.dunder, args, 1); f(rt, self, args[0], NULL); return rt.none;
    case 'get': {
      if (args.length < 1 || args.length > 2) typeError(rt, `expected 1 or 2 arguments, got ${args.length}`);
      const obj = args[0] === rt.none ? NULL : args[0];
      const type = args.length > 1 && args[1] !== rt.none ? args[1] : NULL;
      if (obj === NULL && type === NULL) typeError(rt, '__get__(None, None) is invalid');
      return f(rt, self, obj, type === NULL ? rt.typeOf(obj) : type) as Ref;
    }
    case 'set': arity(rt, def.dunder, args, 2); f(rt, self, args[0], args[1]); return rt.none;
    case 'delete': arity(rt, def.dunder, args, 1); f(rt, self, args[0], NULL); return rt.none;
  }
}

function checkAttrName(rt: Runtime, name: Ref): void {
  if (isSmallInt(name) || !isSubtype(rt, rt.typeOf(name), rt.types.str)) {
    typeError(rt, `attribute name must be string, not '${typeName(rt, name)}'`);
  }
}

const wrapperDescriptorSlots: TypeSlots = {
  call(rt, d, args, kwnames) {
    const i32 = rt.heap.i32, w = d >> 2;
    if (args.length === 0) typeError(rt, `descriptor '${nameOf(rt, d)}' of '${ownerName(rt, d)}' object needs an argument`);
    checkOwner(rt, d, args[0]);
    return callSlotWrapper(rt, i32[w + DS_A], i32[w + DS_B], args[0], args.slice(1), kwnames);
  },
  descrGet(rt, d, obj) {
    if (obj === NULL) return d;
    checkOwner(rt, d, obj);
    const mw = rt.heap.alloc(rt.types['method-wrapper'], 16);
    rt.heap.i32[(mw >> 2) + MW_DESCR] = d;
    rt.heap.i32[(mw >> 2) + MW_SELF] = obj;
    return mw;
  },
  repr(rt, d) { return rt.newStr(`<slot wrapper '${nameOf(rt, d)}' of '${ownerName(rt, d)}' objects>`); },
  traverse: descrTraverse,
};

const methodWrapperSlots: TypeSlots = {
  call(rt, mw, args, kwnames) {
    const i32 = rt.heap.i32;
    const d = i32[(mw >> 2) + MW_DESCR];
    return callSlotWrapper(rt, i32[(d >> 2) + DS_A], i32[(d >> 2) + DS_B], i32[(mw >> 2) + MW_SELF] as Ref, args, kwnames);
  },
  repr(rt, mw) {
    const i32 = rt.heap.i32;
    const d = i32[(mw >> 2) + MW_DESCR] as Ref, self = i32[(mw >> 2) + MW_SELF] as Ref;
    return rt.newStr(`<method-wrapper '${nameOf(rt, d)}' of ${typeName(rt, self)} object at ${addressString(self)}>`);
  },
  richcompare(rt, a, b, op) {
    if ((op !== CompareOp.EQ && op !== CompareOp.NE) || rt.typeOf(b) !== rt.typeOf(a)) return rt.notImplemented;
    const i32 = rt.heap.i32;
    const same = i32[(a >> 2) + MW_DESCR] === i32[(b >> 2) + MW_DESCR] && i32[(a >> 2) + MW_SELF] === i32[(b >> 2) + MW_SELF];
    return rt.bool(op === CompareOp.EQ ? same : !same);
  },
  hash(rt, mw) { return (pyHash(rt, rt.heap.i32[(mw >> 2) + MW_SELF] as Ref) ^ (rt.heap.i32[(mw >> 2) + MW_DESCR] >>> 3)) | 0; },
  traverse(rt, mw, visit) { visit(rt.heap.i32[(mw >> 2) + MW_DESCR] as Ref); visit(rt.heap.i32[(mw >> 2) + MW_SELF] as Ref); },
};

// ---- __new__ of builtin types (tp_new_wrapper) ---------------------------------------------

registerType({
  key: '<tp_new>', name: '<tp_new>', basicsize: 8, slots: {},
  staticmethods: {
    /** T.__new__(cls, *args): self is the type T whose slot runs. */
    __new__(rt, self, args, kwnames) {
      const owner = self;
      if (args.length === 0) typeError(rt, `${typeNameOf(rt, owner)}.__new__(): not enough arguments`);
      const cls = args[0];
      if (!isType(rt, cls)) typeError(rt, `${typeNameOf(rt, owner)}.__new__(X): X is not a type object (${typeName(rt, cls)})`);
      if (!isSubtype(rt, cls, owner)) {
        typeError(rt, `${typeNameOf(rt, owner)}.__new__(${typeNameOf(rt, cls)}): ${typeNameOf(rt, cls)} is not a subtype of ${typeNameOf(rt, owner)}`);
      }
      const f = rt.nativeTable(rt.heap.i32[(owner >> 2) + T_NATIVE]).slots.new;
      if (!f) typeError(rt, `cannot create '${typeNameOf(rt, owner)}' instances`);
      return f(rt, cls, args.slice(1), kwnames);
    },
  },
});

// ---- populating a builtin type's dict ------------------------------------------------------

/** Put a builtin type's methods, getsets, slot wrappers, __new__, __doc__ and attrs in its dict. */
export function populateBuiltinDict(rt: Runtime, t: Ref, key: string): void {
  const spec: BuiltinTypeSpec | undefined = typeSpec(key);
  const dict = rt.heap.i32[(t >> 2) + T_DICT] as Ref;
  if (!spec) return;
  const idx = rt.nativeIndex(key);
  const table = rt.nativeTable(idx);
  const put = (name: string, v: Ref): void => dictSet(rt, dict, rt.intern(name), v);
  let ord = 0;
  for (const n of Object.keys(spec.methods ?? {})) put(n, newDescr(rt, rt.types.method_descriptor, t, rt.intern(n), idx, ord++));
  for (const n of Object.keys(spec.classmethods ?? {})) put(n, newDescr(rt, rt.types.classmethod_descriptor, t, rt.intern(n), idx, ord++));
  for (const n of Object.keys(spec.staticmethods ?? {})) {
    // A static native is exposed as a plain builtin function (staticmethod objects are the
    // function type's business; a builtin function does not bind, which is what matters).
    put(n, newBuiltinFunction(rt, rt.intern(n), idx, ord++));
  }
  table.getsetNames.forEach((n, i) => put(n, newGetSet(rt, t, rt.intern(n), idx, i)));
  const slots = spec.slots as Record<string, unknown>;
  SLOT_DEFS.forEach((def, i) => {
    if (slots[def.slot] !== undefined && dictGetStr(rt, dict, rt.intern(def.dunder)) === NULL) put(def.dunder, newWrapperDescriptor(rt, t, i));
  });
  if (spec.slots.new) {
    const ni = rt.nativeIndex('<tp_new>');
    put('__new__', newBuiltinFunction(rt, rt.names.__new__, ni, 0, t));
  }
  if (spec.unhashable) put('__hash__', rt.none);
  if (dictGetStr(rt, dict, rt.names.__doc__) === NULL) put('__doc__', spec.doc !== undefined ? rt.newStr(spec.doc) : rt.none);
  if (spec.module !== undefined) put('__module__', rt.intern(spec.module));
  if (spec.attrs) for (const [n, v] of Object.entries(spec.attrs(rt))) put(n, v);
}

// ---- registration --------------------------------------------------------------------------

registerType({ key: 'builtin_function_or_method', name: 'builtin_function_or_method', basicsize: BF_BYTES, slots: builtinFunctionSlots,
  getsets: {
    __name__: { get: (rt, f) => rt.heap.i32[(f >> 2) + BF_NAME] as Ref },
    __qualname__: { get: (rt, f) => {
      const self = rt.heap.i32[(f >> 2) + BF_SELF] as Ref;
      const name = rt.jsStr(rt.heap.i32[(f >> 2) + BF_NAME] as Ref);
      if (self === NULL || rt.typeOf(self) === rt.types.module) return rt.newStr(name);
      const owner = isType(rt, self) ? self : rt.typeOf(self);
      return rt.newStr(`${typeNameOf(rt, owner)}.${name}`);
    } },
    __self__: { get: (rt, f) => { const s = rt.heap.i32[(f >> 2) + BF_SELF] as Ref; return s === NULL ? rt.none : s; } },
    __module__: { get: (rt, f) => { const m = rt.heap.i32[(f >> 2) + BF_MODULE] as Ref; return m === NULL ? rt.none : m; } },
  } });
// TF_METHOD_DESCRIPTOR (CPython Py_TPFLAGS_METHOD_DESCRIPTOR): `obj.meth(...)` loads the
// descriptor and obj without making a bound builtin (eval-support.ts getMethod), as for
// Python functions; the call checks obj against the owner (callMethodDescriptor).
registerType({ key: 'method_descriptor', name: 'method_descriptor', basicsize: DESCR_BYTES, slots: methodDescriptorSlots,
  flags: TF_METHOD_DESCRIPTOR,
  getsets: { __name__: { get: (rt, d) => rt.heap.i32[(d >> 2) + DS_NAME] as Ref },
    __qualname__: { get: (rt, d) => rt.newStr(`${ownerName(rt, d)}.${nameOf(rt, d)}`) },
    __objclass__: { get: (rt, d) => rt.heap.i32[(d >> 2) + DS_OWNER] as Ref } } });
registerType({ key: 'classmethod_descriptor', name: 'classmethod_descriptor', basicsize: DESCR_BYTES, slots: classmethodDescriptorSlots,
  getsets: { __name__: { get: (rt, d) => rt.heap.i32[(d >> 2) + DS_NAME] as Ref } } });
registerType({ key: 'wrapper_descriptor', name: 'wrapper_descriptor', basicsize: DESCR_BYTES, slots: wrapperDescriptorSlots,
  getsets: { __name__: { get: (rt, d) => rt.heap.i32[(d >> 2) + DS_NAME] as Ref },
    __objclass__: { get: (rt, d) => rt.heap.i32[(d >> 2) + DS_OWNER] as Ref } } });
registerType({ key: 'method-wrapper', name: 'method-wrapper', basicsize: 16, slots: methodWrapperSlots,
  getsets: { __self__: { get: (rt, mw) => rt.heap.i32[(mw >> 2) + MW_SELF] as Ref },
    __name__: { get: (rt, mw) => rt.heap.i32[(rt.heap.i32[(mw >> 2) + MW_DESCR] >> 2) + DS_NAME] as Ref } } });
registerType({ key: 'getset_descriptor', name: 'getset_descriptor', basicsize: DESCR_BYTES, slots: getsetSlots,
  getsets: { __name__: { get: (rt, d) => rt.heap.i32[(d >> 2) + DS_NAME] as Ref } } });
registerType({ key: 'member_descriptor', name: 'member_descriptor', basicsize: DESCR_BYTES, slots: memberSlots,
  getsets: { __name__: { get: (rt, d) => rt.heap.i32[(d >> 2) + DS_NAME] as Ref } } });

export { PyError, T_NAME };
