// The abstract object protocol: the only way builtins and the eval loop operate on objects.
// After CPython's Objects/abstract.c and Objects/object.c (3.13): attribute access, calls,
// repr/str/hash, rich comparison with reflection, truth, the binary/in-place/unary number
// dispatch with NotImplemented, iteration, subscription, containment, len,
// isinstance/issubclass with their hooks, __index__.
//
// Error messages are python3's, word for word. Every function dispatches through the type's
// slot table (rt.slots(type)); user classes use the generic USER table (user-slots.ts) that
// finds dunder methods through the MRO and calls them with callObject, so this file never
// imports the eval loop: the function type registers its `call` slot like any other type.

import { type Ref, NULL, isSmallInt, smallInt, smallIntValue } from './heap.ts';
import type { Runtime } from './runtime.ts';
import { CompareOp, type TypeSlots, type BinarySlotName, type InplaceSlotName } from './type-slots.ts';
import { T_FLAGS, T_MRO, T_NAME, TF_TYPE_SUBCLASS, TF_LONG_SUBCLASS, TF_FLOAT_SUBCLASS } from './type-layout.ts';
import { PyError, raise, typeError, isPyErrorOf } from './errors.ts';
import { genericGetAttr, genericSetAttr, lookupType } from './type-object.ts';
import { intHash, intToNumber, intIsNegative } from './objects/int.ts';
import { floatValue } from './objects/float.ts';
import { newExceptionObject, E_F0, E_F1 } from './objects/exceptions.ts';
import { classGetItem } from './objects/generic-alias.ts';

// ---- names -----------------------------------------------------------------------------

/** __name__ of a type, as a JS string. */
export function typeNameOf(rt: Runtime, type: Ref): string {
  return rt.jsStr(rt.heap.i32[(type >> 2) + T_NAME] as Ref);
}
/** Name of o's type ('int', 'Foo'), as used in error messages. */
export function typeName(rt: Runtime, o: Ref): string { return typeNameOf(rt, rt.typeOf(o)); }

/** Is `a` a subtype of `b` (MRO membership; no __subclasscheck__). */
export function isSubtype(rt: Runtime, a: Ref, b: Ref): boolean {
  if (a === b) return true;
  const i32 = rt.heap.i32;
  const mro = i32[(a >> 2) + T_MRO];
  if (mro === 0) return b === rt.types.object;
  const n = i32[(mro >> 2) + 2], w = (mro >> 2) + 3;
  for (let i = 1; i < n; i++) if (i32[w + i] === b) return true;
  return false;
}

/** isinstance(o, type) without hooks: the fast check natives use for their own types. */
export function isInstanceOf(rt: Runtime, o: Ref, type: Ref): boolean { return isSubtype(rt, rt.typeOf(o), type); }

/** Is o a type object? */
export function isType(rt: Runtime, o: Ref): boolean {
  return !isSmallInt(o) && (rt.heap.i32[(rt.heap.i32[o >> 2] >> 2) + T_FLAGS] & TF_TYPE_SUBCLASS) !== 0;
}
/** Is o an int (bool and int subclasses included)? */
export function isInt(rt: Runtime, o: Ref): boolean {
  return isSmallInt(o) || (rt.heap.i32[(rt.heap.i32[o >> 2] >> 2) + T_FLAGS] & TF_LONG_SUBCLASS) !== 0;
}
/** Is o a float (subclasses included)? */
export function isFloat(rt: Runtime, o: Ref): boolean {
  return !isSmallInt(o) && (rt.heap.i32[(rt.heap.i32[o >> 2] >> 2) + T_FLAGS] & TF_FLOAT_SUBCLASS) !== 0;
}

// ---- attributes ----------------------------------------------------------------------------

/** AttributeError with python3's message; sets .name and .obj as CPython 3.10+ does. */
export function attributeError(rt: Runtime, obj: Ref, name: Ref): never {
  const msg = isType(rt, obj)
    ? `type object '${typeNameOf(rt, obj)}' has no attribute '${rt.jsStr(name)}'`
    : `'${typeName(rt, obj)}' object has no attribute '${rt.jsStr(name)}'`;
  const exc = newExceptionObject(rt, rt.types.AttributeError, [rt.newStr(msg)]);
  rt.heap.i32[(exc >> 2) + E_F0] = name;
  rt.heap.i32[(exc >> 2) + E_F1] = obj;
  throw new PyError(exc);
}

