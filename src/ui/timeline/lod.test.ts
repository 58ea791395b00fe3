// Levels of detail: a bucket's dominant class is the one covering most of it, coarser levels
// agree with summing the finer ones, and the cores pyramid keeps maxima.
import { describe, expect, it } from 'vitest';
import { buildCoverageLod, buildMaxLod, forEachBucket, levelFor } from './lod';

describe('coverage pyramid', () => {
  // 10,000 intervals of 1 µs alternating class 0 and 1, except the last quarter all class 2.
  const items = Array.from({ length: 10_000 }, (_, i) => ({ start: i, end: i + 1, c: i >= 7500 ? 2 : i % 3 === 0 ? 1 : 0 }));
  const lod = buildCoverageLod(items, 0, 10_000, 3, (x) => x.c);

  it('picks a level about a pixel wide, or none when zoomed in past the buckets', () => {
    expect(levelFor(lod, lod.width / 2)).toBe(-1);
    expect(levelFor(lod, lod.width)).toBe(0);
    expect(levelFor(lod, lod.width * 4.5)).toBe(2);
    expect(levelFor(lod, 1e12)).toBe(lod.levels.length - 1);
  });

  it('gives each bucket the class that covered most of it, at every level', () => {
    // Levels whose buckets span at least 8 intervals (class 0 covers two thirds of them).
    for (let k = 0; k < lod.levels.length; k++) {
      if (lod.width * 2 ** k < 8) continue;
      const seen: number[] = [];
      forEachBucket(lod, k, 0, 10_000, (s, e, cls) => {
        if (e <= 7400) seen.push(cls);
        if (s >= 7600 && e <= 10_000) expect(cls).toBe(2);
      });
      expect(new Set(seen)).toEqual(new Set([0]));
    }
    const total = lod.levels[lod.levels.length - 1]!.reduce((a, b) => a + b, 0);
    expect(total).toBeCloseTo(10_000, 0);
  });
});

describe('max pyramid', () => {
  it('keeps the largest step value in each bucket', () => {
    const steps = [{ t: 0, running: 1 }, { t: 500, running: 3 }, { t: 501, running: 1 }, { t: 2000, running: 0 }];
    const lod = buildMaxLod(steps, 0, 2000);
    const top = lod.levels.length - 1;
    const vals: number[] = [];
    forEachBucket(lod, top, 0, 2000, (_s, _e, _c, v) => vals.push(v));
    expect(Math.max(...vals)).toBe(3);
    expect(vals.filter((v) => v === 3)).toHaveLength(1);
  });
});
