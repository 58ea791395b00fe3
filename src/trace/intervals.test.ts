import { describe, expect, it } from 'vitest';
import { buildModel, computeStats } from './intervals';
import type { TraceEvent } from './schema';

const ev = (t: number, tid: number, kind: TraceEvent['kind'], extra: Record<string, unknown> = {}): TraceEvent =>
  ({ t, pid: 1, tid, kind, ...extra }) as TraceEvent;

describe('buildModel', () => {
  // Two CPU-bound threads handing the GIL back and forth, then one sleeps.
  const events: TraceEvent[] = [
    ev(0, 1, 'thread-start', { name: 'MainThread' }),
    ev(0, 1, 'gil-take', { switched: true }),
    ev(10, 2, 'thread-start', { name: 'worker' }),
    ev(10, 2, 'gil-wait'),
    ev(15, 2, 'gil-drop-request', { holder: 1 }),
    ev(16, 1, 'gil-drop', { reason: 'interval' }),
    ev(16, 2, 'gil-take', { switched: true }),
    ev(30, 2, 'gil-drop', { reason: 'blocking' }),
    ev(30, 2, 'block', { what: 'sleep' }),
    ev(30, 1, 'gil-take', { switched: true }),
    ev(50, 2, 'unblock', { what: 'sleep' }),
    ev(50, 2, 'gil-wait'),
    ev(60, 1, 'gil-drop', { reason: 'exit' }),
    ev(60, 1, 'thread-end'),
    ev(60, 2, 'gil-take', { switched: true }),
    ev(70, 2, 'gil-drop', { reason: 'exit' }),
    ev(70, 2, 'thread-end'),
  ];
  const model = buildModel(events);

  it('gives each thread its states in order', () => {
    const of = (tid: number) => model.segments.filter((s) => s.tid === tid).map((s) => [s.state, s.what, s.start, s.end]);
    expect(of(1)).toEqual([
      ['running', undefined, 0, 16],
      ['waiting-gil', undefined, 16, 30],
      ['running', undefined, 30, 60],
    ]);
    expect(of(2)).toEqual([
      ['waiting-gil', undefined, 10, 16],
      ['running', undefined, 16, 30],
      ['blocked', 'sleep', 30, 50],
      ['waiting-gil', undefined, 50, 60],
      ['running', undefined, 60, 70],
    ]);
  });

  it('tracks the GIL holder and never has two running threads under the GIL', () => {
    expect(model.gil.map((g) => [g.holder, g.start, g.end])).toEqual([
      [1, 0, 16], [2, 16, 30], [1, 30, 60], [2, 60, 70],
    ]);
    expect(Math.max(...model.concurrency.map((c) => c.running))).toBe(1);
    expect(model.dropRequests).toHaveLength(1);
  });

  it('computes CPU, GIL-wait, switches and parallelism', () => {
    const stats = computeStats(model);
    expect(stats.wall).toBe(70);
    expect(stats.gilSwitches).toBe(3);
    const t1 = stats.threads.find((t) => t.tid === 1)!;
    const t2 = stats.threads.find((t) => t.tid === 2)!;
    expect([t1.cpu, t1.gilWait, t1.blocked]).toEqual([46, 14, 0]);
    expect([t2.cpu, t2.gilWait, t2.blocked]).toEqual([24, 16, 20]);
    expect(stats.parallelism).toBeCloseTo(70 / 70);
    expect([t1.switchesIn, t2.switchesIn]).toEqual([1, 2]);
    expect(stats.maxRunning).toBe(1);
  });
});