/** o.name; raises AttributeError. `name` is a str (interned for speed). */
export function getAttr(rt: Runtime, o: Ref, name: Ref): Ref {
  const f = rt.slots(rt.typeOf(o)).getattro;
  const r = f !== undefined ? f(rt, o, name) : genericGetAttr(rt, o, name);
  if (r === NULL) attributeError(rt, o, name);
  return r;
}

/** o.name, or NULL if it raises AttributeError (other exceptions propagate): getattr with a
 *  default, hasattr, optional protocol methods. */
export function getAttrOpt(rt: Runtime, o: Ref, name: Ref): Ref {
  const f = rt.slots(rt.typeOf(o)).getattro;
  try {
    return f !== undefined ? f(rt, o, name) : genericGetAttr(rt, o, name);
  } catch (e) {
    if (isPyErrorOf(rt, e, rt.types.AttributeError)) return NULL;
    throw e;
  }
}

/** o.name with a JS string name (interned). */
export function getAttrJs(rt: Runtime, o: Ref, name: string): Ref { return getAttr(rt, o, rt.intern(name)); }

export function setAttr(rt: Runtime, o: Ref, name: Ref, v: Ref): void {
  const f = rt.slots(rt.typeOf(o)).setattro;
  if (f !== undefined) f(rt, o, name, v); else genericSetAttr(rt, o, name, v);
}

export function delAttr(rt: Runtime, o: Ref, name: Ref): void { setAttr(rt, o, name, NULL); }

// ---- calls ---------------------------------------------------------------------------------

/** f(*args) with keyword names: the last kwnames.length args are keyword values. */
export function callObject(rt: Runtime, f: Ref, args: Ref[], kwnames: Ref | null = null, direct = false): Ref {
  // `direct`: the eval loop's CALL itself calls f (gc-safe.ts takeEvalDirect); any other
  // caller may hold unrooted values, so the flag is cleared.
  rt.evalDirect = direct;
  const call = rt.slots(rt.typeOf(f)).call;
  if (call === undefined) typeError(rt, `'${typeName(rt, f)}' object is not callable`);
  return call(rt, f, args, kwnames);
}

/** o.name(*args): looks the method up on the type first so plain functions are called
 *  without allocating a bound method (CPython's LOAD_ATTR method form). */
export function callMethod(rt: Runtime, o: Ref, name: Ref, args: Ref[], kwnames: Ref | null = null): Ref {
  const m = getAttr(rt, o, name);
  return callObject(rt, m, args, kwnames);
}

/** Look up a special method on type(o) (not the instance), as _PyObject_LookupSpecial:
 *  returns the bound/unbound result of descriptor binding, or NULL. */
export function lookupSpecial(rt: Runtime, o: Ref, name: Ref): Ref {
  const t = rt.typeOf(o);
  const d = lookupType(rt, t, name);
  if (d === NULL) return NULL;
  const get = rt.slots(rt.typeOf(d)).descrGet;
  return get !== undefined ? get(rt, d, o, t) : d;
}

// ---- repr, str, hash -----------------------------------------------------------------------

export function repr(rt: Runtime, o: Ref): Ref {
  const f = rt.slots(rt.typeOf(o)).repr;
  const r = f !== undefined ? f(rt, o) : defaultRepr(rt, o);
  if (!isStr(rt, r)) typeError(rt, `__repr__ returned non-string (type ${typeName(rt, r)})`);
  return r;
}

export function str(rt: Runtime, o: Ref): Ref {
  if (!isSmallInt(o) && rt.heap.i32[o >> 2] === rt.types.str) return o;
  const s = rt.slots(rt.typeOf(o));
  const r = s.str !== undefined ? s.str(rt, o) : s.repr !== undefined ? s.repr(rt, o) : defaultRepr(rt, o);
  if (!isStr(rt, r)) typeError(rt, `__str__ returned non-string (type ${typeName(rt, r)})`);
  return r;
}

export const reprJs = (rt: Runtime, o: Ref): string => rt.jsStr(repr(rt, o));
export const strJs = (rt: Runtime, o: Ref): string => rt.jsStr(str(rt, o));

function isStr(rt: Runtime, r: Ref): boolean {
  return !isSmallInt(r) && r !== NULL && isSubtype(rt, rt.heap.i32[r >> 2] as Ref, rt.types.str);
}

