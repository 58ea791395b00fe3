// The race table of issue 4 (acceptance 2) on the shared platform: real workers over one
// SharedArrayBuffer heap, the Atomics GIL, switch interval 1 µs. Four threads × 200,000
// `counter += 1` end at exactly 800,000 in every one of 10 runs, while
// `counter = add_one(counter)` loses updates in at least 8 of 10 — as CPython 3.10+ gives it.
// In free-threaded mode (PEP 703, no GIL) both lose updates in at least 8 of 10: nothing
// keeps the other threads out between a load and its store, as in python3.13t.
//
// Why += is exact under the GIL: the eval breaker (where a thread can be asked to drop the
// GIL) is checked only at RESUME, JUMP_BACKWARD and after calls (CPython 3.10+,
// Python/bytecodes.c; DESIGN.md §4). `counter += 1` is LOAD_GLOBAL, LOAD_CONST, BINARY_OP,
// STORE_GLOBAL with no check point between the load and the store, so no other thread can
// run in between. `counter = add_one(counter)` has a call between them: its RESUME and the
// check after the call are check points, so a switch can land after the load and before the
// store, and the thread then stores a stale value. (python3.11 here: atomic 800000 in 10 of
// 10 runs; racy loses updates in 10 of 10.)
//
// Slow by design (10 runs × 1.6 million loop iterations with a switch at nearly every
// interval): 15–40 s on 2 busy cores. Expected values come from python3, not from the engine.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { runShared, nodeWarmPool } from './run-shared-node.ts';

const RACE = readFileSync(new URL('./__fixtures__/race.py', import.meta.url), 'utf8');
const RUNS = 10;

beforeAll(async () => {
  await nodeWarmPool(6).whenLoaded();
}, 60_000);

afterAll(() => {
  nodeWarmPool().dispose();
});

describe('race table on the shared platform (switch interval 1 µs)', () => {
  it(`counter += 1 is exact in ${RUNS} of ${RUNS} runs; add_one loses updates in at least 8`, async () => {
    const rows: { atomic: number; racy: number; seconds: number; switches: number; requests: number }[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      const r = await runShared(RACE, { filename: 'race.py', timeLimitMs: 120_000, poolSize: 4 });
      expect(r.stderr).toBe('');
      expect(r.exitCode).toBe(0);
      const m = /^atomic (\d+)\nracy (\d+)\n$/.exec(r.stdout);
      expect(m, r.stdout).not.toBeNull();
      rows.push({
        atomic: Number(m![1]),
        racy: Number(m![2]),
        seconds: (performance.now() - t0) / 1000,
        switches: r.events.filter((e) => e.kind === 'gil-take' && e.switched).length,
        requests: r.events.filter((e) => e.kind === 'gil-drop-request').length,
      });
    }
    console.log('run  atomic  racy    s     GIL switches  drop requests');
    rows.forEach((w, i) => console.log(`${String(i + 1).padStart(3)}  ${w.atomic}  ${String(w.racy).padStart(6)}  ${w.seconds.toFixed(1).padStart(4)}  ${String(w.switches).padStart(12)}  ${String(w.requests).padStart(13)}`));
    for (const w of rows) {
      expect(w.atomic).toBe(800_000);
      expect(w.racy).toBeLessThanOrEqual(800_000);
      // The GIL really changed hands many times in each run (the race had its chances).
      expect(w.switches).toBeGreaterThan(20);
    }
    expect(rows.filter((w) => w.racy < 800_000).length).toBeGreaterThanOrEqual(8);
  }, 600_000);
});

describe('race table on the shared platform in free-threaded mode', () => {
  it(`counter += 1 and add_one both lose updates in at least 8 of ${RUNS} runs`, async () => {
    const rows: { atomic: number; racy: number; seconds: number; gilEvents: number }[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      const r = await runShared(RACE, { filename: 'race.py', timeLimitMs: 120_000, poolSize: 4, freeThreaded: true });
      expect(r.stderr).toBe('');
      expect(r.exitCode).toBe(0);
      const m = /^atomic (\d+)\nracy (\d+)\n$/.exec(r.stdout);
      expect(m, r.stdout).not.toBeNull();
      rows.push({
        atomic: Number(m![1]),
        racy: Number(m![2]),
        seconds: (performance.now() - t0) / 1000,
        gilEvents: r.events.filter((e) => e.kind.startsWith('gil-')).length,
      });
    }
    console.log('free-threaded: run  atomic  racy    s');
    rows.forEach((w, i) => console.log(`free-threaded: ${String(i + 1).padStart(3)}  ${String(w.atomic).padStart(6)}  ${String(w.racy).padStart(6)}  ${w.seconds.toFixed(1).padStart(4)}`));
    for (const w of rows) {
      // No GIL at all: not one GIL event, and no count above the number of increments.
      expect(w.gilEvents).toBe(0);
      expect(w.atomic).toBeLessThanOrEqual(800_000);
      expect(w.racy).toBeLessThanOrEqual(800_000);
    }
    expect(rows.filter((w) => w.atomic < 800_000).length).toBeGreaterThanOrEqual(8);
    expect(rows.filter((w) => w.racy < 800_000).length).toBeGreaterThanOrEqual(8);
  }, 600_000);
});
