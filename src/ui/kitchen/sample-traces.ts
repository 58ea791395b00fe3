// Small synthetic traces, one per kind of program in the guide (sequential, threads with GIL
// contention + sleep + a lock, processes in parallel with messages, asyncio with a blocking
// call), shaped like the virtual platform's output (src/trace/schema.ts). The kitchen's tests
// and its render benchmark draw these; they are hand-written event lists, not engine output,
// so a test of the drawing does not depend on the interpreter.

import type { TraceEvent } from '../../trace/schema';

export const ev = (t: number, pid: number, tid: number, kind: TraceEvent['kind'], extra: Record<string, unknown> = {}): TraceEvent =>
  ({ t, pid, tid, kind, ...extra }) as TraceEvent;

/** One chef: cooks, sleeps (away), cooks again, finishes. */
export function sequentialTrace(): TraceEvent[] {
  return [
    ev(0, 100, 1, 'thread-start', { name: 'MainThread' }),
    ev(0, 100, 1, 'gil-take', { switched: true }),
    ev(4000, 100, 1, 'gil-drop', { reason: 'blocking' }),
    ev(4000, 100, 1, 'block', { what: 'sleep' }),
    ev(6000, 100, 1, 'unblock', { what: 'sleep' }),
    ev(6000, 100, 1, 'gil-wait'),
    ev(6001, 100, 1, 'gil-take', { switched: false }),
    ev(9000, 100, 1, 'gil-drop', { reason: 'exit' }),
    ev(9000, 100, 1, 'thread-end'),
  ];
}

/**
 * MainThread and three workers in one process. Instants worth drawing:
 *   100    MainThread cooks; cook-1, cook-2 queue; cook-3 arriving
 *   5015   cook-1 taps MainThread's shoulder (drop request pending)
 *   5500   cook-1 cooks; MainThread back in the queue
 *   11500  cook-1 asleep (away); cook-2 at the pantry, cook-1 holds the key
 *   20000  MainThread waits on a join at the pantry, cook-3 done
 */
export function threadsTrace(): TraceEvent[] {
  const p = 200;
  return [
    ev(0, p, 1, 'thread-start', { name: 'MainThread' }),
    ev(0, p, 1, 'gil-take', { switched: true }),
    ev(10, p, 2, 'thread-start', { name: 'cook-1' }),
    ev(10, p, 2, 'gil-wait'),
    ev(20, p, 3, 'thread-start', { name: 'cook-2' }),
    ev(20, p, 3, 'gil-wait'),
    ev(30, p, 4, 'thread-start', { name: 'cook-3' }),
    ev(5010, p, 2, 'gil-drop-request', { holder: 1 }),
    ev(5020, p, 1, 'gil-drop', { reason: 'interval' }),
    ev(5020, p, 2, 'gil-take', { switched: true }),
    ev(5020, p, 1, 'gil-wait'),
    ev(6000, p, 2, 'acquire', { what: 'lock', object: 77 }),
    ev(9000, p, 2, 'gil-drop', { reason: 'blocking' }),
    ev(9000, p, 2, 'block', { what: 'sleep', line: 12 }),
    ev(9000, p, 3, 'gil-take', { switched: true }),
    ev(10000, p, 3, 'gil-drop', { reason: 'blocking' }),
    ev(10000, p, 3, 'block', { what: 'lock', object: 77, line: 14 }),
    ev(10000, p, 4, 'gil-wait'),
    ev(10001, p, 4, 'gil-take', { switched: true }),
    ev(15000, p, 4, 'gil-drop', { reason: 'exit' }),
    ev(15000, p, 4, 'thread-end'),
    ev(15000, p, 1, 'gil-take', { switched: true }),
    ev(16000, p, 1, 'gil-drop', { reason: 'blocking' }),
    ev(16000, p, 1, 'block', { what: 'join', object: 3, line: 20 }),
  ];
}

/**
 * `processes` processes of `threadsPer` threads each, every main thread cooking in parallel
 * and the others queued, asleep or at the pantry in turn; process 0 sends a message to every
 * other process at t = 1000.
 */
export function processesTrace(processes: number, threadsPer: number): TraceEvent[] {
  const out: TraceEvent[] = [];
  for (let p = 0; p < processes; p++) {
    const pid = 4242 + p;
    out.push(ev(p * 10, pid, 1, 'process-start', { name: p === 0 ? 'MainProcess' : `Process-${p}`, parent: p === 0 ? 0 : 4242 }));
    for (let k = 1; k <= threadsPer; k++) {
      const t = p * 10 + k;
      out.push(ev(t, pid, k, 'thread-start', { name: k === 1 ? 'MainThread' : `worker-${p}-${k}` }));
      if (k === 1) out.push(ev(t, pid, k, 'gil-take', { switched: true }));
      else if (k % 3 === 2) out.push(ev(t, pid, k, 'gil-wait'));
      else if (k % 3 === 0) out.push(ev(t, pid, k, 'block', { what: 'sleep' }));
      else out.push(ev(t, pid, k, 'block', { what: 'queue', object: 9 }));
    }
  }
  for (let p = 1; p < processes; p++) out.push(ev(1000, 4242, 1, 'send', { channel: p, to: 4242 + p }));
  return out.sort((a, b) => a.t - b.t);
}

/** One thread running an event loop with three tasks; Task-2 calls time.sleep (blocking). */
export function asyncioTrace(): TraceEvent[] {
  const p = 300;
  return [
    ev(0, p, 1, 'thread-start', { name: 'MainThread' }),
    ev(0, p, 1, 'gil-take', { switched: true }),
    ev(10, p, 1, 'task-create', { task: 1, name: 'Task-1' }),
    ev(10, p, 1, 'task-create', { task: 2, name: 'Task-2' }),
    ev(10, p, 1, 'task-create', { task: 3, name: 'fetch-menu' }),
    ev(20, p, 1, 'task-step', { task: 1 }),
    ev(30, p, 1, 'task-step-end', { task: 1, awaits: 'sleep 0.5' }),
    ev(40, p, 1, 'task-step', { task: 2, line: 9 }),
    ev(50, p, 1, 'gil-drop', { reason: 'blocking' }),
    ev(50, p, 1, 'block', { what: 'sleep', line: 9 }),
  ];
}
