// The `sys` module (CPython Python/sysmodule.c), the parts a program run here can use:
// argv, exit, stdout/stderr (write/flush to the Host), modules, recursion limit, switch
// interval, version/version_info, platform, maxsize, intern, getsizeof, exc_info.
//
// sys.platform is 'emscripten': like Pyodide's CPython, programs run in a browser-style
// sandbox (no fork, no subprocess, no filesystem); code that branches on the platform then
// takes the "restricted environment" path rather than pretending to be Linux.
// version reports 3.13 (the semantics we implement); the messages we match are python3.11's.

import { type Ref, NULL, smallInt } from './heap.ts';
import { type Runtime, R_SYS_MODULES, TS_EXC_INFO } from './runtime.ts';
import { registerType, registerNatives } from './registry.ts';
import { raiseWith, typeError, raise } from './errors.ts';
import { isInstance, typeName, index as pyIndex, toJsNumber, callObject } from './abstract.ts';
import { nativeFunction } from './objects/descriptors.ts';
import { newModule, moduleDict } from './objects/module.ts';
import { dictSet } from './objects/dict-core.ts';
import { newList } from './objects/list-core.ts';
import { newTuple } from './objects/tuple-core.ts';
import { registerNativeModule, sysModules } from './import.ts';
import { vm, recursionLimit, setRecursionLimit, R_SYS_MODULE, R_SWITCH_INTERVAL } from './vm-state.ts';
import { setNativeStreamCheck } from './builtins-fns.ts';
import { excTraceback } from './exc-util.ts';
import { isSmallInt } from './heap.ts';

const STREAM_KEY = 'sys.TextIOWrapper';
const ST_WHICH = 2; // raw: 1 stdout, 2 stderr

registerType({
  key: STREAM_KEY,
  name: 'TextIOWrapper',
  module: '_io',
  basicsize: 16,
  slots: {
    repr(rt, s) {
      const n = rt.heap.i32[(s >> 2) + ST_WHICH] === 1 ? '<stdout>' : '<stderr>';
      return rt.newStr(`<_io.TextIOWrapper name='${n}' mode='w' encoding='utf-8'>`);
    },
  },
  methods: {
    write(rt, s, args) {
      if (args.length !== 1) typeError(rt, `TextIOWrapper.write() takes exactly one argument (${args.length} given)`);
      if (!isInstance(rt, args[0], rt.types.str)) typeError(rt, `write() argument must be str, not ${typeName(rt, args[0])}`);
      const text = rt.jsStr(args[0]);
      rt.host.write(rt.heap.i32[(s >> 2) + ST_WHICH] === 1 ? 'stdout' : 'stderr', text);
      return rt.newInt([...text].length);
    },
    flush(rt) { return rt.none; },
    isatty(rt) { return rt.false; },
    writable(rt) { return rt.true; },
    readable(rt) { return rt.false; },
  },
  getsets: {
    encoding: { get: (rt) => rt.newStr('utf-8') },
    name: { get: (rt, s) => rt.newStr(rt.heap.i32[(s >> 2) + ST_WHICH] === 1 ? '<stdout>' : '<stderr>') },
    mode: { get: (rt) => rt.newStr('w') },
  },
});

setNativeStreamCheck((rt, o) => {
  if ((o & 1) !== 0 || o === NULL) return null;
  if (rt.heap.i32[o >> 2] !== rt.typeFor(STREAM_KEY)) return null;
  return rt.heap.i32[(o >> 2) + ST_WHICH] === 1 ? 'stdout' : 'stderr';
});

function newStream(rt: Runtime, which: 1 | 2): Ref {
  const s = rt.heap.alloc(rt.typeFor(STREAM_KEY), 16);
  rt.heap.i32[(s >> 2) + ST_WHICH] = which;
  return s;
}

const DEFAULT_SWITCH_INTERVAL = 0.005;

export function switchInterval(rt: Runtime): number {
  const r = rt.root(R_SWITCH_INTERVAL);
  return r === NULL ? DEFAULT_SWITCH_INTERVAL : toJsNumber(rt, r);
}

