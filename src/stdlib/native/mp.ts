// `_kitchen_mp`: the engine side of processes (docs/processes.md is the contract), the
// native module that src/stdlib/py/multiprocessing and concurrent/futures/process.py are
// written against. In python3 these services come from the OS (fork/exec, pipes, POSIX
// semaphores, mmap; CPython Modules/_multiprocessing/ and Modules/posixmodule.c); here
// channels, semaphores, shared blocks and the process table live in the run's MpRegistry
// (mp-registry.ts), one buffer every process sees, and starting or stopping a process is
// the platform's job (MpPlatform below: the virtual platform simulates it, the shared
// platform starts a new heap with its own workers).
//
// Blocking calls (join, channel_recv, channel_wait, sem_acquire) return a block request on a
// futex word of the registry (`wakeArray`), so the platform waits without the GIL exactly
// as for a `_thread` lock, and retries after each wake-up.

import type { Ref } from '../../vm/heap.ts';
import type { Runtime } from '../../vm/runtime.ts';
import { registerNatives } from '../../vm/registry.ts';
import { registerNativeModule } from '../../vm/import.ts';
import { nativeFunction } from '../../vm/objects/descriptors.ts';
import { moduleDict } from '../../vm/objects/module.ts';
import { dictSet } from '../../vm/objects/dict-core.ts';
import { typeError, valueError, indexError, raise, memoryError } from '../../vm/errors.ts';
import { isInstance, typeName } from '../../vm/abstract.ts';
import { floatFromObject } from '../../vm/objects/float.ts';
import { intToNumber } from '../../vm/objects/int.ts';
import { newTuple, tupleLen, tupleGet } from '../../vm/objects/tuple-core.ts';
import { bytesFromUint8, bytesLikeData } from '../../vm/objects/bytes.ts';
import { requestBlock, type BlockRequest } from '../../vm/vm-state.ts';
import { threadPlatform } from './thread.ts';
import type { MpRegistry } from './mp-registry.ts';
// The SemLock type, exposed below (its methods use this file's helpers).
import './mp-semlock.ts';

/** What the platform running a process provides to `_kitchen_mp`. */
export interface MpPlatform {
  /** The run's registry (the same buffer in every process). */
  readonly registry: MpRegistry;
  /** This process's pid and its parent's (0 for the first process). */
  readonly pid: number;
  readonly ppid: number;
  /** Cores offered: navigator.hardwareConcurrency, or the virtual platform's N. */
  readonly cpuCount: number;
  /** Starts a process running `spawn_main(payload)`; returns its pid (registered already). */
  spawn(rt: Runtime, payload: Uint8Array, name: string): number;
  /** Ends process `pid` now with exit code `code` (-15 terminate, -9 kill). */
  stop(rt: Runtime, pid: number, code: number): void;
  /** os._exit(status) in this process: records the end (the parent sees `status`'s low 8
   *  bits, as waitpid reports them) and ends its other threads; the calling thread then
   *  throws ProcessExit (virtual) or never returns (shared: its worker is ended). */
  exitNow(rt: Runtime, status: number): void;
  /** The run's main program (filename, source), re-run by a child as __mp_main__. */
  mainSource(): readonly [string, string] | null;
}

const platforms = new WeakMap<Runtime, MpPlatform>();

/** Installs the process platform for a runtime (each worker's Runtime of a process). */
export function setMpPlatform(rt: Runtime, p: MpPlatform): void {
  platforms.set(rt, p);
}

/** The process platform of `rt`, or null (the single platform has none). */
export function mpPlatformOrNull(rt: Runtime): MpPlatform | null {
  return platforms.get(rt) ?? null;
}

/** The process platform of `rt` (OSError where processes are not available). */
export function mpPlatform(rt: Runtime): MpPlatform {
  const p = platforms.get(rt);
  if (p === undefined) raise(rt, rt.types.OSError, 'processes are not available on this platform (run with --platform virtual or shared)');
  return p;
}

// ---- arguments --------------------------------------------------------------------------

