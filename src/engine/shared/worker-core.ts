// One worker of the shared platform: it runs Python threads of one process, one at a time,
// over the process's SharedArrayBuffer heap (DESIGN.md §1.2–1.5).
//
// The worker's life: the coordinator hands it either the main thread ('main': create the
// heap, run __main__) or a place in the pool ('attach': attach a Runtime to the heap under
// the GIL, then sleep in the idle loop). An idle worker sleeps on the start queue's
// condition (Atomics.wait on the heap); `_thread.start_new_thread` in any worker pushes the
// new thread state on that queue and signals, so starting a thread never involves the
// main thread unless the pool is empty (then the coordinator, told by a message, attaches
// another worker, which finds the thread waiting in the queue). A worker that finishes its
// thread goes back to the idle loop and can run the next one.
//
// Running a thread follows CPython's thread loop around ceval: take the GIL, `run` until
// the eval loop returns; on 'yield-gil' (a waiter set our drop request) drop('interval')
// and take again; on 'block' drop('blocking'), wait on the request's futex word (or sleep),
// take the GIL and complete the request (`retry`, which may ask to wait again), then
// `resume`; at the end drop('exit'). Waits inside native callbacks (blockNested) and drop
// requests seen there (yieldNested) do the same synchronously.
//
// While waiting, the worker records what it waits for in its status record (layout.ts) so
// the coordinator can detect a deadlock without asking anyone.
//
// Free-threaded mode (PEP 703, RunSetup.freeThreaded): the same loop with the GIL's take and
// drop replaced by attach and detach (`gate`, ft-world.ts); collections stop the world
// first; list/dict/set take their per-object locks (src/vm/object-lock.ts), whose sleepers
// park through this worker (detached, with the collector held off).

import { type Ref, NULL, FLAG_IMMORTAL, M_UNSAFE_NESTING, M_GC_THRESHOLD, HEAP_START } from '../../vm/heap.ts';
import type { Runtime } from '../../vm/runtime.ts';
import { TS_EVAL_BREAKER, TS_THREAD_ID, TS_FRAME, EB_GIL_DROP_REQUEST } from '../../vm/runtime.ts';
import { run, resume, startCall, REENTRY_CHECKPOINTS, type RunResult } from '../../vm/eval.ts';
import { vm, type BlockRequest, R_SWITCH_INTERVAL, setGilDisabled } from '../../vm/vm-state.ts';
import { PyError, raise } from '../../vm/errors.ts';
import { formatException } from '../../vm/traceback.ts';
import { sysModules } from '../../vm/import.ts';
import { dictGetStr, dictSet } from '../../vm/objects/dict-core.ts';
import { newList, listAppend } from '../../vm/objects/list-core.ts';
import { moduleDict } from '../../vm/objects/module.ts';
import { getAttrOpt } from '../../vm/abstract.ts';
import { F_FUNC } from '../../vm/frame.ts';
import { switchInterval } from '../../vm/sys-module.ts';
import { maybeCollect } from '../../vm/gc.ts';
import { freeThreading } from '../../vm/object-lock.ts';
import { FtWorld } from './ft-world.ts';
import { setThreadPlatform } from '../../stdlib/native/thread.ts';
import { Gil, type GilEvent } from '../gil.ts';
import { threadInfo, userLineOf } from '../thread-info.ts';
import { mutexLock, mutexUnlock } from '../futex.ts';
import { TraceLog } from '../../trace/ring.ts';
import { BlockReason, DropReason, EventKind, ARG_NAMES, STRING_ARGS, type EventKindName } from '../../trace/schema.ts';
import * as L from './layout.ts';
import { WorkerState } from './layout.ts';
import type { RunSetup, ToWorker } from './messages.ts';
import { WorkerHost, type Outbox } from './worker-host.ts';
import { prepareShared, attachShared, systemExitStatus } from './program.ts';
import { installWorkerProcesses, prepareProcessMain } from '../process/shared-worker.ts';

