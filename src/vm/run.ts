// Running a program: `runProgram(source, { filename, host })` compiles the source, creates a
// Runtime with its main thread, the builtins and sys modules, runs `__main__` to completion,
// and reports like the python3 command: a SyntaxError or an uncaught exception is printed
// to stderr (exit 1); SystemExit gives its code (None -> 0, int -> that, anything else is
// printed to stderr, exit 1). A single-threaded program that blocks (time.sleep) waits
// through host.waitSync when the host has one, else returns at once (the pure layers may
// not spin or use timers; the platforms with threads do the real waiting).

import { type Ref, NULL, isSmallInt } from './heap.ts';
import { Runtime } from './runtime.ts';
import type { Host } from './host.ts';
import { PyError } from './errors.ts';
import { PySyntaxError } from '../python/syntax-error.ts';
import { parse } from '../python/parser.ts';
import { compile } from '../python/compiler.ts';
import type { CodeUnit } from '../python/code.ts';
import { SourceInfo } from '../python/compile-error.ts';
import { formatSyntaxWarnings } from '../python/compile-warnings.ts';
import { loadCode } from './code-object.ts';
import { run, resume, startModule, evalCodeNested, REENTRY_CHECKPOINTS } from './eval.ts';
import { vm, registerSource, type BlockRequest, R_BUILTINS_MODULE, ProcessExit } from './vm-state.ts';
import { createBuiltins } from './builtins-module.ts';
import { createSys } from './sys-module.ts';
import { newModule, moduleDict } from './objects/module.ts';
import { dictSet } from './objects/dict-core.ts';
import { sysModules, setSourceExecutor } from './import.ts';
import { formatException, syntaxErrorReport } from './traceback.ts';
import { compileToCode, syntaxErrorObject } from './compile-bridge.ts';
import { getAttrOpt, isInstance, str as pyStr } from './abstract.ts';
import { setCallerGlobals } from './objects/user-class.ts';
import { TS_FRAME, R_BUILTINS } from './runtime.ts';
import { F_GLOBALS } from './frame.ts';
import './all-objects.ts';
import { collectAtCheckPoint } from './gc.ts';
import { intToBigInt } from './objects/int.ts';

export interface RunProgramOptions {
  filename: string;
  host: Host;
  heapCapBytes?: number;
  /** Stop after this many eval-breaker check points (tests use it as a time limit); the run
   *  then ends with exit status 124 and a note on stderr. */
  maxCheckpoints?: number;
}

/** Runtime with builtins, sys and the import hooks ready (also used by tests and workers). */
export function createRuntime(host: Host, heapCapBytes?: number): Runtime {
  const rt = Runtime.create({ host, heap: heapCapBytes ? { capBytes: heapCapBytes } : undefined });
  createBuiltins(rt);
  createSys(rt);
  setSourceExecutor((rt2, source, filename, globals) => {
    dictSet(rt2, globals, rt2.intern('__builtins__'), rt2.root(R_BUILTINS_MODULE));
    evalCodeNested(rt2, compileToCode(rt2, source, filename, 'exec'), globals, globals);
  });
  setCallerGlobals((rt2) => {
    const f = rt2.heap.i32[(rt2.ts >> 2) + TS_FRAME] as Ref;
    return f === NULL ? NULL : rt2.heap.i32[(f >> 2) + F_GLOBALS] as Ref;
  });
  vm(rt).blockNested = (rt2, req) => waitFor(rt2, req);
  vm(rt).collect = collectAtCheckPoint;
  return rt;
}

/** Wait for a block request of the only thread (single-threaded programs). */
function waitFor(rt: Runtime, req: BlockRequest): Ref {
  if (req.timeoutMicros !== undefined && req.timeoutMicros > 0 && rt.host.waitSync) {
    rt.host.waitSync(0, 0, req.timeoutMicros);
  }
  if (req.retry) {
    const r = req.retry(rt);
    if (typeof r === 'number') return r as Ref;
    return waitFor(rt, r);
  }
  return req.result ?? rt.none;
}

/** The exit status and stderr text for an uncaught SystemExit (CPython handle_system_exit). */
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

/**
 * The main program compiled, as python3 compiles a script before running it: its
 * SyntaxWarnings are printed (no warning filter of the program's own exists yet, so
 * python3's defaults show each), and a SyntaxError is printed and gives null.
 */
export function compileProgram(source: string, filename: string, host: Host): CodeUnit | null {
  let unit: CodeUnit;
  try {
    unit = compile(parse(source, filename), filename, source);
  } catch (e) {
    if (e instanceof PySyntaxError) { host.write('stderr', syntaxErrorReport(e)); return null; }
    throw e;
  }
  if (unit.syntaxWarnings) host.write('stderr', formatSyntaxWarnings(new SourceInfo(filename, source), unit.syntaxWarnings));
  return unit;
}

/**
 * Compiles `source` and prepares a Runtime whose main thread is about to run `__main__`
 * (platforms with threads drive it themselves). A SyntaxError is printed as python3 prints
 * it and gives `{ rt: null, exitCode: 1 }`.
 */
export function prepareProgram(source: string, opts: RunProgramOptions): { rt: Runtime; exitCode: 0 } | { rt: null; exitCode: number } {
  const { host, filename } = opts;
  const unit = compileProgram(source, filename, host);
  if (unit === null) return { rt: null, exitCode: 1 };
  const rt = createRuntime(host, opts.heapCapBytes);
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
    if (e instanceof PyError) { host.write('stderr', formatException(rt, e.exc)); return { rt: null, exitCode: 1 }; }
    throw e;
  }
  startModule(rt, code, g, rt.root(R_BUILTINS));
  return { rt, exitCode: 0 };
}

export function runProgram(source: string, opts: RunProgramOptions): { exitCode: number } {
  const { host } = opts;
  const prepared = prepareProgram(source, opts);
  if (prepared.rt === null) return { exitCode: prepared.exitCode };
  const rt = prepared.rt;
  const slice = REENTRY_CHECKPOINTS;
  let spent = 0;
  for (;;) {
    let r: ReturnType<typeof run>;
    try {
      r = run(rt, slice);
    } catch (e) {
      if (e instanceof ProcessExit) return { exitCode: e.status }; // os._exit(n)
      throw e;
    }
    switch (r.kind) {
      case 'done':
        return { exitCode: 0 };
      case 'exception':
        host.write('stderr', formatException(rt, r.exc));
        return { exitCode: 1 };
      case 'exit':
        return { exitCode: systemExitStatus(rt, r.exc) };
      case 'block': {
        try {
          resume(rt, { value: waitFor(rt, r.request) });
        } catch (e) {
          if (e instanceof PyError) resume(rt, { exception: e.exc });
          else throw e;
        }
        break;
      }
      case 'yield-gil':
        spent += slice;
        if (opts.maxCheckpoints !== undefined && spent >= opts.maxCheckpoints) {
          host.write('stderr', `kitchen: stopped after ${spent} check points (time limit)\n`);
          return { exitCode: 124 };
        }
        break;
    }
  }
}

void syntaxErrorObject;
