// Where each thread is in the program at a playback instant (issue 7, "Playback": at the
// cursor each thread's current line is highlighted in the editor in that thread's colour).
// Pure: built once per trace, then each instant is one binary search per thread.
//
// A thread's line at `t` is the line of its latest event at or before `t` that carries one:
// the virtual platform stamps every event with the line of the program's own file the thread
// is at (a thread waiting inside threading.py shows the user's `t.join()` line). A thread
// that has not started yet or has finished has no line.

import type { TraceEvent } from '../../trace/schema';
import { holderColor } from '../timeline/palette';

export interface ThreadLine {
  pid: number;
  tid: number;
  name: string;
  line: number;
  /** The thread's colour: the one the timeline's GIL track gives it. */
  color: string;
  /** Index of the thread in order of appearance (the colour's index). */
  index: number;
}

interface Track {
  pid: number;
  tid: number;
  name: string;
  index: number;
  start: number;
  end: number;
  times: number[];
  lines: number[];
}

export interface ThreadLineIndex {
  tracks: Track[];
}

export function indexThreadLines(events: readonly TraceEvent[]): ThreadLineIndex {
  const tracks: Track[] = [];
  const byKey = new Map<string, Track>();
  for (const e of events) {
    const k = `${e.pid}:${e.tid}`;
    let tr = byKey.get(k);
    if (tr === undefined) {
      if (e.kind !== 'thread-start') continue;
      tr = { pid: e.pid, tid: e.tid, name: String(e.name ?? `Thread-${e.tid}`), index: tracks.length, start: e.t, end: Infinity, times: [], lines: [] };
      byKey.set(k, tr);
      tracks.push(tr);
    }
    if ((e.kind as string) === 'thread-name' && e.name !== undefined) tr.name = String(e.name);
    if (e.kind === 'thread-end') tr.end = e.t;
    else if (e.line !== undefined && e.line > 0) {
      tr.times.push(e.t);
      tr.lines.push(e.line);
    }
  }
  return { tracks };
}

/** Each live thread's line at instant `t`. */
export function threadLinesAt(index: ThreadLineIndex, t: number): ThreadLine[] {
  const out: ThreadLine[] = [];
  for (const tr of index.tracks) {
    if (t < tr.start || t >= tr.end) continue;
    let lo = 0;
    let hi = tr.times.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (tr.times[mid]! <= t) lo = mid + 1;
      else hi = mid;
    }
    if (lo === 0) continue;
    out.push({ pid: tr.pid, tid: tr.tid, name: tr.name, line: tr.lines[lo - 1]!, color: holderColor(tr.index), index: tr.index });
  }
  return out;
}
