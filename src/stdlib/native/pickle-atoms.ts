// `_kitchen_pickle`: the hot loops of src/stdlib/py/pickle.py in TypeScript, for runs of
// "atoms" (None, bool, int, float: the values pickle never memoizes), as CPython has
// Modules/_pickle.c under Lib/pickle.py. Everything else stays in pickle.py, which calls
// these only where their output is byte for byte what its own code would write:
//
//   dump_atoms(seq, proto) -> bytes | None
//       The opcodes Pickler.save would write for each item of a list or tuple, in order, or
//       None as soon as one item is not exactly None/bool/int/float (pickle.py then saves
//       the batch itself). Follows save_bool / save_long / save_float (Lib/pickle.py
//       save_long: BININT1, BININT2, BININT, then LONG1/LONG4 from protocol 2; _pickle.c
//       save_long does the same); protocol 1's text LONG is left to pickle.py (None).
//   load_atoms(frame, pos) -> (list, end)
//       Decodes the run of atom opcodes starting at frame[pos] (NONE, NEWTRUE, NEWFALSE,
//       BININT1, BININT2, BININT, LONG1, BINFLOAT) and returns their values and the index of
//       the first byte it did not take: a truncated opcode or any other one ends the run,
//       and pickle.py handles it (with its own errors).
//
// Why: Pool.map sends its chunks as tuples of thousands of ints and gets lists back; in pure
// Python every item costs a save() or a dispatch through the load loop, which made
// Pool(2).map over 10,000 small items hundreds of times slower than python3.

import { type Ref, isSmallInt } from '../../vm/heap.ts';
import type { Runtime } from '../../vm/runtime.ts';
import { registerNatives } from '../../vm/registry.ts';
import { registerNativeModule } from '../../vm/import.ts';
import { nativeFunction } from '../../vm/objects/descriptors.ts';
import { moduleDict } from '../../vm/objects/module.ts';
import { dictSet } from '../../vm/objects/dict-core.ts';
import { listLen, listGet, newList } from '../../vm/objects/list-core.ts';
import { tupleLen, tupleGet, newTuple } from '../../vm/objects/tuple-core.ts';
import { intToBigInt, intToNumber, newIntFromBigInt, newIntFromNumber } from '../../vm/objects/int.ts';
import { floatValue } from '../../vm/objects/float.ts';
import { bytesFromUint8, bytesData, isBytes } from '../../vm/objects/bytes.ts';
import { typeError } from '../../vm/errors.ts';

const KEY = '_kitchen_pickle';

// Opcodes (Lib/pickletools.py / Lib/pickle.py).
const NONE = 0x4e, NEWTRUE = 0x88, NEWFALSE = 0x89, BININT1 = 0x4b, BININT2 = 0x4d, BININT = 0x4a,
  LONG1 = 0x8a, LONG4 = 0x8b, BINFLOAT = 0x47, INT = 0x49;

/** A growable byte buffer. */
class Out {
  b = new Uint8Array(256);
  n = 0;
  need(k: number): void {
    if (this.n + k <= this.b.length) return;
    const nb = new Uint8Array(Math.max(this.b.length * 2, this.n + k));
    nb.set(this.b.subarray(0, this.n));
    this.b = nb;
  }
}

/** pickle.py _encode_long: two's complement, little-endian, fewest bytes (0 gives none). */
export function encodeLong(x: bigint): Uint8Array {
  if (x === 0n) return new Uint8Array(0);
  const neg = x < 0n;
  // nbytes = (x.bit_length() >> 3) + 1, where bit_length is that of |x|.
  const bitLength = (neg ? -x : x).toString(2).length;
  let nbytes = (bitLength >> 3) + 1;
  let v = BigInt.asUintN(nbytes * 8, x);
  const out = new Uint8Array(nbytes);
  for (let i = 0; i < nbytes; i++) { out[i] = Number(v & 0xffn); v >>= 8n; }
  if (neg && nbytes > 1 && out[nbytes - 1] === 0xff && (out[nbytes - 2]! & 0x80) !== 0) nbytes--;
  return out.subarray(0, nbytes);
}

/** Appends one atom's opcodes; false when `x` is not an atom this can write. */
function dumpAtom(rt: Runtime, o: Out, x: Ref, proto: number): boolean {
  if (isSmallInt(x)) return dumpInt(o, x >> 1, proto);
  const t = rt.typeOf(x);
  if (x === rt.none) { o.need(1); o.b[o.n++] = NONE; return true; }
  if (t === rt.types.bool) {
    if (proto >= 2) { o.need(1); o.b[o.n++] = x === rt.true ? NEWTRUE : NEWFALSE; return true; }
    o.need(4); // b'I01\n' / b'I00\n'
    o.b.set([INT, 0x30, x === rt.true ? 0x31 : 0x30, 0x0a], o.n);
    o.n += 4;
    return true;
  }
  if (t === rt.types.int) {
    const v = intToNumber(rt, x);
    if (Number.isSafeInteger(v) && v >= -0x80000000 && v <= 0x7fffffff) return dumpInt(o, v, proto);
    if (proto < 2) return false;
    const data = encodeLong(intToBigInt(rt, x));
    if (data.length < 256) {
      o.need(2 + data.length);
      o.b[o.n++] = LONG1;
      o.b[o.n++] = data.length;
    } else {
      o.need(5 + data.length);
      o.b[o.n++] = LONG4;
      new DataView(o.b.buffer).setInt32(o.n, data.length, true);
      o.n += 4;
    }
    o.b.set(data, o.n);
    o.n += data.length;
    return true;
  }
  if (t === rt.types.float) {
    o.need(9);
    o.b[o.n++] = BINFLOAT;
    new DataView(o.b.buffer).setFloat64(o.n, floatValue(rt, x), false);
    o.n += 8;
    return true;
  }
  return false;
}

