// `_thread`: the low-level threading primitives that src/stdlib/py/threading.py is built on
// (CPython Modules/_threadmodule.c): locks, reentrant locks, start_new_thread, get_ident.
//
// A lock is one Int32 word in the heap (0 free, 1 held), changed with Atomics so that the
// workers of the shared platform see one lock. Acquire first tries a compare-and-swap
// without waiting, as CPython does; if that fails and the caller may wait, the native
// returns a block request on that word — futex-style: wait while it still reads 1 — and the
// platform that runs the thread waits (releasing the GIL) and retries after a wake-up or
// timeout. Release stores 0 and asks the platform to wake one waiter.
//
// Starting a thread prepares its first frame in a new thread state and hands it to the
// platform (ThreadPlatform below), which decides where and when it runs.

import { type Ref, NULL, smallInt } from '../../vm/heap.ts';
import type { Runtime } from '../../vm/runtime.ts';
import { TS_THREAD_ID, TS_FRAME } from '../../vm/runtime.ts';
import { registerType, registerNatives } from '../../vm/registry.ts';
import { registerNativeModule } from '../../vm/import.ts';
import { nativeFunction } from '../../vm/objects/descriptors.ts';
import { moduleDict } from '../../vm/objects/module.ts';
import { dictSet, dictGetStr, newDict } from '../../vm/objects/dict-core.ts';
import { typeError, valueError, overflowError, raise } from '../../vm/errors.ts';
import { isInstance, isSubtype, typeName, isTrue, addressString } from '../../vm/abstract.ts';
import { floatFromObject } from '../../vm/objects/float.ts';
import { newTuple, tupleLen, tupleGet } from '../../vm/objects/tuple-core.ts';
import { requestBlock, type BlockRequest } from '../../vm/vm-state.ts';
import { startCall } from '../../vm/eval.ts';
import { evalCodeNested } from '../../vm/eval.ts';
import { compileToCode } from '../../vm/compile-bridge.ts';
import { R_BUILTINS } from '../../vm/runtime.ts';

/** What the platform running a process provides to `_thread`. */
export interface ThreadPlatform {
  /** A new thread whose first call is prepared in thread state `ts`: schedule it. */
  startThread(rt: Runtime, ts: Ref): void;
  /** Wake up to `count` threads blocked on heap word `index` (futex wake). */
  wake(rt: Runtime, index: number, count: number): void;
  /** A trace event from library code (lock acquire/release, asyncio task steps). */
  trace?(rt: Runtime, kind: string, args: Readonly<Record<string, number | string>>): void;
  /** Number of threads alive in this process (threading._count). */
  threadCount?(rt: Runtime): number;
}

const platforms = new WeakMap<Runtime, ThreadPlatform>();

/** Installs the platform for a runtime (each worker's Runtime of a process). */
export function setThreadPlatform(rt: Runtime, p: ThreadPlatform): void {
  platforms.set(rt, p);
}

export function threadPlatform(rt: Runtime): ThreadPlatform | undefined {
  return platforms.get(rt);
}

// ---- locks ----------------------------------------------------------------------------

const L_STATE = 2;   // 0 free, 1 held
const L_OWNER = 3;   // RLock: thread id of the owner (0: none)
const L_COUNT = 4;   // RLock: recursion count
const L_BYTES = 24;

/** CPython's PY_TIMEOUT_MAX / 1e6, as _thread.TIMEOUT_MAX reports on 64-bit Linux. */
const TIMEOUT_MAX = 9223372036.0;

const stateIndex = (lock: Ref): number => (lock >> 2) + L_STATE;

function tryTake(rt: Runtime, lock: Ref): boolean {
  // SAFETY: compareExchange is sequentially consistent: the thread that moves the word
  // from 0 to 1 owns the lock, and sees every write made before the previous release.
  return Atomics.compareExchange(rt.heap.i32, stateIndex(lock), 0, 1) === 0;
}

function traceLock(rt: Runtime, kind: 'acquire' | 'release', what: string, lock: Ref): void {
  threadPlatform(rt)?.trace?.(rt, kind, { what, object: lock });
}

