// The cell object: one variable shared between a function and the functions nested in it
// (CPython Objects/cellobject.c). MAKE_CELL creates it, LOAD_DEREF / STORE_DEREF read and
// write its contents, closures hold tuples of them.

import { type Ref, NULL } from '../heap.ts';
import type { Runtime } from '../runtime.ts';
import { registerType } from '../registry.ts';
import { raise } from '../errors.ts';

export const CELL_REF = 2;
export const CELL_BYTES = 16;

export function newCell(rt: Runtime, v: Ref): Ref {
  const c = rt.heap.alloc(rt.types.cell, CELL_BYTES);
  rt.heap.i32[(c >> 2) + CELL_REF] = v;
  return c;
}
export function cellGet(rt: Runtime, c: Ref): Ref { return rt.heap.i32[(c >> 2) + CELL_REF] as Ref; }
export function cellSet(rt: Runtime, c: Ref, v: Ref): void { rt.heap.i32[(c >> 2) + CELL_REF] = v; }

registerType({
  key: 'cell',
  name: 'cell',
  basicsize: CELL_BYTES,
  slots: {
    traverse(rt, self, visit) { const v = cellGet(rt, self); if (v !== NULL) visit(v); },
    repr(rt, self) {
      const v = cellGet(rt, self);
      const addr = `0x${(self >>> 0).toString(16).padStart(12, '0')}`;
      if (v === NULL) return rt.newStr(`<cell at ${addr}: empty>`);
      const tn = rt.jsStr(rt.heap.i32[(rt.typeOf(v) >> 2) + 4] as Ref);
      return rt.newStr(`<cell at ${addr}: ${tn} object at 0x${(v >>> 0).toString(16).padStart(12, '0')}>`);
    },
  },
  getsets: {
    cell_contents: {
      get(rt, self) { const v = cellGet(rt, self); if (v === NULL) raise(rt, rt.types.ValueError, 'Cell is empty'); return v; },
      set(rt, self, v) { cellSet(rt, self, v); },
    },
  },
});
