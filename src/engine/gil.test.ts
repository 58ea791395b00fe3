import { describe, expect, it } from 'vitest';
import { Worker } from 'node:worker_threads';
import { Gil, GIL_WORDS } from './gil';

const GIL_BASE = 0;
const BREAKERS = GIL_WORDS;          // slots 0..15
const COUNTER = BREAKERS + 16;
const HOLDERS = COUNTER + 1;         // [holders, violation, ready]

function spin(sab: SharedArrayBuffer, slot: number, iterations: number): Promise<{ drops: number }> {
  const w = new Worker(new URL('./__test-workers__/ts-entry.mjs', import.meta.url), {
    workerData: { __entry: new URL('./__test-workers__/gil-spinner.ts', import.meta.url).href, sab, slot, iterations, counterIndex: COUNTER, gilBase: GIL_BASE, breakers: BREAKERS, holdersIndex: HOLDERS, threads: 3 },
  });
  return new Promise((resolve, reject) => {
    w.once('message', resolve);
    w.once('error', reject);
  });
}

describe('GIL over Atomics (port of CPython 3.13 ceval_gil.c)', () => {
  it('excludes mutually, hands over on drop requests, and loses no update', async () => {
    const sab = new SharedArrayBuffer(4 * 64);
    const i32 = new Int32Array(sab);
    Gil.init(i32, GIL_BASE);
    const gil = new Gil(i32, { base: GIL_BASE, breakerIndex: (s) => BREAKERS + s });
    gil.intervalMicros = 200; // short interval so a short test sees many switches
    const N = 200_000;
    const results = await Promise.all([1, 2, 3].map((slot) => spin(sab, slot, N)));
    expect(i32[COUNTER]).toBe(3 * N);          // the GIL made the non-atomic increment safe
    expect(i32[HOLDERS + 1]).toBe(0);          // never two holders at once
    expect(gil.locked).toBe(false);
    // Started together, CPU-bound threads are each asked to drop, and the GIL changes
    // hands many times (a GIL that never switched would leave drops at 0).
    const drops = results.map((r) => r.drops);
    expect(drops.filter((d) => d > 0).length).toBeGreaterThanOrEqual(2);
    expect(gil.switchNumber).toBeGreaterThan(10);
  });

  it('sets the drop request on the holder only after a whole interval without a switch', () => {
    const sab = new SharedArrayBuffer(4 * 64);
    const i32 = new Int32Array(sab);
    Gil.init(i32, GIL_BASE);
    const gil = new Gil(i32, { base: GIL_BASE, breakerIndex: (s) => BREAKERS + s });
    gil.take(1);
    expect(gil.lastHolder).toBe(1);
    expect(gil.dropRequested(1)).toBe(false);
    gil.drop(1, 'blocking');
    expect(gil.locked).toBe(false);
    gil.take(1); // re-taking by the same thread is not a switch
    expect(gil.switchNumber).toBe(1);
    gil.drop(1, 'exit');
  });
});