/** Parses acquire(blocking=True, timeout=-1) into a timeout in µs (-1: forever, 0: try). */
function acquireArgs(rt: Runtime, args: Ref[], kwnames: Ref | null): number {
  let blocking: Ref = rt.true;
  let timeout: Ref = NULL;
  const nkw = kwnames !== null && kwnames !== NULL ? tupleLen(rt, kwnames) : 0;
  const npos = args.length - nkw;
  if (npos > 2) typeError(rt, `acquire() takes at most 2 arguments (${npos} given)`);
  if (npos > 0) blocking = args[0]!;
  if (npos > 1) timeout = args[1]!;
  for (let i = 0; i < nkw; i++) {
    const k = rt.jsStr(tupleGet(rt, kwnames!, i));
    if (k === 'blocking') blocking = args[npos + i]!;
    else if (k === 'timeout') timeout = args[npos + i]!;
    else typeError(rt, `acquire() got an unexpected keyword argument '${k}'`);
  }
  const block = isTrue(rt, blocking);
  let t = -1;
  if (timeout !== NULL) {
    if (!isInstance(rt, timeout, rt.types.int) && !isInstance(rt, timeout, rt.types.float)) {
      typeError(rt, `'${typeName(rt, timeout)}' object cannot be interpreted as an integer`);
    }
    t = floatFromObject(rt, timeout);
  }
  if (!block && t !== -1) valueError(rt, "can't specify a timeout for a non-blocking call");
  if (t < 0 && t !== -1) valueError(rt, 'timeout value must be a non-negative number');
  if (t > TIMEOUT_MAX) overflowError(rt, 'timeout value is too large');
  if (!block) return 0;
  return t === -1 ? -1 : t * 1e6;
}

/**
 * Acquires `lock`, waiting up to `micros` (-1: forever). Returns True/False, or a block
 * request whose retry keeps trying until it gets the lock or the time is up.
 */
function acquire(rt: Runtime, lock: Ref, micros: number, what: string, onTaken: () => void): Ref {
  if (tryTake(rt, lock)) {
    onTaken();
    return rt.true;
  }
  if (micros === 0) return rt.false;
  const deadline = micros < 0 ? Infinity : rt.host.now() + micros;
  const request = (): BlockRequest => ({
    kind: what,
    wakeIndex: stateIndex(lock),
    expected: 1,
    timeoutMicros: deadline === Infinity ? undefined : Math.max(0, deadline - rt.host.now()),
    payload: lock,
    retry(rt2: Runtime): Ref | BlockRequest {
      if (tryTake(rt2, lock)) {
        onTaken();
        return rt2.true;
      }
      if (rt2.host.now() >= deadline) return rt2.false;
      return request();
    },
  });
  return requestBlock(rt, request());
}

function release(rt: Runtime, lock: Ref): void {
  // SAFETY: store then wake: a waiter that read 1 before the store is woken; one that reads
  // after it sees 0 and takes the lock without sleeping.
  Atomics.store(rt.heap.i32, stateIndex(lock), 0);
  const p = threadPlatform(rt);
  if (p !== undefined) p.wake(rt, stateIndex(lock), 1);
}

const threadId = (rt: Runtime): number => rt.heap.i32[(rt.ts >> 2) + TS_THREAD_ID]!;

function lockRepr(rt: Runtime, self: Ref, kind: string): Ref {
  const locked = rt.heap.i32[stateIndex(self)] !== 0;
  return rt.newStr(`<${locked ? 'locked' : 'unlocked'} _thread.${kind} object at ${addressString(self)}>`);
}

