// The `sys` module (CPython Python/sysmodule.c), the parts a program run here can use:
// argv, exit, stdout/stderr (write/flush to the Host), modules, recursion limit, switch
// interval, version/version_info, platform, maxsize, intern, getsizeof, exc_info.
//
// sys.platform is 'emscripten': like Pyodide's CPython, programs run in a browser-style
// sandbox (no fork, no subprocess, no filesystem); code that branches on the platform then
// takes the "restricted environment" path rather than pretending to be Linux.
// version reports 3.13 (the semantics we implement); the messages we match are python3.11's.

import { type Ref, NULL, smallInt } from './heap.ts';
import { type Runtime, R_SYS_MODULES, TS_EXC_INFO, TS_FRAME } from './runtime.ts';
import { F_BACK, markFrameEscaped } from './frame.ts';
import { registerType, registerNatives } from './registry.ts';
import { raiseWith, typeError, raise, PyError } from './errors.ts';
import { isInstance, typeName, index as pyIndex, toJsNumber, callObject, getAttr } from './abstract.ts';
import { nativeFunction } from './objects/descriptors.ts';
import { newModule, moduleDict } from './objects/module.ts';
import { dictSet, newDict } from './objects/dict-core.ts';
import { newList } from './objects/list-core.ts';
import { newTuple, tupleToArray } from './objects/tuple-core.ts';
import { registerNativeModule, sysModules, importModule } from './import.ts';
import { callPyHelper } from './py-helpers.ts';
import { vm, recursionLimit, setRecursionLimit, R_SYS_MODULE, R_SWITCH_INTERVAL, gilDisabled } from './vm-state.ts';
import { setNativeStreamCheck } from './builtins-fns.ts';
import { excTraceback } from './exc-util.ts';
import { formatException } from './traceback.ts';
import { isSmallInt } from './heap.ts';
import { evalCodeNested } from './eval.ts';
import { compileToCode } from './compile-bridge.ts';
import { iterateToArray } from './eval-support.ts';

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
    writelines(rt, s, args) {
      if (args.length !== 1) typeError(rt, `TextIOWrapper.writelines() takes exactly one argument (${args.length} given)`);
      const which = rt.heap.i32[(s >> 2) + ST_WHICH] === 1 ? 'stdout' : 'stderr';
      for (const line of iterateToArray(rt, args[0])) {
        if (!isInstance(rt, line, rt.types.str)) typeError(rt, `write() argument must be str, not ${typeName(rt, line)}`);
        rt.host.write(which, rt.jsStr(line));
      }
      return rt.none;
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
      // PyErr_SetObject(PyExc_SystemExit, arg): a tuple argument becomes the args.
      if (args.length === 1 && rt.typeOf(args[0]) === rt.types.tuple) return raiseWith(rt, rt.types.SystemExit, tupleToArray(rt, args[0]));
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
    // Python 3.13: False in a free-threaded process (--free-threaded, the page's switch).
    _is_gil_enabled(rt) { return gilDisabled(rt) ? rt.false : rt.true; },
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
    // Our engine's own: the heap's figures as a dict of ints, for the memory benchmark
    // (bench/memory_str.py; issue 3 asks that peak heap stays within 2x of live data).
    // peak_bytes: the highest the heap ever reached (its top); live_bytes: bytes in live
    // blocks after the last collection (call gc.collect() first: it collects right after
    // it returns); top_bytes: the top now; collections; cap_bytes.
    _kitchen_heap_stats(rt) {
      const u = rt.heap.used();
      const out = newDict(rt);
      const put = (k: string, v: number): void => dictSet(rt, out, rt.newStr(k), rt.newInt(v));
      put('peak_bytes', u.peakTopBytes);
      put('live_bytes', u.liveAfterGc);
      put('top_bytes', u.topBytes);
      put('collections', u.collections);
      put('cap_bytes', u.capBytes);
      return out;
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
    _getframe(rt, _s, args) {
      let depth = args.length ? toJsNumber(rt, pyIndex(rt, args[0])) : 0;
      let f = rt.heap.i32[(rt.ts >> 2) + TS_FRAME] as Ref;
      while (depth-- > 0 && f !== NULL) f = rt.heap.i32[(f >> 2) + F_BACK] as Ref;
      markFrameEscaped(rt, f); // Python code holds it now: its block is never reused
      if (f === NULL) raise(rt, rt.types.ValueError, 'call stack is not deep enough');
      return f;
    },
    _stdin_readline(rt) {
      const line = rt.host.readLine();
      return line === null ? rt.emptyStr : rt.newStr(line + '\n');
    },
    exception(rt) {
      const e = rt.heap.i32[(rt.ts >> 2) + TS_EXC_INFO] as Ref;
      return e === NULL ? rt.none : e;
    },
    /** The source text the VM holds for a file name (the program, our stdlib), or None:
     *  linecache reads it, as there is no file system to read. */
    _kitchen_getsource(rt, _s, args) {
      const lines = vm(rt).sources.get(rt.jsStr(args[0]!));
      return lines === undefined ? rt.none : rt.newStr(lines.join('\n'));
    },
    /** sys.breakpointhook (Python/sysmodule.c sys_breakpointhook): $PYTHONBREAKPOINT names
     *  the hook, 'module.attr' (default pdb.set_trace; '0' turns breakpoint() off); a hook
     *  that cannot be imported is skipped with python3's RuntimeWarning. There is no pdb
     *  here, so by default breakpoint() warns and the program goes on. */
    breakpointhook(rt, _s, args, kwnames) {
      let name = rt.host.environ.PYTHONBREAKPOINT ?? '';
      if (name === '0') return rt.none;
      if (name === '') name = 'pdb.set_trace';
      const dot = name.lastIndexOf('.');
      let hook: Ref;
      try {
        hook = getAttr(rt, importModule(rt, dot < 0 ? 'builtins' : name.slice(0, dot)), rt.intern(name.slice(dot + 1)));
      } catch (e) {
        if (!(e instanceof PyError) || !(isInstance(rt, e.exc, rt.types.ImportError) || isInstance(rt, e.exc, rt.types.AttributeError))) throw e;
        callPyHelper(rt, 'warnings', 'warn', [rt.newStr(`Ignoring unimportable $PYTHONBREAKPOINT: "${name}"`), rt.types.RuntimeWarning]);
        return rt.none;
      }
      return callObject(rt, hook, args, kwnames);
    },
    /** The text the interpreter prints for an uncaught `value` (threading's default
     *  excepthook writes it to the file it chose, as CPython's C hook does). */
    _kitchen_format_exc(rt, _s, args) {
      if (args.length !== 1) typeError(rt, `_kitchen_format_exc expected 1 argument, got ${args.length}`);
      return rt.newStr(formatException(rt, args[0]!));
    },
    /** sys.excepthook(type, value, tb): prints the traceback as the interpreter does. */
    excepthook(rt, _s, args) {
      if (args.length !== 3) typeError(rt, `excepthook expected 3 arguments, got ${args.length}`);
      rt.host.write('stderr', formatException(rt, args[1]!));
      return rt.none;
    },
  },
});

