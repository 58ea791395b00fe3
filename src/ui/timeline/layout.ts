// Lanes of the timeline, top to bottom: the cores track; then for each process its GIL
// track (none in free-threaded runs) and one lane per thread, and under a thread that runs an
// asyncio event loop one sub-lane per task. Pure: the renderers (canvas and SVG) and
// hit-testing share it.

import { threadKey, type Segment, type TaskSegment, type TraceModel } from '../../trace/intervals';

export type Lane =
  | { kind: 'cores'; label: string; y: number; height: number }
  | { kind: 'gil'; pid: number; label: string; y: number; height: number }
  | { kind: 'thread'; pid: number; tid: number; label: string; y: number; height: number; segments: Segment[] }
  | { kind: 'task'; pid: number; tid: number; task: number; label: string; y: number; height: number; segments: TaskSegment[] };

export interface LayoutOptions {
  laneHeight: number;
  taskHeight: number;
  gap: number;
  coresHeight: number;
}

export const DEFAULT_LAYOUT: LayoutOptions = { laneHeight: 22, taskHeight: 16, gap: 4, coresHeight: 36 };

export function layoutLanes(model: TraceModel, platform: 'shared' | 'virtual', opts: LayoutOptions = DEFAULT_LAYOUT): { lanes: Lane[]; height: number } {
  const lanes: Lane[] = [];
  let y = 0;
  const coresLabel = platform === 'shared' ? 'threads running (of this device\u2019s cores)' : 'running on virtual cores';
  lanes.push({ kind: 'cores', label: coresLabel, y, height: opts.coresHeight });
  y += opts.coresHeight + opts.gap;
  const pids = [...new Set([...model.processes.map((p) => p.pid), ...model.threads.map((t) => t.pid)])];
  const several = pids.length > 1;
  for (const pid of pids) {
    const proc = model.processes.find((p) => p.pid === pid);
    const pname = proc !== undefined && proc.name !== `pid ${pid}` ? `${proc.name} \u00b7 pid ${pid}` : `pid ${pid}`;
    if (!model.freeThreaded) {
      lanes.push({ kind: 'gil', pid, label: `GIL \u00b7 ${pname}`, y, height: opts.laneHeight });
      y += opts.laneHeight + opts.gap;
    }
    for (const th of model.threads.filter((t) => t.pid === pid)) {
      const segments = model.threadSegments.get(threadKey(pid, th.tid)) ?? [];
      const label = several && model.freeThreaded ? `${th.name} \u00b7 pid ${pid}` : th.name;
      lanes.push({ kind: 'thread', pid, tid: th.tid, label, y, height: opts.laneHeight, segments });
      y += opts.laneHeight + opts.gap;
      for (const task of model.tasks) {
        if (task.pid !== pid || task.tid !== th.tid) continue;
        lanes.push({ kind: 'task', pid, tid: th.tid, task: task.task, label: `\u21b3 ${task.name}`, y, height: opts.taskHeight, segments: task.segments });
        y += opts.taskHeight + 2;
      }
    }
  }
  return { lanes, height: y };
}

/** Index of the first interval whose end is after `t` (sorted by start, not overlapping). */
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

/** Index of the first element of sorted `items` whose `key` is at least `t`. */
export function lowerBound<T>(items: readonly T[], t: number, key: (x: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (key(items[mid]!) < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The lane of a thread, for arrows and markers. */
export function threadLane(lanes: readonly Lane[], pid: number, tid: number): Lane | undefined {
  return lanes.find((l) => l.kind === 'thread' && l.pid === pid && l.tid === tid);
}
