// The restaurant of the guide ("Concurrency Illustrated: The Restaurant Analogy"), computed
// from a run's trace at one instant: `sceneAt(index, t)` → which kitchens (processes) are lit,
// where each chef (thread) stands, who is at the stove (holds the GIL), which order tickets
// (asyncio tasks) hang on the rail, which parcels (queue/pipe messages) travel, and a caption
// that says in plain words what is happening. Pure: tests call it; renderers draw its result.
//
//   chef at the stove   running, holds the GIL
//   chef in the queue   waiting for the GIL ("one stove per kitchen")
//   chef away           sleeping or waiting on I/O (a delivery)
//   chef at the pantry  blocked on a lock (the pantry key), a join, a queue, an event...
//   tapping             a waiter has asked the cook to step aside (GIL drop request)

import type { TraceEvent } from '../../trace/schema';

export type ChefPlace = 'stove' | 'queue' | 'away' | 'pantry' | 'done' | 'arriving';

export interface Chef {
  pid: number;
  tid: number;
  name: string;
  place: ChefPlace;
  /** For 'pantry' and 'away': what it waits on (lock, join, queue, sleep, ...). */
  waitingFor?: string;
  /** For a lock: the name of the chef holding its key, when known. */
  keyHeldBy?: string;
  line?: number;
  /** Position in the queue for the stove (0 = next), for 'queue'. */
  queuePos?: number;
  /** This chef is tapping the cook's shoulder (a GIL drop request is pending). */
  tapping?: boolean;
}

export interface Ticket {
  task: number;
  name: string;
  state: 'cooking' | 'waiting' | 'ready' | 'served';
  awaits?: string;
}

export interface Kitchen {
  pid: number;
  name: string;
  /** Is any chef cooking here right now? */
  lit: boolean;
  cook?: string;
  chefs: Chef[];
  rail: Ticket[];
  /** A coroutine called a blocking function: the whole rail is frozen. */
  railFrozen?: { task: string; line?: number };
}

export interface Parcel {
  from: number;
  to: number;
  /** 0 at the sender, 1 at the receiver. */
  progress: number;
}

export type SceneMode = 'sequential' | 'threads' | 'processes' | 'asyncio';

export interface Scene {
  t: number;
  mode: SceneMode;
  cores: number;
  kitchens: Kitchen[];
  parcels: Parcel[];
  caption: string;
}

/** Per-thread state history, precomputed once per trace so every instant is a quick lookup. */
interface ThreadTrack {
  pid: number;
  tid: number;
  name: string;
  start: number;
  /** Sorted state changes. */
  changes: { t: number; place: ChefPlace; what?: string; object?: number; line?: number }[];
}

/** One asyncio task's history: each change carries the index of its event in the trace. */
interface TaskTrack {
  pid: number;
  tid: number;
  task: number;
  name: string;
  created: number;
  changes: { i: number; t: number; state: Ticket['state']; awaits?: string; line?: number }[];
}

/**
 * Everything sceneAt needs, indexed once per trace. An instant `t` is turned into a prefix of
 * the trace (the events at or before `t`, by binary search); every question sceneAt asks —
 * who holds a lock, is a drop request pending, where is each ticket, which parcels fly — is
 * then a binary search in a small sorted array, so a frame costs O(chefs + tickets + log n)
 * however long the trace is.
 */
export interface SceneIndex {
  events: readonly TraceEvent[];
  times: Float64Array;
  threads: ThreadTrack[];
  cores: number;
  processes: { pid: number; start: number; end?: number; name: string }[];
  /** Per lock object: who took it ("pid:tid") or released it (null), by event index. */
  locks: Map<number, { i: number; holder: string | null }[]>;
  /** Per process: drop requests and GIL takes, by event index. */
  drops: Map<number, { i: number; from: number; holder: number }[]>;
  takes: Map<number, number[]>;
  /** GIL hand-overs between two threads (event indices). */
  switches: number[];
  tasks: TaskTrack[];
  /** Messages, by send time; `recv` is the index of the event that took it off its channel,
   *  `to` the process that took it (or, in older traces, the one the send named). */
  sends: { i: number; t: number; from: number; to?: number; recv?: number }[];
  /** Stretches in which an event loop ran one step for too long (loop-blocked), per process. */
  loopBlocked: { pid: number; start: number; end: number; task: number }[];
  names: Map<string, string>;
}