registerType({
  key: '_thread.lock',
  name: 'lock',
  module: '_thread',
  basicsize: L_BYTES,
  slots: {
    repr: (rt, self) => lockRepr(rt, self, 'lock'),
  },
  methods: {
    acquire(rt, self, args, kw) {
      const what = 'lock';
      return acquire(rt, self, acquireArgs(rt, args, kw), what, () => traceLock(rt, 'acquire', what, self));
    },
    acquire_lock(rt, self, args, kw) {
      return acquire(rt, self, acquireArgs(rt, args, kw), 'lock', () => traceLock(rt, 'acquire', 'lock', self));
    },
    __enter__(rt, self) {
      return acquire(rt, self, -1, 'lock', () => traceLock(rt, 'acquire', 'lock', self));
    },
    release(rt, self) {
      if (rt.heap.i32[stateIndex(self)] === 0) raise(rt, rt.types.RuntimeError, 'release unlocked lock');
      traceLock(rt, 'release', 'lock', self);
      release(rt, self);
      return rt.none;
    },
    release_lock(rt, self) {
      if (rt.heap.i32[stateIndex(self)] === 0) raise(rt, rt.types.RuntimeError, 'release unlocked lock');
      release(rt, self);
      return rt.none;
    },
    __exit__(rt, self) {
      if (rt.heap.i32[stateIndex(self)] === 0) raise(rt, rt.types.RuntimeError, 'release unlocked lock');
      traceLock(rt, 'release', 'lock', self);
      release(rt, self);
      return rt.none;
    },
    locked(rt, self) { return rt.bool(rt.heap.i32[stateIndex(self)] !== 0); },
    locked_lock(rt, self) { return rt.bool(rt.heap.i32[stateIndex(self)] !== 0); },
    _at_fork_reinit(rt, self) { rt.heap.i32[stateIndex(self)] = 0; return rt.none; },
  },
});

function rlockAcquire(rt: Runtime, self: Ref, micros: number): Ref {
  const i32 = rt.heap.i32, w = self >> 2;
  const me = threadId(rt);
  if (i32[w + L_OWNER] === me && i32[w + L_STATE] !== 0) {
    i32[w + L_COUNT]++;
    return rt.true;
  }
  return acquire(rt, self, micros, 'rlock', () => {
    i32[w + L_OWNER] = me;
    i32[w + L_COUNT] = 1;
    traceLock(rt, 'acquire', 'rlock', self);
  });
}

function rlockRelease(rt: Runtime, self: Ref): void {
  const i32 = rt.heap.i32, w = self >> 2;
  if (i32[w + L_STATE] === 0 || i32[w + L_OWNER] !== threadId(rt)) {
    raise(rt, rt.types.RuntimeError, 'cannot release un-acquired lock');
  }
  if (--i32[w + L_COUNT] === 0) {
    i32[w + L_OWNER] = 0;
    traceLock(rt, 'release', 'rlock', self);
    release(rt, self);
  }
}

registerType({
  key: '_thread.RLock',
  name: 'RLock',
  module: '_thread',
  basicsize: L_BYTES,
  flags: 2 /* TF_BASETYPE */,
  slots: {
    new(rt, type) { return rt.heap.alloc(type, Math.max(L_BYTES, rt.heap.i32[(type >> 2) + 11])); },
    repr(rt, self) {
      const i32 = rt.heap.i32, w = self >> 2;
      const locked = i32[w + L_STATE] !== 0;
      return rt.newStr(`<${locked ? 'locked' : 'unlocked'} _thread.RLock object owner=${locked ? i32[w + L_OWNER] : 0} count=${locked ? i32[w + L_COUNT] : 0} at ${addressString(self)}>`);
    },
  },
  methods: {
    acquire(rt, self, args, kw) { return rlockAcquire(rt, self, acquireArgs(rt, args, kw)); },
    __enter__(rt, self) { return rlockAcquire(rt, self, -1); },
    release(rt, self) { rlockRelease(rt, self); return rt.none; },
    __exit__(rt, self) { rlockRelease(rt, self); return rt.none; },
    locked(rt, self) { return rt.bool(rt.heap.i32[stateIndex(self)] !== 0); },
    _is_owned(rt, self) {
      const i32 = rt.heap.i32, w = self >> 2;
      return rt.bool(i32[w + L_STATE] !== 0 && i32[w + L_OWNER] === threadId(rt));
    },
    _release_save(rt, self) {
      const i32 = rt.heap.i32, w = self >> 2;
      if (i32[w + L_COUNT] === 0) raise(rt, rt.types.RuntimeError, 'cannot release un-acquired lock');
      const state = newTuple(rt, [rt.newInt(i32[w + L_COUNT]!), rt.newInt(i32[w + L_OWNER]!)]);
      i32[w + L_COUNT] = 0;
      i32[w + L_OWNER] = 0;
      traceLock(rt, 'release', 'rlock', self);
      release(rt, self);
      return state;
    },
    _acquire_restore(rt, self, args) {
      const st = args[0]!;
      const count = tupleGet(rt, st, 0) >> 1, owner = tupleGet(rt, st, 1) >> 1;
      const i32 = rt.heap.i32, w = self >> 2;
      return acquire(rt, self, -1, 'rlock', () => {
        i32[w + L_OWNER] = owner;
        i32[w + L_COUNT] = count;
        traceLock(rt, 'acquire', 'rlock', self);
      });
    },
  },
});