/** pickle.py save_long for a value in the signed 32-bit range. */
function dumpInt(o: Out, v: number, proto: number): boolean {
  void proto;
  o.need(5);
  if (v >= 0 && v <= 0xff) {
    o.b[o.n++] = BININT1;
    o.b[o.n++] = v;
  } else if (v >= 0 && v <= 0xffff) {
    o.b[o.n++] = BININT2;
    o.b[o.n++] = v & 0xff;
    o.b[o.n++] = v >>> 8;
  } else {
    o.b[o.n++] = BININT;
    new DataView(o.b.buffer).setInt32(o.n, v, true);
    o.n += 4;
  }
  return true;
}

function dumpAtoms(rt: Runtime, seq: Ref, proto: number): Ref {
  const t = isSmallInt(seq) ? null : rt.typeOf(seq);
  let n: number, get: (i: number) => Ref;
  if (t === rt.types.list) { n = listLen(rt, seq); get = (i) => listGet(rt, seq, i); } else if (t === rt.types.tuple) { n = tupleLen(rt, seq); get = (i) => tupleGet(rt, seq, i); } else return typeError(rt, 'dump_atoms() argument 1 must be list or tuple');
  if (proto < 1) return rt.none; // text protocol 0: pickle.py writes it
  const o = new Out();
  for (let i = 0; i < n; i++) if (!dumpAtom(rt, o, get(i), proto)) return rt.none;
  return bytesFromUint8(rt, o.b.subarray(0, o.n));
}

/** Values of the atom run at data[pos..], and the index after it. */
export function loadAtomRun(data: Uint8Array, pos: number): { values: (null | boolean | number | bigint | { float: number })[]; end: number } {
  const values: (null | boolean | number | bigint | { float: number })[] = [];
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const len = data.length;
  let i = pos;
  for (;;) {
    if (i >= len) break;
    const op = data[i]!;
    if (op === NONE) { values.push(null); i += 1; } else if (op === NEWTRUE) { values.push(true); i += 1; } else if (op === NEWFALSE) { values.push(false); i += 1; } else if (op === BININT1) {
      if (i + 2 > len) break;
      values.push(data[i + 1]!);
      i += 2;
    } else if (op === BININT2) {
      if (i + 3 > len) break;
      values.push(data[i + 1]! | (data[i + 2]! << 8));
      i += 3;
    } else if (op === BININT) {
      if (i + 5 > len) break;
      values.push(view.getInt32(i + 1, true));
      i += 5;
    } else if (op === BINFLOAT) {
      if (i + 9 > len) break;
      values.push({ float: view.getFloat64(i + 1, false) });
      i += 9;
    } else if (op === LONG1) {
      if (i + 2 > len) break;
      const k = data[i + 1]!;
      if (i + 2 + k > len) break;
      let v = 0n;
      for (let j = k - 1; j >= 0; j--) v = (v << 8n) | BigInt(data[i + 2 + j]!);
      if (k > 0 && (data[i + 1 + k]! & 0x80) !== 0) v -= 1n << BigInt(8 * k);
      values.push(v);
      i += 2 + k;
    } else break;
  }
  return { values, end: i };
}

function loadAtoms(rt: Runtime, frame: Ref, pos: Ref): Ref {
  if (isSmallInt(frame) || !isBytes(rt, frame)) typeError(rt, 'load_atoms() argument 1 must be bytes');
  const start = intToNumber(rt, pos);
  const { values, end } = loadAtomRun(bytesData(rt, frame), start);
  // No collection can run inside a native that does not call back into Python (gc-safe.ts),
  // so the new objects held here until the list owns them are safe.
  const refs: Ref[] = new Array(values.length);
  for (let k = 0; k < values.length; k++) {
    const v = values[k]!;
    refs[k] = v === null ? rt.none : typeof v === 'boolean' ? rt.bool(v) : typeof v === 'number' ? newIntFromNumber(rt, v)
      : typeof v === 'bigint' ? newIntFromBigInt(rt, v) : rt.newFloat(v.float);
  }
  return newTuple(rt, [newList(rt, refs), newIntFromNumber(rt, end)]);
}

registerNatives({
  key: KEY,
  fns: {
    dump_atoms(rt, _s, args) {
      if (args.length !== 2) typeError(rt, `dump_atoms expected 2 arguments, got ${args.length}`);
      return dumpAtoms(rt, args[0]!, intToNumber(rt, args[1]!));
    },
    load_atoms(rt, _s, args) {
      if (args.length !== 2) typeError(rt, `load_atoms expected 2 arguments, got ${args.length}`);
      return loadAtoms(rt, args[0]!, args[1]!);
    },
  },
});

registerNativeModule(KEY, (rt, m) => {
  const d = moduleDict(rt, m);
  for (const name of ['dump_atoms', 'load_atoms']) {
    dictSet(rt, d, rt.intern(name), nativeFunction(rt, KEY, name, 0 as Ref, rt.intern(KEY)));
  }
});