type Outcome = { value: Ref } | { exception: Ref };

/** Python threads (a process's main thread included) this worker's isolate has run, in any
 *  process: 0 while V8 has not compiled the eval loop here (waitIdle). */
let threadsRunHere = 0;

/** How warm this isolate's JIT is, for the pool to hand out warmer workers first: the
 *  threads it has run. */
export function isolateWarmth(): number {
  return threadsRunHere;
}

/** Free-threaded: the least allocation between two collections. Each collection stops the
 *  world (every other thread parks and is woken again: tens of µs to ms under load), and
 *  gc.ts's threshold for a small live heap (64 KiB) made two CPU-bound threads that
 *  allocate stop about 500 times a second and run slower than one. Bounded by a quarter of
 *  the room left under the heap cap, so a growing program still collects before the cap. */
const FT_MIN_GC_BYTES = 4 << 20;

/** What a thread takes to run and drops to wait: the GIL, or free-threaded attach/detach. */
interface Gate {
  take(slot: number): void;
  drop(slot: number, reason: 'interval' | 'blocking' | 'exit'): void;
}

const blockCode = (what: string): number => (BlockReason as Record<string, number>)[what] ?? 0;

/** The free-threaded run this worker serves, for collectStoppingTheWorld. */
let collector: SharedWorker | null = null;

/** VmState.collect of a free-threaded run: a module function rather than a closure per run,
 *  so the worker's optimized eval loop keeps its call target from run to run. */
function collectStoppingTheWorld(rt: Runtime): void {
  collector!.collectNow(rt);
}

export class SharedWorker {
  private rt!: Runtime;
  private gil!: Gil;
  /** The GIL, or in free-threaded mode the world (attach/detach, ft-world.ts). */
  private gate!: Gate;
  private ft: FtWorld | null = null;
  private i32!: Int32Array;
  private base = 0;
  private trace: TraceLog;
  private readonly host: WorkerHost;
  private workerIndex = 0;
  /** Thread state / GIL slot this worker runs now (0: none). */
  private slot: Ref = NULL;
  private tid = 0;

  constructor(private readonly setup: RunSetup, private readonly outbox: Outbox) {
    this.host = new WorkerHost(setup, outbox);
    this.trace = new TraceLog(setup.traceBuffer);
    this.host.onWrite = (stream, text) => {
      if (this.i32 === undefined) return; // before the heap exists (a SyntaxError report)
      this.emit('print', this.slot !== NULL ? this.lineOf(this.slot) : 0, stream === 'stdout' ? 1 : 2, this.host.stringIndex(text));
    };
  }

  handle(m: ToWorker): void {
    this.workerIndex = m.workerIndex;
    // Module state of this worker's VM: a warm worker may have served a run of the other mode.
    freeThreading.on = this.setup.freeThreaded === true;
    freeThreading.park = null;
    if (m.type === 'main') this.runMain(m.switchIntervalSeconds, m.heapCapBytes, m.preAttach, m.heapBuffer);
    else this.runPool(m.heap, m.base);
  }

  // ---- setup ----------------------------------------------------------------------------

  private useHeap(heap: SharedArrayBuffer, base: number): void {
    this.i32 = new Int32Array(heap);
    this.base = base;
    this.host.attach(this.i32, base);
    this.gil = new Gil(this.i32, {
      base: base + L.GIL,
      breakerIndex: (slot) => (slot === L.ATTACH_SLOT ? base + L.ATTACH_BREAKER : (slot >> 2) + TS_EVAL_BREAKER),
      trace: (e) => this.gilEvent(e),
    });
    this.gate = this.gil;
    if (this.setup.freeThreaded === true) {
      const ft = (this.ft = new FtWorld(this.i32, base, this.workerIndex, (slot) => this.gil.breakerIndex(slot)));
      this.gate = ft;
      const i32 = this.i32;
      // An object lock's sleeper (src/vm/object-lock.ts) detaches so a stop of the world
      // is not held up by it, and keeps the collector from running meanwhile: the natives
      // below it hold values only their JS locals know.
      freeThreading.park = (words, index, expected) => {
        Atomics.add(i32, M_UNSAFE_NESTING, 1);
        ft.detach();
        Atomics.wait(words, index, expected, 5);
        ft.attach(ft.current);
        Atomics.sub(i32, M_UNSAFE_NESTING, 1);
      };
    }
  }