function positional(rt: Runtime, name: string, args: Ref[], kw: Ref | null, names: readonly string[], required: number): Ref[] {
  const nkw = kw !== null && kw !== 0 ? tupleLen(rt, kw) : 0;
  const npos = args.length - nkw;
  if (npos > names.length) typeError(rt, `${name}() takes at most ${names.length} arguments (${npos} given)`);
  const out: Ref[] = args.slice(0, npos);
  for (let i = 0; i < nkw; i++) {
    const k = rt.jsStr(tupleGet(rt, kw!, i));
    const at = names.indexOf(k);
    if (at < 0) typeError(rt, `${name}() got an unexpected keyword argument '${k}'`);
    if (at < npos) typeError(rt, `${name}() got multiple values for argument '${k}'`);
    while (out.length < at) out.push(0 as Ref);
    out[at] = args[npos + i]!;
  }
  for (let i = 0; i < required; i++) {
    if (out[i] === undefined || out[i] === 0) typeError(rt, `${name}() missing required argument '${names[i]}' (pos ${i + 1})`);
  }
  return out;
}

function intArg(rt: Runtime, x: Ref): number {
  if (!isInstance(rt, x, rt.types.int)) typeError(rt, `'${typeName(rt, x)}' object cannot be interpreted as an integer`);
  return intToNumber(rt, x);
}

function bytesArg(rt: Runtime, x: Ref): Uint8Array {
  const d = bytesLikeData(rt, x);
  if (d === null) typeError(rt, `a bytes-like object is required, not '${typeName(rt, x)}'`);
  return d;
}

/** A timeout argument in µs: Infinity for None (or absent), 0 or more otherwise. */
function timeoutArg(rt: Runtime, x: Ref | undefined): number {
  if (x === undefined || x === 0 || x === rt.none) return Infinity;
  if (!isInstance(rt, x, rt.types.int) && !isInstance(rt, x, rt.types.float)) {
    typeError(rt, `'${typeName(rt, x)}' object cannot be interpreted as an integer`);
  }
  return Math.max(0, floatFromObject(rt, x)) * 1e6;
}

function channelId(rt: Runtime, reg: MpRegistry, x: Ref): number {
  const id = intArg(rt, x);
  if (!reg.isChannel(id)) valueError(rt, `no channel with id ${id}`);
  return id;
}

function semId(rt: Runtime, reg: MpRegistry, x: Ref): number {
  const id = intArg(rt, x);
  if (!reg.isSem(id)) valueError(rt, `no semaphore with id ${id}`);
  return id;
}

function sharedId(rt: Runtime, reg: MpRegistry, x: Ref): number {
  const id = intArg(rt, x);
  if (!reg.isShared(id)) valueError(rt, `no shared memory block with id ${id}`);
  return id;
}

function pidArg(rt: Runtime, reg: MpRegistry, x: Ref): number {
  const pid = intArg(rt, x);
  if (!reg.isProcess(pid)) raise(rt, rt.types.ProcessLookupError, `no process with pid ${pid}`);
  return pid;
}

// ---- waiting ----------------------------------------------------------------------------

/**
 * Tries `attempt` now; if it cannot complete, waits on registry word `index` (futex-style:
 * the word is read before each attempt, so a change between the attempt and the wait is not
 * missed) until it can or `micros` pass, then gives `onTimeout`.
 */
export function waitFor(rt: Runtime, kind: string, reg: MpRegistry, index: number, micros: number,
  attempt: (rt: Runtime) => Ref | null, onTimeout: (rt: Runtime) => Ref, payload: number): Ref {
  const deadline = micros === Infinity ? Infinity : rt.host.now() + micros;
  const step = (rt2: Runtime): Ref | BlockRequest => {
    const expected = Atomics.load(reg.i32, index);
    const r = attempt(rt2);
    if (r !== null) return r;
    const now = rt2.host.now();
    if (now >= deadline) return onTimeout(rt2);
    return {
      kind,
      wakeIndex: index,
      wakeArray: reg.i32,
      expected,
      timeoutMicros: deadline === Infinity ? undefined : deadline - now,
      payload,
      retry: step,
    };
  };
  const first = step(rt);
  return typeof first === 'number' ? first : requestBlock(rt, first);
}

/** A trace event from `_kitchen_mp` (send/recv, lock acquire/release) via `_thread`'s hook. */
export function traceMp(rt: Runtime, kind: string, args: Record<string, number | string>): void {
  threadPlatform(rt)?.trace?.(rt, kind, args);
}

// ---- the functions ----------------------------------------------------------------------

type Fn = (rt: Runtime, self: Ref, args: Ref[], kw: Ref | null) => Ref;

