// Code objects in the heap, and each worker's decoded form of them.
//
// Implementation notes:
// - `loadCode(rt, unit)` turns the compiler's CodeUnit (plain JS data, src/python/code.ts)
//   into a heap object of type `code`: the instruction words, positions and exception table
//   in raw blocks, consts / names / localsplus names as tuples (nested CodeUnits become
//   nested code objects). Everything lives in the heap, so any worker attached to the same
//   heap can run it.
// - The eval loop never reads instructions from the heap one by one: `decodeCode(rt, co)`
//   builds (once per worker) a JS `DecodedCode` with an Int32Array copy of the code words,
//   the consts and names as Ref arrays and the numbers the frame setup needs. The cache is
//   keyed by the code object's address and checked against its serial (CO_SERIAL), so a
//   code object the GC freed and whose address was reused is never confused with the old one
//   (the same scheme as the str cache in runtime.ts).
// - Per-instruction inline caches (LOAD_GLOBAL) live in the decoded form: they are
//   per-worker and validated by dict versions, so they need no synchronisation.

import { type Ref, NULL } from './heap.ts';
import type { Runtime } from './runtime.ts';
import { type CodeUnit, type Const, constKind, localsplusNames } from '../python/code.ts';
import { newTuple, tupleLen, tupleGet } from './objects/tuple-core.ts';
import { newComplex } from './objects/complex.ts';
import { extraConstMakers } from './const-makers.ts';

export const CO_CODE = 2;        // raw block: Int32 instruction words
export const CO_NINSTR = 3;      // raw
export const CO_POSITIONS = 4;   // raw block: 4 Int32 per instruction
export const CO_EXCTABLE = 5;    // raw block: 5 Int32 per entry (start, end, target, depth, lasti)
export const CO_NEXC = 6;        // raw
export const CO_CONSTS = 7;      // tuple
export const CO_NAMES = 8;       // tuple of interned str
export const CO_LPNAMES = 9;     // tuple of interned str (localsplus names)
export const CO_NLOCALSPLUS = 10;// raw
export const CO_NVARNAMES = 11;  // raw
export const CO_NCELLVARS = 12;  // raw (cellvars, incl. those that are also varnames)
export const CO_NFREE = 13;      // raw
export const CO_STACKSIZE = 14;  // raw
export const CO_FLAGS = 15;      // raw
export const CO_ARGCOUNT = 16;   // raw
export const CO_POSONLY = 17;    // raw
export const CO_KWONLY = 18;     // raw
export const CO_FIRSTLINENO = 19;// raw
export const CO_NAME = 20;       // str
export const CO_QUALNAME = 21;   // str
export const CO_FILENAME = 22;   // str
export const CO_SERIAL = 23;     // raw: process-wide serial (decoded-cache validation)
export const CO_CELLVARS = 24;   // tuple of str (co_cellvars)
export const CO_DOC = 25;        // str or None
export const CODE_WORDS = 26;

/** The JS form the eval loop runs. */
export interface DecodedCode {
  ref: Ref;
  serial: number;
  code: Int32Array;
  positions: Int32Array;
  /** 5 ints per entry, sorted by start. */
  exc: Int32Array;
  consts: Ref[];
  names: Ref[];
  nlocalsplus: number;
  nvarnames: number;
  nfree: number;
  stacksize: number;
  flags: number;
  argcount: number;
  posonly: number;
  kwonly: number;
  firstlineno: number;
  name: string;
  qualname: string;
  filename: string;
  lpNames: string[];
  lpNameRefs: Ref[];
  /** LOAD_GLOBAL cache, per instruction: value, and the globals/builtins dict versions. */
  gCacheValue: Int32Array;
  gCacheGv: Int32Array;
  gCacheBv: Int32Array;
  gCacheG: Int32Array;
  /** Second-chance LOAD_GLOBAL cache that survives stores of other globals (a module-level
   *  loop assigning a variable bumps the globals version every iteration): the globals'
   *  entries block when filled, the name's entry index there (-1: found in builtins), and
   *  for builtins hits the globals' entry/live counts and the collection generation, which
   *  together say that no key was added or removed (eval-support.ts loadGlobalKeyed). */
  gKeyEntries: Int32Array;
  gKeyIndex: Int32Array;
  gKeyNent: Int32Array;
  gKeyUsed: Int32Array;
  gKeyGen: Int32Array;
  /** LOAD_ATTR / STORE_ATTR caches, per instruction (eval-support.ts fillLoadAttrCache):
   *  the owner's type and its version tag when filled, the kind of hit (AK_*), the
   *  descriptor found on the type and the native get/set function to call for it. */
  aType: Int32Array;
  aVer: Int32Array;
  aKind: Int32Array;
  aDescr: Int32Array;
  /** AK_DICT: entry index of the name in the last instance dict it was found in. */
  aHint: Int32Array;
  aFn: (AttrCacheFn | null)[];
}