  private installPlatform(): void {
    const rt = this.rt;
    const st = vm(rt);
    st.blockNested = (_rt, req) => {
      const o = this.wait(req);
      if ('exception' in o) throw new PyError(o.exception);
      return o.value;
    };
    st.yieldNested = () => this.yieldGil();
    setThreadPlatform(rt, {
      startThread: (rt2, ts) => this.startThread(rt2, ts),
      wake: (_rt2, index, count) => { Atomics.notify(this.i32, index, count); },
      trace: (_rt2, kind, args) => this.libraryEvent(kind, args),
      // CPython's _thread._count(): threads alive, not counting the main thread (which is
      // in LIVE until the process ends).
      threadCount: () => Math.max(0, Atomics.load(this.i32, this.base + L.LIVE) - 1),
    });
    installWorkerProcesses(rt, this.setup.mp, this.setup.cpuCount, this.outbox);
    // Free-threaded: a collection requested at a check point stops the world first.
    if (this.ft !== null && this.setup.collectGarbage) {
      collector = this;
      st.collect = collectStoppingTheWorld;
    }
    if (this.ft !== null) this.lockThreadList(rt);
  }

  /** Free-threaded: the process's thread list (R_THREADS, linked through TS_NEXT) is
   *  changed by whichever worker starts or ends a thread, now at the same time; CPython
   *  guards it with HEAD_LOCK (Python/pystate.c). The holder never reaches a safepoint
   *  inside (an allocation and a few stores), so no collection can interleave. */
  private lockThreadList(rt: Runtime): void {
    const { i32, base } = this;
    const at = base + L.FT_HEAD_MUTEX;
    rt.threadListLock = { acquire: () => mutexLock(i32, at), release: () => mutexUnlock(i32, at) };
  }

