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
    expect(x.map((e) => [e.name, e.ts, e.dur])).toEqual([['running', 0, 9], ['held by 1', 0, 9]]);
    expect(trace.traceEvents.some((e) => e.ph === 'i' && e.args?.text === 'hi\n')).toBe(true);
  });
});
