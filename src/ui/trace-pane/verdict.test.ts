// Unit tests of the verdict lines on synthetic traces shaped like the guide's examples.
import { describe, expect, it } from 'vitest';
import { buildModel, computeStats } from '../../trace/intervals.ts';
import type { TraceEvent } from '../../trace/schema.ts';
import { verdicts } from './verdict.ts';

const e = (t: number, tid: number, kind: string, extra: Record<string, unknown> = {}, pid = 1): TraceEvent =>
  ({ t, pid, tid, kind, ...extra }) as TraceEvent;

const run = (events: TraceEvent[]) => {
  const m = buildModel(events);
  return verdicts(m, computeStats(m));
};

describe('verdicts', () => {
  it('CPU-bound threads under the GIL take turns', () => {
    // Two workers of 100 µs of CPU each, alternating: 201 µs from the first start to the last end.
    const v = run([
      e(0, 1, 'thread-start', { name: 'MainThread' }), e(0, 1, 'gil-take'),
      e(1, 2, 'thread-start'), e(1, 2, 'gil-wait'), e(1, 3, 'thread-start'), e(1, 3, 'gil-wait'),
      e(2, 1, 'gil-drop', { reason: 'blocking' }), e(2, 1, 'block', { what: 'join' }),
      e(2, 2, 'gil-take'), e(52, 2, 'gil-drop', { reason: 'interval' }), e(52, 2, 'gil-wait'),
      e(52, 3, 'gil-take'), e(102, 3, 'gil-drop', { reason: 'interval' }), e(102, 3, 'gil-wait'),
      e(102, 2, 'gil-take'), e(152, 2, 'gil-drop', { reason: 'exit' }), e(152, 2, 'thread-end'),
      e(152, 3, 'gil-take'), e(202, 3, 'gil-drop', { reason: 'exit' }), e(202, 3, 'thread-end'),
      e(202, 1, 'unblock', { what: 'join' }), e(202, 1, 'gil-take'), e(203, 1, 'gil-drop', { reason: 'exit' }), e(203, 1, 'thread-end'),
    ]);
    expect(v.map((x) => x.text)).toEqual(["CPU-bound threads: 2 threads took 2.01× one thread's time — the GIL let only one run at a time"]);
  });

  it('I/O-bound threads overlap their waits', () => {
    const ev: TraceEvent[] = [e(0, 1, 'thread-start', { name: 'MainThread' }), e(0, 1, 'gil-take')];
    for (let k = 2; k <= 4; k++) ev.push(e(k, k, 'thread-start'), e(k, k, 'gil-wait'));
    ev.push(e(5, 1, 'gil-drop', { reason: 'blocking' }), e(5, 1, 'block', { what: 'join' }));
    for (let k = 2; k <= 4; k++) ev.push(e(5 + k, k, 'gil-take'), e(6 + k, k, 'gil-drop', { reason: 'blocking' }), e(6 + k, k, 'block', { what: 'sleep' }));
    for (let k = 2; k <= 4; k++) ev.push(e(500_006 + k, k, 'unblock', { what: 'sleep' }), e(500_006 + k, k, 'gil-wait'));
    for (let k = 2; k <= 4; k++) ev.push(e(500_010 + k, k, 'gil-take'), e(500_011 + k, k, 'gil-drop', { reason: 'exit' }), e(500_011 + k, k, 'thread-end'));
    ev.sort((a, b) => a.t - b.t);
    const v = run(ev);
    expect(v).toHaveLength(1);
    expect(v[0]!.kind).toBe('io-threads');
    expect(v[0]!.text).toMatch(/^I\/O-bound threads: 3 threads waited 1\.50 s in all, yet took 500\.\d ms together/);
  });

  it('asyncio switching at await, and a blocking call freezing the loop', () => {
    const base = [
      e(0, 1, 'thread-start', { name: 'MainThread' }), e(0, 1, 'gil-take'),
      e(1, 1, 'task-create', { task: 1, name: 'Task-1' }), e(1, 1, 'task-create', { task: 2, name: 'Task-2' }),
    ];
    const good = run([...base,
      e(2, 1, 'task-step', { task: 1 }), e(3, 1, 'task-step-end', { task: 1, awaits: 'sleep 0.5' }),
      e(3, 1, 'task-step', { task: 2 }), e(4, 1, 'task-step-end', { task: 2, awaits: 'sleep 0.5' }),
      e(500_003, 1, 'task-step', { task: 1 }), e(500_004, 1, 'task-end', { task: 1 }),
      e(500_004, 1, 'task-step', { task: 2 }), e(500_005, 1, 'task-end', { task: 2 }),
    ]);
    expect(good.map((v) => v.kind)).toEqual(['asyncio']);
    expect(good[0]!.text).toContain('2 tasks awaited 1.00 s in all on one thread, and finished in 500.0 ms');
    const bad = run([...base,
      e(2, 1, 'task-step', { task: 1 }), e(3, 1, 'gil-drop', { reason: 'blocking' }), e(3, 1, 'block', { what: 'sleep' }),
      e(500_003, 1, 'unblock', { what: 'sleep' }), e(500_003, 1, 'gil-take'), e(500_004, 1, 'task-end', { task: 1 }),
      e(500_004, 1, 'task-step', { task: 2 }), e(500_005, 1, 'task-end', { task: 2 }),
    ]);
    expect(bad.map((v) => v.text)).toEqual(['asyncio: a blocking call inside a coroutine froze the event loop for 500.0 ms — no other task could run until it returned']);
  });

  it('threads stuck on locks', () => {
    const v = run([
      e(0, 1, 'thread-start', { name: 'MainThread' }), e(0, 1, 'gil-take'),
      e(1, 2, 'thread-start', { name: 'alice' }), e(1, 2, 'gil-wait'), e(1, 3, 'thread-start', { name: 'bob' }), e(1, 3, 'gil-wait'),
      e(2, 1, 'gil-drop', { reason: 'blocking' }), e(2, 1, 'block', { what: 'join' }),
      e(2, 2, 'gil-take'), e(3, 2, 'gil-drop', { reason: 'blocking' }), e(3, 2, 'block', { what: 'lock', object: 8 }),
      e(3, 3, 'gil-take'), e(4, 3, 'gil-drop', { reason: 'blocking' }), e(4, 3, 'block', { what: 'lock', object: 9 }),
      e(1000, 1, 'thread-end'), e(1000, 2, 'thread-end'), e(1000, 3, 'thread-end'),
    ]);
    expect(v.map((x) => x.text)).toEqual(['Locks: alice, bob spent 100% of their time waiting for a lock another thread held — if each holds what the other waits for, that is a deadlock']);
  });

  it('processes run in parallel, each with its own GIL', () => {
    const v = run([
      e(0, 1, 'thread-start', { name: 'MainThread' }, 10), e(0, 1, 'gil-take', {}, 10),
      e(0, 1, 'thread-start', { name: 'MainThread' }, 11), e(0, 1, 'gil-take', {}, 11),
      e(100, 1, 'gil-drop', { reason: 'exit' }, 10), e(100, 1, 'thread-end', {}, 10),
      e(100, 1, 'gil-drop', { reason: 'exit' }, 11), e(100, 1, 'thread-end', {}, 11),
    ]);
    expect(v.map((x) => x.text)).toEqual(['Processes: 2 processes, each with its own GIL — up to 2 ran at the same instant; parallelism 2.00×']);
  });
});
