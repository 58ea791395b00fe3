// The visible time window of the timeline and the zoom/pan arithmetic on it.

export interface ViewWindow {
  t0: number;
  t1: number;
}

/** Zooms by `factor` (< 1 zooms in) keeping the instant under `anchor` (0..1 of the width) fixed. */
export function zoom(w: ViewWindow, factor: number, anchor: number, bounds: ViewWindow, minSpan = 1): ViewWindow {
  const span = w.t1 - w.t0;
  const full = bounds.t1 - bounds.t0;
  const next = Math.min(full, Math.max(minSpan, span * factor));
  const at = w.t0 + anchor * span;
  return clamp({ t0: at - anchor * next, t1: at - anchor * next + next }, bounds);
}

/** Pans by `fraction` of the visible span (positive: later). */
export function pan(w: ViewWindow, fraction: number, bounds: ViewWindow): ViewWindow {
  const d = (w.t1 - w.t0) * fraction;
  return clamp({ t0: w.t0 + d, t1: w.t1 + d }, bounds);
}

export function clamp(w: ViewWindow, bounds: ViewWindow): ViewWindow {
  const span = Math.min(w.t1 - w.t0, bounds.t1 - bounds.t0);
  let t0 = Math.max(bounds.t0, w.t0);
  if (t0 + span > bounds.t1) t0 = bounds.t1 - span;
  return { t0, t1: t0 + span };
}

/** A readable label for a duration in microseconds. */
export function formatMicros(us: number): string {
  const a = Math.abs(us);
  if (a >= 1e6) return `${(us / 1e6).toFixed(a >= 1e7 ? 1 : 2)} s`;
  if (a >= 1e3) return `${(us / 1e3).toFixed(a >= 1e4 ? 1 : 2)} ms`;
  return `${us.toFixed(a >= 10 ? 0 : 1)} \u00b5s`;
}

/** Round tick instants for an axis over `w` (1, 2 or 5 × a power of ten apart), at most
 *  about `max` of them. */
export function niceTicks(w: ViewWindow, origin: number, max: number): number[] {
  const span = w.t1 - w.t0;
  if (!(span > 0) || max < 1) return [];
  const raw = span / max;
  const pow = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * pow).find((s) => s >= raw) ?? 10 * pow;
  const out: number[] = [];
  // Ticks are round in time since the trace's start (`origin`), as the labels are.
  for (let k = Math.ceil((w.t0 - origin) / step); origin + k * step <= w.t1 + 1e-9; k++) out.push(origin + k * step);
  return out;
}