function initSys(rt: Runtime, m: Ref): void {
  const d = moduleDict(rt, m);
  const put = (n: string, v: Ref): void => dictSet(rt, d, rt.intern(n), v);
  for (const n of ['exit', 'getrecursionlimit', 'setrecursionlimit', 'getswitchinterval', 'setswitchinterval', '_is_gil_enabled', 'intern', 'getsizeof', 'exc_info', 'exception', 'excepthook', '_kitchen_getsource', '_kitchen_heap_stats', '_kitchen_format_exc']) {
    put(n, nativeFunction(rt, 'sys', n, m, rt.intern('sys')));
  }
  put('__excepthook__', nativeFunction(rt, 'sys', 'excepthook', m, rt.intern('sys')));
  const breakpointhook = nativeFunction(rt, 'sys', 'breakpointhook', m, rt.intern('sys'));
  put('breakpointhook', breakpointhook);
  put('__breakpointhook__', breakpointhook);
  put('argv', newList(rt, rt.host.argv.map((a) => rt.newStr(a))));
  const out = newStream(rt, 1), err = newStream(rt, 2);
  put('stdout', out); put('__stdout__', out);
  put('stderr', err); put('__stderr__', err);
  put('modules', rt.root(R_SYS_MODULES));
  put('version', rt.newStr('3.13.0 (Concurrency Kitchen, TypeScript interpreter)'));
  put('hexversion', rt.newInt(0x030d00f0));
  put('platform', rt.intern('emscripten'));
  put('byteorder', rt.intern('little'));
  put('maxsize', rt.newInt(2n ** 63n - 1n));
  put('maxunicode', rt.newInt(0x10ffff));
  put('executable', rt.emptyStr);
  put('path', newList(rt, []));
  put('dont_write_bytecode', rt.true);
  put('_getframe', nativeFunction(rt, 'sys', '_getframe', m, rt.intern('sys')));
  put('_stdin_readline', nativeFunction(rt, 'sys', '_stdin_readline', m, rt.intern('sys')));
  rt.setRoot(R_SYS_MODULE, m);
  // The struct sequences and stdin are small Python classes (CPython's are C types with the
  // same fields and reprs).
  evalCodeNested(rt, compileToCode(rt, SYS_PY, '<sys>', 'exec'), d, d);
}

