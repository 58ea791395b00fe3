// From a stream of trace events to the intervals the views draw: per thread, which state it
// was in from when to when; per process, who held the GIL; per asyncio task, when it ran and
// what it awaited; messages between processes; overall, how many threads ran at each
// instant; and the statistics the timeline prints.
//
// The state machine of a thread (DESIGN.md §1.9):
//   thread-start ─▶ waiting-gil ─gil-take─▶ running ─gil-drop(interval)─▶ waiting-gil
//   running ─gil-drop(blocking) / block─▶ blocked(what) ─unblock─▶ waiting-gil
//   running ─gil-drop(exit) / thread-end─▶ finished
// Free-threaded runs (PEP 703) have no GIL events at all: a started or woken thread runs at
// once. A trace without a single gil-wait or gil-take is read that way.
//
// The model keeps each lane's intervals in its own array sorted by start (threads, GIL per
// process, tasks), so that renderers find the visible part by binary search and a trace of a
// million events is drawn as fast as a small one.

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

/** An asyncio task's state: running one step, or suspended at an await (on `awaits`). */
export interface TaskSegment {
  state: 'running' | 'awaiting';
  awaits?: string;
  start: number;
  end: number;
  line?: number;
}

export interface TaskLane {
  pid: number;
  /** The thread whose event loop runs the task. */
  tid: number;
  task: number;
  name: string;
  created: number;
  ended?: number;
  /** How the task ended: 'result', 'exception' or 'cancelled'. */
  outcome?: string;
  segments: TaskSegment[];
}

/** An event loop waiting for its next timer (loop-idle until the thread's next asyncio
 *  event), or held by one step longer than the slow-callback threshold (loop-blocked). */
export interface LoopSpan {
  pid: number;
  tid: number;
  start: number;
  end: number;
  /** loop-blocked: the task whose step it was (0: a plain callback). */
  task?: number;
}

/** A message put on a multiprocessing queue or pipe (send) and, once taken, its recv. */
export interface Message {
  channel: number;
  /** The message's run-wide id (`msg` of its send and recv events), when traced. */
  msg?: number;
  from: { pid: number; tid: number; t: number };
  to?: { pid: number; tid: number; t: number };
}

export interface ProcessInfo {
  pid: number;
  name: string;
  start: number;
  end?: number;
  parent?: number;
}

