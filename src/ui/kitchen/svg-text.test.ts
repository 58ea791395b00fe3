import { describe, expect, it } from 'vitest';
import { charsThatFit, esc, fitEnd, fitMiddle, num, wrapWords } from './svg-text';

describe('svg text helpers', () => {
  it('escapes markup and quotes', () => {
    expect(esc('a<b>&"c"')).toBe('a&lt;b&gt;&amp;&quot;c&quot;');
  });

  it('prints numbers with at most two decimals and no negative zero', () => {
    expect(num(1 / 3)).toBe('0.33');
    expect(num(-0.001)).toBe('0');
    expect(num(12)).toBe('12');
  });

  it('cuts names in the middle, keeping both ends, and never exceeds the limit', () => {
    expect(fitMiddle('ThreadPoolExecutor-0_3', 10)).toBe('Thre\u2026r-0_3');
    expect([...fitMiddle('ThreadPoolExecutor-0_3', 10)]).toHaveLength(10);
    expect(fitMiddle('cook-1', 10)).toBe('cook-1');
    expect(fitEnd('waits: sleep 0.5', 8)).toBe('waits: \u2026');
  });

  it('wraps words into lines no longer than the limit', () => {
    const lines = wrapWords('cook-2 waits for the stove: in one kitchen only one chef may cook at a time', 20);
    expect(lines.every((l) => l.length <= 20)).toBe(true);
    expect(lines.join(' ')).toBe('cook-2 waits for the stove: in one kitchen only one chef may cook at a time');
    expect(charsThatFit(100, 10)).toBe(17);
  });
});
