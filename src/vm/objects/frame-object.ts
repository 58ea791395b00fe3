// The Python face of frames and code objects: frame.f_code / f_lineno / f_lasti / f_back /
// f_globals / f_locals / f_builtins, code.co_* attributes (CPython Objects/frameobject.c,
// Objects/codeobject.c), and the locals() snapshot of an optimized (function) frame
// (PyFrame_FastToLocals: bound fast locals, cell contents, free variables).

import { type Ref, NULL, smallInt } from '../heap.ts';
import type { Runtime } from '../runtime.ts';
import { registerType } from '../registry.ts';
import { CO_OPTIMIZED } from '../../python/code.ts';
import {
  F_CODE, F_GLOBALS, F_BUILTINS, F_LOCALS, F_BACK, F_LASTI, F_LOCALSPLUS, frameTraverse, markFrameEscaped,
} from '../frame.ts';
import {
  decodeCode, lineOf, codeTraverse, CO_NAME, CO_QUALNAME, CO_FILENAME, CO_ARGCOUNT, CO_POSONLY, CO_KWONLY,
  CO_FIRSTLINENO, CO_FLAGS, CO_CONSTS, CO_NAMES, CO_NLOCALSPLUS, CO_STACKSIZE, CO_CELLVARS, CO_LPNAMES, CO_NVARNAMES,
  CO_NFREE,
} from '../code-object.ts';
import { newDict, dictSet } from './dict-core.ts';
import { newTuple, tupleGet } from './tuple-core.ts';
import { CELL_REF } from './cell.ts';
import { setLocalsOf } from '../builtins-fns.ts';
import { addressString, getIter } from '../abstract.ts';
import { newList } from './list-core.ts';

const fw = (f: Ref): number => f >> 2;

/** locals() of frame f: the locals mapping of module/class frames, else a fresh snapshot. */
export function frameLocals(rt: Runtime, f: Ref): Ref {
  const i32 = rt.heap.i32;
  const loc = i32[fw(f) + F_LOCALS] as Ref;
  const d = decodeCode(rt, i32[fw(f) + F_CODE] as Ref);
  if (loc !== NULL && (d.flags & CO_OPTIMIZED) === 0) return loc;
  const out = newDict(rt);
  const base = fw(f) + F_LOCALSPLUS;
  const ncellStart = d.nvarnames;
  for (let i = 0; i < d.nlocalsplus; i++) {
    let v = i32[base + i] as Ref;
    if (v === NULL) continue;
    const isCellSlot = i >= ncellStart || (d.lpNames.indexOf(d.lpNames[i]) !== i);
    // A cell variable (MAKE_CELL'd) or a free variable holds a cell: read its contents.
    if ((isCellSlot || rt.typeOf(v) === rt.types.cell) && rt.typeOf(v) === rt.types.cell && isCellName(rt, d, i)) {
      v = i32[(v >> 2) + CELL_REF] as Ref;
      if (v === NULL) continue;
    }
    dictSet(rt, out, d.lpNameRefs[i], v);
  }
  return out;
}

function isCellName(rt: Runtime, d: ReturnType<typeof decodeCode>, i: number): boolean {
  if (i >= d.nvarnames) return true;
  // An argument that is also a cellvar was replaced in place by its cell (MAKE_CELL).
  const co = d.ref;
  const cellvars = rt.heap.i32[(co >> 2) + CO_CELLVARS] as Ref;
  const n = rt.heap.i32[(cellvars >> 2) + 2];
  for (let k = 0; k < n; k++) if (tupleGet(rt, cellvars, k) === d.lpNameRefs[i]) return true;
  return false;
}

setLocalsOf(frameLocals);

const orNone = (rt: Runtime, r: Ref): Ref => (r === NULL ? rt.none : r);

