// The trace event schema: every observable step of a run (DESIGN.md §1.9) as a fixed-size
// record, so that many workers can append events to one SharedArrayBuffer without
// allocating, and the main thread can decode them in batches.
//
// A record is 8 words (32 bytes):
//   f64  t        microseconds since the run began (one clock for all workers)
//   i32  kind     EventKind
//   i32  pid      Python process id (as os.getpid() reports it)
//   i32  tid      thread slot of the emitting thread (threading.get_ident() is derived)
//   i32  line     source line the thread was at, 0 when none
//   i32  a, b     two kind-specific arguments (see ARG_NAMES)
// Strings (thread names, task names, printed text) are not in records: the emitter interns
// them in the run's string table and passes the index as an argument.

export const RECORD_WORDS = 8;
export const RECORD_BYTES = RECORD_WORDS * 4;

/** Event kinds; the numeric values are part of the record format. Append only. */
export const EventKind = {
  'thread-start': 1,
  'thread-end': 2,
  'gil-wait': 3,
  'gil-take': 4,
  'gil-drop': 5,
  'gil-drop-request': 6,
  block: 7,
  unblock: 8,
  print: 9,
  'process-start': 10,
  'process-end': 11,
  'task-create': 12,
  'task-step': 13,
  'task-step-end': 14,
  'task-end': 15,
  'loop-idle': 16,
  'loop-blocked': 17,
  send: 18,
  recv: 19,
  /** A thread took a lock-like object (lock, rlock, semaphore); `object` identifies it. */
  acquire: 20,
  release: 21,
} as const;
export type EventKindName = keyof typeof EventKind;

const KIND_NAMES: EventKindName[] = [];
for (const [name, code] of Object.entries(EventKind)) KIND_NAMES[code] = name as EventKindName;
export function kindName(code: number): EventKindName | undefined {
  return KIND_NAMES[code];
}

/** What a thread blocks on (`block` events, argument a). */
export const BlockReason = {
  lock: 1, rlock: 2, join: 3, sleep: 4, queue: 5, event: 6, condition: 7, barrier: 8,
  semaphore: 9, input: 10, select: 11, future: 12, pipe: 13,
} as const;
export type BlockReasonName = keyof typeof BlockReason;

/** Why the GIL was dropped (`gil-drop` events, argument a). */
export const DropReason = { interval: 1, blocking: 2, exit: 3 } as const;
export type DropReasonName = keyof typeof DropReason;

/** Names of the two arguments of each kind, for decoding into objects and for exports. */
export const ARG_NAMES: Record<EventKindName, readonly [string?, string?]> = {
  'thread-start': ['name', 'daemon'],
  'thread-end': [],
  'gil-wait': [],
  'gil-take': ['switched'],
  'gil-drop': ['reason'],
  'gil-drop-request': ['holder'],
  block: ['what', 'object'],
  unblock: ['what', 'object'],
  print: ['stream', 'text'],
  'process-start': ['parent', 'name'],
  'process-end': ['exitCode'],
  // asyncio (src/stdlib/py/asyncio): `task` identifies a Task (its id()), `name` is its
  // name; task-step's `line` (an argument, so every platform records the coroutine's line,
  // not the thread's) is where the coroutine resumes; task-step-end's record line is where
  // it suspends (the platform's line unless the platform takes the emitter's `line`);
  // `awaits` says on what: 'sleep 0.5', 'sleep 0' (a bare yield), 'lock',
  // 'event', 'condition', 'semaphore', 'queue get', 'queue put', 'task NAME', 'gather of N',
  // 'future'; `outcome` is 'result', 'exception' or 'cancelled'. loop-idle: the loop waits
  // for its next timer, `micros` long (-1: until woken). loop-blocked: one callback or task
  // step held the loop `micros` (at least the slow-callback threshold, 0.1 s); the event
  // comes when the step ends; `task` is 0 for a plain callback.
  'task-create': ['task', 'name'],
  'task-step': ['task', 'line'],
  'task-step-end': ['task', 'awaits'],
  'task-end': ['task', 'outcome'],
  'loop-idle': ['micros'],
  'loop-blocked': ['task', 'micros'],
  // A message put on a channel (multiprocessing queue, pipe, pool task/result) and its
  // receipt: `msg` is the run-wide id of the message, the same on both events.
  send: ['channel', 'msg'],
  recv: ['channel', 'msg'],
  acquire: ['what', 'object'],
  release: ['what', 'object'],
};

/** Arguments that are indices into the run's string table. */
export const STRING_ARGS: ReadonlySet<string> = new Set(['name', 'text', 'awaits', 'outcome']);

/** A decoded event, as `window.kitchen.run()` returns it and the views consume it. */
export interface TraceEvent {
  /** Microseconds since the run began. */
  t: number;
  pid: number;
  tid: number;
  kind: EventKindName;
  line?: number;
  [arg: string]: unknown;
}
