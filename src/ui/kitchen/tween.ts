// Chef motion for the animated kitchen: a chef that changes place walks from where it is drawn
// now to its new slot over a short time (about 250 ms) with an ease-in-out curve, and a new
// target mid-walk starts from the current point, so fast playback never makes a chef jump
// back. Pure (the caller passes the clock), so tests drive it without a DOM or timers.

export interface Pose {
  x: number;
  y: number;
  scale: number;
  opacity: number;
}

export interface Motion {
  from: Pose;
  to: Pose;
  /** Start time, ms (the caller's clock: requestAnimationFrame's timestamp in the view). */
  start: number;
  duration: number;
}

export const WALK_MS = 250;

/** Cubic ease-in-out on [0, 1]. */
export function easeInOut(f: number): number {
  const t = Math.min(1, Math.max(0, f));
  return t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2;
}

const mix = (a: number, b: number, f: number): number => a + (b - a) * f;

export function poseAt(m: Motion, now: number): Pose {
  if (m.duration <= 0 || now >= m.start + m.duration) return m.to;
  const f = easeInOut((now - m.start) / m.duration);
  return { x: mix(m.from.x, m.to.x, f), y: mix(m.from.y, m.to.y, f), scale: mix(m.from.scale, m.to.scale, f), opacity: mix(m.from.opacity, m.to.opacity, f) };
}

export function samePose(a: Pose, b: Pose): boolean {
  return a.x === b.x && a.y === b.y && a.scale === b.scale && a.opacity === b.opacity;
}

/** A chef standing still at `p`. */
export function still(p: Pose): Motion {
  return { from: p, to: p, start: 0, duration: 0 };
}

/**
 * The motion after a new target arrives at `now`: unchanged if the target is the same, a step
 * when `duration` is 0 (reduced motion), otherwise a walk from the pose drawn at `now`.
 */
export function retarget(m: Motion, to: Pose, now: number, duration: number): Motion {
  if (samePose(m.to, to)) return m;
  if (duration <= 0) return still(to);
  return { from: poseAt(m, now), to, start: now, duration };
}

export function settled(m: Motion, now: number): boolean {
  return m.duration <= 0 || now >= m.start + m.duration;
}
