// Unit tests for the benchmark runner's argument parsing and summary statistic.
import { describe, expect, it } from 'vitest';
import { geometricMean, parseArgs, parseHeapLine } from './bench.ts';

describe('bench parseArgs', () => {
  it('has defaults: 3 runs, python3, our CLI', () => {
    const o = parseArgs([]);
    expect(o.runs).toBe(3);
    expect(o.python).toBe('python3');
    expect(o.ours.slice(-2)).toEqual([expect.stringMatching(/bin[\\/]kitchen\.mjs$/), 'run']);
    expect(o.filters).toEqual([]);
  });
  it('reads --filter (repeated and comma lists), --runs, --ours, --mem-all', () => {
    const o = parseArgs(['--filter', 'fib', '--filter=nbody,loops', '--runs', '5', '--ours', 'python3 -X dev', '--mem-all']);
    expect(o.filters).toEqual(['fib', 'nbody', 'loops']);
    expect(o.runs).toBe(5);
    expect(o.ours).toEqual(['python3', '-X', 'dev']);
    expect(o.memAll).toBe(true);
  });
  it('rejects bad values and unknown flags', () => {
    expect(() => parseArgs(['--runs', '0'])).toThrow(/positive integer/);
    expect(() => parseArgs(['--runs'])).toThrow(/needs a value/);
    expect(() => parseArgs(['--fast'])).toThrow(/unknown argument/);
  });
});

describe('geometricMean', () => {
  it('is the n-th root of the product', () => {
    expect(geometricMean([2, 8])).toBeCloseTo(4, 12);
    expect(geometricMean([1, 3, 9])).toBeCloseTo(3, 12);
    expect(geometricMean([5])).toBe(5);
  });
  it('is NaN for no ratios', () => {
    expect(geometricMean([])).toBeNaN();
  });
});

describe('parseHeapLine', () => {
  it('reads the heap figures a memory benchmark prints on stderr', () => {
    expect(parseHeapLine('x\nkitchen-heap: peak_bytes=300000 live_bytes=150000 collections=7\n'))
      .toEqual({ peak: 300000, live: 150000, collections: 7 });
  });
  it('is undefined without the line or with a zero live size', () => {
    expect(parseHeapLine('')).toBeUndefined();
    expect(parseHeapLine('kitchen-heap: peak_bytes=1 live_bytes=0')).toBeUndefined();
  });
});
