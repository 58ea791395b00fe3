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

export interface SceneIndex {
  events: readonly TraceEvent[];
  threads: ThreadTrack[];
  cores: number;
  processes: { pid: number; start: number; end?: number; name: string }[];
}

const PARCEL_FLIGHT_US = 20_000;

export function indexTrace(events: readonly TraceEvent[], cores: number): SceneIndex {
  const threads = new Map<string, ThreadTrack>();
  const processes = new Map<number, { pid: number; start: number; end?: number; name: string }>();
  const track = (e: TraceEvent): ThreadTrack => {
    const k = `${e.pid}:${e.tid}`;
    let tr = threads.get(k);
    if (tr === undefined) {
      tr = { pid: e.pid, tid: e.tid, name: `Thread-${e.tid}`, start: e.t, changes: [] };
      threads.set(k, tr);
    }
    if (!processes.has(e.pid)) processes.set(e.pid, { pid: e.pid, start: e.t, name: `pid ${e.pid}` });
    return tr;
  };
  for (const e of events) {
    const tr = track(e);
    const at = (place: ChefPlace, what?: string, object?: number): void => {
      tr.changes.push({ t: e.t, place, what, object, line: e.line });
    };
    switch (e.kind) {
      case 'thread-start':
        tr.name = String(e.name ?? tr.name);
        tr.start = e.t;
        at('arriving');
        break;
      case 'gil-wait':
        at('queue');
        break;
      case 'gil-take':
        at('stove');
        break;
      case 'gil-drop':
        if (e.reason === 'interval') at('queue');
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
      case 'process-start':
        processes.set(e.pid, { pid: e.pid, start: e.t, name: String(e.name ?? `pid ${e.pid}`) });
        break;
      case 'process-end': {
        const p = processes.get(e.pid);
        if (p !== undefined) p.end = e.t;
        break;
      }
      default:
        break;
    }
  }
  return { events, threads: [...threads.values()], cores, processes: [...processes.values()] };
}

function stateAt(tr: ThreadTrack, t: number): ThreadTrack['changes'][number] | undefined {
  let lo = 0;
  let hi = tr.changes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tr.changes[mid]!.t <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? undefined : tr.changes[lo - 1];
}

