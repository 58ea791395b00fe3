// `_kitchen_mp.SemLock`: the native base of multiprocessing's Lock, RLock, Semaphore and
// BoundedSemaphore (src/stdlib/py/multiprocessing/synchronize.py subclasses it), as CPython's
// `_multiprocessing.SemLock` is a C type (Modules/_multiprocessing/semaphore.c): a counting
// semaphore of the run's registry plus its holder's bookkeeping (owner pid and thread, count)
// for the recursive kind.
//
// Why native: `with lock:` calls __enter__ from the eval loop. A native __enter__ that must
// wait returns a block request the platform handles like any blocking call, while a Python
// __enter__ would wait inside a callback, which on the virtual platform means below other
// waits on the JS stack (and so only in last-in first-out order).

import type { Ref } from '../../vm/heap.ts';
import type { Runtime } from '../../vm/runtime.ts';
import { TS_THREAD_ID } from '../../vm/runtime.ts';
import { registerType } from '../../vm/registry.ts';
import { typeError, valueError, raise } from '../../vm/errors.ts';
import { isInstance, isTrue, typeName } from '../../vm/abstract.ts';
import { floatFromObject } from '../../vm/objects/float.ts';
import { intToNumber } from '../../vm/objects/int.ts';
import { newTuple, tupleLen, tupleGet } from '../../vm/objects/tuple-core.ts';
import { mpPlatform, waitFor, traceMp } from './mp.ts';

/** Word offsets in the object (after the 8-byte header). */
const W_SID = 2;
const W_KIND = 3;
const W_MAX = 4;
const W_OWNER_PID = 5;
const W_OWNER_TID = 6;
const W_COUNT = 7;
export const SEMLOCK_BYTES = 32;

/** synchronize.py's kinds (python3's RECURSIVE_MUTEX, SEMAPHORE). */
const RECURSIVE_MUTEX = 0;

const word = (rt: Runtime, self: Ref, w: number): number => rt.heap.i32[(self >> 2) + w]!;
const setWord = (rt: Runtime, self: Ref, w: number, v: number): void => { rt.heap.i32[(self >> 2) + w] = v; };
const threadId = (rt: Runtime): number => rt.heap.i32[(rt.ts >> 2) + TS_THREAD_ID]!;

function isMine(rt: Runtime, self: Ref): boolean {
  return word(rt, self, W_COUNT) > 0 && word(rt, self, W_OWNER_PID) === mpPlatform(rt).pid && word(rt, self, W_OWNER_TID) === threadId(rt);
}

/** acquire(block=True, timeout=None) → a timeout in µs (Infinity: forever). */
function acquireArgs(rt: Runtime, args: Ref[], kw: Ref | null): number {
  let block: Ref = rt.true;
  let timeout: Ref = rt.none;
  const nkw = kw !== null && kw !== 0 ? tupleLen(rt, kw) : 0;
  const npos = args.length - nkw;
  if (npos > 2) typeError(rt, `acquire() takes at most 2 arguments (${npos} given)`);
  if (npos > 0) block = args[0]!;
  if (npos > 1) timeout = args[1]!;
  for (let i = 0; i < nkw; i++) {
    const k = rt.jsStr(tupleGet(rt, kw!, i));
    if (k === 'block' || k === 'blocking') block = args[npos + i]!;
    else if (k === 'timeout') timeout = args[npos + i]!;
    else typeError(rt, `acquire() got an unexpected keyword argument '${k}'`);
  }
  if (!isTrue(rt, block)) return 0;
  if (timeout === rt.none) return Infinity;
  if (!isInstance(rt, timeout, rt.types.int) && !isInstance(rt, timeout, rt.types.float)) {
    typeError(rt, `'${typeName(rt, timeout)}' object cannot be interpreted as an integer`);
  }
  return Math.max(0, floatFromObject(rt, timeout)) * 1e6;
}

