// Unit tests of createWaitSync: Atomics.wait where SharedArrayBuffer exists, the busy-wait fallback otherwise.
import { describe, expect, it } from 'vitest';
import { createWaitSync } from './wait-sync.ts';

describe('createWaitSync', () => {
  it('uses Atomics.wait in Node and blocks for the requested time', () => {
    const w = createWaitSync(() => performance.now());
    expect(w.kind).toBe('atomics');
    const t0 = performance.now();
    expect(w.wait(0, 0, 30_000)).toBe('timed-out');
    expect(performance.now() - t0).toBeGreaterThanOrEqual(29);
  });

  it('falls back to a busy wait where SharedArrayBuffer is missing', () => {
    const saved = globalThis.SharedArrayBuffer;
    // Simulate a page that is not cross-origin isolated: the constructor is hidden.
    (globalThis as { SharedArrayBuffer?: unknown }).SharedArrayBuffer = undefined;
    try {
      const w = createWaitSync(() => performance.now());
      expect(w.kind).toBe('busy');
      const t0 = performance.now();
      w.wait(0, 0, 20_000);
      expect(performance.now() - t0).toBeGreaterThanOrEqual(19);
    } finally {
      globalThis.SharedArrayBuffer = saved;
    }
  });
});
