// Processes on the virtual platform (docs/processes.md, DESIGN.md §1.7): each Python process
// is a Runtime of its own — its own heap, its own GIL in the scheduler (the scheduler keeps
// one GIL per pid) — and every process's threads run on the same virtual cores, so two
// CPU-bound processes really run side by side in simulated time while two threads of one
// process take turns.
//
// A child starts as python3's spawn start method starts one (Lib/multiprocessing/
// popen_spawn_posix.py, spawn.py): a fresh interpreter whose main program is
// `from multiprocessing.spawn import spawn_main; spawn_main(...)`, run from "<string>"; our
// spawn_main re-runs the parent's main file as __mp_main__ (from `_kitchen_mp.main_source()`),
// unpickles the Process object and runs it. The run's MpRegistry (a plain ArrayBuffer here)
// holds the process table, channels, semaphores and shared blocks; its futex words are waited
// on through scheduler keys of their own (negative numbers), apart from every heap's words.

import type { Host, Micros } from '../../vm/host.ts';
import { prepareProgram } from '../../vm/run.ts';
import { registerSource, vm, setGilDisabled } from '../../vm/vm-state.ts';
import { sysModules } from '../../vm/import.ts';
import { dictGetStr, dictSet } from '../../vm/objects/dict-core.ts';
import { moduleDict } from '../../vm/objects/module.ts';
import { bytesFromUint8 } from '../../vm/objects/bytes.ts';
import { NULL } from '../../vm/heap.ts';
import { MpRegistry } from '../../stdlib/native/mp-registry.ts';
import { setMpPlatform } from '../../stdlib/native/mp.ts';
import { VirtualDriver, attachDriver } from '../virtual/run-virtual.ts';
import { CHILD_FILENAME, CHILD_PROGRAM, PAYLOAD_NAME, exitStatus } from './child-program.ts';

/** Scheduler key of registry word `index`: negative, so never a heap word's key. */
const registryKey = (index: number): number => -(index + 1);

export class VirtualProcesses {
  readonly registry = MpRegistry.create(false);
  private readonly drivers = new Map<number, VirtualDriver>();
  /** The process whose thread runs now (a registry wake-up happens at its clock). */
  private active: VirtualDriver;

  constructor(private readonly root: VirtualDriver, private readonly source: string) {
    this.active = root;
    this.registry.notify = (index) => {
      this.root.sched.notify(registryKey(index), this.active.now());
    };
    root.pid = this.registry.newProcess(0);
    this.adopt(root, root.rt.host.ppid ?? 1);
    root.extra.push({ t: 0, kind: 'process-start', pid: root.pid, tid: 0, line: 0, args: { parent: 0, name: 'MainProcess' } });
  }

  private adopt(d: VirtualDriver, ppid: number): void {
    this.drivers.set(d.pid, d);
    d.foreignKey = registryKey;
    d.onSlice = (x) => { this.active = x; };
    d.onExit = (x) => this.exited(x);
    setMpPlatform(d.rt, {
      registry: this.registry,
      pid: d.pid,
      ppid,
      cpuCount: this.root.opts.cores ?? 4,
      spawn: (_rt, payload, name) => this.spawn(d, payload, name),
      stop: (_rt, pid, code) => this.stop(pid, code),
      exitNow: (_rt, status) => this.exitNow(d, status),
      mainSource: () => [this.root.opts.filename, this.source],
    });
  }

  /** Starts a child of `parent` whose main program runs spawn_main(payload). */
  spawn(parent: VirtualDriver, payload: Uint8Array, name: string): number {
    const pid = this.registry.newProcess(parent.pid);
    if (pid < 0) return -1;
    const rootHost = this.root.rt.host;
    let child: VirtualDriver | null = null;
    const host: Host = {
      write: (stream, text) => (child ?? parent).write(stream, text),
      now: () => (child ?? parent).now() as Micros,
      epochSeconds: rootHost.epochSeconds,
      // A child's stdin is closed, as python3's spawn makes it (/dev/null): input() sees EOF.
      readLine: () => null,
      environ: rootHost.environ,
      argv: rootHost.argv,
      pid,
      ppid: parent.pid,
      cpuCount: rootHost.cpuCount,
      ...(rootHost.programDir ? { programDir: rootHost.programDir } : {}),
    };
    const prepared = prepareProgram(CHILD_PROGRAM, { filename: CHILD_FILENAME, host, heapCapBytes: this.root.opts.heapCapBytes });
    if (prepared.rt === null) throw new Error('the child program failed to compile');
    const rt = prepared.rt;
    if (this.root.opts.freeThreaded === true) setGilDisabled(rt);
    // python3 -c shows no source line for "<string>"; the parent's file is re-run here.
    vm(rt).sources.delete(CHILD_FILENAME);
    registerSource(rt, this.root.opts.filename, this.source);
    const main = dictGetStr(rt, sysModules(rt), rt.intern('__main__'));
    if (main !== NULL) dictSet(rt, moduleDict(rt, main), rt.intern(PAYLOAD_NAME), bytesFromUint8(rt, payload));
    child = new VirtualDriver(rt, this.root.opts, this.root.sched);
    child.pid = pid;
    child.out = this.root.out;
    child.extra = this.root.extra;
    attachDriver(child);
    this.adopt(child, parent.pid);
    const at = parent.now();
    this.root.extra.push({ t: at, kind: 'process-start', pid, tid: 0, line: 0, args: { parent: parent.pid, name } });
    child.main = child.addThread(rt.ts, 'MainThread', at);
    return pid;
  }

  /** terminate()/kill(): the process ends now with `code`; no finally, no atexit. */
  stop(pid: number, code: number): void {
    const d = this.drivers.get(pid);
    if (d === undefined || !this.registry.endProcess(pid, code)) return;
    const at = this.active.now();
    this.root.sched.stopAll(undefined, pid);
    d.markAllFinished();
    this.root.extra.push({ t: at, kind: 'process-end', pid, tid: 0, line: 0, args: { exitCode: code } });
  }

  /** os._exit(status) by a thread of `d`: the process ends now; that thread stops itself
   *  (it throws ProcessExit, which its slice turns into its end). */
  exitNow(d: VirtualDriver, status: number): void {
    d.exitCode = status;
    const at = d.now();
    if (d.current !== null) this.root.sched.stopAll(d.current, d.pid);
    else this.root.sched.stopAll(undefined, d.pid);
    d.markAllFinished();
    if (this.registry.endProcess(d.pid, exitStatus(status))) {
      this.root.extra.push({ t: at, kind: 'process-end', pid: d.pid, tid: 0, line: 0, args: { exitCode: exitStatus(status) } });
    }
  }

  private exited(d: VirtualDriver): void {
    const code = exitStatus(d.exitCode);
    if (this.registry.endProcess(d.pid, code)) {
      this.root.extra.push({ t: d.now(), kind: 'process-end', pid: d.pid, tid: 0, line: 0, args: { exitCode: code } });
    }
  }
}

/** Gives the run's first process `_kitchen_mp` (its children get it as they start). */
export function installVirtualProcesses(root: VirtualDriver, source: string): VirtualProcesses {
  return new VirtualProcesses(root, source);
}