/** A builtin descriptor's descrGet or descrSet, as an attribute cache holds it. */
export type AttrCacheFn = (rt: Runtime, descr: Ref, obj: Ref, x: Ref) => Ref | void;

function rawInts(rt: Runtime, data: ArrayLike<number>): Ref {
  const r = rt.heap.allocRaw(Math.max(4, data.length * 4));
  const base = (r >> 2) + 2;
  for (let i = 0; i < data.length; i++) rt.heap.i32[base + i] = data[i];
  return r;
}

/** Make the heap constant for a CodeUnit const. `constHook` handles kinds whose types live
 *  in other files (bytes, complex, frozenset) once they exist. */
export type ConstMaker = (rt: Runtime, c: Const) => Ref | null;
/** Let a container module teach loadCode a constant kind (bytes, frozenset). The list lives
 *  in const-makers.ts (no imports) so modules that register while this one is still being
 *  evaluated (circular imports) do not hit its temporal dead zone. */
export function registerConstMaker(m: ConstMaker): void { extraConstMakers.push(m); }

export function makeConst(rt: Runtime, c: Const): Ref {
  switch (constKind(c)) {
    case 'none': return rt.none;
    case 'bool': return rt.bool(c as boolean);
    case 'int': return rt.newInt(c as bigint);
    case 'float': return rt.newFloat(c as number);
    case 'str': return rt.intern(c as string);
    case 'ellipsis': return rt.ellipsis;
    case 'tuple': {
      const items = (c as { tuple: Const[] }).tuple.map((x) => makeConst(rt, x));
      return items.length === 0 ? rt.emptyTuple : newTuple(rt, items);
    }
    case 'code': return loadCode(rt, c as CodeUnit);
    case 'complex': return newComplex(rt, 0, (c as { complex: number }).complex);

    default:
      for (const m of extraConstMakers) {
        const r = m(rt, c);
        if (r !== null) return r;
      }
      throw new Error(`loadCode: no constructor registered for a ${constKind(c)} constant`);
  }
}

