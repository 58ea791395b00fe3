// Unit tests of the stats line, from a small hand-made trace whose figures are known.
import { describe, expect, it } from 'vitest';
import { buildModel, computeStats } from '../../trace/intervals.ts';
import type { TraceEvent } from '../../trace/schema.ts';
import { statsLine } from './stats-line.ts';

// Two threads hand the GIL back and forth: A runs 0–100, B 100–250, A 250–300 µs.
const ev = (t: number, tid: number, kind: TraceEvent['kind'], extra: Record<string, unknown> = {}): TraceEvent => ({ t, pid: 1, tid, kind, ...extra });
const events: TraceEvent[] = [
  ev(0, 1, 'thread-start', { name: 'A' }),
  ev(0, 2, 'thread-start', { name: 'B' }),
  ev(0, 1, 'gil-take'),
  ev(100, 1, 'gil-drop', { reason: 'interval' }),
  ev(100, 2, 'gil-take'),
  ev(250, 2, 'gil-drop', { reason: 'exit' }),
  ev(250, 2, 'thread-end'),
  ev(250, 1, 'gil-take'),
  ev(300, 1, 'gil-drop', { reason: 'exit' }),
  ev(300, 1, 'thread-end'),
];

describe('statsLine', () => {
  it('gives wall time, GIL switches and parallelism, and says when time is simulated', () => {
    const stats = computeStats(buildModel(events));
    expect(stats.gilSwitches).toBe(2);
    expect(statsLine(stats, 'virtual')).toBe('Wall time 300 µs (simulated) · GIL switches 2 · parallelism 1.00×');
    expect(statsLine(stats, 'shared')).toBe('Wall time 300 µs · GIL switches 2 · parallelism 1.00×');
  });
});
