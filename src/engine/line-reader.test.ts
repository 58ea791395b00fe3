// Unit tests of createLineReader (input() over a known block of stdin).
import { describe, expect, it } from 'vitest';
import { createLineReader } from './line-reader.ts';

describe('createLineReader', () => {
  it('returns lines without newlines, then null', () => {
    const r = createLineReader(() => 'a\n\nb\nlast');
    expect([r(), r(), r(), r(), r()]).toEqual(['a', '', 'b', 'last', null]);
  });
  it('reads its text lazily, once', () => {
    let calls = 0;
    const r = createLineReader(() => (calls++, 'x\n'));
    expect(calls).toBe(0);
    expect(r()).toBe('x');
    expect(r()).toBe(null);
    expect(calls).toBe(1);
  });
});
