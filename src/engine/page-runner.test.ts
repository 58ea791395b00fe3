// Unit tests of the page runner's trace reordering (events from several workers arrive
// slightly out of time order) and of its platform choice outside a browser.
import { describe, expect, it } from 'vitest';
import { EventReorderer, PageRunner } from './page-runner.ts';
import type { TraceEvent } from '../trace/schema.ts';

const ev = (t: number, tid = 1): TraceEvent => ({ t, pid: 1, tid, kind: 'print' });

describe('EventReorderer', () => {
  it('releases events in time order, 250 ms behind the newest, and the rest at the end', () => {
    const out: number[][] = [];
    const r = new EventReorderer((events) => out.push(events.map((e) => e.t)));
    r.push([ev(10), ev(300_000), ev(5)]);
    expect(out).toEqual([[5, 10]]); // 300,000 is within 250 ms of the newest: held
    r.push([ev(200_000, 2), ev(700_000)]);
    expect(out).toEqual([[5, 10], [200_000, 300_000]]);
    r.end();
    expect(out).toEqual([[5, 10], [200_000, 300_000], [700_000]]);
  });

  it('keeps the arrival order of events at the same instant', () => {
    const got: TraceEvent[] = [];
    const r = new EventReorderer((events) => got.push(...events));
    r.push([ev(1, 1), ev(1, 2), ev(0, 3), ev(1, 4)]);
    r.end();
    expect(got.map((e) => e.tid)).toEqual([3, 1, 2, 4]);
  });
});

describe('PageRunner', () => {
  it('uses the shared platform only where SharedArrayBuffer comes with cross-origin isolation', () => {
    // Node has SharedArrayBuffer but no crossOriginIsolated: the run worker path.
    expect(PageRunner.usesShared({ platform: 'shared' })).toBe(false);
    (globalThis as { crossOriginIsolated?: boolean }).crossOriginIsolated = true;
    try {
      expect(PageRunner.usesShared({ platform: 'shared' })).toBe(true);
      expect(PageRunner.usesShared({ platform: 'virtual' })).toBe(false);
      expect(PageRunner.usesShared({})).toBe(false);
    } finally {
      delete (globalThis as { crossOriginIsolated?: boolean }).crossOriginIsolated;
    }
  });
});
