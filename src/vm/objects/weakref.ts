// Weak references: the `_weakref.ref` type (weakref.ref), cleared by the garbage collector.
//
// After CPython 3.11 Objects/weakrefobject.c in behaviour (call returns the referent or None,
// hash is the referent's and is kept after it dies, == compares referents while both are
// alive, callbacks run once the referent is gone), but not in mechanism: CPython clears
// weak references when a refcount drops to zero; our heap is traced (gc.ts), so:
//   - a ref's `traverse` does not visit its referent (that is what makes it weak) and, while
//     a collection is marking, records the ref as live;
//   - after marking, gc.ts calls `clearDeadWeakrefs`: every live ref whose referent was not
//     marked is cleared before the sweep frees the referent (so a reused address can never
//     be returned), and refs with a callback are returned to run after the sweep.
// A referent therefore disappears at the next collection after its last strong reference
// goes, not at once; `gc.collect()` forces one.

import { type Ref, NULL, isSmallInt, FLAG_MARK, FLAG_IMMORTAL, M_FROZEN_TOP } from '../heap.ts';
import type { Runtime } from '../runtime.ts';
import { registerType } from '../registry.ts';
import { CompareOp } from '../type-slots.ts';
import { T_BASICSIZE, T_FLAGS, TF_HEAPTYPE, TF_BASETYPE } from '../type-layout.ts';
import { typeError, PyError } from '../errors.ts';
import { hash as pyHash, richCompare, addressString, typeName, callObject, reprJs, isSubtype } from '../abstract.ts';
import { kwArgs } from './arg-parse.ts';
import { classGetItem } from './generic-alias.ts';
import { formatException } from '../traceback.ts';

const WR_OBJ = 2;        // the referent, NULL once cleared
const WR_CALLBACK = 3;   // callable or NULL
const WR_HASH = 4;       // cached hash (raw i32, valid when WR_HASHED is 1)
const WR_HASHED = 5;
export const WEAKREF_BYTES = 24;

/** Live refs seen by the marking collection in progress (null when none is). */
let marking: Ref[] | null = null;

export function weakrefsBeginMark(): void { marking = []; }

/** After marking: clears refs to unmarked referents; returns the cleared refs that have a
 *  callback (all still live: they were marked). */
export function clearDeadWeakrefs(rt: Runtime): Ref[] {
  const seen = marking ?? [];
  marking = null;
  const i32 = rt.heap.i32;
  // Permanent blocks (gc.ts freezeHeap) are live without a mark.
  const frozenTop = i32[M_FROZEN_TOP];
  const pending: Ref[] = [];
  for (const wr of seen) {
    const obj = i32[(wr >> 2) + WR_OBJ] as Ref;
    if (obj === NULL || obj < frozenTop) continue;
    if ((i32[(obj >> 2) + 1] & (FLAG_MARK | FLAG_IMMORTAL)) !== 0) continue;
    i32[(wr >> 2) + WR_OBJ] = NULL;
    if (i32[(wr >> 2) + WR_CALLBACK] !== NULL) pending.push(wr);
  }
  return pending;
}

/** Runs the callbacks of refs cleared by a collection (after its sweep). An exception is
 *  reported and ignored, as CPython's handle_callback does. */
export function runWeakrefCallbacks(rt: Runtime, refs: Ref[]): void {
  if (refs.length === 0) return;
  const mark = rt.rootMark();
  try {
    for (const wr of refs) rt.pushRoot(wr);
    for (const wr of refs) {
      const cb = rt.heap.i32[(wr >> 2) + WR_CALLBACK] as Ref;
      rt.heap.i32[(wr >> 2) + WR_CALLBACK] = NULL;
      if (cb === NULL || cb === rt.none) continue;
      try {
        callObject(rt, cb, [wr]);
      } catch (e) {
        if (!(e instanceof PyError)) throw e;
        rt.host.write('stderr', `Exception ignored in: ${reprJs(rt, cb)}\n${formatException(rt, e.exc)}`);
      }
    }
  } finally { rt.rootRelease(mark); }
}

/** Types whose instances cannot be weakly referenced (CPython: tp_weaklistoffset == 0). */
const NOT_WEAKREFABLE = ['int', 'bool', 'float', 'complex', 'str', 'bytes', 'bytearray', 'tuple', 'list', 'dict', 'NoneType', 'object', 'slice', 'range'];

