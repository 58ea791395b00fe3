import { describe, expect, it } from 'vitest';
import { buildModel } from '../../trace/intervals';
import type { TraceEvent } from '../../trace/schema';
import { renderTimelineSvg } from './render-svg';

const ev = (t: number, tid: number, kind: TraceEvent['kind'], extra: Record<string, unknown> = {}): TraceEvent =>
  ({ t, pid: 7, tid, kind, ...extra }) as TraceEvent;

describe('renderTimelineSvg', () => {
  const events = [
    ev(0, 1, 'thread-start', { name: 'MainThread' }),
    ev(0, 1, 'gil-take'),
    ev(100, 1, 'gil-drop', { reason: 'blocking' }),
    ev(100, 1, 'block', { what: 'sleep' }),
    ev(300, 1, 'unblock', { what: 'sleep' }),
    ev(300, 1, 'gil-take'),
    ev(400, 1, 'gil-drop', { reason: 'exit' }),
    ev(400, 1, 'thread-end'),
  ];
  it('is deterministic and draws each state with its own pattern', () => {
    const a = renderTimelineSvg(buildModel(events), { width: 600, platform: 'virtual', cores: 2 });
    const b = renderTimelineSvg(buildModel(events), { width: 600, platform: 'virtual', cores: 2 });
    expect(a).toBe(b);
    expect(a).toContain('MainThread');
    expect(a).toContain('GIL · pid 7');
    expect(a).toContain('sleeping · 200 µs');
    expect(a).toMatch(/<pattern id="p-dots-/);
    expect(a).toContain('simulated time');
  });
});
