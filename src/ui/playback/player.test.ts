// Unit tests of the player with a hand-driven requestAnimationFrame: it moves the store's
// cursor once per frame at the chosen speed, stops at the end, and pauses.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createKitchenStore } from '../store/index.ts';
import { createPlayer } from './player.ts';

let frames: ((t: number) => void)[] = [];
let now = 0;

beforeEach(() => {
  frames = [];
  now = 1000;
  vi.stubGlobal('requestAnimationFrame', (cb: (t: number) => void) => frames.push(cb));
  vi.stubGlobal('cancelAnimationFrame', (id: number) => {
    frames[id - 1] = () => {};
  });
  vi.spyOn(performance, 'now').mockImplementation(() => now);
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** Runs the pending frame `ms` after the previous one. */
function frame(ms: number): void {
  now += ms;
  const cb = frames[frames.length - 1];
  frames[frames.length - 1] = () => {};
  cb?.(now);
}

function loaded() {
  const store = createKitchenStore('virtual');
  const s = store.getState();
  s.traceStarted({ platform: 'virtual', cores: 4, seed: 1 });
  s.appendEvents([{ t: 0, pid: 1, tid: 1, kind: 'thread-start' }, { t: 300_000, pid: 1, tid: 1, kind: 'thread-end' }]);
  s.traceEnded();
  return store;
}

describe('createPlayer', () => {
  it('advances the cursor by speed × elapsed time each frame, then stops at the end', () => {
    const store = loaded();
    store.getState().setSpeed(0.5);
    const p = createPlayer(store);
    p.play();
    expect(store.getState()).toMatchObject({ playing: true, cursor: 0 });
    frame(20);
    expect(store.getState().cursor).toBe(10_000);
    frame(40);
    expect(store.getState().cursor).toBe(30_000);
    for (let i = 0; i < 100 && store.getState().playing; i++) frame(100);
    expect(store.getState()).toMatchObject({ playing: false, cursor: 300_000 });
    p.destroy();
  });

  it('pauses where it is and resumes from there; does nothing without a complete trace', () => {
    const store = loaded();
    store.getState().setSpeed(1);
    const p = createPlayer(store);
    p.play();
    frame(50);
    p.toggle();
    expect(store.getState()).toMatchObject({ playing: false, cursor: 50_000 });
    frame(50); // a stale frame must not move the cursor
    expect(store.getState().cursor).toBe(50_000);
    p.play();
    expect(store.getState().cursor).toBe(50_000);
    store.getState().traceStarted({ platform: 'virtual', cores: 4 });
    p.play();
    expect(store.getState().playing).toBe(false);
    p.destroy();
  });
});