function checkWeakrefable(rt: Runtime, obj: Ref): void {
  const t = rt.typeOf(obj);
  let ok = !isSmallInt(obj);
  if (ok && (rt.heap.i32[(t >> 2) + T_FLAGS] & TF_HEAPTYPE) === 0) {
    const types = rt.types as unknown as Record<string, Ref>;
    ok = !NOT_WEAKREFABLE.some((n) => types[n] === t);
  } else if (ok) {
    // Subclasses of int, tuple and bytes have no weakref slot in CPython.
    ok = !(isSubtype(rt, t, rt.types.int) || isSubtype(rt, t, rt.types.tuple) || isSubtype(rt, t, rt.types.bytes));
  }
  if (!ok) typeError(rt, `cannot create weak reference to '${typeName(rt, obj)}' object`);
}

export function weakrefReferent(rt: Runtime, wr: Ref): Ref {
  const o = rt.heap.i32[(wr >> 2) + WR_OBJ] as Ref;
  return o === NULL ? rt.none : o;
}

registerType({
  key: '_weakref.ref',
  name: 'ReferenceType',
  module: 'weakref',
  basicsize: WEAKREF_BYTES,
  flags: TF_BASETYPE,
  slots: {
    new(rt, type, args, kwnames) {
      const nkw = kwnames === null || kwnames === NULL ? 0 : rt.heap.i32[(kwnames >> 2) + 2];
      const npos = args.length - nkw;
      if (npos < 1) typeError(rt, `__new__ expected at least 1 argument, got ${npos}`);
      if (npos > 2 && type === rt.typeFor('_weakref.ref')) typeError(rt, `__new__ expected at most 2 arguments, got ${npos}`);
      const obj = args[0]!;
      checkWeakrefable(rt, obj);
      const self = rt.heap.alloc(type, Math.max(WEAKREF_BYTES, rt.heap.i32[(type >> 2) + T_BASICSIZE]));
      const i32 = rt.heap.i32;
      i32[(self >> 2) + WR_OBJ] = obj;
      const cb = npos > 1 ? args[1]! : NULL;
      i32[(self >> 2) + WR_CALLBACK] = cb === rt.none ? NULL : cb;
      return self;
    },
    init() { /* arguments were taken by __new__; subclasses may define their own __init__ */ },
    call(rt, self, args, kwnames) {
      kwArgs(rt, 'weakref', args, kwnames, [], 0);
      return weakrefReferent(rt, self);
    },
    hash(rt, self) {
      const i32 = rt.heap.i32, w = self >> 2;
      if (i32[w + WR_HASHED]) return i32[w + WR_HASH];
      const o = i32[w + WR_OBJ] as Ref;
      if (o === NULL) typeError(rt, 'weak object has gone away');
      const h = pyHash(rt, o);
      // The cache keeps 32 bits; an exact hash wider than that is recomputed while alive.
      if ((h | 0) === h) { i32[w + WR_HASH] = h; i32[w + WR_HASHED] = 1; }
      return h;
    },
    richcompare(rt, a, b, op) {
      if ((op !== CompareOp.EQ && op !== CompareOp.NE) || !isSubtype(rt, rt.typeOf(b), rt.typeFor('_weakref.ref'))) return rt.notImplemented;
      const oa = rt.heap.i32[(a >> 2) + WR_OBJ] as Ref, ob = rt.heap.i32[(b >> 2) + WR_OBJ] as Ref;
      if (oa === NULL || ob === NULL) return rt.bool((a === b) === (op === CompareOp.EQ));
      return richCompare(rt, oa, ob, op);
    },
    repr(rt, self) {
      const o = rt.heap.i32[(self >> 2) + WR_OBJ] as Ref;
      if (o === NULL) return rt.newStr(`<weakref at ${addressString(self)}; dead>`);
      return rt.newStr(`<weakref at ${addressString(self)}; to '${typeName(rt, o)}' at ${addressString(o)}>`);
    },
    traverse(rt, self, visit) {
      // The referent is deliberately not visited.
      const cb = rt.heap.i32[(self >> 2) + WR_CALLBACK] as Ref;
      if (cb !== NULL) visit(cb);
      if (marking !== null) marking.push(self);
    },
  },
  getsets: {
    __callback__: { get: (rt, self) => { const cb = rt.heap.i32[(self >> 2) + WR_CALLBACK] as Ref; return cb === NULL ? rt.none : cb; } },
  },
  classmethods: { __class_getitem__: classGetItem },
});