  private runMain(switchIntervalSeconds: number | undefined, heapCapBytes: number | undefined, preAttach: number,
    heapBuffer: SharedArrayBuffer | null): void {
    const { setup, host } = this;
    const prepared = prepareShared(setup.source, setup.filename, host, heapCapBytes, setup.collectGarbage, heapBuffer);
    if (prepared.rt === null) {
      host.flush();
      this.outbox.post({ type: 'exit', exitCode: prepared.exitCode });
      return;
    }
    const rt = (this.rt = prepared.rt);
    // The process block (layout.ts): raw, immortal, so the collector never frees it.
    const block = rt.heap.allocRaw(L.BLOCK_WORDS * 4);
    rt.heap.setFlag(block, FLAG_IMMORTAL);
    const base = (block + 8) >> 2;
    this.useHeap(rt.heap.buffer as SharedArrayBuffer, base);
    Gil.init(this.i32, base + L.GIL);
    if (this.setup.freeThreaded === true) {
      FtWorld.init(this.i32, base);
      setGilDisabled(rt);
      this.raiseGcThreshold(0);
    }
    new Float64Array(rt.heap.buffer)[(base + L.START_MS) >> 1] = setup.startMs;
    if (switchIntervalSeconds !== undefined) {
      // As if the program had called sys.setswitchinterval first: syncSwitchInterval copies
      // the VM's value into the GIL at every drop.
      rt.setRoot(R_SWITCH_INTERVAL, rt.newFloat(switchIntervalSeconds));
      this.gil.intervalMicros = switchIntervalSeconds * 1e6;
    }
    this.installPlatform();
    prepareProcessMain(rt, this.setup.mp, this.i32, base + L.STRINGS);
    this.outbox.post({ type: 'heap', heap: rt.heap.buffer as SharedArrayBuffer, base });
    // Let the first pool workers attach before Python runs: attaching takes the GIL for a
    // few ms per worker, which would otherwise show up as pauses in the program (and in
    // its first threads' start latency). Bounded, so a slow pool never stalls a run.
    const deadline = performance.now() + 3000;
    for (let n = Atomics.load(this.i32, base + L.ATTACHED); n < preAttach; n = Atomics.load(this.i32, base + L.ATTACHED)) {
      const left = deadline - performance.now();
      if (left <= 0) break;
      Atomics.wait(this.i32, base + L.ATTACHED, n, left);
    }
    const ts = rt.ts;
    Atomics.store(this.i32, base + L.LIVE, 1);
    this.enter(ts);
    this.gate.take(ts);
    this.emit('thread-start', 0, host.stringIndex('MainThread'), 0);
    let exitCode = 0;
    const r = this.drive();
    threadsRunHere++;
    if (r.kind === 'exception') {
      host.write('stderr', formatException(rt, r.exc));
      exitCode = 1;
    } else if (r.kind === 'exit') {
      exitCode = systemExitStatus(rt, r.exc);
    }
    // Interpreter exit (Py_FinalizeEx → wait_for_thread_shutdown): threading._shutdown()
    // joins the non-daemon threads; daemon threads are abandoned with the process.
    const threading = dictGetStr(rt, sysModules(rt), rt.intern('threading'));
    if (threading !== NULL) {
      const shutdown = getAttrOpt(rt, threading, rt.intern('_shutdown'));
      if (shutdown !== NULL) {
        startCall(rt, shutdown, []);
        const r2 = this.drive();
        if (r2.kind === 'exception') {
          host.write('stderr', 'Exception ignored on threading shutdown:\n' + formatException(rt, r2.exc));
        }
      }
    }
    this.emit('thread-end', 0);
    Atomics.sub(this.i32, base + L.LIVE, 1);
    // Free-threaded: daemon threads may still run and stop the world; let them. (With the
    // GIL the main thread keeps it: daemon threads are abandoned where they wait.)
    this.ft?.detach();
    this.leave();
    // Idle workers leave their loop; workers still running daemon threads are terminated
    // by the coordinator when it sees 'exit'.
    mutexLock(this.i32, base + L.Q_MUTEX);
    Atomics.store(this.i32, base + L.SHUTDOWN, 1);
    while (this.wakeIdle()) { /* every idle worker */ }
    mutexUnlock(this.i32, base + L.Q_MUTEX);
    host.flush();
    this.outbox.post({ type: 'exit', exitCode });
  }

  private runPool(heap: SharedArrayBuffer, base: number): void {
    this.useHeap(heap, base);
    // Attaching reads and interns through the heap: do it holding the GIL, as a pseudo
    // thread, so no collection or mutation runs meanwhile.
    this.gate.take(L.ATTACH_SLOT);
    try {
      this.rt = attachShared(heap, this.host, this.setup.source, this.setup.filename, this.setup.collectGarbage, this.setup.freeThreaded === true);
      this.installPlatform();
    } finally {
      this.gate.drop(L.ATTACH_SLOT, 'exit');
    }
    Atomics.add(this.i32, base + L.ATTACHED, 1);
    Atomics.notify(this.i32, base + L.ATTACHED);
    this.outbox.post({ type: 'ready', workerIndex: this.workerIndex });
    this.idleLoop();
  }

  // ---- the pool: start queue -------------------------------------------------------------

