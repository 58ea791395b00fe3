// Unit tests of the store's slices: batched console appends, run status.
import { describe, expect, it } from 'vitest';
import { createKitchenStore } from './index.ts';
import { appendChunks, CHUNK_SIZE, trimToLimit } from './console-slice.ts';

describe('console slice', () => {
  it('appends a batch in one update and merges neighbours of the same stream', () => {
    const s = createKitchenStore();
    let updates = 0;
    s.subscribe(() => updates++);
    s.getState().append([
      { stream: 'stdout', text: 'a' },
      { stream: 'stdout', text: 'b' },
      { stream: 'stderr', text: 'E' },
    ]);
    s.getState().append([{ stream: 'stderr', text: 'F' }, { stream: 'system', text: 'stopped' }]);
    expect(updates).toBe(2);
    expect(s.getState().chunks).toEqual([
      { id: 0, stream: 'stdout', text: 'ab' },
      { id: 1, stream: 'stderr', text: 'EF' },
      { id: 2, stream: 'system', text: 'stopped' },
    ]);
  });

  it('does not mutate the previous chunk list, and starts a new chunk when one is full', () => {
    const before = [{ id: 7, stream: 'stdout' as const, text: 'x' }];
    const after = appendChunks(before, [{ stream: 'stdout', text: 'y' }], 8);
    expect(before[0].text).toBe('x');
    expect(after).toEqual({ chunks: [{ id: 7, stream: 'stdout', text: 'xy' }], nextId: 8 });
    const full = appendChunks([{ id: 0, stream: 'stdout', text: 'z'.repeat(CHUNK_SIZE) }], [{ stream: 'stdout', text: 'w' }], 1);
    expect(full.chunks.map((c) => [c.id, c.text.length])).toEqual([[0, CHUNK_SIZE], [1, 1]]);
  });

  it('keeps the tail when output exceeds the limit', () => {
    const r = trimToLimit([{ id: 0, stream: 'stdout', text: 'abc' }, { id: 1, stream: 'stderr', text: 'defg' }], 5);
    expect(r).toEqual({ chunks: [{ id: 0, stream: 'stdout', text: 'c' }, { id: 1, stream: 'stderr', text: 'defg' }], dropped: 2 });
    const whole = trimToLimit([{ id: 0, stream: 'stdout', text: 'ab' }, { id: 1, stream: 'stdout', text: 'cd' }, { id: 2, stream: 'system', text: 'e' }], 3);
    expect(whole).toEqual({ chunks: [{ id: 1, stream: 'stdout', text: 'cd' }, { id: 2, stream: 'system', text: 'e' }], dropped: 2 });
  });

  it('splits a large write into chunks of at most CHUNK_SIZE', () => {
    const r = appendChunks([{ id: 0, stream: 'stdout', text: 'x'.repeat(CHUNK_SIZE - 1) }], [{ stream: 'stdout', text: 'y'.repeat(CHUNK_SIZE + 2) }], 1);
    expect(r.chunks.map((c) => c.text.length)).toEqual([CHUNK_SIZE, CHUNK_SIZE, 1]);
    expect(r.nextId).toBe(3);
  });
});

describe('run slice', () => {
  it('counts runs and records how they end', () => {
    const s = createKitchenStore();
    s.getState().runStarted();
    expect(s.getState()).toMatchObject({ status: 'running', runNumber: 1, exitCode: null });
    s.getState().runEnded('done', 1);
    expect(s.getState()).toMatchObject({ status: 'done', exitCode: 1 });
  });
});

describe('trace slice', () => {
  const ev = (t: number) => ({ t, pid: 1, tid: 1, kind: 'gil-take' as const });

  it('appends each slice of events in one update and resets on a new trace', () => {
    const s = createKitchenStore('virtual');
    let updates = 0;
    s.subscribe(() => updates++);
    s.getState().traceStarted({ platform: 'virtual', cores: 4, seed: 1 });
    s.getState().appendEvents([ev(0), ev(1), ev(2)]);
    s.getState().appendEvents([ev(3)]);
    s.getState().traceEnded();
    expect(updates).toBe(4);
    expect(s.getState().events.map((e) => e.t)).toEqual([0, 1, 2, 3]);
    expect(s.getState().traceComplete).toBe(true);
    s.getState().setCursor(2);
    s.getState().setPlaying(true);
    s.getState().traceStarted({ platform: 'shared', cores: 8 });
    expect(s.getState()).toMatchObject({ events: [], traceComplete: false, cursor: null, playing: false, traceInfo: { platform: 'shared', cores: 8 } });
  });

  it('starts with the platform it is given', () => {
    expect(createKitchenStore('shared').getState().platform).toBe('shared');
    expect(createKitchenStore().getState().platform).toBe('virtual');
  });
});
