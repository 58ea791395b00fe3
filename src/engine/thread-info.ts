// What both platforms need to know about a Python thread the moment `_thread.start_new_thread`
// hands it over: its name and daemon flag (for the trace and deadlock reports), and the
// source line a thread is at in the program's own code.
//
// threading.py does not announce names to the platform, so they are read from the Thread
// object: `Thread.start` passes its bound `_bootstrap` to start_new_thread, and the
// bootstrap frame of the new thread state (src/stdlib/native/thread.ts) holds it as its
// first local.

import { type Ref, NULL } from '../vm/heap.ts';
import type { Runtime } from '../vm/runtime.ts';
import { TS_FRAME, TS_THREAD_ID } from '../vm/runtime.ts';
import { F_BACK, F_CODE, F_LASTI, F_LOCALSPLUS } from '../vm/frame.ts';
import { decodeCode, lineOf } from '../vm/code-object.ts';
import { getAttrOpt } from '../vm/abstract.ts';

/** The new thread's name and daemon flag (best effort: a raw start_new_thread target gets
 *  `thread N`). Needs the GIL. */
export function threadInfo(rt: Runtime, ts: Ref): [string, boolean] {
  const i32 = rt.heap.i32;
  const tid = i32[(ts >> 2) + TS_THREAD_ID]!;
  try {
    const f = i32[(ts >> 2) + TS_FRAME] as Ref;
    const func = i32[(f >> 2) + F_LOCALSPLUS] as Ref;
    const self = getAttrOpt(rt, func, rt.intern('__self__'));
    if (self !== NULL && self !== rt.none) {
      const name = getAttrOpt(rt, self, rt.intern('_name'));
      const daemon = getAttrOpt(rt, self, rt.intern('_daemonic'));
      if (name !== NULL && rt.typeOf(name) === rt.types.str) return [rt.jsStr(name), daemon === rt.true];
    }
  } catch {
    // fall through: a raw _thread.start_new_thread target
  }
  return [`thread ${tid}`, false];
}

/** Source line the thread is at in the program's own code: the innermost frame that is not
 *  library code (`<frozen ...>`), else the innermost frame's; 0 if unknown. Needs the GIL. */
export function userLineOf(rt: Runtime, ts: Ref): number {
  try {
    const i32 = rt.heap.i32;
    let f = i32[(ts >> 2) + TS_FRAME] as Ref;
    let fallback = 0;
    for (let depth = 0; f !== NULL && depth < 64; depth++) {
      const d = decodeCode(rt, i32[(f >> 2) + F_CODE] as Ref);
      const line = Math.max(0, lineOf(d, Math.max(0, i32[(f >> 2) + F_LASTI]! - 1)));
      if (!d.filename.startsWith('<')) return line;
      if (fallback === 0) fallback = line;
      f = i32[(f >> 2) + F_BACK] as Ref;
    }
    return fallback;
  } catch {
    return 0;
  }
}