  /** `_thread.start_new_thread` (any worker, GIL held): queue the prepared thread state. */
  private startThread(rt: Runtime, ts: Ref): void {
    const { i32, base } = this;
    this.syncSwitchInterval();
    const [name, daemon] = threadInfo(rt, ts);
    this.keepBootstrapAlive(rt, ts);
    const nameIndex = this.host.stringIndex(name);
    mutexLock(i32, base + L.Q_MUTEX);
    const head = i32[base + L.Q_HEAD]!, tail = i32[base + L.Q_TAIL]!;
    if (tail - head >= L.Q_CAP) {
      mutexUnlock(i32, base + L.Q_MUTEX);
      rt.dropThreadState(ts);
      raise(rt, rt.types.RuntimeError, "can't start new thread");
    }
    const e = base + L.Q_ITEMS + (tail % L.Q_CAP) * L.Q_ENTRY;
    i32[e] = ts;
    i32[e + 1] = this.host.now();
    i32[e + 2] = nameIndex;
    i32[e + 3] = daemon ? 1 : 0;
    Atomics.store(i32, base + L.Q_TAIL, tail + 1);
    Atomics.add(i32, base + L.LIVE, 1);
    this.wakeIdle();
    mutexUnlock(i32, base + L.Q_MUTEX);
    this.host.flush(); // the name string must reach the coordinator before long
    this.outbox.post({ type: 'pool' });
  }

  /** Wakes the most recently idle worker (Q_MUTEX held); false when none is idle. */
  private wakeIdle(): boolean {
    const { i32, base } = this;
    const top = i32[base + L.IDLE_STACK_TOP]!;
    if (top === 0) return false;
    const w = i32[base + L.IDLE_STACK + top - 1]!;
    i32[base + L.IDLE_STACK_TOP] = top - 1;
    // SAFETY: store then notify: a worker that has not slept yet sees 1 and does not sleep.
    Atomics.store(i32, base + L.IDLE_WAKE + w, 1);
    Atomics.notify(i32, base + L.IDLE_WAKE + w, 1);
    return true;
  }

  /** Waits, idle, until woken (Q_MUTEX held on entry and on return). Idle workers form a
   *  stack ordered by how many threads their isolate has run (layout.ts IDLE_STACK), the
   *  most recently idle on top among equals: the next thread goes to the warmest, whose V8
   *  has most likely optimized the eval loop. */
  private waitIdle(): void {
    const { i32, base, workerIndex: w } = this;
    const top = i32[base + L.IDLE_STACK_TOP]!;
    // An isolate that has run few threads or none has not compiled the eval loop or has
    // compiled it on little type feedback: it goes under the warmer ones, which a thread
    // then gets (the pool hands a process its warmest workers, but they attach in whatever
    // order they finish). Before, only isolates that had run no thread at all went under,
    // the others in the order they attached.
    i32[L.wordOf(base, w, L.WS_WARMTH)] = threadsRunHere;
    let k = top;
    while (k > 0 && i32[L.wordOf(base, i32[base + L.IDLE_STACK + k - 1]!, L.WS_WARMTH)]! > threadsRunHere) {
      i32[base + L.IDLE_STACK + k] = i32[base + L.IDLE_STACK + k - 1]!;
      k--;
    }
    i32[base + L.IDLE_STACK + k] = w;
    i32[base + L.IDLE_STACK_TOP] = top + 1;
    Atomics.store(i32, base + L.IDLE_WAKE + w, 0);
    Atomics.add(i32, base + L.IDLE, 1);
    mutexUnlock(i32, base + L.Q_MUTEX);
    // Only wakeIdle ends this wait (Atomics.wait has no spurious wake-ups), and it took us
    // off the stack.
    Atomics.wait(i32, base + L.IDLE_WAKE + w, 0);
    mutexLock(i32, base + L.Q_MUTEX);
    Atomics.sub(i32, base + L.IDLE, 1);
  }

