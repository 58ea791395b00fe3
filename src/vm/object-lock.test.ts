// Per-object locks of free-threaded mode (object-lock.ts): a no-op with the GIL, recursive
// for their owner, and a contended lock goes through the platform's park hook (detach and
// sleep) until the owner releases it.
import { afterEach, describe, expect, it } from 'vitest';
import { freeThreading, lockObject, unlockObject, WAITERS } from './object-lock.ts';

const LOCK = 4; // word offset of the lock in the fake object
const OBJ = 64; // byte address of the fake object
const fake = (slot: number, i32: Int32Array) => ({ heap: { i32, slot } });

afterEach(() => {
  freeThreading.on = false;
  freeThreading.park = null;
});

describe('object locks', () => {
  it('do nothing when the process is not free-threaded', () => {
    const i32 = new Int32Array(new SharedArrayBuffer(256));
    const rt = fake(100, i32);
    const t = lockObject(rt, OBJ, LOCK);
    expect(t).toBe(0);
    expect(i32[(OBJ >> 2) + LOCK]).toBe(0);
    unlockObject(rt, OBJ, LOCK, t);
  });

  it('are taken by their owner once, recursively, and released by the outer unlock', () => {
    freeThreading.on = true;
    const i32 = new Int32Array(new SharedArrayBuffer(256));
    const rt = fake(100, i32);
    const outer = lockObject(rt, OBJ, LOCK);
    expect(outer).toBe(1);
    expect(i32[(OBJ >> 2) + LOCK]).toBe(100);
    const inner = lockObject(rt, OBJ, LOCK);
    expect(inner).toBe(0);
    unlockObject(rt, OBJ, LOCK, inner);
    expect(i32[(OBJ >> 2) + LOCK]).toBe(100);      // still held by the outer section
    unlockObject(rt, OBJ, LOCK, outer);
    expect(i32[(OBJ >> 2) + LOCK]).toBe(0);
  });

  it('park a contender through the platform hook until the owner releases', () => {
    freeThreading.on = true;
    const i32 = new Int32Array(new SharedArrayBuffer(256));
    const at = (OBJ >> 2) + LOCK;
    i32[at] = 200; // another worker owns it
    const parked: number[] = [];
    freeThreading.park = (words, index, expected) => {
      // The contender announced itself before sleeping: the owner's unlock must wake it.
      parked.push(expected);
      expect(words[index]).toBe(200 | WAITERS);
      // The owner releases (unlockObject by worker 200).
      unlockObject(fake(200, words), OBJ, LOCK, 1);
    };
    const t = lockObject(fake(100, i32), OBJ, LOCK);
    expect(t).toBe(1);
    expect(parked).toEqual([200 | WAITERS]);
    // Taken after a wait: other sleepers may remain, so WAITERS stays set.
    expect(i32[at]).toBe(100 | WAITERS);
    unlockObject(fake(100, i32), OBJ, LOCK, t);
    expect(i32[at]).toBe(0);
  });
});
