// Generator, coroutine and async-generator objects: a suspended frame plus its state
// (CPython Objects/genobject.c). The three types share one layout; the eval loop
// (eval.ts) resumes the frame — in the running loop when Python code drives it (FOR_ITER,
// SEND, a call to send/__next__), or in a nested loop when native code does (list(gen)).
//
// States follow CPython's FRAME_CREATED / FRAME_SUSPENDED / FRAME_EXECUTING / FRAME_COMPLETED.

import { type Ref, NULL } from '../heap.ts';
import type { Runtime } from '../runtime.ts';

export const GEN_FRAME = 2;
export const GEN_NAME = 3;
export const GEN_QUALNAME = 4;
export const GEN_STATE = 5;     // raw: GS_*
export const GEN_EXC = 6;       // the generator's own handled exception (exc_state), or NULL
export const GEN_OUTER_EXC = 7; // the resumer's handled exception while running
export const GEN_CODE = 8;
export const GEN_RESUMED_BY = 9;// raw: how the running frame was resumed (RB_*)
export const GEN_WORDS = 10;
export const GEN_BYTES = GEN_WORDS * 4 + 4;

export const GS_CREATED = 0;
export const GS_SUSPENDED = 1;
export const GS_RUNNING = 2;
export const GS_CLOSED = 3;

export function newGenerator(rt: Runtime, type: Ref, frame: Ref, code: Ref, name: Ref, qualname: Ref): Ref {
  const g = rt.heap.alloc(type, GEN_BYTES);
  const i32 = rt.heap.i32, w = g >> 2;
  i32[w + GEN_FRAME] = frame;
  i32[w + GEN_NAME] = name;
  i32[w + GEN_QUALNAME] = qualname;
  i32[w + GEN_CODE] = code;
  i32[w + GEN_STATE] = GS_CREATED;
  return g;
}

export const genGet = (rt: Runtime, g: Ref, word: number): number => rt.heap.i32[(g >> 2) + word];
export const genSet = (rt: Runtime, g: Ref, word: number, v: number): void => { rt.heap.i32[(g >> 2) + word] = v; };

export function genTraverse(rt: Runtime, g: Ref, visit: (r: Ref) => void): void {
  for (const k of [GEN_FRAME, GEN_NAME, GEN_QUALNAME, GEN_EXC, GEN_OUTER_EXC, GEN_CODE]) {
    const r = rt.heap.i32[(g >> 2) + k] as Ref;
    if (r !== NULL) visit(r);
  }
}

export function isGenLike(rt: Runtime, o: Ref): boolean {
  if ((o & 1) !== 0 || o === NULL) return false;
  const t = rt.heap.i32[o >> 2];
  return t === rt.types.generator || t === rt.types.coroutine || t === rt.types.async_generator;
}