describe('buildModel: tasks, processes, messages, free-threaded runs', () => {
  it('gives each asyncio task its running and awaiting segments under its loop thread', () => {
    const m = buildModel([
      ev(0, 1, 'thread-start', { name: 'MainThread' }),
      ev(0, 1, 'gil-take'),
      ev(10, 1, 'task-create', { task: 77, name: 'fetch' }),
      ev(20, 1, 'task-step', { task: 77, line: 4 }),
      ev(30, 1, 'task-step-end', { task: 77, awaits: 'sleep 0.5' }),
      ev(80, 1, 'task-step', { task: 77 }),
      ev(90, 1, 'task-end', { task: 77, outcome: 'result' }),
      ev(100, 1, 'gil-drop', { reason: 'exit' }),
      ev(100, 1, 'thread-end'),
    ]);
    expect(m.tasks).toHaveLength(1);
    expect(m.tasks[0]).toMatchObject({ tid: 1, name: 'fetch', created: 10, ended: 90 });
    expect(m.tasks[0]!.segments.map((s) => [s.state, s.awaits, s.start, s.end])).toEqual([
      ['running', undefined, 20, 30], ['awaiting', 'sleep 0.5', 30, 80], ['running', undefined, 80, 90],
    ]);
  });

  it('pairs sends with recvs per channel, first in first out, and names processes', () => {
    const m = buildModel([
      { t: 0, pid: 10, tid: 1, kind: 'process-start', name: 'MainProcess' },
      { t: 0, pid: 10, tid: 1, kind: 'thread-start', name: 'MainThread' },
      { t: 5, pid: 11, tid: 1, kind: 'process-start', name: 'Process-1', parent: 10 },
      { t: 10, pid: 10, tid: 1, kind: 'send', channel: 3, to: 11 },
      { t: 12, pid: 10, tid: 1, kind: 'send', channel: 3, to: 11 },
      { t: 20, pid: 11, tid: 1, kind: 'recv', channel: 3, from: 10 },
      { t: 40, pid: 11, tid: 1, kind: 'process-end', exitCode: 0 },
    ] as TraceEvent[]);
    expect(m.messages.map((x) => [x.from.t, x.to?.t])).toEqual([[10, 20], [12, undefined]]);
    expect(m.processes).toEqual([{ pid: 10, name: 'MainProcess', start: 0 }, { pid: 11, name: 'Process-1', start: 5, parent: 10, end: 40 }]);
  });

  it('reads a trace without GIL events as free-threaded: threads run at once, in parallel', () => {
    const m = buildModel([
      ev(0, 1, 'thread-start', { name: 'MainThread' }),
      ev(5, 2, 'thread-start', { name: 'a' }),
      ev(5, 3, 'thread-start', { name: 'b' }),
      ev(50, 2, 'thread-end'),
      ev(60, 3, 'thread-end'),
      ev(70, 1, 'thread-end'),
    ]);
    expect(m.freeThreaded).toBe(true);
    expect(m.maxRunning).toBe(3);
    expect(computeStats(m).parallelism).toBeCloseTo((70 + 45 + 55) / 70);
  });

  it('renames a thread on a thread-name event', () => {
    const m = buildModel([ev(0, 1, 'thread-start', { name: 'Thread-1' }), { t: 1, pid: 1, tid: 1, kind: 'thread-name' as TraceEvent['kind'], name: 'cook' }]);
    expect(m.threads[0]!.name).toBe('cook');
  });
});

import { toChromeTrace } from './export-chrome';

describe('toChromeTrace', () => {
  it('emits complete events for segments and names for threads', () => {
    const events: TraceEvent[] = [
      ev(0, 1, 'thread-start', { name: 'MainThread' }),
      ev(0, 1, 'gil-take', { switched: true }),
      ev(5, 1, 'print', { text: 'hi\n' }),
      ev(9, 1, 'gil-drop', { reason: 'exit' }),
      ev(9, 1, 'thread-end'),
    ];
    const trace = toChromeTrace(buildModel(events), events);
    const names = trace.traceEvents.filter((e) => e.ph === 'M').map((e) => e.args?.name);
    expect(names).toContain('MainThread');
    expect(names).toContain('GIL');
    const x = trace.traceEvents.filter((e) => e.ph === 'X');
    expect(x.map((e) => [e.name, e.ts, e.dur])).toEqual([['running', 0, 9], ['held by MainThread', 0, 9]]);
    expect(trace.traceEvents.some((e) => e.ph === 'i' && e.args?.text === 'hi\n')).toBe(true);
  });
});