/** '<module.Name object at 0x...>' as object.__repr__. */
export function defaultRepr(rt: Runtime, o: Ref): Ref {
  const t = rt.typeOf(o);
  const mod = typeModuleName(rt, t);
  const name = rt.jsStr(rt.heap.i32[(t >> 2) + 5 /* T_QUALNAME */] as Ref);
  const prefix = mod && mod !== 'builtins' ? `${mod}.${name}` : name;
  return rt.newStr(`<${prefix} object at ${addressString(o)}>`);
}

/** 0x-prefixed hex "address" of an object, as id() prints it (12 hex digits, like CPython
 *  on 64-bit Linux, from the heap offset so it is stable for the object's life). */
export function addressString(o: Ref): string {
  return '0x7f' + (o >>> 0).toString(16).padStart(10, '0');
}

/** __module__ of a type as a JS string ('' if absent or not a str). */
export function typeModuleName(rt: Runtime, t: Ref): string {
  const m = lookupType(rt, t, rt.names.__module__);
  return m !== NULL && isStr(rt, m) ? rt.jsStr(m) : 'builtins';
}

/**
 * hash(o) as the slot convention says (type-slots.ts): a JS number, exact up to 2**53.
 * Small ints: the value (-1 -> -2), python3's numeric hash (modulus 2**61-1) otherwise.
 */
export function hash(rt: Runtime, o: Ref): number {
  if (isSmallInt(o)) { const v = smallIntValue(o); return v === -1 ? -2 : v; }
  if (rt.heap.i32[o >> 2] === rt.types.str) return rt.heap.i32[(o >> 2) + 4 /* str-core S_HASH */];
  const f = rt.slots(rt.typeOf(o)).hash;
  if (f === undefined) typeError(rt, `unhashable type: '${typeName(rt, o)}'`);
  return f(rt, o);
}

// ---- comparison, truth ---------------------------------------------------------------------

const SWAPPED: readonly CompareOp[] = [CompareOp.GT, CompareOp.GE, CompareOp.EQ, CompareOp.NE, CompareOp.LT, CompareOp.LE];
const OP_SYMBOL = ['<', '<=', '==', '!=', '>', '>='];

/** a <op> b with reflection, as do_richcompare (Objects/object.c). */
export function richCompare(rt: Runtime, a: Ref, b: Ref, op: CompareOp): Ref {
  if (isSmallInt(a) && isSmallInt(b)) return rt.bool(compareNumbers(a >> 1, b >> 1, op));
  const ta = rt.typeOf(a), tb = rt.typeOf(b);
  let checkedReverse = false;
  const fb = rt.slots(tb).richcompare;
  if (ta !== tb && fb !== undefined && isSubtype(rt, tb, ta)) {
    checkedReverse = true;
    const r = fb(rt, b, a, SWAPPED[op]);
    if (r !== rt.notImplemented) return r;
  }
  const fa = rt.slots(ta).richcompare;
  if (fa !== undefined) {
    const r = fa(rt, a, b, op);
    if (r !== rt.notImplemented) return r;
  }
  if (!checkedReverse && fb !== undefined) {
    const r = fb(rt, b, a, SWAPPED[op]);
    if (r !== rt.notImplemented) return r;
  }
  if (op === CompareOp.EQ) return rt.bool(a === b);
  if (op === CompareOp.NE) return rt.bool(a !== b);
  return typeError(rt, `'${OP_SYMBOL[op]}' not supported between instances of '${typeName(rt, a)}' and '${typeName(rt, b)}'`);
}

function compareNumbers(x: number, y: number, op: CompareOp): boolean {
  switch (op) {
    case CompareOp.LT: return x < y;
    case CompareOp.LE: return x <= y;
    case CompareOp.EQ: return x === y;
    case CompareOp.NE: return x !== y;
    case CompareOp.GT: return x > y;
    default: return x >= y;
  }
}

/** richCompare then truth, with the identity shortcut of PyObject_RichCompareBool (used by
 *  containers: `x in [x]` is True even for NaN). */
export function richCompareBool(rt: Runtime, a: Ref, b: Ref, op: CompareOp): boolean {
  if (a === b) {
    if (op === CompareOp.EQ) return true;
    if (op === CompareOp.NE) return false;
  }
  const r = richCompare(rt, a, b, op);
  if (r === rt.true) return true;
  if (r === rt.false) return false;
  return isTrue(rt, r);
}