/** Load a CodeUnit (and the code units nested in its consts) into the heap. */
export function loadCode(rt: Runtime, unit: CodeUnit): Ref {
  const heap = rt.heap;
  const consts = unit.consts.map((c) => makeConst(rt, c));
  const lp = localsplusNames(unit);
  const vs = new Set(unit.varnames);
  const exc: number[] = [];
  for (const e of unit.exceptionTable) exc.push(e.start, e.end, e.target, e.depth, e.lasti ? 1 : 0);
  const fields: [number, Ref][] = [
    [CO_CODE, rawInts(rt, unit.code)],
    [CO_POSITIONS, rawInts(rt, unit.positions)],
    [CO_EXCTABLE, rawInts(rt, exc)],
    [CO_CONSTS, consts.length ? newTuple(rt, consts) : rt.emptyTuple],
    [CO_NAMES, unit.names.length ? newTuple(rt, unit.names.map((n) => rt.intern(n))) : rt.emptyTuple],
    [CO_LPNAMES, lp.length ? newTuple(rt, lp.map((n) => rt.intern(n))) : rt.emptyTuple],
    [CO_CELLVARS, unit.cellvars.length ? newTuple(rt, unit.cellvars.map((n) => rt.intern(n))) : rt.emptyTuple],
    [CO_NAME, rt.intern(unit.name)],
    [CO_QUALNAME, rt.intern(unit.qualname)],
    [CO_FILENAME, rt.intern(unit.filename)],
    [CO_DOC, unit.docstring == null ? rt.none : rt.newStr(unit.docstring)],
  ];
  const co = rt.heap.alloc(rt.types.code, CODE_WORDS * 4);
  const i32 = heap.i32, w = co >> 2;
  for (const [k, v] of fields) i32[w + k] = v;
  i32[w + CO_NINSTR] = unit.code.length;
  i32[w + CO_NEXC] = unit.exceptionTable.length;
  i32[w + CO_NLOCALSPLUS] = lp.length;
  i32[w + CO_NVARNAMES] = unit.varnames.length;
  i32[w + CO_NCELLVARS] = unit.cellvars.length;
  i32[w + CO_NFREE] = unit.freevars.length;
  i32[w + CO_STACKSIZE] = unit.stacksize;
  i32[w + CO_FLAGS] = unit.flags;
  i32[w + CO_ARGCOUNT] = unit.argcount;
  i32[w + CO_POSONLY] = unit.posonlyargcount;
  i32[w + CO_KWONLY] = unit.kwonlyargcount;
  i32[w + CO_FIRSTLINENO] = unit.firstlineno;
  i32[w + CO_SERIAL] = heap.nextSerial();
  void vs;
  return co;
}

/** GC traverse of a code object. */
export function codeTraverse(rt: Runtime, co: Ref, visit: (r: Ref) => void): void {
  const i32 = rt.heap.i32, w = co >> 2;
  for (const k of [CO_CODE, CO_POSITIONS, CO_EXCTABLE, CO_CONSTS, CO_NAMES, CO_LPNAMES, CO_CELLVARS, CO_NAME, CO_QUALNAME, CO_FILENAME, CO_DOC]) {
    const r = i32[w + k] as Ref;
    if (r !== NULL) visit(r);
  }
}

const CACHE_BITS = 10;
const caches = new WeakMap<Runtime, (DecodedCode | undefined)[]>();
let lastRt: Runtime | null = null;
let lastCache: (DecodedCode | undefined)[] | null = null;
/** Every decoded code object of a runtime, behind the direct-mapped table: two code objects
 *  whose addresses share a table slot (asyncio's task step and the coroutine it resumes,
 *  say) evict each other there on every call, and without this second level each eviction
 *  decoded the code again and lost its inline caches. Entries of freed code objects are
 *  found stale by their serial; past MAX_DECODED entries the map starts over. */
const decodedAll = new WeakMap<Runtime, Map<Ref, DecodedCode>>();
const MAX_DECODED = 16384;

function readInts(rt: Runtime, raw: Ref, n: number): Int32Array {
  const base = (raw >> 2) + 2;
  return rt.heap.i32.slice(base, base + n);
}

function tupleRefs(rt: Runtime, t: Ref): Ref[] {
  const n = tupleLen(rt, t), out: Ref[] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = tupleGet(rt, t, i);
  return out;
}

/** The decoded form of code object `co` for this worker (cached). Small, so V8 inlines it
 *  into the eval loop's call and return paths; misses take decodeCodeSlow. */
export function decodeCode(rt: Runtime, co: Ref): DecodedCode {
  if (rt === lastRt) {
    const hit = lastCache![(co >>> 3) & ((1 << CACHE_BITS) - 1)];
    if (hit !== undefined && hit.ref === co && hit.serial === rt.heap.i32[(co >> 2) + CO_SERIAL]) return hit;
  }
  return decodeCodeSlow(rt, co);
}

