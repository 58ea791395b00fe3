// hash(o) with all 64 bits, for the places where python3's exact value is observable: the
// element hashes that tuplehash and frozenset_hash combine, and the probe sequence of the
// set table (see hash64.ts for why a JS number is not enough).
//
// Exact for small and big ints, bool, float, str (our str hash is 32-bit, sign-extended as
// Py_hash_t would be), tuple and frozenset; any other type goes through its `hash` slot
// (abstract.ts hash), exact when that value is below 2**53 as the slot contract says.

import { type Ref, isSmallInt } from '../heap.ts';
import type { Runtime } from '../runtime.ts';
import { hash } from '../abstract.ts';
import { S_HASH } from './str-core.ts';
import { TU_LEN, TU_ITEMS } from './tuple-core.ts';
import {
  H, fromNumber, fromBigInt, intHash, floatHash, tupleHashStart, tupleHashLane, tupleHashFinish,
  TupleAcc, shuffleBits, frozensetHashFinish,
} from './hash64.ts';
import { intToBigInt } from './int.ts';
import { floatValue } from './float.ts';

/** Compute hash(o) into H.hi/H.lo (uint32 halves of the 64-bit Py_hash_t). */
export function exactHash(rt: Runtime, o: Ref): void {
  if (isSmallInt(o)) {
    let v = o >> 1;
    if (v === -1) v = -2;
    H.lo = v >>> 0;
    H.hi = v < 0 ? 0xffffffff : 0;
    return;
  }
  const i32 = rt.heap.i32;
  const t = i32[o >> 2] as Ref;
  const types = rt.types;
  if (t === types.str) {
    const h = i32[(o >> 2) + S_HASH];
    H.lo = h >>> 0;
    H.hi = h < 0 ? 0xffffffff : 0;
    return;
  }
  if (t === types.tuple) { tupleHashExact(rt, o); return; }
  if (t === types.int) { fromBigInt(intHash(intToBigInt(rt, o))); return; }
  if (t === types.bool) { H.hi = 0; H.lo = o === rt.true ? 1 : 0; return; }
  if (t === types.float) {
    const h = floatHash(floatValue(rt, o));
    if (h !== null) { fromBigInt(h); return; }
  }
  if (t === types.frozenset) { frozensetHashExact(rt, o); return; }
  fromNumber(hash(rt, o));
}

/** tuplehash (3.11) into H. */
export function tupleHashExact(rt: Runtime, t: Ref): void {
  const n = rt.heap.i32[(t >> 2) + TU_LEN];
  // Nested tuples re-enter tupleHashStart: save our accumulator around each lane.
  let accHi = 0, accLo = 0;
  tupleHashStart();
  accHi = TupleAcc.hi; accLo = TupleAcc.lo;
  for (let i = 0; i < n; i++) {
    exactHash(rt, rt.heap.i32[(t >> 2) + TU_ITEMS + i] as Ref);
    TupleAcc.hi = accHi; TupleAcc.lo = accLo;
    tupleHashLane(H.hi, H.lo);
    accHi = TupleAcc.hi; accLo = TupleAcc.lo;
  }
  tupleHashFinish(n);
}

/** Hook: set.ts installs the frozenset hash (it owns the table layout). */
let frozensetHashImpl: (rt: Runtime, fs: Ref) => void = (rt, fs) => fromNumber(hash(rt, fs));
export function setFrozensetHashImpl(f: (rt: Runtime, fs: Ref) => void): void { frozensetHashImpl = f; }
function frozensetHashExact(rt: Runtime, fs: Ref): void { frozensetHashImpl(rt, fs); }

export { shuffleBits, frozensetHashFinish };