export interface TraceModel {
  /** Every thread segment, sorted by start. */
  segments: Segment[];
  /** Each thread's segments ("pid:tid" → sorted by start, not overlapping). */
  threadSegments: Map<string, Segment[]>;
  /** GIL holding, sorted by start. */
  gil: GilSegment[];
  /** Each process's GIL holding, sorted by start. */
  gilByPid: Map<number, GilSegment[]>;
  dropRequests: TraceEvent[];
  /** print events (the program's output), in time order. */
  prints: TraceEvent[];
  /** Step function: at `t`, `running` threads were running (until the next step). */
  concurrency: { t: number; running: number }[];
  /** The most threads that ever ran at once. */
  maxRunning: number;
  tasks: TaskLane[];
  /** Event loops waiting for a timer, per loop thread, sorted by start (absent in models
   *  not built from events, e.g. an imported trace). */
  loopIdle?: LoopSpan[];
  /** Steps that held an event loop too long, sorted by start. */
  loopBlocked?: LoopSpan[];
  messages: Message[];
  processes: ProcessInfo[];
  freeThreaded: boolean;
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

export const threadKey = (pid: number, tid: number): string => `${pid}:${tid}`;

const isGilEvent = (e: TraceEvent): boolean => e.kind === 'gil-wait' || e.kind === 'gil-take';

/** Builds the model from events in time order. `end` closes segments still open. */
export function buildModel(events: readonly TraceEvent[], end?: number): TraceModel {
  const segments: Segment[] = [];
  const threadSegments = new Map<string, Segment[]>();
  const gil: GilSegment[] = [];
  const gilByPid = new Map<number, GilSegment[]>();
  const dropRequests: TraceEvent[] = [];
  const prints: TraceEvent[] = [];
  const concurrency: { t: number; running: number }[] = [];
  const threads: { pid: number; tid: number; name: string }[] = [];
  const threadIndex = new Map<string, number>();
  const open = new Map<string, Open>();
  const gilOpen = new Map<number, { holder: number; since: number }>();
  const tasks = new Map<string, TaskLane & { open?: TaskSegment }>();
  const loopIdle: LoopSpan[] = [];
  const loopBlocked: LoopSpan[] = [];
  // A loop-idle lasts until the loop's thread does something again (its wait ends).
  const idleOpen = new Map<string, number>();
  const messages: Message[] = [];
  const unreceived = new Map<number, Message[]>();
  const processes = new Map<number, ProcessInfo>();
  const freeThreaded = events.length > 0 && !events.some(isGilEvent);
  let running = 0;
  let maxRunning = 0;
  const start = events.length > 0 ? events[0]!.t : 0;
  const last = end ?? (events.length > 0 ? events[events.length - 1]!.t : 0);

  const setRunningDelta = (t: number, delta: number): void => {
    running += delta;
    if (running > maxRunning) maxRunning = running;
    const prev = concurrency[concurrency.length - 1];
    if (prev !== undefined && prev.t === t) prev.running = running;
    else concurrency.push({ t, running });
  };

  const push = (s: Segment): void => {
    segments.push(s);
    const k = threadKey(s.pid, s.tid);
    let arr = threadSegments.get(k);
    if (arr === undefined) threadSegments.set(k, (arr = []));
    arr.push(s);
  };

  const pushGil = (g: GilSegment): void => {
    gil.push(g);
    let arr = gilByPid.get(g.pid);
    if (arr === undefined) gilByPid.set(g.pid, (arr = []));
    arr.push(g);
  };

  const enter = (ev: TraceEvent, state: ThreadState, what?: string): void => {
    const k = threadKey(ev.pid, ev.tid);
    const cur = open.get(k);
    if (cur !== undefined) {
      if (cur.state === state && cur.what === what) return;
      if (ev.t > cur.since) push({ pid: ev.pid, tid: ev.tid, state: cur.state, what: cur.what, start: cur.since, end: ev.t, line: cur.line });
      if (cur.state === 'running') setRunningDelta(ev.t, -1);
    }
    if (state === 'running') setRunningDelta(ev.t, +1);
    open.set(k, { state, what, since: ev.t, line: ev.line });
  };

  const process = (pid: number, t: number): ProcessInfo => {
    let p = processes.get(pid);
    if (p === undefined) processes.set(pid, (p = { pid, name: `pid ${pid}`, start: t }));
    return p;
  };

  const taskOf = (ev: TraceEvent): (TaskLane & { open?: TaskSegment }) | undefined => tasks.get(`${ev.pid}:${Number(ev.task)}`);
  const closeTask = (k: TaskLane & { open?: TaskSegment }, t: number): void => {
    const o = k.open;
    if (o === undefined) return;
    o.end = t;
    if (t > o.start) k.segments.push(o);
    k.open = undefined;
  };

  for (const ev of events) {
    // The wait ends when the loop's thread is woken or runs a step again (a print of the same
    // instant may sort after the loop-idle: it does not end the wait).
    if (idleOpen.size > 0 && (ev.kind === 'unblock' || ev.kind === 'task-step' || ev.kind === 'thread-end')) {
      const k = threadKey(ev.pid, ev.tid);
      const since = idleOpen.get(k);
      if (since !== undefined) {
        idleOpen.delete(k);
        if (ev.t > since) loopIdle.push({ pid: ev.pid, tid: ev.tid, start: since, end: ev.t });
      }
    }
    switch (ev.kind) {
      case 'thread-start': {
        process(ev.pid, ev.t);
        const k = threadKey(ev.pid, ev.tid);
        const name = String(ev.name ?? `Thread-${ev.tid}`);
        if (!threadIndex.has(k)) {
          threadIndex.set(k, threads.length);
          threads.push({ pid: ev.pid, tid: ev.tid, name });
        }
        // Until its first gil-take (or, free-threaded, at once) the thread waits to run.
        enter(ev, freeThreaded || ev.freeThreaded === true ? 'running' : 'waiting-gil');
        break;
      }
      case 'gil-wait':
        enter(ev, 'waiting-gil');
        break;
      case 'gil-take': {
        enter(ev, 'running');
        const g = gilOpen.get(ev.pid);
        if (g !== undefined && ev.t > g.since) pushGil({ pid: ev.pid, holder: g.holder, start: g.since, end: ev.t });
        gilOpen.set(ev.pid, { holder: ev.tid, since: ev.t });
        break;
      }
      case 'gil-drop': {
        const g = gilOpen.get(ev.pid);
        if (g !== undefined) {
          if (ev.t > g.since) pushGil({ pid: ev.pid, holder: g.holder, start: g.since, end: ev.t });
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
        enter(ev, freeThreaded || ev.freeThreaded === true ? 'running' : 'waiting-gil');
        break;
      case 'thread-end':
        enter(ev, 'finished');
        break;
      case 'print':
        prints.push(ev);
        break;
      case 'process-start': {
        const p = process(ev.pid, ev.t);
        p.start = Math.min(p.start, ev.t);
        if (ev.name !== undefined && ev.name !== '') p.name = String(ev.name);
        if (typeof ev.parent === 'number' && ev.parent !== 0) p.parent = ev.parent;
        break;
      }
      case 'process-end':
        process(ev.pid, ev.t).end = ev.t;
        break;
      case 'task-create': {
        const key = `${ev.pid}:${Number(ev.task)}`;
        const prev = tasks.get(key);
        // Task ids are object ids: a finished task's id may be reused by a new task.
        if (prev !== undefined) closeTask(prev, ev.t);
        tasks.set(key, { pid: ev.pid, tid: ev.tid, task: Number(ev.task), name: String(ev.name || `Task-${ev.task}`), created: ev.t, segments: [] });
        break;
      }
      case 'task-step': {
        const k = taskOf(ev);
        if (k === undefined) break;
        closeTask(k, ev.t);
        k.open = { state: 'running', start: ev.t, end: ev.t, line: ev.line };
        break;
      }
      case 'task-step-end': {
        const k = taskOf(ev);
        if (k === undefined) break;
        closeTask(k, ev.t);
        k.open = { state: 'awaiting', awaits: ev.awaits === undefined || ev.awaits === '' ? undefined : String(ev.awaits), start: ev.t, end: ev.t, line: ev.line };
        break;
      }
      case 'task-end': {
        const k = taskOf(ev);
        if (k === undefined) break;
        closeTask(k, ev.t);
        k.ended = ev.t;
        if (ev.outcome !== undefined && ev.outcome !== '') k.outcome = String(ev.outcome);
        break;
      }
      case 'loop-idle':
        idleOpen.set(threadKey(ev.pid, ev.tid), ev.t);
        break;
      case 'loop-blocked': {
        const micros = Number(ev.micros ?? 0);
        loopBlocked.push({ pid: ev.pid, tid: ev.tid, start: ev.t - micros, end: ev.t, task: Number(ev.task ?? 0) });
        break;
      }
      case 'send': {
        const m: Message = { channel: Number(ev.channel), from: { pid: ev.pid, tid: ev.tid, t: ev.t } };
        if (ev.msg !== undefined) m.msg = Number(ev.msg);
        messages.push(m);
        let q = unreceived.get(m.channel);
        if (q === undefined) unreceived.set(m.channel, (q = []));
        q.push(m);
        break;
      }
      case 'recv': {
        // A channel is FIFO: a recv takes the oldest message still on it (or, when the
        // events carry message ids, the message with the recv's id).
        const q = unreceived.get(Number(ev.channel));
        const at = q === undefined || ev.msg === undefined ? 0 : Math.max(0, q.findIndex((x) => x.msg === Number(ev.msg)));
        const m = q?.splice(at, 1)[0];
        if (m !== undefined) m.to = { pid: ev.pid, tid: ev.tid, t: ev.t };
        break;
      }
      default:
        if ((ev.kind as string) === 'thread-name') {
          // A thread renamed after it started (Thread.name = ...).
          const i = threadIndex.get(threadKey(ev.pid, ev.tid));
          if (i !== undefined && ev.name !== undefined) threads[i]!.name = String(ev.name);
        }
        break;
    }
  }
  for (const [k, cur] of open) {
    if (cur.state === 'finished' || last <= cur.since) continue;
    const [pid, tid] = k.split(':').map(Number) as [number, number];
    push({ pid, tid, state: cur.state, what: cur.what, start: cur.since, end: last, line: cur.line });
  }
  for (const [pid, g] of gilOpen) if (last > g.since) pushGil({ pid, holder: g.holder, start: g.since, end: last });
  const taskLanes: TaskLane[] = [];
  for (const k of tasks.values()) {
    if (k.open !== undefined && k.ended === undefined) closeTask(k, Math.max(last, k.open.start));
    const { open: _o, ...lane } = k;
    taskLanes.push(lane);
  }
  for (const [k, since] of idleOpen) {
    const [pid, tid] = k.split(':').map(Number) as [number, number];
    if (last > since) loopIdle.push({ pid, tid, start: since, end: last });
  }
  loopIdle.sort((a, b) => a.start - b.start);
  loopBlocked.sort((a, b) => a.start - b.start);
  segments.sort((a, b) => a.start - b.start);
  gil.sort((a, b) => a.start - b.start);
  return {
    segments, threadSegments, gil, gilByPid, dropRequests, prints, concurrency, maxRunning, tasks: taskLanes, loopIdle, loopBlocked, messages,
    processes: [...processes.values()], freeThreaded, start, end: last, threads,
  };
}

export interface ThreadStats {
  pid: number;
  tid: number;
  name: string;
  /** Time running (holding the GIL, or free-threaded, on a core), µs. */
  cpu: number;
  gilWait: number;
  blocked: number;
  /** Times the thread took the GIL from another thread. */
  switchesIn: number;
  /** First and last instants of the thread's life. */
  start: number;
  end: number;
}

export interface RunStats {
  wall: number;
  threads: ThreadStats[];
  gilSwitches: number;
  /** Busy thread-microseconds per wall microsecond. */
  parallelism: number;
  /** The most threads that ran at the same instant. */
  maxRunning: number;
}

export function computeStats(model: TraceModel): RunStats {
  const by = new Map<string, ThreadStats>();
  for (const th of model.threads) by.set(threadKey(th.pid, th.tid), { ...th, cpu: 0, gilWait: 0, blocked: 0, switchesIn: 0, start: Infinity, end: -Infinity });
  let busy = 0;
  for (const s of model.segments) {
    const st = by.get(threadKey(s.pid, s.tid));
    if (st === undefined) continue;
    const d = s.end - s.start;
    st.start = Math.min(st.start, s.start);
    st.end = Math.max(st.end, s.end);
    if (s.state === 'running') {
      st.cpu += d;
      busy += d;
    } else if (s.state === 'waiting-gil') st.gilWait += d;
    else if (s.state === 'blocked') st.blocked += d;
  }
  let switches = 0;
  for (const [pid, arr] of model.gilByPid) {
    for (let i = 1; i < arr.length; i++) {
      if (arr[i]!.holder === arr[i - 1]!.holder) continue;
      switches++;
      const st = by.get(threadKey(pid, arr[i]!.holder));
      if (st !== undefined) st.switchesIn++;
    }
  }
  for (const st of by.values()) {
    if (st.start === Infinity) st.start = st.end = model.start;
  }
  const wall = model.end - model.start;
  return { wall, threads: [...by.values()], gilSwitches: switches, parallelism: wall > 0 ? busy / wall : 0, maxRunning: model.maxRunning };
}
