// Levels of detail for a lane with very many intervals (the "Scale" requirement of issue 7:
// pan and zoom stay smooth with 1,000,000 events). Zoomed out, thousands of intervals fall
// into one pixel column; walking them all every frame costs time proportional to the trace.
// Instead, each big lane is summarised once into a pyramid of time buckets: the finest level
// has up to 65,536 equal buckets over the trace, each coarser level halves that by summing
// pairs. A bucket holds, per class (a state, or a GIL holder), how long that class covered
// it (or, for the cores track, the most threads running in it). A frame picks the level
// whose buckets are about a pixel wide, so its cost depends on the canvas width, not on the
// trace. Pure: no canvas here.

export const LOD_MIN_ITEMS = 4096;
const MAX_BUCKETS = 1 << 16;

export interface Lod {
  t0: number;
  /** Width of a bucket of level 0, µs. */
  width: number;
  classes: number;
  /** levels[k]: (buckets >> k) × classes coverage values (or maxima when `max`). */
  levels: Float32Array[];
}

function bucketCount(items: number): number {
  let n = 1024;
  while (n < items && n < MAX_BUCKETS) n *= 2;
  return n;
}

function pyramid(base: Float32Array, n: number, classes: number, combine: (a: number, b: number) => number): Float32Array[] {
  const levels = [base];
  for (let m = n >> 1; m >= 256; m >>= 1) {
    const prev = levels[levels.length - 1]!;
    const cur = new Float32Array(m * classes);
    for (let b = 0; b < m; b++) {
      for (let c = 0; c < classes; c++) cur[b * classes + c] = combine(prev[2 * b * classes + c]!, prev[(2 * b + 1) * classes + c]!);
    }
    levels.push(cur);
  }
  return levels;
}

/** Coverage pyramid of intervals (sorted or not); `classOf` < 0 leaves an interval out. */
export function buildCoverageLod<T extends { start: number; end: number }>(items: readonly T[], t0: number, t1: number, classes: number, classOf: (x: T) => number): Lod {
  const n = bucketCount(items.length);
  const width = Math.max(1e-9, (t1 - t0) / n);
  const base = new Float32Array(n * classes);
  for (const it of items) {
    const c = classOf(it);
    if (c < 0) continue;
    const a = Math.max(it.start, t0);
    const z = Math.min(it.end, t1);
    if (z <= a) continue;
    let b = Math.min(n - 1, Math.floor((a - t0) / width));
    const last = Math.min(n - 1, Math.floor((z - t0) / width));
    for (; b <= last; b++) {
      const lo = Math.max(a, t0 + b * width);
      const hi = Math.min(z, t0 + (b + 1) * width);
      if (hi > lo) base[b * classes + c]! += hi - lo;
    }
  }
  return { t0, width, classes, levels: pyramid(base, n, classes, (x, y) => x + y) };
}

/** Maximum pyramid of a step function (the cores track): per bucket, the largest value. */
export function buildMaxLod(steps: readonly { t: number; running: number }[], t0: number, t1: number): Lod {
  const n = bucketCount(steps.length);
  const width = Math.max(1e-9, (t1 - t0) / n);
  const base = new Float32Array(n);
  for (let i = 0; i < steps.length; i++) {
    const s = steps[i]!;
    const end = i + 1 < steps.length ? steps[i + 1]!.t : t1;
    if (s.running === 0 || end <= t0 || s.t >= t1) continue;
    const first = Math.max(0, Math.floor((s.t - t0) / width));
    // A step that ends exactly on a bucket's edge does not reach into that bucket.
    const last = Math.min(n - 1, Math.ceil((end - t0) / width) - 1);
    for (let b = first; b <= last; b++) if (s.running > base[b]!) base[b] = s.running;
  }
  return { t0, width, classes: 1, levels: pyramid(base, n, 1, Math.max) };
}

/** The level whose buckets are closest to (not wider than) `microsPerPixel`, or -1 when even
 *  the finest level is coarser than a pixel (draw the intervals themselves). */
export function levelFor(lod: Lod, microsPerPixel: number): number {
  if (lod.width > microsPerPixel) return -1;
  const k = Math.floor(Math.log2(microsPerPixel / lod.width));
  return Math.min(lod.levels.length - 1, Math.max(0, k));
}

/** Visits the buckets of `level` that overlap [t0, t1): their time span and, for coverage
 *  pyramids, the dominant class (-1 when the bucket is empty). */
export function forEachBucket(lod: Lod, level: number, t0: number, t1: number, visit: (start: number, end: number, cls: number, value: number) => void): void {
  const arr = lod.levels[level]!;
  const bw = lod.width * 2 ** level;
  const count = arr.length / lod.classes;
  const first = Math.max(0, Math.floor((t0 - lod.t0) / bw));
  const last = Math.min(count - 1, Math.floor((t1 - lod.t0) / bw));
  for (let b = first; b <= last; b++) {
    let best = -1;
    let bestV = 0;
    for (let c = 0; c < lod.classes; c++) {
      const v = arr[b * lod.classes + c]!;
      if (v > bestV) {
        bestV = v;
        best = c;
      }
    }
    visit(lod.t0 + b * bw, lod.t0 + (b + 1) * bw, best, bestV);
  }
}
