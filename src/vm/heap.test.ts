// The heap: tagged values, allocation (alignment, zeroing, headers, raw and refs blocks),
// the cap, growable buffers, and two workers' views of one shared heap.
import { describe, expect, it } from 'vitest';
import {
  Heap, HeapExhausted, HEAP_START, NULL, SMALL_INT_MAX, SMALL_INT_MIN, BLOCK_RAW, BLOCK_REFS,
  isSmallInt, smallInt, smallIntValue, fitsSmallInt, type Ref,
} from './heap.ts';
import { Runtime } from './runtime.ts';
import { testHost } from './test-host.ts';
import { PyError } from './errors.ts';
import * as A from './abstract.ts';

describe('tagged values', () => {
  it('round-trips small ints at the edges of the 31-bit range', () => {
    for (const n of [0, 1, -1, SMALL_INT_MAX, SMALL_INT_MIN, 12345, -98765]) {
      const r = smallInt(n);
      expect(isSmallInt(r)).toBe(true);
      expect(smallIntValue(r)).toBe(n);
    }
    expect(fitsSmallInt(SMALL_INT_MAX + 1)).toBe(false);
    expect(fitsSmallInt(SMALL_INT_MIN - 1)).toBe(false);
    expect(isSmallInt(NULL)).toBe(false);
  });
});

describe('Heap allocation', () => {
  const type = 64 as Ref; // any even word stands in for a type address here
  it('returns 8-byte aligned, zeroed blocks with the header written', () => {
    const h = Heap.create({ capBytes: 1 << 20 });
    const seen = new Set<number>();
    for (let i = 0; i < 500; i++) {
      const r = h.alloc(type, 4 + (i % 40));
      expect(r % 8).toBe(0);
      expect(r).toBeGreaterThanOrEqual(HEAP_START);
      expect(h.typeOf(r)).toBe(type);
      expect(h.sizeOf(r)).toBe(Math.max(16, (4 + (i % 40) + 7) & ~7));
      for (let w = 2; w < h.sizeOf(r) / 4; w++) expect(h.i32[(r >> 2) + w]).toBe(0);
      h.i32[(r >> 2) + 2] = -1; // dirty it: a later block must still come back zeroed
      expect(seen.has(r)).toBe(false);
      seen.add(r);
    }
  });
  it('raw and refs blocks carry their markers and payload size', () => {
    const h = Heap.create({ capBytes: 1 << 20 });
    const raw = h.allocRaw(100);
    expect(h.typeOf(raw)).toBe(BLOCK_RAW);
    expect(h.payloadBytes(raw)).toBeGreaterThanOrEqual(100);
    const refs = h.allocRefs(10);
    expect(h.typeOf(refs)).toBe(BLOCK_REFS);
    expect(h.payloadBytes(refs)).toBeGreaterThanOrEqual(40);
  });
  it('serves large requests and throws HeapExhausted at the cap', () => {
    const h = Heap.create({ capBytes: 1 << 20 });
    const big = h.alloc(type, 200_000);
    expect(h.sizeOf(big)).toBe(200_000);
    expect(() => { for (;;) h.alloc(type, 100_000); }).toThrow(HeapExhausted);
    expect(h.used().topBytes).toBeLessThanOrEqual(1 << 20);
  });
  it('grows a growable buffer toward the cap', () => {
    const h = Heap.create({ capBytes: 8 << 20, initialBytes: 64 << 10, growable: true });
    const before = h.buffer.byteLength;
    const views = h.i32;
    for (let i = 0; i < 2000; i++) h.alloc(type, 1024);
    expect(h.buffer.byteLength).toBeGreaterThan(before);
    expect(h.i32).toBe(views); // length-tracking views are never replaced
    expect(views.length * 4).toBe(h.buffer.byteLength);
  });
  it('two workers attached to one shared heap get disjoint memory', () => {
    const h1 = Heap.create({ shared: true, capBytes: 4 << 20 });
    const h2 = Heap.attach(h1.buffer as SharedArrayBuffer);
    expect(h2.slot).not.toBe(h1.slot);
    const a = new Set<number>(), b = new Set<number>();
    for (let i = 0; i < 3000; i++) { a.add(h1.alloc(type, 24)); b.add(h2.alloc(type, 40)); }
    for (const r of a) expect(b.has(r)).toBe(false);
    expect(() => Heap.attach(new SharedArrayBuffer(1 << 16))).toThrow(/not a Concurrency Kitchen heap/);
  });
});

describe('Runtime and the cap', () => {
  it('raises the preallocated MemoryError when the cap is hit', () => {
    const rt = Runtime.create({ host: testHost(), heap: { capBytes: 2 << 20 } });
    const memErr = rt.memoryError;
    let caught: unknown = null;
    try { for (let i = 0; i < 1e6; i++) rt.newStr('x'.repeat(1000)); } catch (e) { caught = e; }
    expect(caught).toBeInstanceOf(PyError);
    expect((caught as PyError).exc).toBe(memErr);
    expect(A.typeName(rt, memErr)).toBe('MemoryError');
  });
  it('an attached runtime reads the same singletons and types', () => {
    const rt = Runtime.create({ host: testHost(), heap: { shared: true, capBytes: 16 << 20 } });
    const rt2 = Runtime.attach(rt.heap.buffer as SharedArrayBuffer, testHost());
    expect(rt2.none).toBe(rt.none);
    expect(rt2.types.ValueError).toBe(rt.types.ValueError);
    const s = rt.newStr('shared text');
    expect(rt2.jsStr(s)).toBe('shared text');
    expect(rt2.intern('spam')).toBe(rt.intern('spam'));
    const f = rt2.newFloat(2.5);
    expect(rt.jsStr(A.repr(rt, A.binaryOp(rt, f, smallInt(2), A.BinOp.MULTIPLY)))).toBe('5.0');
  });
});
