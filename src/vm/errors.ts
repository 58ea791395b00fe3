// How native code raises Python exceptions. A native throws `PyError` (carrying the
// exception instance) through JS; the eval loop catches it at the nearest Python frame and
// unwinds by the code object's exception table. `raise(rt, rt.types.TypeError, "...")`
// builds the instance without running Python code (builtin exception types construct
// natively, as CPython's PyErr_SetString does).

import type { Ref } from './heap.ts';
import type { Runtime } from './runtime.ts';
import { newExceptionObject } from './objects/exceptions.ts';

/** V8's knob for how many JS frames an Error records (absent elsewhere: harmless). */
const ErrorCtor = Error as unknown as { stackTraceLimit?: number };

export class PyError extends Error {
  readonly exc: Ref;
  constructor(exc: Ref) {
    // A Python exception carries its own traceback; the JS stack of its carrier is never
    // shown, and recording it cost about 20 µs per raise (a StopIteration at every
    // coroutine return, every exhausted iterator a Python loop catches).
    const limit = ErrorCtor.stackTraceLimit;
    ErrorCtor.stackTraceLimit = 0;
    super('Python exception');
    ErrorCtor.stackTraceLimit = limit;
    this.exc = exc;
    this.name = 'PyError';
  }
}

/** Build `type(message)` (or `type()` when message is undefined) and throw it. */
export function raise(rt: Runtime, type: Ref, message?: string): never {
  throw new PyError(newExceptionObject(rt, type, message === undefined ? [] : [rt.newStr(message)]));
}

/** Throw `type(*args)`. */
export function raiseWith(rt: Runtime, type: Ref, args: Ref[]): never {
  throw new PyError(newExceptionObject(rt, type, args));
}

/** Is `e` a PyError whose exception is an instance of `type` (or a subclass)? */
export function isPyErrorOf(rt: Runtime, e: unknown, type: Ref): e is PyError {
  if (!(e instanceof PyError)) return false;
  let t = rt.typeOf(e.exc);
  // Walk the MRO tuple (type-layout T_MRO = 8, tuple items from word 3).
  const i32 = rt.heap.i32;
  const mro = i32[(t >> 2) + 8];
  if (mro === 0) return t === type;
  const n = i32[(mro >> 2) + 2];
  for (let i = 0; i < n; i++) { t = i32[(mro >> 2) + 3 + i] as Ref; if (t === type) return true; }
  return false;
}

export function typeError(rt: Runtime, msg: string): never { return raise(rt, rt.types.TypeError, msg); }
export function valueError(rt: Runtime, msg: string): never { return raise(rt, rt.types.ValueError, msg); }
export function indexError(rt: Runtime, msg: string): never { return raise(rt, rt.types.IndexError, msg); }
export function overflowError(rt: Runtime, msg: string): never { return raise(rt, rt.types.OverflowError, msg); }
export function zeroDivisionError(rt: Runtime, msg: string): never { return raise(rt, rt.types.ZeroDivisionError, msg); }
export function runtimeError(rt: Runtime, msg: string): never { return raise(rt, rt.types.RuntimeError, msg); }
export function notImplementedError(rt: Runtime, msg: string): never { return raise(rt, rt.types.NotImplementedError, msg); }
export function systemError(rt: Runtime, msg: string): never { return raise(rt, rt.types.SystemError, msg); }
export function nameError(rt: Runtime, msg: string): never { return raise(rt, rt.types.NameError, msg); }
export function recursionError(rt: Runtime, msg: string): never { return raise(rt, rt.types.RecursionError, msg); }
export function memoryError(rt: Runtime): never { throw new PyError(rt.memoryError); }
/** KeyError(key): its str is repr(key). */
export function keyError(rt: Runtime, key: Ref): never { return raiseWith(rt, rt.types.KeyError, [key]); }
/** StopIteration(value). */
export function stopIteration(rt: Runtime, value: Ref): never { return raiseWith(rt, rt.types.StopIteration, [value]); }
/** AttributeError with python3's message: "'X' object has no attribute 'name'" (for a type
 *  object: "type object 'X' has no attribute 'name'"); sets .name and .obj. Defined in
 *  abstract.ts (it needs type names); re-exported here for natives. */
export { attributeError } from './abstract.ts';