/** The Python half of sys (compiled as '<sys>'; exported for the precompiled library). */
export const SYS_PY = `
class _StructSeq(tuple):
    _fields = ()
    _name = ''
    def __new__(cls, values):
        return tuple.__new__(cls, values)
    def __repr__(self):
        return self._name + '(' + ', '.join(f + '=' + repr(v) for f, v in zip(self._fields, self)) + ')'
    def __getattr__(self, name):
        try:
            return self[self._fields.index(name)]
        except ValueError:
            raise AttributeError(name) from None
class version_info(_StructSeq):
    _fields = ('major', 'minor', 'micro', 'releaselevel', 'serial')
    _name = 'sys.version_info'
version_info = version_info((3, 13, 0, 'final', 0))
class float_info(_StructSeq):
    _fields = ('max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig', 'mant_dig', 'epsilon', 'radix', 'rounds')
    _name = 'sys.float_info'
float_info = float_info((1.7976931348623157e+308, 1024, 308, 2.2250738585072014e-308, -1021, -307, 15, 53, 2.220446049250313e-16, 2, 1))
class _Stdin:
    name = '<stdin>'
    encoding = 'utf-8'
    mode = 'r'
    def readline(self, size=-1):
        return _stdin_readline()
    def read(self, size=-1):
        out = []
        while True:
            line = _stdin_readline()
            if not line:
                return ''.join(out)
            out.append(line)
    def readlines(self):
        return list(iter(_stdin_readline, ''))
    def __iter__(self):
        return iter(_stdin_readline, '')
    def isatty(self):
        return False
    def fileno(self):
        return 0
stdin = __stdin__ = _Stdin()
class _Implementation:
    name = 'kitchen'
    cache_tag = None
    version = version_info
    def __repr__(self):
        return "namespace(name='kitchen', cache_tag=None, version=" + repr(self.version) + ")"
implementation = _Implementation()
warnoptions = []
_xoptions = {}
del _Stdin, _StructSeq, _Implementation
`;

registerNativeModule('sys', initSys);

/** Create sys at startup (print needs sys.stdout before any import runs). */
export function createSys(rt: Runtime): Ref {
  const m = newModule(rt, 'sys');
  dictSet(rt, sysModules(rt), rt.intern('sys'), m);
  initSys(rt, m);
  return m;
}

void [vm, callObject];