const PARCEL_FLIGHT_US = 20_000;

const tkey = (pid: number, tid: number): string => `${pid}:${tid}`;

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const a = m.get(k);
  if (a === undefined) m.set(k, [v]);
  else a.push(v);
}

export function indexTrace(events: readonly TraceEvent[], cores: number): SceneIndex {
  const threads = new Map<string, ThreadTrack>();
  const processes = new Map<number, { pid: number; start: number; end?: number; name: string }>();
  const times = new Float64Array(events.length);
  const locks = new Map<number, { i: number; holder: string | null }[]>();
  const drops = new Map<number, { i: number; from: number; holder: number }[]>();
  const takes = new Map<number, number[]>();
  const switches: number[] = [];
  const lastHolder = new Map<number, number>();
  const tasks = new Map<string, TaskTrack>();
  const taskList: TaskTrack[] = [];
  const sends: SceneIndex['sends'] = [];
  const pendingSends = new Map<number, SceneIndex['sends']>();
  const sendOf = new Map<number, SceneIndex['sends'][number]>();
  const loopBlocked: SceneIndex['loopBlocked'] = [];
  let lastTrack: ThreadTrack | undefined;
  const track = (e: TraceEvent): ThreadTrack => {
    if (lastTrack !== undefined && lastTrack.tid === e.tid && lastTrack.pid === e.pid) return lastTrack;
    const k = tkey(e.pid, e.tid);
    let tr = threads.get(k);
    if (tr === undefined) {
      tr = { pid: e.pid, tid: e.tid, name: `Thread-${e.tid}`, start: e.t, changes: [] };
      threads.set(k, tr);
      if (!processes.has(e.pid)) processes.set(e.pid, { pid: e.pid, start: e.t, name: `pid ${e.pid}` });
    }
    return (lastTrack = tr);
  };
  const taskOf = (e: TraceEvent): TaskTrack | undefined => tasks.get(`${e.pid}:${Number(e.task)}`);
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    times[i] = e.t;
    const at = (place: ChefPlace, what?: string, object?: number): void => {
      track(e).changes.push({ t: e.t, place, what, object, line: e.line });
    };
    switch (e.kind) {
      case 'thread-start': {
        const tr = track(e);
        tr.name = String(e.name ?? tr.name);
        tr.start = e.t;
        at('arriving');
        break;
      }
      case 'gil-wait':
        at('queue');
        break;
      case 'gil-take': {
        at('stove');
        push(takes, e.pid, i);
        // A switch is a hand-over between two threads, not a thread's first take.
        const prev = lastHolder.get(e.pid);
        if (prev !== undefined && prev !== e.tid) switches.push(i);
        lastHolder.set(e.pid, e.tid);
        break;
      }
      case 'gil-drop':
        if (e.reason === 'interval') at('queue');
        break;
      case 'gil-drop-request':
        track(e);
        push(drops, e.pid, { i, from: e.tid, holder: Number(e.holder) });
        break;
      case 'block':
        at(e.what === 'sleep' || e.what === 'input' || e.what === 'select' ? 'away' : 'pantry', String(e.what), Number(e.object ?? 0));
        break;
      case 'unblock':
        at('queue');
        break;
      case 'thread-end':
        at('done');
        break;
      case 'acquire':
        track(e);
        push(locks, Number(e.object), { i, holder: tkey(e.pid, e.tid) });
        break;
      case 'release':
        track(e);
        push(locks, Number(e.object), { i, holder: null });
        break;
      case 'process-start':
        processes.set(e.pid, { pid: e.pid, start: e.t, name: String(e.name ?? `pid ${e.pid}`) });
        break;
      case 'process-end': {
        const p = processes.get(e.pid);
        if (p !== undefined) p.end = e.t;
        break;
      }
      case 'task-create': {
        track(e);
        const k: TaskTrack = { pid: e.pid, tid: e.tid, task: Number(e.task), name: String(e.name ?? `Task-${e.task}`), created: i, changes: [{ i, t: e.t, state: 'ready' }] };
        tasks.set(`${e.pid}:${k.task}`, k);
        taskList.push(k);
        break;
      }
      case 'task-step':
        taskOf(e)?.changes.push({ i, t: e.t, state: 'cooking', line: e.line });
        break;
      case 'task-step-end':
        taskOf(e)?.changes.push({ i, t: e.t, state: 'waiting', awaits: String(e.awaits ?? '') });
        break;
      case 'task-end':
        taskOf(e)?.changes.push({ i, t: e.t, state: 'served' });
        break;
      case 'loop-blocked':
        loopBlocked.push({ pid: e.pid, start: e.t - Number(e.micros ?? 0), end: e.t, task: Number(e.task ?? 0) });
        break;
      case 'send': {
        track(e);
        const s: SceneIndex['sends'][number] = { i, t: e.t, from: e.pid, to: e.to === undefined ? undefined : Number(e.to) };
        sends.push(s);
        if (typeof e.msg === 'number') sendOf.set(e.msg, s);
        else push(pendingSends, Number(e.channel), s);
        break;
      }
      case 'recv': {
        track(e);
        // The recv names its message (schema: `msg`); older traces pair FIFO per channel.
        const s = typeof e.msg === 'number' ? sendOf.get(e.msg) : pendingSends.get(Number(e.channel))?.shift();
        if (s !== undefined) {
          s.recv = i;
          s.to = e.pid;
        }
        break;
      }
      default:
        if ((e.kind as string) === 'thread-name' && e.name !== undefined) track(e).name = String(e.name);
        else track(e);
        break;
    }
  }
  const names = new Map<string, string>();
  for (const tr of threads.values()) names.set(tkey(tr.pid, tr.tid), tr.name);
  return {
    events, times, threads: [...threads.values()], cores, processes: [...processes.values()],
    locks, drops, takes, switches, tasks: taskList, sends, loopBlocked, names,
  };
}