/** Truth value, as PyObject_IsTrue. */
export function isTrue(rt: Runtime, o: Ref): boolean {
  if (o === rt.true) return true;
  if (o === rt.false || o === rt.none) return false;
  if (isSmallInt(o)) return o !== 1; // smallInt(0) === 1
  const s = rt.slots(rt.typeOf(o));
  if (s.bool !== undefined) return s.bool(rt, o);
  if (s.len !== undefined) return s.len(rt, o) !== 0;
  return true;
}

// ---- numbers -------------------------------------------------------------------------------

/** Binary operators, numbered as CPython 3.13's NB_* (the BINARY_OP oparg). 13..25 are the
 *  in-place forms of 0..12. */
export const enum BinOp {
  ADD = 0, AND = 1, FLOOR_DIVIDE = 2, LSHIFT = 3, MATRIX_MULTIPLY = 4, MULTIPLY = 5,
  REMAINDER = 6, OR = 7, POWER = 8, RSHIFT = 9, SUBTRACT = 10, TRUE_DIVIDE = 11, XOR = 12,
  INPLACE_ADD = 13, INPLACE_AND = 14, INPLACE_FLOOR_DIVIDE = 15, INPLACE_LSHIFT = 16,
  INPLACE_MATRIX_MULTIPLY = 17, INPLACE_MULTIPLY = 18, INPLACE_REMAINDER = 19, INPLACE_OR = 20,
  INPLACE_POWER = 21, INPLACE_RSHIFT = 22, INPLACE_SUBTRACT = 23, INPLACE_TRUE_DIVIDE = 24,
  INPLACE_XOR = 25,
}
/** divmod() has no operator; it dispatches like the others with this kind. */
export const BINOP_DIVMOD = 26;

const BIN_SLOT: readonly BinarySlotName[] = ['add', 'and', 'floordiv', 'lshift', 'matmul', 'mul', 'mod', 'or', 'pow', 'rshift', 'sub', 'truediv', 'xor'];
const INPLACE_SLOT: readonly InplaceSlotName[] = ['iadd', 'iand', 'ifloordiv', 'ilshift', 'imatmul', 'imul', 'imod', 'ior', 'ipow', 'irshift', 'isub', 'itruediv', 'ixor'];
/** Operator symbols for error messages, by BinOp. */
export const BINOP_SYMBOL: readonly string[] = ['+', '&', '//', '<<', '@', '*', '%', '|', '**', '>>', '-', '/', '^'];

type AnyBinary = (rt: Runtime, a: Ref, b: Ref, m?: Ref) => Ref;

function slotFor(s: TypeSlots, name: BinarySlotName | InplaceSlotName): AnyBinary | undefined {
  return s[name] as AnyBinary | undefined;
}

/** binary_op1: try a's slot and b's (b's first when b's type is a subclass of a's);
 *  NotImplemented if neither handles the pair. */
function binaryOp1(rt: Runtime, a: Ref, b: Ref, slot: BinarySlotName): Ref {
  const ta = rt.typeOf(a), tb = rt.typeOf(b);
  const fa = slotFor(rt.slots(ta), slot);
  let fb = ta !== tb ? slotFor(rt.slots(tb), slot) : undefined;
  if (fb === fa) fb = undefined;
  const none = rt.none;
  if (fa !== undefined) {
    if (fb !== undefined && isSubtype(rt, tb, ta)) {
      const r = fb(rt, a, b, none);
      if (r !== rt.notImplemented) return r;
      fb = undefined;
    }
    const r = fa(rt, a, b, none);
    if (r !== rt.notImplemented) return r;
  }
  if (fb !== undefined) return fb(rt, a, b, none);
  return rt.notImplemented;
}

function unsupported(rt: Runtime, a: Ref, b: Ref, sym: string): never {
  let msg = `unsupported operand type(s) for ${sym}: '${typeName(rt, a)}' and '${typeName(rt, b)}'`;
  // CPython 3.11 Objects/abstract.c binary_op: the Python 2 print chevron hint.
  if (sym === '>>' && rt.typeOf(a) === rt.types.builtin_function_or_method && rt.jsStr(rt.heap.i32[(a >> 2) + 3] as Ref) === 'print') {
    msg += '. Did you mean "print(<message>, file=<output_stream>)"?';
  }
  return typeError(rt, msg);
}