  private idleLoop(): void {
    const { i32, base } = this;
    for (;;) {
      mutexLock(i32, base + L.Q_MUTEX);
      while (i32[base + L.Q_HEAD] === i32[base + L.Q_TAIL] && Atomics.load(i32, base + L.SHUTDOWN) === 0) this.waitIdle();
      const head = i32[base + L.Q_HEAD]!;
      if (head === i32[base + L.Q_TAIL]) { // shutting down, nothing queued
        mutexUnlock(i32, base + L.Q_MUTEX);
        return;
      }
      const e = base + L.Q_ITEMS + (head % L.Q_CAP) * L.Q_ENTRY;
      const ts = i32[e] as Ref, queuedAt = i32[e + 1]!, name = i32[e + 2]!, daemon = i32[e + 3]!;
      Atomics.store(i32, base + L.Q_HEAD, head + 1);
      mutexUnlock(i32, base + L.Q_MUTEX);
      this.outbox.post({ type: 'pool' });
      this.runThread(ts, queuedAt, name, daemon);
    }
  }

  private runThread(ts: Ref, queuedAt: number, name: number, daemon: number): void {
    const rt = this.rt;
    rt.ts = ts;
    this.enter(ts);
    this.gate.take(ts);
    const started = this.host.now();
    Atomics.add(this.i32, this.base + L.LATENCIES_POSTED, 1);
    this.outbox.post({ type: 'start-latency', micros: started - queuedAt });
    this.emit('thread-start', this.lineOf(ts), name, daemon);
    const r = this.drive();
    threadsRunHere++;
    // The bootstrap (src/stdlib/native/thread.ts) reports what escapes the target; an
    // exception reaching here escaped the bootstrap itself.
    if (r.kind === 'exception') this.host.write('stderr', formatException(rt, r.exc));
    this.emit('thread-end', 0);
    // Free-threaded: the state may be freed by the next collection, so stop requests go
    // elsewhere from now on (this worker detaches below, which is what a stopper waits for).
    this.ft?.retireSlot();
    rt.dropThreadState(ts);
    this.collectIfDue();
    Atomics.sub(this.i32, this.base + L.LIVE, 1);
    this.leave();
    this.host.flush();
    this.gate.drop(ts, 'exit');
    rt.ts = NULL;
  }

  // ---- running a thread ------------------------------------------------------------------

  private enter(ts: Ref): void {
    this.slot = ts;
    this.tid = this.i32[(ts >> 2) + TS_THREAD_ID]!;
    this.host.tid = this.tid;
    this.setStatus(WorkerState.Running);
  }

  private leave(): void {
    this.setStatus(WorkerState.None);
    this.slot = NULL;
    this.tid = 0;
    this.host.tid = 0;
  }

  /** Runs the current thread until it finishes (done, exception, SystemExit). */
  private drive(): RunResult {
    const rt = this.rt;
    for (;;) {
      let r: RunResult;
      try {
        r = run(rt, REENTRY_CHECKPOINTS);
      } catch (e) {
        // A Python exception the eval loop could not handle itself (MemoryError while
        // building a traceback at the heap cap): the thread dies with it.
        if (e instanceof PyError) return { kind: 'exception', exc: e.exc };
        throw e;
      }
      if (r.kind === 'yield-gil') {
        // The budget ran out (eval.ts REENTRY_CHECKPOINTS): go on, unless a drop (or, free-
        // threaded, a stop-the-world) was asked for.
        if ((Atomics.load(this.i32, (rt.ts >> 2) + TS_EVAL_BREAKER) & EB_GIL_DROP_REQUEST) !== 0) this.yieldGil();
      } else if (r.kind === 'block') resume(rt, this.wait(r.request));
      else return r;
    }
  }

  /** A collection the heap asked for but whose thread did not reach a check point (it
   *  blocked or ended first: the request is per thread) runs at our next GIL drop, which
   *  is a safepoint: the thread's frames are saved, every other thread is parked. */
  private collectIfDue(): void {
    if (this.setup.collectGarbage && this.rt.heap.gcDue()) this.collectNow(this.rt);
  }

