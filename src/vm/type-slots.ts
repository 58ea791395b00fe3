// The native slot table of a type: what a builtin type does, in TypeScript.
//
// After CPython's PyTypeObject slots (Include/cpython/object.h). Every type object in the
// heap stores the index of one slot table (`T_SLOTS`, type-object.ts); `rt.slots(type)`
// returns it. Builtin types register their table with `registerType` (type-object.ts)
// at module load; every user-defined class shares the generic USER table
// (user-slots.ts), whose functions look the dunder method up through the MRO, as
// CPython's slot_tp_* functions (Objects/typeobject.c) do, and call it.
//
// Conventions:
// - `self` is the object the slot belongs to. Binary number slots get (a, b) where either
//   one may be the instance (CPython nb_* semantics) and return rt.notImplemented when
//   they cannot handle the other operand.
// - "Returns NULL" means the JS value 0 (heap.ts NULL), never a Python None.
// - Slots raise by throwing PyError (errors.ts).

import type { Ref } from './heap.ts';
import type { Runtime } from './runtime.ts';

/** Comparison operator numbers, as CPython's Py_LT..Py_GE. */
export const enum CompareOp { LT = 0, LE = 1, EQ = 2, NE = 3, GT = 4, GE = 5 }

export type Visit = (r: Ref) => void;
export type UnarySlot = (rt: Runtime, a: Ref) => Ref;
export type BinarySlot = (rt: Runtime, a: Ref, b: Ref) => Ref;
/** A native function or method: positional args, then kwnames (a tuple of str) naming the
 *  last kwnames.length entries of args, or NULL/null. Vectorcall's shape. */
export type NativeFn = (rt: Runtime, self: Ref, args: Ref[], kwnames: Ref | null) => Ref;

export interface TypeSlots {
  /** repr(self): a str Ref. */
  repr?(rt: Runtime, self: Ref): Ref;
  /** str(self): a str Ref (absent: repr is used, as object.__str__ does). */
  str?(rt: Runtime, self: Ref): Ref;
  /** Python hash as a JS number: exact when |h| < 2**53, else the nearest double of the
   *  exact 64-bit hash (equal objects still give equal numbers). Never -1. Dict tables use
   *  `h | 0`. Absent on a type with __hash__ = None: unhashable. */
  hash?(rt: Runtime, self: Ref): number;
  /** Rich comparison; returns rt.notImplemented when the operand types are not handled. */
  richcompare?(rt: Runtime, a: Ref, b: Ref, op: CompareOp): Ref;
  /** Attribute lookup. Returns NULL for "no such attribute" WITHOUT raising (the caller
   *  raises AttributeError with the standard message, or returns a default); may also throw
   *  PyError (including AttributeError from user code). `name` is a str Ref. */
  getattro?(rt: Runtime, self: Ref, name: Ref): Ref;
  /** Set (value != NULL) or delete (value == NULL) an attribute. */
  setattro?(rt: Runtime, self: Ref, name: Ref, value: Ref): void;
  /** Call the object. args/kwnames as NativeFn. */
  call?(rt: Runtime, callable: Ref, args: Ref[], kwnames: Ref | null): Ref;
  /** iter(self). */
  iter?(rt: Runtime, self: Ref): Ref;
  /** next(self): the next item, or NULL when exhausted (no StopIteration), as tp_iternext. */
  next?(rt: Runtime, self: Ref): Ref;
  /** Truth value (nb_bool). */
  bool?(rt: Runtime, self: Ref): boolean;
  /** len(self) (sq_length / mp_length). */
  len?(rt: Runtime, self: Ref): number;
  /** `item in self` (sq_contains). */
  contains?(rt: Runtime, self: Ref, item: Ref): boolean;
  /** self[key] (mp_subscript / sq_item). */
  getitem?(rt: Runtime, self: Ref, key: Ref): Ref;
  /** self[key] = value, or `del self[key]` when value == NULL (mp_ass_subscript). */
  setitem?(rt: Runtime, self: Ref, key: Ref, value: Ref): void;
  /** Descriptor __get__: obj is NULL for access through the class. */
  descrGet?(rt: Runtime, descr: Ref, obj: Ref, type: Ref): Ref;
  /** Descriptor __set__ (value != NULL) / __delete__ (value == NULL). Its presence makes a
   *  data descriptor. */
  descrSet?(rt: Runtime, descr: Ref, obj: Ref, value: Ref): void;
  /** __init__ (tp_init). */
  init?(rt: Runtime, self: Ref, args: Ref[], kwnames: Ref | null): void;
  /** __new__ (tp_new): `type` is the class being instantiated (maybe a subclass). */
  new?(rt: Runtime, type: Ref, args: Ref[], kwnames: Ref | null): Ref;
  /** GC: call visit on every Ref field (raw blocks it owns included, so they stay alive). */
  traverse?(rt: Runtime, self: Ref, visit: Visit): void;

