import { describe, expect, it } from 'vitest';
import { easeInOut, poseAt, retarget, settled, still, WALK_MS } from './tween';

const at = (x: number, y: number) => ({ x, y, scale: 1, opacity: 1 });

describe('chef motion', () => {
  it('eases from 0 to 1 symmetrically', () => {
    expect(easeInOut(0)).toBe(0);
    expect(easeInOut(1)).toBe(1);
    expect(easeInOut(0.5)).toBeCloseTo(0.5);
    expect(easeInOut(0.25) + easeInOut(0.75)).toBeCloseTo(1);
    expect(easeInOut(0.1)).toBeLessThan(0.1);
  });

  it('walks to a new slot over the walk time and then stands still', () => {
    const m = retarget(still(at(0, 0)), at(100, 50), 1000, WALK_MS);
    expect(poseAt(m, 1000)).toEqual(at(0, 0));
    const mid = poseAt(m, 1000 + WALK_MS / 2);
    expect(mid.x).toBeCloseTo(50);
    expect(mid.y).toBeCloseTo(25);
    expect(settled(m, 1000 + WALK_MS - 1)).toBe(false);
    expect(poseAt(m, 1000 + WALK_MS)).toEqual(at(100, 50));
    expect(settled(m, 1000 + WALK_MS)).toBe(true);
  });

  it('starts a changed walk from where the chef is drawn, never jumping back', () => {
    const first = retarget(still(at(0, 0)), at(100, 0), 0, 200);
    const here = poseAt(first, 100);
    const second = retarget(first, at(100, 100), 100, 200);
    expect(second.from).toEqual(here);
    expect(poseAt(second, 100)).toEqual(here);
  });

  it('keeps the motion when the target did not change, and steps with no duration', () => {
    const m = retarget(still(at(0, 0)), at(10, 10), 0, 200);
    expect(retarget(m, at(10, 10), 50, 200)).toBe(m);
    const step = retarget(m, at(40, 40), 50, 0);
    expect(poseAt(step, 50)).toEqual(at(40, 40));
    expect(settled(step, 50)).toBe(true);
  });
});
