// Free-threaded attach/detach and stop-the-world (ft-world.ts) across real worker threads:
// while the world is stopped no runner is inside its critical part, runners park at their
// check points when asked, and every stop completes (none waits forever for a thread that
// detached, parked, or attached while the stop began).
import { describe, expect, it } from 'vitest';
import { Worker } from 'node:worker_threads';
import * as L from './layout.ts';
import { FtWorld, FtState } from './ft-world.ts';

const BASE = 0;
const BREAKERS = L.BLOCK_WORDS;        // slots 1..8
const PROBE = BREAKERS + 16;
const WORDS = PROBE + 8;

function thread(sab: SharedArrayBuffer, me: number, iterations: number, stops: number, threads: number): Promise<{ parks: number; stops: number }> {
  const w = new Worker(new URL('../__test-workers__/ts-entry.mjs', import.meta.url), {
    workerData: {
      __entry: new URL('./__test-workers__/ft-thread.ts', import.meta.url).href,
      sab, base: BASE, me, breakers: BREAKERS, probe: PROBE, iterations, stops, threads,
    },
  });
  return new Promise((resolve, reject) => {
    w.once('message', resolve);
    w.once('error', reject);
  });
}

describe('free-threaded world (attach, detach, stop the world)', () => {
  it('parks every runner while the world is stopped, and every stop completes', async () => {
    const sab = new SharedArrayBuffer(4 * WORDS);
    const i32 = new Int32Array(sab);
    FtWorld.init(i32, BASE);
    const runners = 3, stops = 200;
    const results = await Promise.all([0, 1, 2, 3].map((me) => thread(sab, me, 60_000, stops, runners + 1)));
    expect(i32[PROBE + 2]).toBe(0);                 // no runner inside while stopped
    expect(results[0]!.stops).toBe(stops);          // each stop returned
    expect(i32[BASE + L.FT_STW_COUNT]).toBe(stops);
    // Runners were asked to park at check points (a stop that only ever found them
    // detached would not test the eval-breaker path).
    expect(results.slice(1).reduce((a, r) => a + r.parks, 0)).toBeGreaterThan(0);
    // Everyone detached at the end, nothing is left requested or locked.
    for (let w = 0; w <= runners; w++) expect(i32[L.wordOf(BASE, w, L.WS_ATTACH)]).toBe(FtState.Detached);
    expect(i32[BASE + L.FT_STW_REQUESTED]).toBe(0);
    expect(i32[BASE + L.FT_STW_MUTEX]).toBe(0);
  }, 60_000);
});