function acquire(rt: Runtime, self: Ref, micros: number): Ref {
  if (word(rt, self, W_KIND) === RECURSIVE_MUTEX && isMine(rt, self)) {
    setWord(rt, self, W_COUNT, word(rt, self, W_COUNT) + 1);
    return rt.true;
  }
  const reg = mpPlatform(rt).registry;
  const sid = word(rt, self, W_SID);
  if (!reg.isSem(sid)) valueError(rt, 'semaphore is not initialised');
  return waitFor(rt, 'lock', reg, reg.semValueIndex(sid), micros, (rt2) => {
    if (!reg.semTryAcquire(sid)) return null;
    setWord(rt2, self, W_OWNER_PID, mpPlatform(rt2).pid);
    setWord(rt2, self, W_OWNER_TID, threadId(rt2));
    setWord(rt2, self, W_COUNT, word(rt2, self, W_COUNT) + 1);
    traceMp(rt2, 'acquire', { what: 'lock', object: -sid });
    return rt2.true;
  }, (rt2) => rt2.false, sid);
}

function release(rt: Runtime, self: Ref): Ref {
  const count = word(rt, self, W_COUNT);
  if (word(rt, self, W_KIND) === RECURSIVE_MUTEX) {
    if (!isMine(rt, self)) raise(rt, rt.types.AssertionError, 'attempt to release recursive lock not owned by thread');
    if (count > 1) {
      setWord(rt, self, W_COUNT, count - 1);
      return rt.none;
    }
  }
  const reg = mpPlatform(rt).registry;
  const sid = word(rt, self, W_SID);
  if (!reg.isSem(sid)) valueError(rt, 'semaphore is not initialised');
  if (reg.semValue(sid) >= word(rt, self, W_MAX)) valueError(rt, 'semaphore or lock released too many times');
  const left = Math.max(0, count - 1);
  setWord(rt, self, W_COUNT, word(rt, self, W_KIND) === RECURSIVE_MUTEX ? 0 : left);
  if (word(rt, self, W_KIND) === RECURSIVE_MUTEX || left === 0) {
    setWord(rt, self, W_OWNER_PID, 0);
    setWord(rt, self, W_OWNER_TID, 0);
  }
  traceMp(rt, 'release', { what: 'lock', object: -sid });
  if (!reg.semRelease(sid)) valueError(rt, 'semaphore or lock released too many times');
  return rt.none;
}

function intGetSet(w: number) {
  return {
    get: (rt: Runtime, self: Ref): Ref => rt.newInt(word(rt, self, w)),
    set: (rt: Runtime, self: Ref, v: Ref): void => {
      if (v === 0 || !isInstance(rt, v, rt.types.int)) typeError(rt, 'an integer is required');
      setWord(rt, self, w, intToNumber(rt, v));
    },
  };
}

registerType({
  key: '_kitchen_mp.SemLock',
  name: 'SemLock',
  module: '_kitchen_mp',
  basicsize: SEMLOCK_BYTES,
  flags: 2 /* TF_BASETYPE */,
  slots: {
    new(rt, type) { return rt.heap.alloc(type, Math.max(SEMLOCK_BYTES, rt.heap.i32[(type >> 2) + 11]!)); },
  },
  methods: {
    acquire(rt, self, args, kw) { return acquire(rt, self, acquireArgs(rt, args, kw)); },
    __enter__(rt, self) { return acquire(rt, self, Infinity); },
    release(rt, self) { return release(rt, self); },
    __exit__(rt, self) { return release(rt, self); },
    _is_mine(rt, self) { return rt.bool(isMine(rt, self)); },
    _get_value(rt, self) {
      const reg = mpPlatform(rt).registry;
      const sid = word(rt, self, W_SID);
      if (!reg.isSem(sid)) valueError(rt, 'semaphore is not initialised');
      return rt.newInt(reg.semValue(sid));
    },
  },
  getsets: {
    _sid: intGetSet(W_SID),
    _kind: intGetSet(W_KIND),
    _maxvalue: intGetSet(W_MAX),
    _count: intGetSet(W_COUNT),
    _owner: {
      get: (rt, self) => (word(rt, self, W_COUNT) > 0 || word(rt, self, W_OWNER_PID) !== 0
        ? newTuple(rt, [rt.newInt(word(rt, self, W_OWNER_PID)), rt.newInt(word(rt, self, W_OWNER_TID))])
        : rt.none),
      set: (rt, self, v) => {
        if (v === 0 || v === rt.none) {
          setWord(rt, self, W_OWNER_PID, 0);
          setWord(rt, self, W_OWNER_TID, 0);
          return;
        }
        setWord(rt, self, W_OWNER_PID, intToNumber(rt, tupleGet(rt, v, 0)));
        setWord(rt, self, W_OWNER_TID, intToNumber(rt, tupleGet(rt, v, 1)));
      },
    },
  },
});
