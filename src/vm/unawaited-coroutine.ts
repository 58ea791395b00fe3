// "coroutine 'f' was never awaited" (RuntimeWarning), as python3 prints it.
//
// CPython warns from the coroutine's finaliser (Objects/genobject.c: _PyGen_Finalize calls
// _PyErr_WarnUnawaitedCoroutine, which calls warnings._warn_unawaited_coroutine with
// stacklevel 2), and reference counting runs that finaliser the moment the last reference
// goes, so the warning names the line that dropped it. Our collector has no finalisers; the
// eval loop catches the case where that moment is certain: a coroutine just returned by a
// call and never started, discarded by POP_TOP (`f()` written for `await f()`). Nothing else
// can hold a coroutine the call created, so python3 warns at exactly this instruction.

import type { Ref } from './heap.ts';
import type { Runtime } from './runtime.ts';
import { OP } from '../python/opcodes.ts';
import { PyError } from './errors.ts';
import { GEN_STATE, GEN_QUALNAME, GS_CREATED, GS_CLOSED } from './objects/generator.ts';
import { callPyHelper } from './py-helpers.ts';

/** POP_TOP dropped coroutine `coro`; `code`/`ip` are the frame's instructions and the index
 *  after the POP_TOP (the frame's F_LASTI/F_SP must be saved: warn() reads the line). */
export function discardedCoroutine(rt: Runtime, coro: Ref, code: Int32Array, ip: number): void {
  const i32 = rt.heap.i32;
  if (i32[(coro >> 2) + GEN_STATE] !== GS_CREATED || ip < 2) return;
  const op = code[ip - 2]! & 0xff;
  if (op !== OP.CALL && op !== OP.CALL_KW && op !== OP.CALL_FUNCTION_EX) return;
  // The finaliser closes it: it can no longer be awaited.
  i32[(coro >> 2) + GEN_STATE] = GS_CLOSED;
  const msg = rt.newStr(`coroutine '${rt.jsStr(i32[(coro >> 2) + GEN_QUALNAME] as Ref)}' was never awaited`);
  try {
    // warn(message, RuntimeWarning, stacklevel=1, source=coro): level 1 is the frame that
    // dropped it, since warn is called straight from here.
    callPyHelper(rt, 'warnings', 'warn', [msg, rt.types.RuntimeWarning, rt.newInt(1), coro]);
  } catch (e) {
    // A finaliser's exception is unraisable in CPython: it never reaches the code.
    if (!(e instanceof PyError)) throw e;
  }
}
