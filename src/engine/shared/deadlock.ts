// Deadlock detection for the shared platform, run by the coordinator (which never blocks)
// from the process block's words alone (layout.ts).
//
// A process is deadlocked when every live thread waits on a futex word without a timeout,
// no thread is queued to start, each waited-on word still holds the value its waiter saw
// (nobody released anything), and nothing happened in between: the PROGRESS word (bumped
// at every GIL take after a drop and every wake-up) is unchanged across two consecutive
// checks. Python's python3 would simply hang; we report and end the run (issue 4, item 6).
//
// The report names who holds each awaited lock from the trace's acquire/release events
// (src/stdlib/native/thread.ts emits them with the lock's address), and a join shows as
// waiting for the thread's own tstate lock, which that thread holds while it lives.

import * as L from './layout.ts';
import { WorkerState } from './layout.ts';
import { BlockReason, type TraceEvent } from '../../trace/schema.ts';

export interface Waiter {
  tid: number;
  what: number;
  object: number;
}

export class DeadlockDetector {
  private lastProgress = -1;
  private strikes = 0;

  constructor(private readonly i32: Int32Array, private readonly base: number) {}

  /** One periodic check over workers 0..workers-1; returns the waiters once the deadlock
   *  is established (two checks in a row), else null. */
  check(workers: number): Waiter[] | null {
    const { i32, base } = this;
    const live = Atomics.load(i32, base + L.LIVE);
    const queued = Atomics.load(i32, base + L.Q_TAIL) - Atomics.load(i32, base + L.Q_HEAD);
    const progress = Atomics.load(i32, base + L.PROGRESS);
    const waiters: Waiter[] = [];
    let stuck = live > 0 && queued === 0;
    for (let w = 0; stuck && w < workers; w++) {
      const state = Atomics.load(i32, L.wordOf(base, w, L.WS_STATE));
      if (state === WorkerState.None) continue;
      if (state !== WorkerState.BlockedForever) { stuck = false; break; }
      const wake = i32[L.wordOf(base, w, L.WS_WAKE)]!;
      if (Atomics.load(i32, wake) !== i32[L.wordOf(base, w, L.WS_EXPECTED)]) { stuck = false; break; }
      waiters.push({
        tid: i32[L.wordOf(base, w, L.WS_TID)]!,
        what: i32[L.wordOf(base, w, L.WS_WHAT)]!,
        object: i32[L.wordOf(base, w, L.WS_OBJECT)]!,
      });
    }
    if (!stuck || waiters.length !== live) {
      this.strikes = 0;
      this.lastProgress = progress;
      return null;
    }
    this.strikes = progress === this.lastProgress ? this.strikes + 1 : 0;
    this.lastProgress = progress;
    return this.strikes >= 2 ? waiters : null;
  }
}

/** The stderr text for a deadlock: who waits for what, held by whom. */
export function deadlockReport(waiters: Waiter[], events: readonly TraceEvent[]): string {
  const names = new Map<number, string>();
  const holders = new Map<number, number>();
  const lines = new Map<number, number>();
  const ended = new Set<number>();
  for (const e of events) {
    if (e.kind === 'thread-start') names.set(e.tid, String(e.name ?? ''));
    else if (e.kind === 'thread-end') ended.add(e.tid);
    else if (e.kind === 'acquire') holders.set(Number(e.object), e.tid);
    else if (e.kind === 'release' && holders.get(Number(e.object)) === e.tid) holders.delete(Number(e.object));
    else if (e.kind === 'block' && e.line !== undefined) lines.set(e.tid, e.line);
  }
  const nameOf = (tid: number) => (names.get(tid) || `thread ${tid}`) + (ended.has(tid) ? ' (which has ended without releasing it)' : '');
  const out = ['kitchen: deadlock: every thread is waiting and none of them can wake another'];
  for (const w of waiters) {
    const what = WHAT[w.what] ?? 'lock';
    const at = lines.has(w.tid) ? ` (line ${lines.get(w.tid)})` : '';
    const obj = w.object !== 0 ? ` at 0x${w.object.toString(16)}` : '';
    const holder = holders.get(w.object);
    let target: string;
    let held = '';
    if (what === 'join') {
      target = holder !== undefined ? `to join ${nameOf(holder)}` : 'to join a thread';
    } else if (what === 'lock' || what === 'rlock') {
      target = `for ${what}${obj}`;
      held = holder === undefined ? ', held by no known thread' : holder === w.tid ? ', which it holds itself' : `, held by ${nameOf(holder)}`;
    } else {
      // Events, conditions, queues...: threading implements them with a lock the waiter
      // itself holds; what matters is that no thread is left to set/notify/put.
      target = `on ${what}${obj}`;
      held = ', which no running thread can signal';
    }
    out.push(`  ${nameOf(w.tid)}${at} waits ${target}${held}`);
  }
  return out.join('\n') + '\n';
}

const WHAT: Record<number, string> = {};
for (const [name, code] of Object.entries(BlockReason)) WHAT[code] = name;
