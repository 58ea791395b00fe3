// asyncio trace events (schema.ts): their records decode with names resolved, and
// buildModel turns them into per-task lanes (running / awaiting what, how each task ended)
// and per-loop spans (waiting for a timer, held by a blocking step).
import { describe, expect, it } from 'vitest';
import { TraceLog, TraceReader } from './ring';
import { decodeEvent } from './decode';
import { buildModel } from './intervals';
import type { TraceEvent } from './schema';

const ev = (t: number, kind: TraceEvent['kind'], extra: Record<string, unknown> = {}, tid = 1): TraceEvent =>
  ({ t, pid: 7, tid, kind, ...extra }) as TraceEvent;

describe('asyncio trace records', () => {
  it('decode task and loop events with their string and number arguments', () => {
    const log = TraceLog.create(16, false);
    const strings = ['', 'Task-1', 'sleep 0.5', 'cancelled'];
    log.emit(1, 'task-create', 7, 1, 12, 4242, 1);
    log.emit(2, 'task-step', 7, 1, 30, 4242, 8);
    log.emit(3, 'task-step-end', 7, 1, 9, 4242, 2);
    log.emit(4, 'loop-idle', 7, 1, 0, 500_000);
    log.emit(5, 'loop-blocked', 7, 1, 0, 4242, 150_000);
    log.emit(6, 'task-end', 7, 1, 9, 4242, 3);
    const evs = new TraceReader(log).poll((l, s) => decodeEvent(l, s, strings));
    expect(evs).toEqual([
      { t: 1, pid: 7, tid: 1, kind: 'task-create', line: 12, task: 4242, name: 'Task-1' },
      { t: 2, pid: 7, tid: 1, kind: 'task-step', line: 8, task: 4242 },
      { t: 3, pid: 7, tid: 1, kind: 'task-step-end', line: 9, task: 4242, awaits: 'sleep 0.5' },
      { t: 4, pid: 7, tid: 1, kind: 'loop-idle', micros: 500_000 },
      { t: 5, pid: 7, tid: 1, kind: 'loop-blocked', task: 4242, micros: 150_000 },
      { t: 6, pid: 7, tid: 1, kind: 'task-end', line: 9, task: 4242, outcome: 'cancelled' },
    ]);
  });
});

describe('buildModel for asyncio', () => {
  it('gives each task its steps, what it awaited, and how it ended', () => {
    // Two tasks sleeping 0.5 s with asyncio.sleep: the loop idles while both wait.
    const events = [
      ev(0, 'thread-start', { name: 'MainThread' }),
      ev(0, 'task-create', { task: 1, name: 'Task-1' }),
      ev(0, 'task-create', { task: 2, name: 'Task-2' }),
      ev(10, 'task-step', { task: 1, line: 8 }),
      ev(20, 'task-step-end', { task: 1, line: 9, awaits: 'sleep 0.5' }),
      ev(20, 'task-step', { task: 2, line: 8 }),
      ev(30, 'task-step-end', { task: 2, line: 9, awaits: 'sleep 0.5' }),
      ev(30, 'loop-idle', { micros: 500_000 }),
      ev(31, 'block', { what: 'select' }),
      ev(500_010, 'unblock', { what: 'select' }),
      ev(500_020, 'task-step', { task: 1, line: 9 }),
      ev(500_030, 'task-end', { task: 1, outcome: 'result' }),
      ev(500_030, 'task-step', { task: 2, line: 9 }),
      ev(500_040, 'task-end', { task: 2, outcome: 'exception' }),
      ev(500_050, 'thread-end'),
    ];
    const m = buildModel(events);
    expect(m.tasks.map((k) => [k.name, k.outcome, k.ended])).toEqual([['Task-1', 'result', 500_030], ['Task-2', 'exception', 500_040]]);
    expect(m.tasks[0]!.segments.map((s) => [s.state, s.awaits, s.start, s.end, s.line])).toEqual([
      ['running', undefined, 10, 20, 8],
      ['awaiting', 'sleep 0.5', 20, 500_020, 9],
      ['running', undefined, 500_020, 500_030, 9],
    ]);
    // The loop waited from its loop-idle until its thread woke (the unblock).
    expect(m.loopIdle).toEqual([{ pid: 7, tid: 1, start: 30, end: 500_010 }]);
    expect(m.loopBlocked).toEqual([]);
  });

  it('shows time.sleep inside coroutines as loop-blocked spans one after another', () => {
    // The guide's example: each step sleeps 0.5 s without awaiting, so the steps run in turn.
    const events: TraceEvent[] = [ev(0, 'thread-start', { name: 'MainThread' })];
    for (let i = 0; i < 3; i++) events.push(ev(0, 'task-create', { task: 10 + i, name: `Task-${i + 3}` }));
    for (let i = 0; i < 3; i++) {
      const t0 = i * 500_000;
      events.push(ev(t0, 'task-step', { task: 10 + i, line: 6 }));
      events.push(ev(t0 + 500_000, 'task-end', { task: 10 + i, outcome: 'result' }));
      events.push(ev(t0 + 500_000, 'loop-blocked', { task: 10 + i, micros: 500_000 }));
    }
    const m = buildModel(events);
    expect(m.loopBlocked!.map((b) => [b.task, b.start, b.end])).toEqual([[10, 0, 500_000], [11, 500_000, 1_000_000], [12, 1_000_000, 1_500_000]]);
    // Each task ran for 0.5 s, and never two at once.
    const running = m.tasks.flatMap((k) => k.segments.filter((s) => s.state === 'running'));
    expect(running.map((s) => s.end - s.start)).toEqual([500_000, 500_000, 500_000]);
    expect(running[1]!.start).toBe(running[0]!.end);
  });
});
