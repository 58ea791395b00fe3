// A large block taken from the large free list may be 8 bytes longer than asked (a remainder
// too small to list stays with it): its header must say so, or the heap walk (the sweep)
// reads those 8 bytes as a zero header. This is what made bench/list_work.py fail with
// "gc: corrupt heap header" under frequent collections.
import { describe, expect, it } from 'vitest';
import { Runtime } from './runtime.ts';
import { testHost } from './test-host.ts';
import { collect } from './gc.ts';
import { type Ref, BLOCK_RAW, HEAP_START, M_LARGE_FREE, M_TOP } from './heap.ts';

describe('large blocks from the free list', () => {
  it('cover a remainder too small to list, so the heap stays walkable', () => {
    const rt = Runtime.create({ host: testHost(), heap: { capBytes: 64 << 20 } });
    collect(rt);
    const heap = rt.heap;
    rt.pushRoot(heap.allocRaw(16));
    heap.allocRaw(20000); // dropped: its run goes to the large free list
    rt.pushRoot(heap.allocRaw(20000)); // kept after it, so the run is not at the top
    collect(rt);
    const i32 = heap.i32;
    const run = i32[M_LARGE_FREE];
    expect(run).not.toBe(0);
    const len = (i32[(run >> 2) + 1] >>> 4) << 3;
    const r = heap.alloc(BLOCK_RAW as Ref, len - 8);
    expect(r).toBe(run);
    expect(heap.sizeOf(r)).toBe(len);
    for (let p = HEAP_START; p < i32[M_TOP]; p += (i32[(p >> 2) + 1] >>> 4) << 3) {
      expect((i32[(p >> 2) + 1] >>> 4) << 3).toBeGreaterThan(0);
    }
    expect(() => collect(rt)).not.toThrow();
  });
});