/** a <op> b for op in BinOp (in-place kinds included) or BINOP_DIVMOD. */
export function binaryOp(rt: Runtime, a: Ref, b: Ref, op: number): Ref {
  if ((a & b & 1) !== 0) {
    // Both small ints: + and - cannot leave the double-exact range, no allocation when the
    // result fits 31 bits (the common loop-counter case).
    if (op === BinOp.ADD || op === BinOp.INPLACE_ADD) {
      const s = (a >> 1) + (b >> 1);
      if (s >= -1073741824 && s <= 1073741823) return ((s << 1) | 1) as Ref;
    } else if (op === BinOp.SUBTRACT || op === BinOp.INPLACE_SUBTRACT) {
      const s = (a >> 1) - (b >> 1);
      if (s >= -1073741824 && s <= 1073741823) return ((s << 1) | 1) as Ref;
    }
  }
  if (op >= BinOp.INPLACE_ADD && op <= BinOp.INPLACE_XOR) return inplaceOp(rt, a, b, op - BinOp.INPLACE_ADD);
  const slot: BinarySlotName = op === BINOP_DIVMOD ? 'divmod' : BIN_SLOT[op];
  const r = binaryOp1(rt, a, b, slot);
  if (r !== rt.notImplemented) return r;
  if (op === BINOP_DIVMOD) return unsupported(rt, a, b, 'divmod()');
  return unsupported(rt, a, b, op === BinOp.POWER ? '** or pow()' : BINOP_SYMBOL[op]);
}

/** a <op>= b (op in 0..12, the non-in-place kind): the in-place slot of a first, then the
 *  binary dispatch, as binary_iop1. */
export function inplaceOp(rt: Runtime, a: Ref, b: Ref, op: number): Ref {
  const fi = slotFor(rt.slots(rt.typeOf(a)), INPLACE_SLOT[op]);
  if (fi !== undefined) {
    const r = fi(rt, a, b, rt.none);
    if (r !== rt.notImplemented) return r;
  }
  const r = binaryOp1(rt, a, b, BIN_SLOT[op]);
  if (r !== rt.notImplemented) return r;
  return unsupported(rt, a, b, op === BinOp.POWER ? '**=' : BINOP_SYMBOL[op] + '=');
}

/** pow(a, b, m) with m not None (ternary_op). */
export function ternaryPow(rt: Runtime, a: Ref, b: Ref, m: Ref): Ref {
  if (m === rt.none) return binaryOp(rt, a, b, BinOp.POWER);
  const ta = rt.typeOf(a), tb = rt.typeOf(b), tm = rt.typeOf(m);
  const fa = rt.slots(ta).pow;
  let fb = ta !== tb ? rt.slots(tb).pow : undefined;
  if (fb === fa) fb = undefined;
  if (fa !== undefined) {
    if (fb !== undefined && isSubtype(rt, tb, ta)) {
      const r = fb(rt, a, b, m);
      if (r !== rt.notImplemented) return r;
      fb = undefined;
    }
    const r = fa(rt, a, b, m);
    if (r !== rt.notImplemented) return r;
  }
  if (fb !== undefined) {
    const r = fb(rt, a, b, m);
    if (r !== rt.notImplemented) return r;
  }
  const fm = rt.slots(tm).pow;
  if (fm !== undefined && fm !== fa && fm !== fb) {
    const r = fm(rt, a, b, m);
    if (r !== rt.notImplemented) return r;
  }
  return typeError(rt, `unsupported operand type(s) for ** or pow(): '${typeName(rt, a)}', '${typeName(rt, b)}', '${typeName(rt, m)}'`);
}

export const enum UnOp { NEG = 0, POS = 1, INVERT = 2, ABS = 3 }
const UN_SLOT = ['neg', 'pos', 'invert', 'abs'] as const;
const UN_SYMBOL = ['unary -', 'unary +', 'unary ~', 'abs()'];

/** -a, +a, ~a, abs(a). */
export function unaryOp(rt: Runtime, a: Ref, op: UnOp): Ref {
  if (isSmallInt(a) && op === UnOp.NEG && a !== smallInt(-(2 ** 30))) return smallInt(-smallIntValue(a));
  const f = rt.slots(rt.typeOf(a))[UN_SLOT[op]];
  if (f === undefined) typeError(rt, `bad operand type for ${UN_SYMBOL[op]}: '${typeName(rt, a)}'`);
  return f(rt, a);
}

