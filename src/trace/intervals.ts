// From a stream of trace events to the intervals the views draw: per thread, which state it
// was in from when to when; per process, who held the GIL; overall, how many threads ran at
// each instant; and the statistics the timeline prints.
//
// The state machine of a thread (DESIGN.md §1.9):
//   thread-start ─▶ waiting-gil ─gil-take─▶ running ─gil-drop(interval)─▶ waiting-gil
//   running ─gil-drop(blocking) / block─▶ blocked(what) ─unblock─▶ waiting-gil
//   running ─gil-drop(exit) / thread-end─▶ finished
// In free-threaded runs there are no GIL events: a started thread is running unless blocked.

import type { TraceEvent } from './schema';

export type ThreadState = 'running' | 'waiting-gil' | 'blocked' | 'finished';

export interface Segment {
  pid: number;
  tid: number;
  state: ThreadState;
  /** For 'blocked': lock, rlock, join, sleep, queue, event, condition, barrier, ... */
  what?: string;
  start: number;
  end: number;
  /** The source line at the segment's start, when known. */
  line?: number;
}

export interface GilSegment {
  pid: number;
  holder: number;
  start: number;
  end: number;
}

export interface TraceModel {
  segments: Segment[];
  gil: GilSegment[];
  dropRequests: TraceEvent[];
  /** Step function: at `t`, `running` threads were running (until the next step). */
  concurrency: { t: number; running: number }[];
  start: number;
  end: number;
  threads: { pid: number; tid: number; name: string }[];
}

interface Open {
  state: ThreadState;
  what?: string;
  since: number;
  line?: number;
}

const key = (pid: number, tid: number): string => `${pid}:${tid}`;

/** Builds the model from events in time order. `end` closes segments still open. */
export function buildModel(events: readonly TraceEvent[], end?: number): TraceModel {
  const segments: Segment[] = [];
  const gil: GilSegment[] = [];
  const dropRequests: TraceEvent[] = [];
  const concurrency: { t: number; running: number }[] = [];
  const threads: { pid: number; tid: number; name: string }[] = [];
  const open = new Map<string, Open>();
  const gilOpen = new Map<number, { holder: number; since: number }>();
  let running = 0;
  const start = events.length > 0 ? events[0]!.t : 0;
  const last = end ?? (events.length > 0 ? events[events.length - 1]!.t : 0);

  const setRunningDelta = (t: number, delta: number): void => {
    running += delta;
    const prev = concurrency[concurrency.length - 1];
    if (prev !== undefined && prev.t === t) prev.running = running;
    else concurrency.push({ t, running });
  };

  const enter = (ev: TraceEvent, state: ThreadState, what?: string): void => {
    const k = key(ev.pid, ev.tid);
    const cur = open.get(k);
    if (cur !== undefined) {
      if (cur.state === state && cur.what === what) return;
      if (ev.t > cur.since) {
        segments.push({ pid: ev.pid, tid: ev.tid, state: cur.state, what: cur.what, start: cur.since, end: ev.t, line: cur.line });
      }
      if (cur.state === 'running') setRunningDelta(ev.t, -1);
    }
    if (state === 'running') setRunningDelta(ev.t, +1);
    open.set(k, { state, what, since: ev.t, line: ev.line });
  };

  for (const ev of events) {
    switch (ev.kind) {
      case 'thread-start': {
        threads.push({ pid: ev.pid, tid: ev.tid, name: String(ev.name ?? `Thread-${ev.tid}`) });
        // Until its first gil-take (or, free-threaded, at once) the thread waits to run.
        enter(ev, ev.freeThreaded === true ? 'running' : 'waiting-gil');
        break;
      }
      case 'gil-wait':
        enter(ev, 'waiting-gil');
        break;
      case 'gil-take': {
        enter(ev, 'running');
        const g = gilOpen.get(ev.pid);
        if (g !== undefined && ev.t > g.since) gil.push({ pid: ev.pid, holder: g.holder, start: g.since, end: ev.t });
        gilOpen.set(ev.pid, { holder: ev.tid, since: ev.t });
        break;
      }
      case 'gil-drop': {
        const g = gilOpen.get(ev.pid);
        if (g !== undefined) {
          if (ev.t > g.since) gil.push({ pid: ev.pid, holder: g.holder, start: g.since, end: ev.t });
          gilOpen.delete(ev.pid);
        }
        if (ev.reason === 'interval') enter(ev, 'waiting-gil');
        // 'blocking' is followed by the block event that says on what; 'exit' by thread-end.
        break;
      }
      case 'gil-drop-request':
        dropRequests.push(ev);
        break;
      case 'block':
        enter(ev, 'blocked', String(ev.what));
        break;
      case 'unblock':
        enter(ev, ev.freeThreaded === true ? 'running' : 'waiting-gil');
        break;
      case 'thread-end':
        enter(ev, 'finished');
        break;
      default:
        break;
    }
  }
  for (const [k, cur] of open) {
    if (cur.state === 'finished' || last <= cur.since) continue;
    const [pid, tid] = k.split(':').map(Number) as [number, number];
    segments.push({ pid, tid, state: cur.state, what: cur.what, start: cur.since, end: last, line: cur.line });
  }
  for (const [pid, g] of gilOpen) if (last > g.since) gil.push({ pid, holder: g.holder, start: g.since, end: last });
  segments.sort((a, b) => a.start - b.start);
  return { segments, gil, dropRequests, concurrency, start, end: last, threads };
}

export interface ThreadStats {
  pid: number;
  tid: number;
  name: string;
  cpu: number;
  gilWait: number;
  blocked: number;
}

export interface RunStats {
  wall: number;
  threads: ThreadStats[];
  gilSwitches: number;
  /** Busy thread-microseconds per wall microsecond. */
  parallelism: number;
}

export function computeStats(model: TraceModel): RunStats {
  const by = new Map<string, ThreadStats>();
  for (const th of model.threads) by.set(key(th.pid, th.tid), { ...th, cpu: 0, gilWait: 0, blocked: 0 });
  let busy = 0;
  for (const s of model.segments) {
    const st = by.get(key(s.pid, s.tid));
    if (st === undefined) continue;
    const d = s.end - s.start;
    if (s.state === 'running') {
      st.cpu += d;
      busy += d;
    } else if (s.state === 'waiting-gil') st.gilWait += d;
    else if (s.state === 'blocked') st.blocked += d;
  }
  let switches = 0;
  const lastHolder = new Map<number, number>();
  for (const g of [...model.gil].sort((a, b) => a.start - b.start)) {
    const prev = lastHolder.get(g.pid);
    if (prev !== undefined && prev !== g.holder) switches++;
    lastHolder.set(g.pid, g.holder);
  }
  const wall = model.end - model.start;
  return { wall, threads: [...by.values()], gilSwitches: switches, parallelism: wall > 0 ? busy / wall : 0 };
}