/** The number of items of sorted `a` (by `key`) that are <= `x`. */
function countAtMost<T>(a: readonly T[], x: number, key: (v: T) => number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (key(a[mid]!) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const byT = (c: { t: number }): number => c.t;
const byI = (c: { i: number }): number => c.i;
const self = (x: number): number => x;

function stateAt(tr: ThreadTrack, t: number): ThreadTrack['changes'][number] | undefined {
  const n = countAtMost(tr.changes, t, byT);
  return n === 0 ? undefined : tr.changes[n - 1];
}

/** The scene at instant `t` (µs, the trace's clock). */
export function sceneAt(index: SceneIndex, t: number): Scene {
  // The events at or before t are events[0 .. n-1].
  let lo = 0;
  let hi = index.times.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (index.times[mid]! <= t) lo = mid + 1;
    else hi = mid;
  }
  const n = lo;
  const last = n - 1;
  const nameOf = index.names;

  const parcels: Parcel[] = [];
  for (let k = countAtMost(index.sends, t - PARCEL_FLIGHT_US - 1e-9, byT); k < index.sends.length; k++) {
    const s = index.sends[k]!;
    if (s.i > last) break;
    if (s.recv !== undefined && s.recv <= last) continue;
    const age = t - s.t;
    if (age > PARCEL_FLIGHT_US) continue;
    // The receiver named by the event when it is a known process; otherwise (older traces
    // without `to`) the first other process.
    const named = s.to !== undefined && index.processes.some((p) => p.pid === s.to) ? s.to : undefined;
    const to = named ?? index.processes.find((p) => p.pid !== s.from)?.pid ?? s.from;
    // A message taken by its own process (a wake-up pipe inside ProcessPoolExecutor) does
    // not travel between kitchens: no parcel.
    if (to === s.from) continue;
    parcels.push({ from: s.from, to, progress: age / PARCEL_FLIGHT_US });
  }

  // Tickets as they stand at t.
  const tickets: { pid: number; tid: number; ticket: Ticket }[] = [];
  for (const k of index.tasks) {
    if (k.created > last) break;
    const c = k.changes[countAtMost(k.changes, last, byI) - 1]!;
    tickets.push({ pid: k.pid, tid: k.tid, ticket: { task: k.task, name: k.name, state: c.state, awaits: c.awaits } });
  }

  const sw = index.switches[countAtMost(index.switches, last, self) - 1];
  const lastSwitch = sw === undefined ? undefined : index.events[sw];

  const kitchens: Kitchen[] = [];
  for (const p of index.processes) {
    if (p.start > t) continue;
    const chefs: Chef[] = [];
    const since = new Map<Chef, number>();
    for (const tr of index.threads) {
      if (tr.pid !== p.pid || tr.start > t) continue;
      const st = stateAt(tr, t);
      if (st === undefined) continue;
      const chef: Chef = { pid: tr.pid, tid: tr.tid, name: tr.name, place: st.place, line: st.line };
      if (st.what !== undefined) chef.waitingFor = st.what;
      if (st.place === 'pantry' && st.object !== undefined) {
        const hist = index.locks.get(st.object);
        const h = hist === undefined ? undefined : hist[countAtMost(hist, last, byI) - 1];
        if (h?.holder != null) chef.keyHeldBy = nameOf.get(h.holder) ?? h.holder;
      }
      since.set(chef, st.t);
      chefs.push(chef);
    }
    // Queue order: who has waited longest for the stove.
    const queued = chefs.filter((c) => c.place === 'queue' || c.place === 'arriving');
    queued.sort((a, b) => since.get(a)! - since.get(b)!);
    queued.forEach((c, i) => (c.queuePos = i));
    // A drop request is pending from when it is made until the GIL next changes hands.
    const dr = index.drops.get(p.pid);
    const drop = dr === undefined ? undefined : dr[countAtMost(dr, last, byI) - 1];
    if (drop !== undefined) {
      const tk = index.takes.get(p.pid);
      const take = tk === undefined ? undefined : tk[countAtMost(tk, last, self) - 1];
      if (take === undefined || take < drop.i) {
        const tapper = chefs.find((c) => c.tid === drop.from && c.place === 'queue');
        if (tapper !== undefined) tapper.tapping = true;
      }
    }
    const cook = chefs.find((c) => c.place === 'stove');
    const mine = tickets.filter((k) => k.pid === p.pid);
    const rail: Ticket[] = mine.filter((k) => k.ticket.state !== 'served').map((k) => k.ticket);
    const kitchen: Kitchen = { pid: p.pid, name: p.name, lit: cook !== undefined, cook: cook?.name, chefs, rail };
    // A task that has been cooking while its chef is away: a blocking call inside a coroutine.
    // (Or the loop reported afterwards that one step held it too long: loop-blocked.)
    const cooking = mine.find((k) => k.ticket.state === 'cooking');
    if (cooking !== undefined) {
      const chef = chefs.find((c) => c.tid === cooking.tid);
      if (chef !== undefined && chef.place === 'away') kitchen.railFrozen = { task: cooking.ticket.name, line: chef.line };
      else {
        const lb = index.loopBlocked.find((b) => b.pid === p.pid && b.start <= t && t < b.end && (b.task === 0 || b.task === cooking.ticket.task));
        if (lb !== undefined) kitchen.railFrozen = { task: cooking.ticket.name, line: chef?.line };
      }
    }
    if (p.end === undefined || p.end > t) kitchens.push(kitchen);
  }

  const threadCount = kitchens.reduce((k, kk) => k + kk.chefs.filter((c) => c.place !== 'done').length, 0);
  const mode: SceneMode =
    kitchens.length > 1 ? 'processes' :
    tickets.length > 0 ? 'asyncio' :
    index.threads.length > 1 && threadCount > 0 ? 'threads' : 'sequential';
  return { t, mode, cores: index.cores, kitchens, parcels, caption: caption(kitchens, mode, index.cores, lastSwitch, t, nameOf) };
}

/** What a chef at the pantry waits for, in the caption's words. */
const WAIT_WORDS: Record<string, string> = {
  join: ' for another chef to finish,',
  queue: ' for an order on the queue,',
  event: ' for a signal (an Event),',
  condition: ' for a signal (a Condition),',
  future: ' for a result (a future),',
  semaphore: ' for a free place (a semaphore),',
  barrier: ' for the others to arrive (a barrier),',
  pipe: ' for a message on a pipe,',
};

const SWITCH_CAPTION_US = 2_000;

function caption(kitchens: Kitchen[], mode: SceneMode, cores: number, lastSwitch: TraceEvent | undefined, t: number, nameOf: Map<string, string>): string {
  const frozen = kitchens.find((k) => k.railFrozen !== undefined);
  if (frozen?.railFrozen !== undefined) {
    return `The whole rail is frozen: ${frozen.railFrozen.task} made a blocking call inside a coroutine, so the event loop cannot switch to any other ticket until it returns.`;
  }
  if (mode === 'processes') {
    const lit = kitchens.filter((k) => k.lit).length;
    if (lit > 1) {
      return `${lit} kitchens are cooking at the same time: each process has its own stove (its own GIL), so processes run in parallel on the ${cores} cores.`;
    }
  }
  if (mode === 'asyncio') {
    const k = kitchens.find((k) => k.rail.length > 0);
    const cooking = k?.rail.find((r) => r.state === 'cooking');
    const waiting = k?.rail.filter((r) => r.state === 'waiting') ?? [];
    if (cooking !== undefined && waiting.length > 0) {
      return `The chef works on ${cooking.name}; ${waiting.map((w) => w.name).join(', ')} ${waiting.length === 1 ? 'waits' : 'wait'} on the rail. asyncio switches tickets only at an await.`;
    }
    if (cooking === undefined && waiting.length > 0) {
      return `Every ticket is waiting (${waiting.map((w) => `${w.name}: ${w.awaits || 'something'}`).join('; ')}): the chef is idle until one is ready.`;
    }
  }
  for (const k of kitchens) {
    const tapper = k.chefs.find((c) => c.tapping);
    if (tapper !== undefined && k.cook !== undefined) {
      return `${tapper.name} taps ${k.cook} on the shoulder: it has waited a whole switch interval, so it asks for the stove (a GIL drop request).`;
    }
  }
  // Only while the new cook still stands at its stove: once it has left (a sleep, a join),
  // "now cooks" would be false. With several kitchens, say which kitchen's stove.
  const switchedIn = lastSwitch === undefined ? undefined : kitchens.find((k) => k.pid === lastSwitch.pid);
  if (lastSwitch !== undefined && t - lastSwitch.t <= SWITCH_CAPTION_US && switchedIn?.chefs.some((c) => c.tid === lastSwitch.tid && c.place === 'stove')) {
    const who = nameOf.get(`${lastSwitch.pid}:${lastSwitch.tid}`) ?? `thread ${lastSwitch.tid}`;
    return `The stove changes hands: ${who}${kitchens.length > 1 ? ` of ${switchedIn.name}` : ''} now cooks (a GIL switch).`;
  }
  // Most telling first: a chef locked out of the pantry, a chef queueing for a busy stove,
  // chefs away on deliveries, then other waits (join, queue, event, ...).
  const chefs = kitchens.flatMap((k) => k.chefs);
  // With several kitchens, "MainThread" alone would not say which: add the kitchen's name.
  const kitchenOf = new Map(kitchens.map((k) => [k.pid, k.name]));
  const who = (c: Chef): string => (kitchens.length > 1 ? `${c.name} of ${kitchenOf.get(c.pid) ?? `pid ${c.pid}`}` : c.name);
  const locked = chefs.find((c) => c.place === 'pantry' && (c.waitingFor === 'lock' || c.waitingFor === 'rlock'));
  if (locked !== undefined) return `${locked.name} waits at the pantry door: ${locked.keyHeldBy ?? 'another chef'} holds its key (a lock).`;
  for (const k of kitchens) {
    const queued = k.chefs.find((c) => c.place === 'queue');
    if (queued !== undefined && k.cook !== undefined) {
      return `${queued.name} waits for the stove: in one kitchen only one chef may cook at a time \u2014 that is the GIL.`;
    }
  }
  const away = chefs.filter((c) => c.place === 'away');
  if (away.length === 1) {
    const a = away[0]!;
    return `${who(a)} is away waiting for a delivery (${a.waitingFor === 'sleep' ? 'time.sleep' : a.waitingFor ?? 'I/O'}): it left the stove free for others.`;
  }
  if (away.length > 1) {
    const names = away.length <= 3 ? `${away.slice(0, -1).map(who).join(', ')} and ${who(away[away.length - 1]!)}` : `${away.length} chefs`;
    const why = away.every((c) => c.waitingFor === 'sleep') ? 'time.sleep' : 'I/O';
    return `${names} are away waiting for deliveries (${why}) at the same time: a waiting chef leaves the stove free, so their waits overlap.`;
  }
  const pantry = chefs.find((c) => c.place === 'pantry');
  if (pantry !== undefined) {
    const what = pantry.waitingFor ?? 'blocked';
    return `${who(pantry)} waits (${what})${WAIT_WORDS[what] ?? ''} without using the stove.`;
  }
  const cook = kitchens.find((k) => k.cook !== undefined);
  if (cook !== undefined) return mode === 'sequential' ? `One chef cooks the orders one after another.` : `${cook.cook} cooks at the stove.`;
  return 'The kitchen is quiet.';
}