/** operator.index(o): an int (the object itself if it is an int). */
export function index(rt: Runtime, o: Ref): Ref {
  if (isInt(rt, o)) return o;
  const f = rt.slots(rt.typeOf(o)).index;
  if (f === undefined) typeError(rt, `'${typeName(rt, o)}' object cannot be interpreted as an integer`);
  const r = f(rt, o);
  if (!isInt(rt, r)) typeError(rt, `__index__ returned non-int (type ${typeName(rt, r)})`);
  return r;
}

/** o.__index__() as a JS integer for sizes and positions (PyNumber_AsSsize_t with
 *  IndexError/OverflowError as CPython: "cannot fit 'int' into an index-sized integer"). */
export function indexToNumber(rt: Runtime, o: Ref, overflow: Ref | null = rt.types.IndexError): number {
  if (isSmallInt(o)) return smallIntValue(o);
  const i = index(rt, o);
  const n = intToNumber(rt, i);
  if (!Number.isSafeInteger(n)) {
    if (overflow === null) return intIsNegative(rt, i) ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
    raise(rt, overflow, `cannot fit '${typeName(rt, o)}' into an index-sized integer`);
  }
  return n;
}

/** An int or float as a JS number (ints beyond 2**53 round); TypeError otherwise. */
export function toJsNumber(rt: Runtime, o: Ref): number {
  if (isSmallInt(o)) return smallIntValue(o);
  if (isInt(rt, o)) return intToNumber(rt, o);
  if (isFloat(rt, o)) return floatValue(rt, o);
  return typeError(rt, `must be real number, not ${typeName(rt, o)}`);
}

// ---- iteration, subscription, containment, len ---------------------------------------------

export function getIter(rt: Runtime, o: Ref): Ref {
  const s = rt.slots(rt.typeOf(o));
  if (s.iter !== undefined) {
    const it = s.iter(rt, o);
    if (rt.slots(rt.typeOf(it)).next === undefined) {
      typeError(rt, `iter() returned non-iterator of type '${typeName(rt, it)}'`);
    }
    return it;
  }
  if (s.getitem !== undefined && !isType(rt, o)) return newSeqIterator(rt, o);
  return typeError(rt, `'${typeName(rt, o)}' object is not iterable`);
}

/** The next item, or NULL when the iterator is exhausted (StopIteration is absorbed). */
export function iterNext(rt: Runtime, it: Ref): Ref {
  const f = rt.slots(rt.typeOf(it)).next;
  if (f === undefined) typeError(rt, `'${typeName(rt, it)}' object is not an iterator`);
  return f(rt, it);
}

/** Hook for the sequence-protocol iterator (iter() on a class with only __getitem__);
 *  objects/seq-iterator.ts installs it. */
export let newSeqIterator: (rt: Runtime, seq: Ref) => Ref = (rt, o) =>
  typeError(rt, `'${typeName(rt, o)}' object is not iterable`);
export function setSeqIteratorFactory(f: (rt: Runtime, seq: Ref) => Ref): void { newSeqIterator = f; }

export function getItem(rt: Runtime, o: Ref, key: Ref): Ref {
  const f = rt.slots(rt.typeOf(o)).getitem;
  if (f !== undefined) return f(rt, o, key);
  if (isType(rt, o)) {
    // type[int]: CPython's PyObject_GetItem special-cases `type` itself (it has no
    // __class_getitem__, which every class would otherwise inherit from its metaclass).
    if (o === rt.types.type) return classGetItem(rt, o, [key], null);
    const cg = getAttrOpt(rt, o, rt.names.__class_getitem__);
    if (cg !== NULL) return callObject(rt, cg, [key]);
    return typeError(rt, `type '${typeNameOf(rt, o)}' is not subscriptable`);
  }
  return typeError(rt, `'${typeName(rt, o)}' object is not subscriptable`);
}

/** o[i] for a JS integer index: direct for exact tuples and lists, else through getItem. */
export function getItemIndex(rt: Runtime, o: Ref, i: number): Ref {
  if (!isSmallInt(o)) {
    const t = rt.heap.i32[o >> 2];
    const i32 = rt.heap.i32;
    if (t === rt.types.tuple && i >= 0 && i < i32[(o >> 2) + 2]) return i32[(o >> 2) + 3 + i] as Ref;
    if (t === rt.types.list && i >= 0 && i < i32[(o >> 2) + 2]) return i32[(i32[(o >> 2) + 3] >> 2) + 2 + i] as Ref;
  }
  return getItem(rt, o, rt.newInt(i));
}