/** The scene at instant `t` (µs, the trace's clock). */
export function sceneAt(index: SceneIndex, t: number): Scene {
  const { events } = index;
  // Walk the events up to t once for the state that is not per-thread: lock holders, drop
  // requests still pending, tasks, messages in flight, recent GIL switches.
  const lockHolder = new Map<number, string>();
  const pendingDrop = new Map<number, { from: number; holder: number }>(); // pid → request
  const tasks = new Map<number, { pid: number; tid: number; task: number; name: string; state: Ticket['state']; awaits?: string; since: number; line?: number }>();
  const sends: { t: number; from: number; channel: number; to?: number }[] = [];
  const parcels: Parcel[] = [];
  let lastSwitch: TraceEvent | undefined;
  const lastHolder = new Map<number, number>();
  const nameOf = new Map<string, string>();
  for (const tr of index.threads) nameOf.set(`${tr.pid}:${tr.tid}`, tr.name);
  for (const e of events) {
    if (e.t > t) break;
    switch (e.kind) {
      case 'acquire':
        lockHolder.set(Number(e.object), nameOf.get(`${e.pid}:${e.tid}`) ?? `thread ${e.tid}`);
        break;
      case 'release':
        lockHolder.delete(Number(e.object));
        break;
      case 'gil-drop-request':
        pendingDrop.set(e.pid, { from: e.tid, holder: Number(e.holder) });
        break;
      case 'gil-take': {
        pendingDrop.delete(e.pid);
        // A switch is a hand-over between two threads, not a thread's first take.
        const prev = lastHolder.get(e.pid);
        if (prev !== undefined && prev !== e.tid) lastSwitch = e;
        lastHolder.set(e.pid, e.tid);
        break;
      }
      case 'task-create':
        tasks.set(Number(e.task), { pid: e.pid, tid: e.tid, task: Number(e.task), name: String(e.name ?? `Task-${e.task}`), state: 'ready', since: e.t });
        break;
      case 'task-step': {
        const k = tasks.get(Number(e.task));
        if (k !== undefined) Object.assign(k, { state: 'cooking', awaits: undefined, since: e.t, line: e.line });
        break;
      }
      case 'task-step-end': {
        const k = tasks.get(Number(e.task));
        if (k !== undefined) Object.assign(k, { state: 'waiting', awaits: String(e.awaits ?? ''), since: e.t });
        break;
      }
      case 'task-end': {
        const k = tasks.get(Number(e.task));
        if (k !== undefined) Object.assign(k, { state: 'served', since: e.t });
        break;
      }
      case 'send':
        sends.push({ t: e.t, from: e.pid, channel: Number(e.channel), to: e.to === undefined ? undefined : Number(e.to) });
        break;
      case 'recv': {
        const i = sends.findIndex((s) => s.channel === Number(e.channel));
        if (i >= 0) sends.splice(i, 1);
        break;
      }
      default:
        break;
    }
  }
  for (const s of sends) {
    const age = t - s.t;
    if (age <= PARCEL_FLIGHT_US) {
      // The receiver named by the event when it is a known process; otherwise (older traces
      // without `to`) the first other process.
      const named = s.to !== undefined && index.processes.some((p) => p.pid === s.to) ? s.to : undefined;
      const to = named ?? index.processes.find((p) => p.pid !== s.from)?.pid ?? s.from;
      parcels.push({ from: s.from, to, progress: age / PARCEL_FLIGHT_US });
    }
  }

  const kitchens: Kitchen[] = [];
  for (const p of index.processes) {
    if (p.start > t) continue;
    const chefs: Chef[] = [];
    for (const tr of index.threads) {
      if (tr.pid !== p.pid || tr.start > t) continue;
      const st = stateAt(tr, t);
      if (st === undefined) continue;
      const chef: Chef = { pid: tr.pid, tid: tr.tid, name: tr.name, place: st.place, line: st.line };
      if (st.what !== undefined) chef.waitingFor = st.what;
      if (st.place === 'pantry' && st.object !== undefined && lockHolder.has(st.object)) chef.keyHeldBy = lockHolder.get(st.object);
      chefs.push(chef);
    }
    // Queue order: who has waited longest for the stove.
    const queued = chefs.filter((c) => c.place === 'queue' || c.place === 'arriving');
    const since = (c: Chef): number => {
      const tr = index.threads.find((x) => x.pid === c.pid && x.tid === c.tid)!;
      return stateAt(tr, t)?.t ?? 0;
    };
    queued.sort((a, b) => since(a) - since(b));
    queued.forEach((c, i) => (c.queuePos = i));
    const drop = pendingDrop.get(p.pid);
    if (drop !== undefined) {
      const tapper = chefs.find((c) => c.tid === drop.from && c.place === 'queue');
      if (tapper !== undefined) tapper.tapping = true;
    }
    const cook = chefs.find((c) => c.place === 'stove');
    const rail: Ticket[] = [...tasks.values()]
      .filter((k) => k.pid === p.pid && k.state !== 'served')
      .map((k) => ({ task: k.task, name: k.name, state: k.state, awaits: k.awaits }));
    const kitchen: Kitchen = { pid: p.pid, name: p.name, lit: cook !== undefined, cook: cook?.name, chefs, rail };
    // A task that has been cooking while its chef is away: a blocking call inside a coroutine.
    const cooking = [...tasks.values()].find((k) => k.pid === p.pid && k.state === 'cooking');
    if (cooking !== undefined) {
      const chef = chefs.find((c) => c.tid === cooking.tid);
      if (chef !== undefined && chef.place === 'away') kitchen.railFrozen = { task: cooking.name, line: chef.line };
    }
    if (p.end === undefined || p.end > t) kitchens.push(kitchen);
  }

  const threadCount = kitchens.reduce((n, k) => n + k.chefs.filter((c) => c.place !== 'done').length, 0);
  const mode: SceneMode =
    kitchens.length > 1 ? 'processes' :
    [...tasks.values()].length > 0 ? 'asyncio' :
    index.threads.length > 1 && threadCount > 0 ? 'threads' : 'sequential';
  return { t, mode, cores: index.cores, kitchens, parcels, caption: caption(kitchens, mode, index.cores, lastSwitch, t, nameOf) };
}

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
  if (lastSwitch !== undefined && t - lastSwitch.t <= SWITCH_CAPTION_US) {
    const who = nameOf.get(`${lastSwitch.pid}:${lastSwitch.tid}`) ?? `thread ${lastSwitch.tid}`;
    return `The stove changes hands: ${who} now cooks (a GIL switch).`;
  }
  for (const k of kitchens) {
    const pantry = k.chefs.find((c) => c.place === 'pantry');
    if (pantry !== undefined) {
      if (pantry.waitingFor === 'lock' || pantry.waitingFor === 'rlock') {
        return `${pantry.name} waits at the pantry door: ${pantry.keyHeldBy ?? 'another chef'} holds its key (a lock).`;
      }
      return `${pantry.name} waits (${pantry.waitingFor ?? 'blocked'}) without using the stove.`;
    }
    const queued = k.chefs.find((c) => c.place === 'queue');
    if (queued !== undefined && k.cook !== undefined) {
      return `${queued.name} waits for the stove: in one kitchen only one chef may cook at a time \u2014 that is the GIL.`;
    }
    const away = k.chefs.find((c) => c.place === 'away');
    if (away !== undefined) {
      return `${away.name} is away waiting for a delivery (${away.waitingFor === 'sleep' ? 'time.sleep' : away.waitingFor ?? 'I/O'}): it left the stove free for others.`;
    }
  }
  const cook = kitchens.find((k) => k.cook !== undefined);
  if (cook !== undefined) return mode === 'sequential' ? `One chef cooks the orders one after another.` : `${cook.cook} cooks at the stove.`;
  return 'The kitchen is quiet.';
}
