// Unit tests of the playback arithmetic: speed scaling, clamping, where Play starts, steps.
import { describe, expect, it } from 'vitest';
import { advanceCursor, playFrom, stepTime } from './advance.ts';

const span = { start: 0, end: 300_000 }; // a 300 ms run

describe('advanceCursor', () => {
  it('moves trace time at speed × real time', () => {
    expect(advanceCursor(1000, 16, 1, span)).toEqual({ cursor: 17_000, done: false });
    expect(advanceCursor(1000, 16, 0.01, span)).toEqual({ cursor: 1160, done: false });
  });

  it('at 0.01× a 300 ms run lasts 30 s of frames', () => {
    let c = 0;
    let frames = 0;
    for (;;) {
      const r = advanceCursor(c, 20, 0.01, span);
      frames++;
      c = r.cursor;
      if (r.done) break;
    }
    expect(frames * 20).toBe(30_000);
    expect(c).toBe(span.end);
  });

  it('stops at the end and caps a long frame gap', () => {
    expect(advanceCursor(299_000, 50, 1, span)).toEqual({ cursor: 300_000, done: true });
    expect(advanceCursor(0, 10_000, 1, span)).toEqual({ cursor: 100_000, done: false });
  });
});

describe('playFrom / stepTime', () => {
  it('restarts from the beginning when there is no cursor or it is at the end', () => {
    expect(playFrom(null, span)).toBe(0);
    expect(playFrom(300_000, span)).toBe(0);
    expect(playFrom(1234, span)).toBe(1234);
  });

  it('steps to the next and previous distinct event instant', () => {
    const times = [0, 0, 5, 9, 9, 20];
    expect(stepTime(times, 0, 1, { start: 0, end: 20 })).toBe(5);
    expect(stepTime(times, 5, 1, { start: 0, end: 20 })).toBe(9);
    expect(stepTime(times, 9, -1, { start: 0, end: 20 })).toBe(5);
    expect(stepTime(times, 0, -1, { start: 0, end: 20 })).toBe(0);
    expect(stepTime(times, 20, 1, { start: 0, end: 20 })).toBe(20);
  });
});