export function setItem(rt: Runtime, o: Ref, key: Ref, v: Ref): void {
  const f = rt.slots(rt.typeOf(o)).setitem;
  if (f === undefined) typeError(rt, `'${typeName(rt, o)}' object does not support item assignment`);
  f(rt, o, key, v);
}

export function delItem(rt: Runtime, o: Ref, key: Ref): void {
  const f = rt.slots(rt.typeOf(o)).setitem;
  if (f === undefined) typeError(rt, `'${typeName(rt, o)}' object doesn't support item deletion`);
  f(rt, o, key, NULL);
}

/** `item in o`: sq_contains, else iteration with ==, as PySequence_Contains. */
export function contains(rt: Runtime, o: Ref, item: Ref): boolean {
  const s = rt.slots(rt.typeOf(o));
  if (s.contains !== undefined) return s.contains(rt, o, item);
  if (s.iter === undefined && s.getitem === undefined) {
    typeError(rt, `argument of type '${typeName(rt, o)}' is not iterable`);
  }
  // The iterator lives only in this JS frame while Python code (its __next__, __eq__)
  // runs and may reach a safepoint: root it.
  const mark = rt.rootMark();
  try {
    const it = rt.rooted(getIter(rt, o));
    for (let x = iterNext(rt, it); x !== NULL; x = iterNext(rt, it)) {
      if (richCompareBool(rt, x, item, CompareOp.EQ)) return true;
    }
    return false;
  } finally {
    rt.rootRelease(mark);
  }
}

export function len(rt: Runtime, o: Ref): number {
  const f = rt.slots(rt.typeOf(o)).len;
  if (f === undefined) typeError(rt, `object of type '${typeName(rt, o)}' has no len()`);
  return f(rt, o);
}

// ---- isinstance / issubclass ---------------------------------------------------------------

/** callable(o) (PyCallable_Check): a type with a call slot; for classes defined in Python,
 *  whose shared slot table always has one, only when __call__ is found through the MRO. */
export function isCallable(rt: Runtime, o: Ref): boolean {
  const t = rt.typeOf(o);
  if (rt.slots(t).call === undefined) return false;
  if ((rt.heap.i32[(t >> 2) + T_FLAGS] & 1 /* TF_HEAPTYPE */) === 0) return true;
  return lookupType(rt, t, rt.names.__call__) !== NULL;
}

/** isinstance(o, cls) with tuples (and nested tuples) and __instancecheck__. */
export function isInstance(rt: Runtime, o: Ref, cls: Ref): boolean {
  const t = rt.typeOf(o);
  if (t === cls) return true;
  const ct = rt.typeOf(cls);
  if (ct === rt.types.type) return isSubtype(rt, t, cls);
  if (ct === rt.types.tuple) {
    const n = rt.heap.i32[(cls >> 2) + 2];
    for (let i = 0; i < n; i++) if (isInstance(rt, o, rt.heap.i32[(cls >> 2) + 3 + i] as Ref)) return true;
    return false;
  }
  const check = lookupSpecial(rt, cls, rt.names.__instancecheck__);
  if (check !== NULL) return isTrue(rt, callObject(rt, check, [o]));
  if (isType(rt, cls)) return isSubtype(rt, t, cls);
  return typeError(rt, 'isinstance() arg 2 must be a type, a tuple of types, or a union');
}

/** issubclass(a, cls) with tuples and __subclasscheck__. */
export function isSubclass(rt: Runtime, a: Ref, cls: Ref): boolean {
  const ct = rt.typeOf(cls);
  if (ct === rt.types.type) {
    if (!isType(rt, a)) typeError(rt, 'issubclass() arg 1 must be a class');
    return isSubtype(rt, a, cls);
  }
  if (ct === rt.types.tuple) {
    const n = rt.heap.i32[(cls >> 2) + 2];
    for (let i = 0; i < n; i++) if (isSubclass(rt, a, rt.heap.i32[(cls >> 2) + 3 + i] as Ref)) return true;
    return false;
  }
  const check = lookupSpecial(rt, cls, rt.names.__subclasscheck__);
  if (check !== NULL) return isTrue(rt, callObject(rt, check, [a]));
  if (!isType(rt, a)) typeError(rt, 'issubclass() arg 1 must be a class');
  if (isType(rt, cls)) return isSubtype(rt, a, cls);
  return typeError(rt, 'issubclass() arg 2 must be a class, a tuple of classes, or a union');
}

export { intHash };