  /** maybeCollect, with every other thread parked: with the GIL they are (we hold it);
   *  free-threaded, we stop the world first (ft-world.ts), as CPython's free-threaded
   *  collector does (Python/gc_free_threading.c calls _PyEval_StopTheWorld). */
  collectNow(rt: Runtime): void {
    const ft = this.ft;
    if (ft === null || !rt.heap.gcDue()) { maybeCollect(rt); return; }
    const heap = rt.heap;
    if (!ft.stopIf(() => heap.gcDue())) return;
    try {
      const stats = maybeCollect(rt);
      if (stats !== null) this.raiseGcThreshold(stats.liveBytes);
    } finally {
      ft.start();
    }
  }

  /** See FT_MIN_GC_BYTES; gc.ts sets the threshold after each collection, we only raise it. */
  private raiseGcThreshold(liveBytes: number): void {
    const i32 = this.rt.heap.i32;
    const room = this.rt.heap.capBytes - HEAP_START - liveBytes;
    const want = Math.min(FT_MIN_GC_BYTES, Math.floor(room / 4));
    if (i32[M_GC_THRESHOLD]! < want) Atomics.store(i32, M_GC_THRESHOLD, want);
  }

  /** The eval loop saw a drop request: let the waiter in (FORCE_SWITCHING), then queue up. */
  private yieldGil(): void {
    this.collectIfDue();
    this.syncSwitchInterval();
    this.host.flush();
    this.gate.drop(this.slot, 'interval');
    this.gate.take(this.slot);
    Atomics.add(this.i32, this.base + L.PROGRESS, 1);
  }

  /** Waits for a block request without the GIL; returns the blocked call's outcome. */
  private wait(first: BlockRequest): Outcome {
    const { rt, i32, host } = this;
    const what = blockCode(first.kind);
    const object = typeof first.payload === 'number' ? first.payload : 0;
    this.emit('block', this.lineOf(this.slot), what, object);
    this.collectIfDue();
    this.syncSwitchInterval();
    host.flush();
    let req = first;
    let out: Outcome;
    for (;;) {
      this.gate.drop(this.slot, 'blocking');
      if (req.wakeIndex !== undefined) {
        const forever = req.timeoutMicros === undefined;
        // A word of another buffer (the process registry) is not one the deadlock detector
        // can read: such a wait counts as one that may end (another process may end it).
        const words = req.wakeArray ?? i32;
        this.setStatus(forever && words === i32 ? WorkerState.BlockedForever : WorkerState.BlockedTimed, req.wakeIndex, req.expected ?? 0, what, object);
        Atomics.wait(words, req.wakeIndex, req.expected ?? 0, forever ? Infinity : Math.max(0, req.timeoutMicros!) / 1000);
      } else if (req.timeoutMicros !== undefined && req.timeoutMicros > 0) {
        this.setStatus(WorkerState.BlockedTimed, 0, 0, what, object);
        host.sleep(req.timeoutMicros);
      }
      this.setStatus(WorkerState.Running);
      Atomics.add(i32, this.base + L.PROGRESS, 1);
      this.gate.take(this.slot);
      try {
        if (req.retry === undefined) { out = { value: req.result ?? rt.none }; break; }
        const r = req.retry(rt);
        if (typeof r === 'number') { out = { value: r as Ref }; break; }
        req = r; // not yet: wait again
      } catch (e) {
        if (e instanceof PyError) { out = { exception: e.exc }; break; }
        throw e;
      }
    }
    this.emit('unblock', this.lineOf(this.slot), what, object);
    return out;
  }

  /** sys.setswitchinterval stores the value in the root block (R_SWITCH_INTERVAL); the GIL
   *  reads its own word at every timed wait. Called with the GIL held, before each drop. */
  private syncSwitchInterval(): void {
    const us = Math.max(1, Math.round(switchInterval(this.rt) * 1e6));
    if (us !== this.gil.intervalMicros) this.gil.intervalMicros = us;
  }