registerNatives({
  key: 'sys',
  fns: {
    exit(rt, _s, args) {
      if (args.length > 1) typeError(rt, `exit expected at most 1 argument, got ${args.length}`);
      return raiseWith(rt, rt.types.SystemExit, args);
    },
    getrecursionlimit(rt) { return smallInt(recursionLimit(rt)); },
    setrecursionlimit(rt, _s, args) {
      if (args.length !== 1) typeError(rt, `setrecursionlimit() takes exactly one argument (${args.length} given)`);
      if (rt.typeOf(args[0]) === rt.types.float) typeError(rt, "'float' object cannot be interpreted as an integer");
      const n = toJsNumber(rt, pyIndex(rt, args[0]));
      if (n < 1) raise(rt, rt.types.ValueError, 'recursion limit must be greater or equal than 1');
      setRecursionLimit(rt, Math.min(n, 2 ** 30 - 1));
      return rt.none;
    },
    getswitchinterval(rt) { return rt.newFloat(switchInterval(rt)); },
    setswitchinterval(rt, _s, args) {
      if (args.length !== 1) typeError(rt, `setswitchinterval() takes exactly one argument (${args.length} given)`);
      const x = toJsNumber(rt, args[0]);
      if (!(x > 0)) raise(rt, rt.types.ValueError, 'switch interval must be strictly positive');
      rt.setRoot(R_SWITCH_INTERVAL, rt.newFloat(x));
      return rt.none;
    },
    intern(rt, _s, args) {
      if (args.length !== 1 || rt.typeOf(args[0]) !== rt.types.str) typeError(rt, `intern() argument must be str, not ${args.length ? typeName(rt, args[0]) : 'nothing'}`);
      return rt.internRef(args[0]);
    },
    getsizeof(rt, _s, args) {
      const o = args[0];
      return rt.newInt(isSmallInt(o) ? 28 : rt.heap.sizeOf(o));
    },
    exc_info(rt) {
      const e = rt.heap.i32[(rt.ts >> 2) + TS_EXC_INFO] as Ref;
      if (e === NULL || e === rt.none) return newTuple(rt, [rt.none, rt.none, rt.none]);
      return newTuple(rt, [rt.typeOf(e), e, excTraceback(rt, e) || rt.none]);
    },
    exception(rt) {
      const e = rt.heap.i32[(rt.ts >> 2) + TS_EXC_INFO] as Ref;
      return e === NULL ? rt.none : e;
    },
  },
});

function initSys(rt: Runtime, m: Ref): void {
  const d = moduleDict(rt, m);
  const put = (n: string, v: Ref): void => dictSet(rt, d, rt.intern(n), v);
  for (const n of ['exit', 'getrecursionlimit', 'setrecursionlimit', 'getswitchinterval', 'setswitchinterval', 'intern', 'getsizeof', 'exc_info', 'exception']) {
    put(n, nativeFunction(rt, 'sys', n, m, rt.intern('sys')));
  }
  put('argv', newList(rt, rt.host.argv.map((a) => rt.newStr(a))));
  const out = newStream(rt, 1), err = newStream(rt, 2);
  put('stdout', out); put('__stdout__', out);
  put('stderr', err); put('__stderr__', err);
  put('modules', rt.root(R_SYS_MODULES));
  put('version', rt.newStr('3.13.0 (Concurrency Kitchen, TypeScript interpreter)'));
  put('version_info', newTuple(rt, [smallInt(3), smallInt(13), smallInt(0), rt.intern('final'), smallInt(0)]));
  put('hexversion', rt.newInt(0x030d00f0));
  put('platform', rt.intern('emscripten'));
  put('byteorder', rt.intern('little'));
  put('maxsize', rt.newInt(2n ** 63n - 1n));
  put('maxunicode', rt.newInt(0x10ffff));
  put('executable', rt.emptyStr);
  put('path', newList(rt, []));
  put('implementation', rt.none);
  put('dont_write_bytecode', rt.true);
  rt.setRoot(R_SYS_MODULE, m);
}

registerNativeModule('sys', initSys);

/** Create sys at startup (print needs sys.stdout before any import runs). */
export function createSys(rt: Runtime): Ref {
  const m = newModule(rt, 'sys');
  dictSet(rt, sysModules(rt), rt.intern('sys'), m);
  initSys(rt, m);
  return m;
}

void [vm, callObject];
