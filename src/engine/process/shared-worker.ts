// Processes on the shared platform, the worker's side (docs/processes.md, DESIGN.md §1.7).
// Every worker of every process holds the run's MpRegistry (one SharedArrayBuffer: channels,
// semaphores, shared blocks, the process table) and gives its Runtime `_kitchen_mp` over it.
// Blocking calls wait with Atomics.wait on the registry's words, so a receive in one process
// is woken by a send in another without the coordinator. Starting and stopping a process
// is the coordinator's job (shared-processes.ts): the worker registers the new pid in the
// registry, then posts 'spawn' or 'stop' and goes on at once, as fork/exec or kill would.

import type { Runtime } from '../../vm/runtime.ts';
import { NULL } from '../../vm/heap.ts';
import { sysModules } from '../../vm/import.ts';
import { dictGetStr, dictSet } from '../../vm/objects/dict-core.ts';
import { moduleDict } from '../../vm/objects/module.ts';
import { bytesFromUint8 } from '../../vm/objects/bytes.ts';
import { registerSource, vm } from '../../vm/vm-state.ts';
import { MpRegistry } from '../../stdlib/native/mp-registry.ts';
import { setMpPlatform } from '../../stdlib/native/mp.ts';
import { CHILD_FILENAME, PAYLOAD_NAME } from './child-program.ts';
import type { Outbox } from '../shared/worker-host.ts';
import { codeBundleForChild, installCodeBundle } from './code-bundle.ts';

/** What a process's workers know about processes (RunSetup.mp). */
export interface ProcessSetup {
  registry: SharedArrayBuffer;
  pid: number;
  ppid: number;
  /** Where this process's trace string indices start (each process numbers its own). */
  stringBase: number;
  /** The run's main program: a child re-runs it as __mp_main__. */
  mainFilename: string;
  mainSource: string;
  /** A child's spawn payload (docs/processes.md, "How a child starts"). */
  payload?: Uint8Array;
  /** Compiled code from the parent (code-bundle.ts), over a SharedArrayBuffer. */
  code?: Uint8Array;
}

/** Messages a worker posts for processes (handled by SharedProcesses). */
export type ProcessRequest =
  | { type: 'spawn'; pid: number; ppid: number; name: string; payload: Uint8Array; code?: Uint8Array }
  | { type: 'stop'; pid: number; exitCode: number };

const registries = new WeakMap<SharedArrayBuffer, MpRegistry>();

function registryOf(buffer: SharedArrayBuffer): MpRegistry {
  let r = registries.get(buffer);
  if (r === undefined) registries.set(buffer, (r = new MpRegistry(buffer)));
  return r;
}

/** Gives a worker's Runtime `_kitchen_mp` (every worker of a process, main or pool). */
export function installWorkerProcesses(rt: Runtime, mp: ProcessSetup | undefined, cpuCount: number, outbox: Outbox): void {
  if (mp === undefined) return;
  const registry = registryOf(mp.registry);
  // This worker acts for mp.pid now (a warm worker may have served another process before).
  registry.owner = mp.pid;
  installCodeBundle(mp.code);
  setMpPlatform(rt, {
    registry,
    pid: mp.pid,
    ppid: mp.ppid,
    cpuCount,
    spawn: (_rt, payload, name) => {
      const pid = registry.newProcess(mp.pid);
      if (pid >= 0) {
        const code = codeBundleForChild(mp.mainFilename, mp.mainSource);
        outbox.post({ type: 'spawn', pid, ppid: mp.pid, name, payload: payload.slice(), code });
      }
      return pid;
    },
    stop: (_rt, pid, exitCode) => {
      // Ended now for everyone who joins; the coordinator then ends its workers.
      if (registry.endProcess(pid, exitCode)) outbox.post({ type: 'stop', pid, exitCode });
    },
    mainSource: () => [mp.mainFilename, mp.mainSource],
    exitNow: (rt2, status) => {
      // What was written so far goes out first (our stdout has no buffer that _exit would
      // lose); then the process's end, handled as its main thread's exit (its workers are
      // ended, joiners see the status). This thread waits, holding the GIL, until then.
      (rt2.host as { flush?(): void }).flush?.();
      outbox.post({ type: 'exit', exitCode: status });
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
    },
  });
  if (mp.payload !== undefined) {
    // A child: tracebacks show the parent's file (re-run as __mp_main__), not "<string>".
    vm(rt).sources.delete(CHILD_FILENAME);
    registerSource(rt, mp.mainFilename, mp.mainSource);
  }
}

/** A child's main worker, before its program runs: its trace strings' range and the
 *  payload its spawn_main(...) reads. */
export function prepareProcessMain(rt: Runtime, mp: ProcessSetup | undefined, i32: Int32Array, stringsIndex: number): void {
  if (mp === undefined) return;
  Atomics.store(i32, stringsIndex, mp.stringBase);
  if (mp.payload === undefined) return;
  const main = dictGetStr(rt, sysModules(rt), rt.intern('__main__'));
  if (main !== NULL) dictSet(rt, moduleDict(rt, main), rt.intern(PAYLOAD_NAME), bytesFromUint8(rt, mp.payload));
}