  private setStatus(state: WorkerState, wake = 0, expected = 0, what = 0, object = 0): void {
    const { i32, base, workerIndex: w } = this;
    i32[L.wordOf(base, w, L.WS_TID)] = this.tid;
    i32[L.wordOf(base, w, L.WS_WAKE)] = wake;
    i32[L.wordOf(base, w, L.WS_EXPECTED)] = expected;
    i32[L.wordOf(base, w, L.WS_WHAT)] = what;
    i32[L.wordOf(base, w, L.WS_OBJECT)] = object;
    // SAFETY: the state word is stored last and atomically: a reader that sees the new
    // state also sees the fields above.
    Atomics.store(i32, L.wordOf(base, w, L.WS_STATE), state);
  }

  // ---- trace -----------------------------------------------------------------------------

  private emit(kind: EventKindName, line: number, a = 0, b = 0, tid = this.tid): void {
    this.trace.emit(this.host.now(), kind, this.setup.pid, tid, line, a, b);
  }

  private tidOf(slot: number): number {
    return slot === L.ATTACH_SLOT || slot === 0 ? 0 : this.i32[(slot >> 2) + TS_THREAD_ID]!;
  }

  private gilEvent(e: GilEvent): void {
    if (e.tid === L.ATTACH_SLOT) return; // a worker attaching is not a Python thread
    const tid = this.tidOf(e.tid);
    switch (e.kind) {
      case 'gil-wait': this.emit('gil-wait', 0, 0, 0, tid); break;
      case 'gil-take': this.emit('gil-take', 0, e.switched ? 1 : 0, 0, tid); break;
      case 'gil-drop': this.emit('gil-drop', 0, DropReason[e.reason], 0, tid); break;
      case 'gil-drop-request': this.emit('gil-drop-request', 0, this.tidOf(e.holder), 0, tid); break;
    }
  }

  /** Events from library code (lock acquire/release, asyncio tasks) via _thread's hook. */
  private libraryEvent(kind: string, args: Readonly<Record<string, number | string>>): void {
    if (!(kind in EventKind)) return;
    const k = kind as EventKindName;
    const vals = [0, 0];
    ARG_NAMES[k].forEach((name, i) => {
      if (name === undefined) return;
      const v = args[name];
      if (v === undefined) return;
      if (STRING_ARGS.has(name)) vals[i] = this.host.stringIndex(String(v));
      else if (name === 'what') vals[i] = typeof v === 'string' ? blockCode(v) : v;
      else vals[i] = typeof v === 'number' ? v | 0 : 0;
    });
    // asyncio's events name the line where the coroutine resumes or suspends, which is not
    // the thread's current line (that is inside the event loop's code).
    const line = typeof args.line === 'number' ? args.line : this.slot !== 0 ? this.lineOf(this.slot) : 0;
    this.emit(k, line, vals[0], vals[1]);
  }

  private lineOf(ts: number): number {
    return userLineOf(this.rt, ts as Ref);
  }

  /** src/stdlib/native/thread.ts caches its thread-bootstrap function per worker in a JS
   *  WeakMap, which is no GC root: once the threads started from this worker end, a
   *  collection (on any worker) frees it and the next start here would call freed memory.
   *  Until thread.ts roots it in the heap, we keep it reachable: a list in the _thread
   *  module's dict holds each worker's bootstrap function (the first frame's function). */
  private keptBootstrap = false;
  private keepBootstrapAlive(rt: Runtime, ts: Ref): void {
    if (this.keptBootstrap) return;
    const f = this.i32[(ts >> 2) + TS_FRAME] as Ref;
    const mod = dictGetStr(rt, sysModules(rt), rt.intern('_thread'));
    if (f === NULL || mod === NULL) return;
    const d = moduleDict(rt, mod);
    const key = rt.intern('_kitchen_bootstraps');
    let list = dictGetStr(rt, d, key);
    if (list === NULL) {
      list = newList(rt);
      dictSet(rt, d, key, list);
    }
    listAppend(rt, list, this.i32[(f >> 2) + F_FUNC] as Ref);
    this.keptBootstrap = true;
  }
}