const FNS: Record<string, Fn> = {
  spawn(rt, _s, args, kw) {
    const [payload, name] = positional(rt, 'spawn', args, kw, ['payload', 'name'], 1);
    const p = mpPlatform(rt);
    const label = name === undefined || name === rt.none ? 'Process' : rt.jsStr(name);
    const pid = p.spawn(rt, bytesArg(rt, payload!), label);
    if (pid < 0) raise(rt, rt.types.OSError, 'too many processes in this run');
    return rt.newInt(pid);
  },
  join(rt, _s, args, kw) {
    const [pidRef, timeout] = positional(rt, 'join', args, kw, ['pid', 'timeout'], 1);
    const reg = mpPlatform(rt).registry;
    const pid = pidArg(rt, reg, pidRef!);
    return waitFor(rt, 'join', reg, reg.processStateIndex(pid), timeoutArg(rt, timeout),
      (rt2) => { const c = reg.exitCode(pid); return c === null ? null : rt2.newInt(c); },
      (rt2) => rt2.none, pid);
  },
  is_alive(rt, _s, args, kw) {
    const [pidRef] = positional(rt, 'is_alive', args, kw, ['pid'], 1);
    const reg = mpPlatform(rt).registry;
    return rt.bool(reg.isAlive(intArg(rt, pidRef!)));
  },
  terminate(rt, _s, args, kw) {
    const [pidRef] = positional(rt, 'terminate', args, kw, ['pid'], 1);
    const p = mpPlatform(rt);
    const pid = pidArg(rt, p.registry, pidRef!);
    if (p.registry.isAlive(pid)) p.stop(rt, pid, -15);
    return rt.none;
  },
  kill(rt, _s, args, kw) {
    const [pidRef] = positional(rt, 'kill', args, kw, ['pid'], 1);
    const p = mpPlatform(rt);
    const pid = pidArg(rt, p.registry, pidRef!);
    if (p.registry.isAlive(pid)) p.stop(rt, pid, -9);
    return rt.none;
  },
  getpid(rt) { return rt.newInt(mpPlatform(rt).pid); },
  getppid(rt) { return rt.newInt(mpPlatform(rt).ppid); },
  cpu_count(rt) { return rt.newInt(mpPlatform(rt).cpuCount); },
  main_source(rt) {
    const m = mpPlatform(rt).mainSource();
    return m === null ? rt.none : newTuple(rt, [rt.newStr(m[0]), rt.newStr(m[1])]);
  },

  channel_new(rt) {
    const id = mpPlatform(rt).registry.channelNew();
    if (id < 0) raise(rt, rt.types.OSError, 'too many channels in this run');
    return rt.newInt(id);
  },
  channel_send(rt, _s, args, kw) {
    const [cid, data] = positional(rt, 'channel_send', args, kw, ['cid', 'data'], 2);
    const p = mpPlatform(rt);
    const id = channelId(rt, p.registry, cid!);
    const r = p.registry.channelSend(id, bytesArg(rt, data!), p.pid);
    if (r === 'closed') raise(rt, rt.types.BrokenPipeError, 'channel is closed');
    if (r === 'full') memoryError(rt);
    traceMp(rt, 'send', { channel: id, msg: r });
    return rt.none;
  },
  channel_recv(rt, _s, args, kw) {
    const [cid, timeout] = positional(rt, 'channel_recv', args, kw, ['cid', 'timeout'], 1);
    const reg = mpPlatform(rt).registry;
    const id = channelId(rt, reg, cid!);
    return waitFor(rt, 'queue', reg, reg.channelSeqIndex(id), timeoutArg(rt, timeout), (rt2) => {
      const r = reg.channelTake(id);
      if (r === 'empty') return null;
      if (r === 'eof') raise(rt2, rt2.types.EOFError);
      traceMp(rt2, 'recv', { channel: id, msg: r.msg });
      return bytesFromUint8(rt2, r.data);
    }, (rt2) => rt2.none, id);
  },
  channel_wait(rt, _s, args, kw) {
    const [cid, timeout] = positional(rt, 'channel_wait', args, kw, ['cid', 'timeout'], 1);
    const reg = mpPlatform(rt).registry;
    const id = channelId(rt, reg, cid!);
    return waitFor(rt, 'queue', reg, reg.channelSeqIndex(id), timeoutArg(rt, timeout),
      (rt2) => (reg.channelReady(id) ? rt2.true : null), (rt2) => rt2.false, id);
  },
  channel_size(rt, _s, args, kw) {
    const [cid] = positional(rt, 'channel_size', args, kw, ['cid'], 1);
    const reg = mpPlatform(rt).registry;
    return rt.newInt(reg.channelSize(channelId(rt, reg, cid!)));
  },
  channel_close(rt, _s, args, kw) {
    const [cid] = positional(rt, 'channel_close', args, kw, ['cid'], 1);
    const reg = mpPlatform(rt).registry;
    reg.channelClose(channelId(rt, reg, cid!));
    return rt.none;
  },

  sem_new(rt, _s, args, kw) {
    const [value, maxvalue] = positional(rt, 'sem_new', args, kw, ['value', 'maxvalue'], 2);
    const v = intArg(rt, value!), m = intArg(rt, maxvalue!);
    if (v < 0) valueError(rt, 'semaphore initial value must be >= 0');
    const id = mpPlatform(rt).registry.semNew(v, Math.max(m, v));
    if (id < 0) raise(rt, rt.types.OSError, 'too many semaphores in this run');
    return rt.newInt(id);
  },
  sem_acquire(rt, _s, args, kw) {
    const [sid, timeout] = positional(rt, 'sem_acquire', args, kw, ['sid', 'timeout'], 1);
    const reg = mpPlatform(rt).registry;
    const id = semId(rt, reg, sid!);
    return waitFor(rt, 'semaphore', reg, reg.semValueIndex(id), timeoutArg(rt, timeout),
      (rt2) => (reg.semTryAcquire(id) ? rt2.true : null), (rt2) => rt2.false, id);
  },
  sem_release(rt, _s, args, kw) {
    const [sid] = positional(rt, 'sem_release', args, kw, ['sid'], 1);
    const reg = mpPlatform(rt).registry;
    if (!reg.semRelease(semId(rt, reg, sid!))) valueError(rt, 'semaphore or lock released too many times');
    return rt.none;
  },
  sem_value(rt, _s, args, kw) {
    const [sid] = positional(rt, 'sem_value', args, kw, ['sid'], 1);
    const reg = mpPlatform(rt).registry;
    return rt.newInt(reg.semValue(semId(rt, reg, sid!)));
  },

  shared_new(rt, _s, args, kw) {
    const [n] = positional(rt, 'shared_new', args, kw, ['nbytes'], 1);
    const nbytes = intArg(rt, n!);
    if (nbytes < 0) valueError(rt, 'negative size');
    const id = mpPlatform(rt).registry.sharedNew(nbytes);
    if (id < 0) memoryError(rt);
    return rt.newInt(id);
  },
  shared_read(rt, _s, args, kw) {
    const [shid, off, n] = positional(rt, 'shared_read', args, kw, ['shid', 'offset', 'nbytes'], 3);
    const reg = mpPlatform(rt).registry;
    const id = sharedId(rt, reg, shid!);
    const o = intArg(rt, off!), len = intArg(rt, n!);
    if (o < 0 || len < 0 || o + len > reg.sharedSize(id)) indexError(rt, 'shared memory access out of range');
    const at = reg.sharedOffset(id) + o;
    return bytesFromUint8(rt, reg.u8.slice(at, at + len));
  },
  shared_write(rt, _s, args, kw) {
    const [shid, off, data] = positional(rt, 'shared_write', args, kw, ['shid', 'offset', 'data'], 3);
    const reg = mpPlatform(rt).registry;
    const id = sharedId(rt, reg, shid!);
    const o = intArg(rt, off!);
    const d = bytesArg(rt, data!);
    if (o < 0 || o + d.length > reg.sharedSize(id)) indexError(rt, 'shared memory access out of range');
    reg.u8.set(d, reg.sharedOffset(id) + o);
    return rt.none;
  },
};

registerNatives({ key: '_kitchen_mp', fns: FNS });

registerNativeModule('_kitchen_mp', (rt, m) => {
  const d = moduleDict(rt, m);
  for (const name of Object.keys(FNS)) dictSet(rt, d, rt.intern(name), nativeFunction(rt, '_kitchen_mp', name, m, rt.intern('_kitchen_mp')));
  dictSet(rt, d, rt.intern('SemLock'), rt.typeFor('_kitchen_mp.SemLock'));
});