registerType({
  key: 'frame',
  name: 'frame',
  basicsize: 8,
  slots: {
    traverse: frameTraverse,
    repr(rt, f) {
      const d = decodeCode(rt, rt.heap.i32[fw(f) + F_CODE] as Ref);
      const line = lineOf(d, rt.heap.i32[fw(f) + F_LASTI] - 1);
      return rt.newStr(`<frame at ${addressString(f)}, file '${d.filename}', line ${line}, code ${d.name}>`);
    },
  },
  getsets: {
    f_code: { get: (rt, f) => rt.heap.i32[fw(f) + F_CODE] as Ref },
    f_globals: { get: (rt, f) => rt.heap.i32[fw(f) + F_GLOBALS] as Ref },
    f_builtins: { get: (rt, f) => rt.heap.i32[fw(f) + F_BUILTINS] as Ref },
    f_back: {
      get: (rt, f) => {
        const b = rt.heap.i32[fw(f) + F_BACK] as Ref;
        markFrameEscaped(rt, b); // a frame object Python code holds: never reuse its block
        return orNone(rt, b);
      },
    },
    f_locals: { get: (rt, f) => frameLocals(rt, f) },
    f_lasti: { get: (rt, f) => smallInt(Math.max(0, rt.heap.i32[fw(f) + F_LASTI] - 1) * 2) },
    f_lineno: {
      get: (rt, f) => {
        const d = decodeCode(rt, rt.heap.i32[fw(f) + F_CODE] as Ref);
        const i = rt.heap.i32[fw(f) + F_LASTI] - 1;
        const l = lineOf(d, i);
        return rt.newInt(l < 0 ? d.firstlineno : l);
      },
    },
  },
});

const cw = (co: Ref): number => co >> 2;
const raw = (k: number) => ({ get: (rt: Runtime, co: Ref) => rt.newInt(rt.heap.i32[cw(co) + k]) });
const ref = (k: number) => ({ get: (rt: Runtime, co: Ref) => rt.heap.i32[cw(co) + k] as Ref });

function lpSlice(rt: Runtime, co: Ref, from: number, to: number): Ref {
  const names = rt.heap.i32[cw(co) + CO_LPNAMES] as Ref;
  const out: Ref[] = [];
  for (let i = from; i < to; i++) out.push(tupleGet(rt, names, i));
  return out.length ? newTuple(rt, out) : rt.emptyTuple;
}

registerType({
  key: 'code',
  name: 'code',
  basicsize: 8,
  slots: {
    traverse: codeTraverse,
    repr(rt, co) {
      const d = decodeCode(rt, co);
      return rt.newStr(`<code object ${d.name} at ${addressString(co)}, file "${d.filename}", line ${d.firstlineno}>`);
    },
  },
  methods: {
    // (lineno, end_lineno, col_offset, end_col_offset) per instruction, None where unknown;
    // columns are UTF-8 byte offsets (Objects/codeobject.c code_positions). One entry per
    // instruction, as tb_lasti / f_lasti count 2-byte units of one instruction each.
    co_positions(rt, co) {
      const p = decodeCode(rt, co).positions;
      const v = (x: number): Ref => (x < 0 ? rt.none : smallInt(x));
      const out: Ref[] = [];
      for (let k = 0; k + 3 < p.length; k += 4) out.push(newTuple(rt, [v(p[k]), v(p[k + 2]), v(p[k + 1]), v(p[k + 3])]));
      return getIter(rt, newList(rt, out));
    },
  },
  getsets: {
    co_name: ref(CO_NAME),
    co_qualname: ref(CO_QUALNAME),
    co_filename: ref(CO_FILENAME),
    co_argcount: raw(CO_ARGCOUNT),
    co_posonlyargcount: raw(CO_POSONLY),
    co_kwonlyargcount: raw(CO_KWONLY),
    co_firstlineno: raw(CO_FIRSTLINENO),
    co_flags: raw(CO_FLAGS),
    co_stacksize: raw(CO_STACKSIZE),
    co_nlocals: raw(CO_NVARNAMES),
    co_consts: ref(CO_CONSTS),
    co_names: ref(CO_NAMES),
    co_cellvars: ref(CO_CELLVARS),
    co_varnames: { get: (rt, co) => lpSlice(rt, co, 0, rt.heap.i32[cw(co) + CO_NVARNAMES]) },
    co_freevars: {
      get: (rt, co) => {
        const n = rt.heap.i32[cw(co) + CO_NLOCALSPLUS];
        return lpSlice(rt, co, n - rt.heap.i32[cw(co) + CO_NFREE], n);
      },
    },
  },
});
