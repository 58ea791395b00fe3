// Shared helpers of the container/text unit tests: a Runtime with the types registered,
// conversion of JSON fixture values (written by tools/gen-objects-fixtures.py from python3)
// to heap objects and back, and capture of Python exceptions as (type name, message).

import './containers.ts';
import { Runtime } from '../runtime.ts';
import type { Host } from '../host.ts';
import { type Ref, isSmallInt } from '../heap.ts';
import { PyError } from '../errors.ts';
import { str as pyStr, typeName, callMethod, repr } from '../abstract.ts';
import { newTuple, tupleLen, tupleGet } from './tuple-core.ts';
import { newList, listLength, listItem, isList, isTuple } from './list.ts';
import { bytesFromUint8, bytesData, isBytes } from './bytes.ts';
import { intToBigInt } from './int.ts';

export function makeRuntime(): Runtime {
  const host = {
    write() {}, now: () => 0, epochSeconds: 0, readLine: () => null, environ: {}, argv: [],
  } as unknown as Host;
  return Runtime.create({ host });
}

export type J = null | boolean | number | string | J[] | { tuple: J[] } | { bytes: number[] };

/** A fixture value as a heap object. */
export function toPy(rt: Runtime, v: J): Ref {
  if (v === null) return rt.none;
  if (typeof v === 'boolean') return rt.bool(v);
  if (typeof v === 'number') return rt.newInt(v);
  if (typeof v === 'string') return rt.newStr(v);
  if (Array.isArray(v)) return newList(rt, v.map((x) => toPy(rt, x)));
  if ('tuple' in v) return newTuple(rt, v.tuple.map((x) => toPy(rt, x)));
  return bytesFromUint8(rt, Uint8Array.from(v.bytes));
}

/** A heap object as a fixture value. */
export function fromPy(rt: Runtime, r: Ref): J {
  if (r === rt.none) return null;
  if (r === rt.true) return true;
  if (r === rt.false) return false;
  if (isSmallInt(r)) return r >> 1;
  const t = rt.typeOf(r);
  if (t === rt.types.int) return Number(intToBigInt(rt, r));
  if (t === rt.types.str) return rt.jsStr(r);
  if (isList(rt, r)) return Array.from({ length: listLength(rt, r) }, (_, i) => fromPy(rt, listItem(rt, r, i)));
  if (isTuple(rt, r)) return { tuple: Array.from({ length: tupleLen(rt, r) }, (_, i) => fromPy(rt, tupleGet(rt, r, i))) };
  if (isBytes(rt, r)) return { bytes: Array.from(bytesData(rt, r)) };
  return `<${typeName(rt, r)}>`;
}

export type Outcome = { ok: J } | { error: string; message: string };

/** Run f, returning its value or the Python exception it raised. */
export function outcome(rt: Runtime, f: () => Ref): Outcome {
  try {
    return { ok: fromPy(rt, f()) };
  } catch (e) {
    if (e instanceof PyError) return { error: typeName(rt, e.exc), message: rt.jsStr(pyStr(rt, e.exc)) };
    throw e;
  }
}

export function outcomeJs<T>(rt: Runtime, f: () => T): { ok: T } | { error: string; message: string } {
  try {
    return { ok: f() };
  } catch (e) {
    if (e instanceof PyError) return { error: typeName(rt, e.exc), message: rt.jsStr(pyStr(rt, e.exc)) };
    throw e;
  }
}

export function call(rt: Runtime, self: Ref, method: string, args: Ref[]): Ref {
  return callMethod(rt, self, rt.intern(method), args);
}
export const reprOf = (rt: Runtime, r: Ref): string => rt.jsStr(repr(rt, r));
