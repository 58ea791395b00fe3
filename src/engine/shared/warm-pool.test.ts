// The warm pool's refill policy: a take() spawns only what is needed now (plus one spare
// when the reserve ran dry); the rest of the reserve is refilled when the run ends
// (fillSoon), so worker boots do not compete with a run that is starting its threads.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WarmPool, type WorkerLike } from './warm-pool.ts';
import type { FromWorker } from './messages.ts';

interface Fake extends WorkerLike {
  load(): void;
  terminated: boolean;
}

function fakeSpawner(): { spawn: () => Fake; spawned: Fake[] } {
  const spawned: Fake[] = [];
  const spawn = (): Fake => {
    let onMessage: (m: FromWorker) => void = () => {};
    const w: Fake = {
      terminated: false,
      post: () => {},
      onMessage: (f) => { onMessage = f; },
      onError: () => {},
      terminate: () => { w.terminated = true; },
      load: () => onMessage({ type: 'loaded' }),
    };
    spawned.push(w);
    return w;
  };
  return { spawn, spawned };
}

/** A pool of `target` workers, all loaded. */
async function loadedPool(target: number): Promise<{ pool: WarmPool; spawned: Fake[] }> {
  const { spawn, spawned } = fakeSpawner();
  const pool = new WarmPool(spawn, target);
  const ready = pool.whenLoaded();
  for (const w of spawned) w.load();
  await ready;
  return { pool, spawned };
}

describe('WarmPool', () => {
  beforeEach(() => { vi.useFakeTimers(); });
  afterEach(() => { vi.useRealTimers(); });

  it('fills the reserve at once on whenLoaded', async () => {
    const { spawn, spawned } = fakeSpawner();
    const pool = new WarmPool(spawn, 3);
    const done = pool.whenLoaded();
    expect(spawned.length).toBe(3);
    spawned[0]!.load();
    expect(pool.loaded).toBe(1);
    for (const w of spawned.slice(1)) w.load();
    await done;
    expect(pool.size).toBe(3);
    expect(pool.loaded).toBe(3);
  });

  it('does not refill while a run takes workers, only when fillSoon is called', async () => {
    const { spawn, spawned } = fakeSpawner();
    const pool = new WarmPool(spawn, 3);
    const ready = pool.whenLoaded();
    for (const w of spawned) w.load();
    await ready;
    const a = pool.takeReporting();
    const b = pool.takeReporting();
    expect(a.loaded && b.loaded).toBe(true);
    expect(spawned.length).toBe(3); // no boot while the run starts
    vi.advanceTimersByTime(60_000);
    expect(spawned.length).toBe(3);
    pool.take(); // the reserve is now empty: one spare starts booting at once
    expect(spawned.length).toBe(4);
    expect(pool.size).toBe(1);
    pool.fillSoon(); // the run ended
    expect(spawned.length).toBe(4);
    vi.advanceTimersByTime(0);
    expect(spawned.length).toBe(6);
    expect(pool.size).toBe(3);
  });

  it('hands out a worker that already ran Python before a fresh one, the latest first', async () => {
    const { pool, spawned } = await loadedPool(3);
    const a = pool.take(), b = pool.take();
    pool.give(a);
    pool.give(b);
    // The reserve holds one fresh worker, then a, then b (given back in that order).
    expect(pool.take()).toBe(b);
    expect(pool.take()).toBe(a);
    expect(pool.take()).toBe(spawned[2]);
  });

  it('hands out the warmest first: the worker whose isolate ran the most Python threads', async () => {
    const { pool, spawned } = await loadedPool(4);
    const a = pool.take(), b = pool.take(), c = pool.take();
    pool.give(a, 5);
    pool.give(b, 0); // attached to a process but never ran a thread: no warmer than fresh
    pool.give(c, 2);
    expect(pool.take()).toBe(a);
    expect(pool.take()).toBe(c);
    expect([spawned[3], b]).toContain(pool.take());
  });

  it('spawns a fresh worker for a take from an empty reserve, reported as not loaded', () => {
    const { spawn, spawned } = fakeSpawner();
    const pool = new WarmPool(spawn, 1);
    const t = pool.takeReporting();
    expect(t.loaded).toBe(false);
    expect(spawned[0]).toBe(t.worker);
    expect(spawned.length).toBe(2); // the caller's worker and one spare
  });

  it('dispose terminates the reserve and cancels a pending refill', () => {
    const { spawn, spawned } = fakeSpawner();
    const pool = new WarmPool(spawn, 4);
    pool.take();
    expect(spawned.length).toBe(2);
    pool.fillSoon();
    pool.dispose(); // a CLI run is over: no refill
    expect(spawned[1]!.terminated).toBe(true);
    vi.advanceTimersByTime(1000);
    expect(spawned.length).toBe(2);
    expect(pool.size).toBe(0);
  });
});
