// Preparing a Python program on a SharedArrayBuffer heap (the main worker of the shared
// platform) and attaching further workers to it.
//
// src/vm/run.ts does the same for one thread on a private heap (`createRuntime`,
// `runProgram`), but its createRuntime has no `shared` heap option and does not separate
// "prepare the __main__ frame" from "run it" for a shared heap, so this file repeats its
// steps with `heap: { shared: true }` (to be folded into run.ts's prepareProgram, which now
// exists for private heaps). Per-worker JS hooks (the source executor used by
// imports, the caller-globals hook of user classes) are module state of each worker's copy
// of the VM, so every attaching worker installs them again.

import '../../stdlib/native/index.ts';
import '../../stdlib/py-sources.ts';
import { type Ref, NULL, isSmallInt } from '../../vm/heap.ts';
import { Runtime, TS_FRAME, R_BUILTINS } from '../../vm/runtime.ts';
import type { Host } from '../../vm/host.ts';
import { loadCode } from '../../vm/code-object.ts';
import { startModule, evalCodeNested } from '../../vm/eval.ts';
import { vm, registerSource, R_BUILTINS_MODULE } from '../../vm/vm-state.ts';
import { collectAtCheckPoint } from '../../vm/gc.ts';
import { createBuiltins } from '../../vm/builtins-module.ts';
import { createSys } from '../../vm/sys-module.ts';
import { newModule, moduleDict } from '../../vm/objects/module.ts';
import { dictSet } from '../../vm/objects/dict-core.ts';
import { sysModules, setSourceExecutor } from '../../vm/import.ts';
import { formatException } from '../../vm/traceback.ts';
import { compileProgram } from '../../vm/run.ts';
import { compileToCode } from '../../vm/compile-bridge.ts';
import { getAttrOpt, isInstance, str as pyStr } from '../../vm/abstract.ts';
import { setCallerGlobals } from '../../vm/objects/user-class.ts';
import { F_GLOBALS } from '../../vm/frame.ts';
import { PyError } from '../../vm/errors.ts';
import '../../vm/all-objects.ts';
import { intToBigInt } from '../../vm/objects/int.ts';

/** The per-worker hooks the VM needs in every worker that runs Python code. */
function installWorkerHooks(): void {
  setSourceExecutor((rt2, source, filename, globals) => {
    dictSet(rt2, globals, rt2.intern('__builtins__'), rt2.root(R_BUILTINS_MODULE));
    evalCodeNested(rt2, compileToCode(rt2, source, filename, 'exec'), globals, globals);
  });
  setCallerGlobals((rt2) => {
    const f = rt2.heap.i32[(rt2.ts >> 2) + TS_FRAME] as Ref;
    return f === NULL ? NULL : rt2.heap.i32[(f >> 2) + F_GLOBALS] as Ref;
  });
}

export type Prepared = { rt: Runtime } | { rt: null; exitCode: number };

/**
 * Compiles `source`, creates the process (a shared heap with builtins and sys) and prepares
 * its main thread (rt.ts) to run `__main__`. A SyntaxError, or an error loading the code,
 * is written to stderr and gives `{ rt: null, exitCode: 1 }`, as python3 does.
 */
export function prepareShared(source: string, filename: string, host: Host, heapCapBytes?: number, collectGarbage = false,
  reuse: SharedArrayBuffer | null = null): Prepared {
  const unit = compileProgram(source, filename, host);
  if (unit === null) return { rt: null, exitCode: 1 };
  installWorkerHooks();
  const rt = Runtime.create({ host, heap: { shared: true, reuse, ...(heapCapBytes ? { capBytes: heapCapBytes } : {}) } });
  createBuiltins(rt);
  createSys(rt);
  if (collectGarbage) vm(rt).collect = collectAtCheckPoint;
  registerSource(rt, filename, source);
  const main = newModule(rt, '__main__');
  const g = moduleDict(rt, main);
  dictSet(rt, g, rt.intern('__builtins__'), rt.root(R_BUILTINS_MODULE));
  dictSet(rt, g, rt.intern('__file__'), rt.newStr(filename));
  dictSet(rt, g, rt.intern('__cached__'), rt.none);
  dictSet(rt, sysModules(rt), rt.intern('__main__'), main);
  let code: Ref;
  try {
    code = loadCode(rt, unit);
  } catch (e) {
    if (e instanceof PyError) {
      host.write('stderr', formatException(rt, e.exc));
      return { rt: null, exitCode: 1 };
    }
    throw e;
  }
  startModule(rt, code, g, rt.root(R_BUILTINS));
  return { rt };
}

/** Another worker of the process: a Runtime over the same heap, with this worker's hooks. */
export function attachShared(buffer: SharedArrayBuffer, host: Host, source: string, filename: string, collectGarbage = false, freeThreaded = false): Runtime {
  installWorkerHooks();
  const rt = Runtime.attach(buffer, host, freeThreaded ? SLOT_STRIDE : 1);
  if (collectGarbage) vm(rt).collect = collectAtCheckPoint;
  registerSource(rt, filename, source); // tracebacks of this worker's threads show lines
  return rt;
}

/** Free-threaded: each worker's bump-allocation cursor (its slot in the heap's meta area,
 *  two words, written at every allocation) would share a cache line with its neighbours',
 *  and with no GIL the workers allocate at the same time: every allocation would bounce
 *  the line between cores (false sharing; two CPU-bound threads measured slower than one).
 *  Attaching workers take slots 16 apart (128 bytes: a line and its prefetch pair), while
 *  slots last (heap.ts: the remainder is handed out densely, so many workers still fit). */
const SLOT_STRIDE = 16;

/** The exit status for an uncaught SystemExit (CPython's handle_system_exit), writing its
 *  message to stderr when it is not an int or None. Same rules as src/vm/run.ts. */
export function systemExitStatus(rt: Runtime, exc: Ref): number {
  const code = getAttrOpt(rt, exc, rt.intern('code'));
  if (code === NULL || code === rt.none) return 0;
  if (isSmallInt(code)) return code >> 1;
  if (isInstance(rt, code, rt.types.int)) return Number(BigInt.asIntN(32, intToBigInt(rt, code))); // True is 1
  let text: string;
  try { text = rt.jsStr(pyStr(rt, code)); } catch { text = '<exception str() failed>'; }
  rt.host.write('stderr', text + '\n');
  return 1;
}