// ---- threads --------------------------------------------------------------------------

/** The Python code that runs in a new thread: call the target and report what escapes, as
 *  CPython's thread_run does ("Exception ignored in thread started by: ..."). */
const BOOTSTRAP = `
def _thread_bootstrap(func, args, kwargs):
    try:
        func(*args, **kwargs)
    except SystemExit:
        pass
    except BaseException as exc:
        import sys, traceback
        try:
            print(f"Exception ignored in thread started by: {func!r}", file=sys.stderr)
            traceback.print_exception(type(exc), exc, exc.__traceback__, file=sys.stderr)
        except BaseException:
            pass
`;

/** Where the compiled bootstrap lives: an entry of the `_thread` module's dict, so the
 *  collector sees it (sys.modules reaches the module). A JS-side cache of the Ref would
 *  not be a GC root, and on the shared platform each worker has its own JS state while the
 *  function must be one object in the shared heap. */
const BOOTSTRAP_NAME = '_bootstrap';

function bootstrapFunction(rt: Runtime, module: Ref): Ref {
  const md = moduleDict(rt, module);
  let f = dictGetStr(rt, md, rt.intern(BOOTSTRAP_NAME));
  if (f === NULL) {
    const g = newDict(rt);
    dictSet(rt, g, rt.intern('__name__'), rt.intern('_thread'));
    dictSet(rt, g, rt.intern('__builtins__'), rt.root(R_BUILTINS));
    evalCodeNested(rt, compileToCode(rt, BOOTSTRAP, '<frozen _thread>', 'exec'), g, g);
    f = dictGetStr(rt, g, rt.intern('_thread_bootstrap'));
    dictSet(rt, md, rt.intern(BOOTSTRAP_NAME), f);
  }
  return f;
}

function startNewThread(rt: Runtime, module: Ref, args: Ref[]): Ref {
  if (args.length < 2 || args.length > 3) {
    typeError(rt, `start_new_thread expected at ${args.length < 2 ? 'least 2' : 'most 3'} arguments, got ${args.length}`);
  }
  const [func, fargs] = args as [Ref, Ref];
  const kwargs = args.length > 2 ? args[2]! : NULL;
  if (rt.slots(rt.typeOf(func)).call === undefined) typeError(rt, 'first arg must be callable');
  if (!isInstance(rt, fargs, rt.types.tuple)) typeError(rt, '2nd arg must be a tuple');
  if (kwargs !== NULL && !isInstance(rt, kwargs, rt.types.dict)) typeError(rt, 'optional 3rd arg must be a dictionary');
  const p = threadPlatform(rt);
  if (p === undefined) raise(rt, rt.types.RuntimeError, "can't start new thread");
  const boot = bootstrapFunction(rt, module);
  const ts = rt.newThreadState();
  const saved = rt.ts;
  rt.ts = ts;
  try {
    startCall(rt, boot, [func, fargs, kwargs === NULL ? newDict(rt) : kwargs]);
  } finally {
    rt.ts = saved;
  }
  p.startThread(rt, ts);
  return rt.newInt(rt.heap.i32[(ts >> 2) + TS_THREAD_ID]!);
}

