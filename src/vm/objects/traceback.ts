// The traceback object: one entry per frame an exception passed through (CPython
// Python/traceback.c PyTraceBack_Here). The eval loop prepends an entry each time an
// exception arrives in a frame; the chain is exc.__traceback__ -> tb_next -> ... innermost.

import { type Ref, NULL, smallInt } from '../heap.ts';
import type { Runtime } from '../runtime.ts';
import { registerType } from '../registry.ts';
import { F_CODE, markFrameEscaped } from '../frame.ts';
import { decodeCode, lineOf } from '../code-object.ts';

export const TB_NEXT = 2;
export const TB_FRAME = 3;
export const TB_LASTI = 4; // raw: instruction index
export const TB_BYTES = 24;

export function newTraceback(rt: Runtime, next: Ref, frame: Ref, lasti: number): Ref {
  markFrameEscaped(rt, frame); // the traceback keeps the frame (and its callers) visible
  const tb = rt.heap.alloc(rt.types.traceback, TB_BYTES);
  const i32 = rt.heap.i32, w = tb >> 2;
  i32[w + TB_NEXT] = next;
  i32[w + TB_FRAME] = frame;
  i32[w + TB_LASTI] = lasti;
  return tb;
}

export function tbLineno(rt: Runtime, tb: Ref): number {
  const i32 = rt.heap.i32, w = tb >> 2;
  const f = i32[w + TB_FRAME] as Ref;
  return lineOf(decodeCode(rt, i32[(f >> 2) + F_CODE] as Ref), i32[w + TB_LASTI]);
}

registerType({
  key: 'traceback',
  name: 'traceback',
  basicsize: TB_BYTES,
  slots: {
    traverse(rt, tb, visit) {
      const i32 = rt.heap.i32, w = tb >> 2;
      if (i32[w + TB_NEXT] !== NULL) visit(i32[w + TB_NEXT] as Ref);
      if (i32[w + TB_FRAME] !== NULL) visit(i32[w + TB_FRAME] as Ref);
    },
  },
  getsets: {
    tb_next: { get: (rt, tb) => (rt.heap.i32[(tb >> 2) + TB_NEXT] as Ref) || rt.none },
    tb_frame: { get: (rt, tb) => rt.heap.i32[(tb >> 2) + TB_FRAME] as Ref },
    tb_lasti: { get: (rt, tb) => smallInt(rt.heap.i32[(tb >> 2) + TB_LASTI] * 2) },
    tb_lineno: { get: (rt, tb) => rt.newInt(tbLineno(rt, tb)) },
  },
});