function decodeCodeSlow(rt: Runtime, co: Ref): DecodedCode {
  // The last runtime's table is kept aside: a WeakMap lookup on every Python call cost
  // about 7% of a call-heavy program (bench/fib.py).
  let cache: (DecodedCode | undefined)[] | undefined;
  if (rt === lastRt) cache = lastCache!;
  else {
    cache = caches.get(rt);
    if (!cache) { cache = new Array<DecodedCode | undefined>(1 << CACHE_BITS).fill(undefined); caches.set(rt, cache); }
    lastRt = rt;
    lastCache = cache;
  }
  const i32 = rt.heap.i32, w = co >> 2;
  const slot = (co >>> 3) & ((1 << CACHE_BITS) - 1);
  const hit = cache[slot];
  const serial = i32[w + CO_SERIAL];
  if (hit !== undefined && hit.ref === co && hit.serial === serial) return hit;
  let all = decodedAll.get(rt);
  if (all === undefined) decodedAll.set(rt, (all = new Map()));
  const known = all.get(co);
  if (known !== undefined && known.serial === serial) {
    cache[slot] = known;
    return known;
  }
  const n = i32[w + CO_NINSTR];
  const lpNameRefs = tupleRefs(rt, i32[w + CO_LPNAMES] as Ref);
  const d: DecodedCode = {
    ref: co,
    serial,
    code: readInts(rt, i32[w + CO_CODE] as Ref, n),
    positions: readInts(rt, i32[w + CO_POSITIONS] as Ref, 4 * n),
    exc: readInts(rt, i32[w + CO_EXCTABLE] as Ref, 5 * i32[w + CO_NEXC]),
    consts: tupleRefs(rt, i32[w + CO_CONSTS] as Ref),
    names: tupleRefs(rt, i32[w + CO_NAMES] as Ref),
    nlocalsplus: i32[w + CO_NLOCALSPLUS],
    nvarnames: i32[w + CO_NVARNAMES],
    nfree: i32[w + CO_NFREE],
    stacksize: i32[w + CO_STACKSIZE],
    flags: i32[w + CO_FLAGS],
    argcount: i32[w + CO_ARGCOUNT],
    posonly: i32[w + CO_POSONLY],
    kwonly: i32[w + CO_KWONLY],
    firstlineno: i32[w + CO_FIRSTLINENO],
    name: rt.jsStr(i32[w + CO_NAME] as Ref),
    qualname: rt.jsStr(i32[w + CO_QUALNAME] as Ref),
    filename: rt.jsStr(i32[w + CO_FILENAME] as Ref),
    lpNames: lpNameRefs.map((r) => rt.jsStr(r)),
    lpNameRefs,
    gCacheValue: new Int32Array(n),
    gCacheGv: new Int32Array(n).fill(-1),
    gCacheBv: new Int32Array(n).fill(-1),
    gCacheG: new Int32Array(n),
    gKeyEntries: new Int32Array(n),
    gKeyIndex: new Int32Array(n),
    gKeyNent: new Int32Array(n),
    gKeyUsed: new Int32Array(n),
    gKeyGen: new Int32Array(n),
    aType: new Int32Array(n),
    aVer: new Int32Array(n),
    aKind: new Int32Array(n),
    aDescr: new Int32Array(n),
    aHint: new Int32Array(n),
    aFn: new Array<AttrCacheFn | null>(n).fill(null),
  };
  cache[slot] = d;
  if (all.size >= MAX_DECODED) all.clear();
  all.set(co, d);
  return d;
}

/** Line number of instruction `i` (-1 if none), from the positions table. */
export function lineOf(d: DecodedCode, i: number): number {
  if (i < 0 || 4 * i >= d.positions.length) return -1;
  return d.positions[4 * i];
}

/** Exception-table lookup: the entry index covering instruction `i`, or -1. */
export function findHandler(d: DecodedCode, i: number): number {
  const e = d.exc;
  // Entries are sorted by start and never overlap: binary search.
  let lo = 0, hi = e.length / 5 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = e[5 * mid], en = e[5 * mid + 1];
    if (i < s) hi = mid - 1;
    else if (i >= en) lo = mid + 1;
    else return mid;
  }
  return -1;
}
