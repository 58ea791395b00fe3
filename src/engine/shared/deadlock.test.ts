// The deadlock detector on hand-made process blocks (no workers): it must fire only when
// every live thread waits forever on a word that still holds the awaited value, nothing is
// queued, and nothing moved between two checks.

import { describe, expect, it } from 'vitest';
import { DeadlockDetector, deadlockReport } from './deadlock.ts';
import * as L from './layout.ts';
import { WorkerState } from './layout.ts';
import type { TraceEvent } from '../../trace/schema.ts';

function block(): { i32: Int32Array; set: (w: number, state: WorkerState, tid: number, wake?: number, expected?: number, what?: number, object?: number) => void } {
  const i32 = new Int32Array(new SharedArrayBuffer(4 * (L.BLOCK_WORDS + 64)));
  const set = (w: number, state: WorkerState, tid: number, wake = 0, expected = 0, what = 1, object = 0) => {
    i32[L.wordOf(0, w, L.WS_STATE)] = state;
    i32[L.wordOf(0, w, L.WS_TID)] = tid;
    i32[L.wordOf(0, w, L.WS_WAKE)] = wake;
    i32[L.wordOf(0, w, L.WS_EXPECTED)] = expected;
    i32[L.wordOf(0, w, L.WS_WHAT)] = what;
    i32[L.wordOf(0, w, L.WS_OBJECT)] = object;
  };
  return { i32, set };
}

const LOCK_A = L.BLOCK_WORDS + 2, LOCK_B = L.BLOCK_WORDS + 10;

describe('DeadlockDetector', () => {
  it('reports two threads waiting forever on held locks, after two quiet checks', () => {
    const { i32, set } = block();
    i32[L.LIVE] = 2;
    i32[LOCK_A] = 1;
    i32[LOCK_B] = 1;
    set(0, WorkerState.BlockedForever, 5, LOCK_A, 1, 1, 100);
    set(1, WorkerState.BlockedForever, 6, LOCK_B, 1, 1, 200);
    const d = new DeadlockDetector(i32, 0);
    expect(d.check(2)).toBeNull();
    expect(d.check(2)).toBeNull();
    expect(d.check(2)).toEqual([{ tid: 5, what: 1, object: 100 }, { tid: 6, what: 1, object: 200 }]);
  });

  it('does not fire while a thread runs, sleeps, is queued, or a lock was released', () => {
    const { i32, set } = block();
    i32[L.LIVE] = 2;
    i32[LOCK_A] = 1;
    set(0, WorkerState.BlockedForever, 5, LOCK_A, 1);
    set(1, WorkerState.BlockedTimed, 6);
    const d = new DeadlockDetector(i32, 0);
    for (let k = 0; k < 4; k++) expect(d.check(2)).toBeNull();
    set(1, WorkerState.BlockedForever, 6, LOCK_B, 1);
    i32[LOCK_B] = 0; // released: the waiter will wake
    for (let k = 0; k < 4; k++) expect(d.check(2)).toBeNull();
    i32[LOCK_B] = 1;
    i32[L.Q_TAIL] = 1; // a thread waits in the start queue
    for (let k = 0; k < 4; k++) expect(d.check(2)).toBeNull();
    i32[L.Q_TAIL] = 0;
    expect(d.check(2)).toBeNull();
    i32[L.PROGRESS]++; // something happened between checks
    expect(d.check(2)).toBeNull();
    expect(d.check(2)).toBeNull();
    expect(d.check(2)).not.toBeNull();
  });

  it('names holders from acquire/release events', () => {
    const ev = (kind: TraceEvent['kind'], tid: number, rest: Record<string, unknown> = {}): TraceEvent => ({ t: 0, pid: 1, tid, kind, ...rest });
    const events = [
      ev('thread-start', 1, { name: 'MainThread' }),
      ev('thread-start', 5, { name: 'T1' }),
      ev('thread-start', 6, { name: 'T2' }),
      ev('acquire', 5, { what: 'lock', object: 100 }),
      ev('acquire', 6, { what: 'lock', object: 200 }),
      ev('acquire', 5, { what: 'lock', object: 300 }),
      ev('block', 5, { line: 7, what: 'lock', object: 200 }),
      ev('block', 6, { line: 12, what: 'lock', object: 100 }),
      ev('block', 1, { line: 17, what: 'join', object: 300 }),
    ];
    const text = deadlockReport([{ tid: 1, what: 3, object: 300 }, { tid: 5, what: 1, object: 200 }, { tid: 6, what: 1, object: 100 }], events);
    expect(text).toBe([
      'kitchen: deadlock: every thread is waiting and none of them can wake another',
      '  MainThread (line 17) waits to join T1',
      '  T1 (line 7) waits for lock at 0xc8, held by T2',
      '  T2 (line 12) waits for lock at 0x64, held by T1',
      '',
    ].join('\n'));
  });

  it('says when the holder has ended without releasing', () => {
    const events: TraceEvent[] = [
      { t: 0, pid: 1, tid: 1, kind: 'thread-start', name: 'MainThread' },
      { t: 1, pid: 1, tid: 5, kind: 'thread-start', name: 'T1' },
      { t: 2, pid: 1, tid: 5, kind: 'acquire', what: 'lock', object: 64 },
      { t: 3, pid: 1, tid: 5, kind: 'thread-end' },
    ];
    expect(deadlockReport([{ tid: 1, what: 1, object: 64 }], events)).toMatch(/MainThread waits for lock at 0x40, held by T1 \(which has ended without releasing it\)/);
  });
});
