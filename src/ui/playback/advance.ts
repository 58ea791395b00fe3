// The arithmetic of playback, kept pure so it is tested without a browser: how far the cursor
// moves in one animation frame, and where Play starts from.
//
// Speed is trace time per real time: at 1× a 300 ms run plays in 300 ms; at 0.01× it plays in
// 30 s, slow enough to follow each GIL hand-over in class (issue 7, "Playback").

export interface Span {
  start: number;
  end: number;
}

/** The cursor after `elapsedMs` of real time at `speed`, clamped to the trace. `done` says
 *  the end was reached (playback then stops). */
export function advanceCursor(cursor: number, elapsedMs: number, speed: number, span: Span): { cursor: number; done: boolean } {
  // A long gap between frames (a background tab) must not jump far ahead: cap it at 100 ms.
  const dt = Math.min(Math.max(elapsedMs, 0), 100);
  const next = cursor + dt * 1000 * speed;
  if (next >= span.end) return { cursor: span.end, done: true };
  return { cursor: Math.max(next, span.start), done: false };
}

/** Where Play starts: from the cursor, or from the start when there is none or it is at the end. */
export function playFrom(cursor: number | null, span: Span): number {
  if (cursor === null || cursor >= span.end || cursor < span.start) return span.start;
  return cursor;
}

/** The event instant strictly after (dir 1) or before (dir -1) `t`, for step buttons; the
 *  span's end or start when there is none. `times` is sorted. */
export function stepTime(times: readonly number[], t: number, dir: 1 | -1, span: Span): number {
  let lo = 0;
  let hi = times.length;
  if (dir === 1) {
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (times[mid]! <= t) lo = mid + 1;
      else hi = mid;
    }
    return lo < times.length ? times[lo]! : span.end;
  }
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (times[mid]! < t) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? times[lo - 1]! : span.start;
}
