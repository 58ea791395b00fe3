// Unit tests of the playback helpers for the editor and the console: each thread's line at an
// instant, and the console's text up to an instant.
import { describe, expect, it } from 'vitest';
import type { TraceEvent } from '../../trace/schema';
import { indexThreadLines, threadLinesAt } from './thread-lines';
import { consoleAt, printsOf } from './console-at';

const ev = (t: number, tid: number, kind: TraceEvent['kind'], extra: Record<string, unknown> = {}): TraceEvent =>
  ({ t, pid: 1, tid, kind, ...extra }) as TraceEvent;

const events: TraceEvent[] = [
  ev(0, 1, 'thread-start', { name: 'MainThread', line: 1 }),
  ev(0, 1, 'gil-take', { line: 1 }),
  ev(10, 2, 'thread-start', { name: 'cook-1', line: 5 }),
  ev(20, 1, 'print', { text: 'a\n', stream: 1, line: 9 }),
  ev(30, 2, 'print', { text: 'b\n', stream: 1, line: 4 }),
  ev(30, 2, 'block', { what: 'sleep', line: 6 }),
  ev(40, 1, 'print', { text: 'oops\n', stream: 2, line: 11 }),
  ev(50, 2, 'thread-end'),
];

describe('threadLinesAt', () => {
  const idx = indexThreadLines(events);
  it('gives each live thread the line of its latest event', () => {
    expect(threadLinesAt(idx, 5).map((l) => [l.name, l.line])).toEqual([['MainThread', 1]]);
    expect(threadLinesAt(idx, 25).map((l) => [l.name, l.line])).toEqual([['MainThread', 9], ['cook-1', 5]]);
    expect(threadLinesAt(idx, 35).map((l) => [l.name, l.line])).toEqual([['MainThread', 9], ['cook-1', 6]]);
  });
  it('drops finished threads and colours threads apart', () => {
    const at = threadLinesAt(idx, 60);
    expect(at.map((l) => l.name)).toEqual(['MainThread']);
    const both = threadLinesAt(idx, 35);
    expect(both[0]!.color).not.toBe(both[1]!.color);
  });
});

describe('consoleAt', () => {
  const prints = printsOf(events);
  it('shows what was printed up to the instant, stdout and stderr apart', () => {
    expect(consoleAt(prints, 25).map((c) => [c.stream, c.text])).toEqual([['stdout', 'a\n']]);
    expect(consoleAt(prints, 45).map((c) => [c.stream, c.text])).toEqual([['stdout', 'a\nb\n'], ['stderr', 'oops\n']]);
    expect(consoleAt(prints, -1)).toEqual([]);
  });
  it('keeps only the last characters beyond the limit', () => {
    expect(consoleAt(prints, 45, 6).map((c) => c.text).join('')).toBe('\noops\n');
  });
});