const FNS: Record<string, (rt: Runtime, self: Ref, args: Ref[], kw: Ref | null) => Ref> = {
  allocate_lock(rt) { return rt.heap.alloc(rt.typeFor('_thread.lock'), L_BYTES); },
  allocate(rt) { return rt.heap.alloc(rt.typeFor('_thread.lock'), L_BYTES); },
  // `self` of the module's functions is the module (registerNativeModule below).
  start_new_thread(rt, self, args) { return startNewThread(rt, self, args); },
  start_new(rt, self, args) { return startNewThread(rt, self, args); },
  get_ident(rt) { return rt.newInt(threadId(rt)); },
  get_native_id(rt) { return rt.newInt(threadId(rt)); },
  _count(rt) { return rt.newInt(threadPlatform(rt)?.threadCount?.(rt) ?? 0); },
  stack_size(rt, _s, args) {
    if (args.length > 0 && args[0] !== smallInt(0)) {
      const n = floatFromObject(rt, args[0]!);
      if (n < 32768) valueError(rt, 'size not valid: ' + n + ' bytes');
    }
    return smallInt(0);
  },
  /** acquire(lock, blocking, timeout, what): like lock.acquire, but the trace and the
   *  timeline say what the thread really waits for (a join, an event, a queue...). */
  _acquire_as(rt, _s, args) {
    const [lock, blocking, timeout, what] = args as [Ref, Ref, Ref, Ref];
    const name = rt.jsStr(what);
    const isRLock = isSubtype(rt, rt.typeOf(lock), rt.typeFor('_thread.RLock'));
    const t = floatFromObject(rt, timeout);
    const micros = !isTrue(rt, blocking) ? 0 : t < 0 ? -1 : t * 1e6;
    if (isRLock) return rlockAcquire(rt, lock, micros);
    if (rt.typeOf(lock) !== rt.typeFor('_thread.lock')) typeError(rt, '_acquire_as() needs a _thread.lock');
    return acquire(rt, lock, micros, name, () => traceLock(rt, 'acquire', name, lock));
  },
  interrupt_main(rt) { return rt.none; },
  exit(rt) { raise(rt, rt.types.SystemExit); },
};

registerNatives({ key: '_thread', fns: FNS });

registerNativeModule('_thread', (rt, m) => {
  const d = moduleDict(rt, m);
  for (const name of Object.keys(FNS)) dictSet(rt, d, rt.intern(name), nativeFunction(rt, '_thread', name, m, rt.intern('_thread')));
  dictSet(rt, d, rt.intern('LockType'), rt.typeFor('_thread.lock'));
  dictSet(rt, d, rt.intern('lock'), rt.typeFor('_thread.lock'));
  dictSet(rt, d, rt.intern('RLock'), rt.typeFor('_thread.RLock'));
  dictSet(rt, d, rt.intern('error'), rt.types.RuntimeError);
  dictSet(rt, d, rt.intern('TIMEOUT_MAX'), rt.newFloat(TIMEOUT_MAX));
  void TS_FRAME;
});

// ---- _kitchen: trace hooks for library code ----------------------------------------------

registerNatives({
  key: '_kitchen',
  fns: {
    trace(rt, _s, args) {
      const p = threadPlatform(rt);
      if (p?.trace === undefined) return rt.none;
      const kind = rt.jsStr(args[0]!);
      const out: Record<string, number | string> = {};
      const d = args[1]!;
      for (const key of ['task', 'name', 'line', 'awaits', 'outcome', 'until', 'micros']) {
        const v = dictGetStr(rt, d, rt.intern(key));
        if (v === NULL) continue;
        if (isInstance(rt, v, rt.types.str)) out[key] = rt.jsStr(v);
        else if (isInstance(rt, v, rt.types.int) || isInstance(rt, v, rt.types.float)) out[key] = floatFromObject(rt, v);
      }
      p.trace(rt, kind, out);
      return rt.none;
    },
  },
});

registerNativeModule('_kitchen', (rt, m) => {
  // Only present when a platform that traces runs the program: asyncio checks for it.
  if (threadPlatform(rt)?.trace === undefined) {
    raise(rt, rt.types.ImportError, "No module named '_kitchen'");
  }
  dictSet(rt, moduleDict(rt, m), rt.intern('trace'), nativeFunction(rt, '_kitchen', 'trace', m, rt.intern('_kitchen')));
});