  // Number protocol (nb_*). Binary: (a, b) -> Ref | rt.notImplemented.
  add?: BinarySlot; sub?: BinarySlot; mul?: BinarySlot; truediv?: BinarySlot;
  floordiv?: BinarySlot; mod?: BinarySlot; divmod?: BinarySlot; matmul?: BinarySlot;
  lshift?: BinarySlot; rshift?: BinarySlot; and?: BinarySlot; or?: BinarySlot; xor?: BinarySlot;
  /** pow(a, b, m): m is rt.none for two-argument pow. */
  pow?(rt: Runtime, a: Ref, b: Ref, m: Ref): Ref;
  // In-place variants (absent: the binary slot is used).
  iadd?: BinarySlot; isub?: BinarySlot; imul?: BinarySlot; itruediv?: BinarySlot;
  ifloordiv?: BinarySlot; imod?: BinarySlot; imatmul?: BinarySlot;
  ilshift?: BinarySlot; irshift?: BinarySlot; iand?: BinarySlot; ior?: BinarySlot; ixor?: BinarySlot;
  ipow?(rt: Runtime, a: Ref, b: Ref, m: Ref): Ref;
  // Unary.
  neg?: UnarySlot; pos?: UnarySlot; invert?: UnarySlot; abs?: UnarySlot;
  /** __int__: an int Ref. */
  int?: UnarySlot;
  /** __float__: a float Ref. */
  float?: UnarySlot;
  /** __index__: an int Ref. */
  index?: UnarySlot;
}

/** Names of the binary number slots, in the order of the BinaryOp kinds (abstract.ts). */
export type BinarySlotName = 'add' | 'sub' | 'mul' | 'truediv' | 'floordiv' | 'mod' | 'divmod'
  | 'matmul' | 'lshift' | 'rshift' | 'and' | 'or' | 'xor' | 'pow';
export type InplaceSlotName = 'iadd' | 'isub' | 'imul' | 'itruediv' | 'ifloordiv' | 'imod'
  | 'imatmul' | 'ilshift' | 'irshift' | 'iand' | 'ior' | 'ixor' | 'ipow';

/** A native getter/setter exposed as a getset_descriptor in the type's dict. */
export interface GetSet {
  get?(rt: Runtime, self: Ref): Ref;
  /** value NULL = delete. */
  set?(rt: Runtime, self: Ref, value: Ref): void;
  doc?: string;
}

/**
 * A builtin type as its module declares it. `registerType(spec)` (type-object.ts) at module
 * load; the runtime creates the heap type object at startup (core types, listed in
 * builtin-types.ts) or on first `rt.typeFor(key)` (types of stdlib natives).
 */
export interface BuiltinTypeSpec {
  /** Unique registry key: the type's name for builtins ('list'), 'module.name' otherwise. */
  key: string;
  /** __name__. */
  name: string;
  /** __module__; 'builtins' if absent. */
  module?: string;
  /** Registry key of the base type; 'object' if absent (and none for 'object' itself). */
  base?: string;
  /** Bytes of an instance's fixed part, header included (8 for a fieldless object). */
  basicsize: number;
  /** True for types whose instances carry a variable inline part (int, str, tuple, bytes):
   *  subclass fields then live at the end (negative offsets, as CPython's tp_dictoffset). */
  varsize?: boolean;
  /** TF_* flags (type-object.ts); TF_BASETYPE if it can be subclassed. */
  flags?: number;
  slots: TypeSlots;
  /** Methods: `name -> fn(rt, self, args, kwnames)` (method_descriptor in the type's dict). */
  methods?: Record<string, NativeFn>;
  /** Class methods: `fn(rt, cls, args, kwnames)`. */
  classmethods?: Record<string, NativeFn>;
  /** Static methods: `fn(rt, NULL, args, kwnames)`. */
  staticmethods?: Record<string, NativeFn>;
  getsets?: Record<string, GetSet>;
  /** __hash__ = None (list, dict, set, ...): the hash slot is not inherited from the base. */
  unhashable?: boolean;
  /** Plain class attributes computed at type creation (e.g. int's `real`... or constants). */
  attrs?: (rt: Runtime) => Record<string, Ref>;
  doc?: string;
}

/** A group of native functions that are not methods of a type (a builtin module's
 *  functions). Registered with registerNatives (type-object.ts). */
export interface NativeGroup {
  key: string;
  fns: Record<string, NativeFn>;
}
