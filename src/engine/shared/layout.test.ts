import { describe, expect, it } from 'vitest';
import * as L from './layout.ts';

describe('process control block layout', () => {
  it('keeps the f64 START_MS on an even word, clear of its neighbours', () => {
    // worker-core.ts reads it as Float64Array index (base + START_MS) >> 1, base even: an
    // odd offset lays it over ATTACHED, and a child process then waited 3 s for its pool.
    expect(L.START_MS % 2).toBe(0);
    expect(L.START_MS).toBeGreaterThan(L.ATTACHED);
    expect(L.ATTACH_BREAKER).toBe(L.START_MS + 2);
  });

  it('gives each region its own words, in order', () => {
    const starts = [L.Q_ITEMS, L.W_BASE, L.IDLE_STACK_TOP, L.IDLE_STACK, L.IDLE_WAKE, L.BLOCK_WORDS];
    const ends = [L.Q_ITEMS + L.Q_ENTRY * L.Q_CAP, L.W_BASE + L.MAX_WORKERS * L.W_WORDS, L.IDLE_STACK_TOP + 1,
      L.IDLE_STACK + L.MAX_WORKERS, L.IDLE_WAKE + L.MAX_WORKERS];
    for (let i = 0; i < ends.length; i++) expect(ends[i]).toBeLessThanOrEqual(starts[i + 1]!);
  });
});
