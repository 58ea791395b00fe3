import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from '../../python/parser';
import { lintBlockingInAsync } from '../../python/lint-async';
import { lintMarker, utf8OffsetToColumn } from './async-lint-markers';

describe('async lint markers', () => {
  it('converts UTF-8 byte offsets to UTF-16 columns', () => {
    expect(utf8OffsetToColumn('    time.sleep(1)', 4)).toBe(5);
    // "é" is 2 bytes, "😀" 4 bytes and 2 UTF-16 units.
    expect(utf8OffsetToColumn('é = 1', 2)).toBe(2);
    expect(utf8OffsetToColumn('😀x', 4)).toBe(3);
    expect(utf8OffsetToColumn('😀x', 5)).toBe(4);
  });

  it('marks time.sleep in the guide asyncio example with the reason and the alternative', () => {
    const src = readFileSync(new URL('../../../public/examples/06_asyncio_gather_blocking_sleep.py', import.meta.url), 'utf8');
    const lines = src.split('\n');
    const found = lintBlockingInAsync(parse(src, 'main.py'));
    const markers = found.map((f) => lintMarker(f, (n) => lines[n - 1]!, lines.length));
    expect(markers).toHaveLength(1);
    const m = markers[0]!;
    expect([m.startLineNumber, m.startColumn, m.endLineNumber]).toEqual([10, 5, 10]);
    expect(lines[9]!.slice(m.startColumn - 1, m.endColumn - 1)).toBe('time.sleep(0.5)');
    expect(m.message).toContain('blocks the event loop');
    expect(m.message).toContain('await asyncio.sleep');
  });

  it('keeps a marker non-empty and inside the text', () => {
    const m = lintMarker({ lineno: 9, col_offset: 3, end_lineno: 9, end_col_offset: 3, message: 'm', suggestion: 's' }, () => 'abc', 2);
    expect(m.startLineNumber).toBe(2);
    expect(m.endColumn).toBe(m.startColumn + 1);
  });
});
