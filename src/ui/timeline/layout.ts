// Lanes of the timeline, top to bottom: the cores track; then for each process its GIL
// track and one lane per thread. Pure: the renderers (canvas and SVG) and hit-testing share it.

import type { Segment, TraceModel } from '../../trace/intervals';

export type Lane =
  | { kind: 'cores'; label: string; y: number; height: number }
  | { kind: 'gil'; pid: number; label: string; y: number; height: number }
  | { kind: 'thread'; pid: number; tid: number; label: string; y: number; height: number; segments: Segment[] };

export interface LayoutOptions {
  laneHeight: number;
  gap: number;
  coresHeight: number;
}

export const DEFAULT_LAYOUT: LayoutOptions = { laneHeight: 22, gap: 4, coresHeight: 36 };

export function layoutLanes(model: TraceModel, platform: 'shared' | 'virtual', opts: LayoutOptions = DEFAULT_LAYOUT): { lanes: Lane[]; height: number } {
  const lanes: Lane[] = [];
  let y = 0;
  const coresLabel = platform === 'shared' ? 'threads running (of this device\u2019s cores)' : 'virtual cores';
  lanes.push({ kind: 'cores', label: coresLabel, y, height: opts.coresHeight });
  y += opts.coresHeight + opts.gap;
  const byThread = new Map<string, Segment[]>();
  for (const s of model.segments) {
    const k = `${s.pid}:${s.tid}`;
    let arr = byThread.get(k);
    if (arr === undefined) byThread.set(k, (arr = []));
    arr.push(s);
  }
  const pids = [...new Set(model.threads.map((t) => t.pid))];
  for (const pid of pids) {
    lanes.push({ kind: 'gil', pid, label: `GIL \u00b7 pid ${pid}`, y, height: opts.laneHeight });
    y += opts.laneHeight + opts.gap;
    for (const th of model.threads.filter((t) => t.pid === pid)) {
      const segments = byThread.get(`${pid}:${th.tid}`) ?? [];
      lanes.push({ kind: 'thread', pid, tid: th.tid, label: th.name, y, height: opts.laneHeight, segments });
      y += opts.laneHeight + opts.gap;
    }
  }
  return { lanes, height: y };
}

/** Index of the first segment whose end is after `t` (segments sorted by start, not overlapping). */
export function firstVisible(segments: readonly { start: number; end: number }[], t: number): number {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (segments[mid]!.end <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
