// The run-wide registry behind `_kitchen_mp` (docs/processes.md): the process table,
// channels, counting semaphores and shared-memory blocks, all in ONE buffer that every
// process of the run sees. On the shared platform it is a SharedArrayBuffer handed to
// every worker of every process, so a channel written by one heap is read by another
// without any message; on the virtual platform it is a plain ArrayBuffer in the one worker.
//
// Everything is words changed with Atomics under one registry mutex (word 0), so the same
// code is right on both platforms. Waiting is futex-shaped, like `_thread` locks: a blocking
// call reads a "futex word" (a channel's sequence number, a semaphore's value, a process's
// state), and the platform waits while that word still holds the value read. Whoever
// changes such a word calls `notify(index)`, which the platform turns into Atomics.notify
// or a wake-up in the virtual scheduler.
//
// Memory: messages and shared blocks come from an arena after the tables, in power-of-two
// size classes with one free list per class (a message is freed when it is received).
// This mirrors how python3's multiprocessing keeps pipes and POSIX semaphores outside any
// one interpreter (Modules/_multiprocessing/semaphore.c): the kernel holds them; here the
// registry buffer does.

/** Word indices of the header. */
const H_LOCK = 0;
const H_NEXT_ID = 1;
const H_BUMP = 2; // next free byte of the arena
const H_CAP = 3; // arena end (bytes)
const H_NEXT_MSG = 4; // message ids, for trace arrows from a send to its receive
const H_NEXT_PROC = 5;
const H_FIRST_PID = 6; // the first process's pid; the others count up from it
const H_FREE = 8; // 32 free-list heads, by size class
const HEADER_WORDS = 64;

const MAX_OBJECTS = 8192;
const OBJ_WORDS = 8;
const OBJ_BASE = HEADER_WORDS;
const O_KIND = 0;
// channel
const C_HEAD = 1;
const C_TAIL = 2;
const C_COUNT = 3;
const C_CLOSED = 4;
const C_SEQ = 5;
// semaphore
const S_VALUE = 1;
const S_MAX = 2;
// shared block
const B_OFFSET = 1;
const B_SIZE = 2;

const K_CHANNEL = 1;
const K_SEM = 2;
const K_SHARED = 3;

const MAX_PROCS = 1024;
const PROC_WORDS = 4;
const PROC_BASE = OBJ_BASE + MAX_OBJECTS * OBJ_WORDS;
const P_STATE = 0; // 0 unused, 1 running, 2 ended
const P_CODE = 1;
const P_PPID = 2;

const ARENA_BASE = (PROC_BASE + MAX_PROCS * PROC_WORDS) * 4;

/** Block header (bytes): class, next, data length, message id, sender pid, pad. */
const BLK_CLASS = 0;
const BLK_NEXT = 1;
const BLK_LEN = 2;
const BLK_MSG = 3;
const BLK_FROM = 4;
const BLK_HEADER = 24;
const MIN_CLASS = 5;

/** What a worker of an ended process does instead of taking the mutex: waits to be ended
 *  (a worker may block; it holds nothing now, so nobody waits for it). */
function parkForever(): never {
  const word = new Int32Array(new SharedArrayBuffer(4));
  for (;;) Atomics.wait(word, 0, 0);
}

/** The first pid of a run by default; children count up from it. */
export const FIRST_PID = 4242;

export const PROC_RUNNING = 1;
export const PROC_ENDED = 2;

export const DEFAULT_REGISTRY_BYTES = 64 * 1024 * 1024;

export interface Received {
  data: Uint8Array;
  msg: number;
  from: number;
}

export type WaitWord = { index: number; expected: number };

export class MpRegistry {
  readonly i32: Int32Array;
  readonly u8: Uint8Array;
  /** Wakes the waiters of a futex word (set by the platform; Atomics.notify by default). */
  notify: (index: number) => void;
  /**
   * The process this view of the registry acts for (a shared-platform worker's), 0 for none
   * (the coordinator, the virtual platform). Once that process has ended — terminate(),
   * kill(), os._exit, its exit — this view takes the mutex no more: `ownerEnded` runs
   * instead (by default the worker parks until it is ended). So a worker that is about to
   * be ended holds the mutex at most for a section begun before the end was recorded, and
   * the coordinator, which ends workers holding the mutex itself (`hold`), never leaves it
   * locked behind a dead worker.
   */
  owner = 0;
  ownerEnded: () => never = parkForever;

  constructor(readonly buffer: ArrayBuffer | SharedArrayBuffer) {
    this.i32 = new Int32Array(buffer);
    this.u8 = new Uint8Array(buffer);
    const shared = typeof SharedArrayBuffer !== 'undefined' && buffer instanceof SharedArrayBuffer;
    this.notify = shared ? (index) => { Atomics.notify(this.i32, index); } : () => {};
  }

  /** A new, empty registry. `shared` picks a SharedArrayBuffer (the shared platform). */
  static create(shared: boolean, bytes = DEFAULT_REGISTRY_BYTES, firstPid = FIRST_PID): MpRegistry {
    const size = Math.max(bytes, ARENA_BASE + 4096);
    const r = new MpRegistry(shared ? new SharedArrayBuffer(size) : new ArrayBuffer(size));
    r.i32[H_NEXT_ID] = 1;
    r.i32[H_BUMP] = ARENA_BASE;
    r.i32[H_CAP] = size;
    r.i32[H_NEXT_MSG] = 1;
    r.i32[H_FIRST_PID] = firstPid;
    return r;
  }

  // ---- the registry mutex ------------------------------------------------------------

  private lock(): void {
    // SAFETY: the sections it guards are a few word updates; contention is brief, so a
    // spin, then a short futex wait where the thread may wait (workers), is enough.
    for (let spins = 0; Atomics.compareExchange(this.i32, H_LOCK, 0, 1) !== 0; spins++) {
      if (spins > 64) {
        try { Atomics.wait(this.i32, H_LOCK, 1, 1); } catch { /* a thread that may not wait spins */ }
      }
    }
    if (this.owner !== 0) {
      const w = this.procWord(this.owner);
      if (w >= 0 && this.i32[w + P_STATE] === PROC_ENDED) {
        this.unlock();
        this.ownerEnded();
      }
    }
  }

  /** Runs `f` holding the registry's mutex (the coordinator ends a process's workers so:
   *  none of them can be inside a section then; the mutex is never held while waiting). */
  hold<T>(f: () => T): T {
    return this.locked(f);
  }

  private unlock(): void {
    Atomics.store(this.i32, H_LOCK, 0);
  }

  private locked<T>(f: () => T): T {
    this.lock();
    try { return f(); } finally { this.unlock(); }
  }

  // ---- arena ----------------------------------------------------------------------------

  /** A block with room for `n` data bytes after its header; -1 when the arena is full. */
  private alloc(n: number): number {
    let cls = MIN_CLASS;
    while ((1 << cls) < n + BLK_HEADER) cls++;
    if (cls > 30) return -1;
    const i32 = this.i32;
    let b = i32[H_FREE + cls]!;
    if (b !== 0) {
      i32[H_FREE + cls] = i32[(b >> 2) + BLK_NEXT]!;
    } else {
      b = i32[H_BUMP]!;
      if (b + (1 << cls) > i32[H_CAP]!) return -1;
      i32[H_BUMP] = b + (1 << cls);
    }
    i32[(b >> 2) + BLK_CLASS] = cls;
    i32[(b >> 2) + BLK_NEXT] = 0;
    i32[(b >> 2) + BLK_LEN] = n;
    return b;
  }

  private free(b: number): void {
    const cls = this.i32[(b >> 2) + BLK_CLASS]!;
    this.i32[(b >> 2) + BLK_NEXT] = this.i32[H_FREE + cls]!;
    this.i32[H_FREE + cls] = b;
  }

  /** Bytes of the arena in use (blocks handed out and not freed are not tracked apart). */
  get arenaTop(): number {
    return this.i32[H_BUMP]!;
  }

  // ---- objects --------------------------------------------------------------------------

  private newObject(kind: number): number {
    const id = this.i32[H_NEXT_ID]!;
    if (id >= MAX_OBJECTS) return -1;
    this.i32[H_NEXT_ID] = id + 1;
    this.i32[OBJ_BASE + id * OBJ_WORDS + O_KIND] = kind;
    return id;
  }

  /** Word index of field `f` of object `id`, or -1 when `id` is not an object of `kind`. */
  private field(id: number, kind: number, f: number): number {
    if (!Number.isInteger(id) || id <= 0 || id >= MAX_OBJECTS) return -1;
    const w = OBJ_BASE + id * OBJ_WORDS;
    return this.i32[w + O_KIND] === kind ? w + f : -1;
  }

  isChannel(id: number): boolean { return this.field(id, K_CHANNEL, 0) >= 0; }
  isSem(id: number): boolean { return this.field(id, K_SEM, 0) >= 0; }
  isShared(id: number): boolean { return this.field(id, K_SHARED, 0) >= 0; }

  // ---- processes ------------------------------------------------------------------------

  /** Registers a new running process; its pid, or -1 when the table is full. */
  newProcess(ppid: number): number {
    return this.locked(() => {
      const slot = this.i32[H_NEXT_PROC]!;
      if (slot >= MAX_PROCS) return -1;
      this.i32[H_NEXT_PROC] = slot + 1;
      const w = PROC_BASE + slot * PROC_WORDS;
      this.i32[w + P_PPID] = ppid;
      this.i32[w + P_CODE] = 0;
      Atomics.store(this.i32, w + P_STATE, PROC_RUNNING);
      return this.i32[H_FIRST_PID]! + slot;
    });
  }

  private procWord(pid: number): number {
    const slot = pid - this.i32[H_FIRST_PID]!;
    if (!Number.isInteger(slot) || slot < 0 || slot >= MAX_PROCS) return -1;
    const w = PROC_BASE + slot * PROC_WORDS;
    return this.i32[w + P_STATE] === 0 ? -1 : w;
  }

  isProcess(pid: number): boolean { return this.procWord(pid) >= 0; }

  /** The futex word of a process's state (it changes once: running → ended). */
  processStateIndex(pid: number): number { return this.procWord(pid) + P_STATE; }

  /** Exit code of an ended process, or null while it runs. */
  exitCode(pid: number): number | null {
    const w = this.procWord(pid);
    if (w < 0 || Atomics.load(this.i32, w + P_STATE) !== PROC_ENDED) return null;
    return this.i32[w + P_CODE]!;
  }

  isAlive(pid: number): boolean {
    const w = this.procWord(pid);
    return w >= 0 && Atomics.load(this.i32, w + P_STATE) === PROC_RUNNING;
  }

  parentOf(pid: number): number {
    const w = this.procWord(pid);
    return w < 0 ? 0 : this.i32[w + P_PPID]!;
  }

  /** Records the end of a process. False if it had already ended (the first end wins:
   *  a terminate racing with a normal exit reports whichever came first). */
  endProcess(pid: number, code: number): boolean {
    const w = this.procWord(pid);
    if (w < 0) return false;
    const won = this.locked(() => {
      if (this.i32[w + P_STATE] !== PROC_RUNNING) return false;
      this.i32[w + P_CODE] = code;
      Atomics.store(this.i32, w + P_STATE, PROC_ENDED);
      return true;
    });
    if (won) this.notify(w + P_STATE);
    return won;
  }

  // ---- channels -------------------------------------------------------------------------

  channelNew(): number {
    return this.locked(() => this.newObject(K_CHANNEL));
  }

  /** The futex word a receiver waits on: it moves on every send and on close. */
  channelSeqIndex(id: number): number { return this.field(id, K_CHANNEL, C_SEQ); }

  /** Appends a message: its id, 'closed', or 'full' when the arena has no room. */
  channelSend(id: number, data: Uint8Array, from: number): number | 'closed' | 'full' {
    const w = this.field(id, K_CHANNEL, 0);
    const r = this.locked((): number | 'closed' | 'full' => {
      const i32 = this.i32;
      if (i32[w + C_CLOSED] !== 0) return 'closed';
      const b = this.alloc(data.length);
      if (b < 0) return 'full';
      const msg = i32[H_NEXT_MSG]!;
      i32[H_NEXT_MSG] = msg + 1;
      i32[(b >> 2) + BLK_MSG] = msg;
      i32[(b >> 2) + BLK_FROM] = from;
      this.u8.set(data, b + BLK_HEADER);
      const tail = i32[w + C_TAIL]!;
      if (tail === 0) i32[w + C_HEAD] = b;
      else i32[(tail >> 2) + BLK_NEXT] = b;
      i32[w + C_TAIL] = b;
      i32[w + C_COUNT]!++;
      Atomics.add(i32, w + C_SEQ, 1);
      return msg;
    });
    if (typeof r === 'number') this.notify(w + C_SEQ);
    return r;
  }

  /** Takes the oldest message: it, 'empty' (wait on the seq word), or 'eof' (closed and drained). */
  channelTake(id: number): Received | 'empty' | 'eof' {
    const w = this.field(id, K_CHANNEL, 0);
    return this.locked((): Received | 'empty' | 'eof' => {
      const i32 = this.i32;
      const b = i32[w + C_HEAD]!;
      if (b === 0) return i32[w + C_CLOSED] !== 0 ? 'eof' : 'empty';
      const next = i32[(b >> 2) + BLK_NEXT]!;
      i32[w + C_HEAD] = next;
      if (next === 0) i32[w + C_TAIL] = 0;
      i32[w + C_COUNT]!--;
      const n = i32[(b >> 2) + BLK_LEN]!;
      const out: Received = { data: this.u8.slice(b + BLK_HEADER, b + BLK_HEADER + n), msg: i32[(b >> 2) + BLK_MSG]!, from: i32[(b >> 2) + BLK_FROM]! };
      this.free(b);
      return out;
    });
  }

  /** The seq word's value now (read before trying, so no send is missed while waiting). */
  channelSeq(id: number): number { return Atomics.load(this.i32, this.channelSeqIndex(id)); }

  channelSize(id: number): number { return Atomics.load(this.i32, this.field(id, K_CHANNEL, C_COUNT)); }

  /** True when a receive would not wait: a message is there or the channel is closed. */
  channelReady(id: number): boolean {
    const w = this.field(id, K_CHANNEL, 0);
    return Atomics.load(this.i32, w + C_COUNT) > 0 || Atomics.load(this.i32, w + C_CLOSED) !== 0;
  }

  channelClose(id: number): void {
    const w = this.field(id, K_CHANNEL, 0);
    this.locked(() => {
      this.i32[w + C_CLOSED] = 1;
      Atomics.add(this.i32, w + C_SEQ, 1);
    });
    this.notify(w + C_SEQ);
  }

  // ---- semaphores -----------------------------------------------------------------------

  semNew(value: number, max: number): number {
    return this.locked(() => {
      const id = this.newObject(K_SEM);
      if (id < 0) return id;
      const w = OBJ_BASE + id * OBJ_WORDS;
      this.i32[w + S_VALUE] = value;
      this.i32[w + S_MAX] = max;
      return id;
    });
  }

  /** The futex word: the value itself (a waiter sleeps while it reads 0). */
  semValueIndex(id: number): number { return this.field(id, K_SEM, S_VALUE); }

  semTryAcquire(id: number): boolean {
    const i = this.semValueIndex(id);
    for (;;) {
      const v = Atomics.load(this.i32, i);
      if (v <= 0) return false;
      if (Atomics.compareExchange(this.i32, i, v, v - 1) === v) return true;
    }
  }

  /** False if the value is already at its maximum. */
  semRelease(id: number): boolean {
    const i = this.semValueIndex(id);
    const max = this.i32[this.field(id, K_SEM, S_MAX)]!;
    for (;;) {
      const v = Atomics.load(this.i32, i);
      if (v >= max) return false;
      if (Atomics.compareExchange(this.i32, i, v, v + 1) === v) break;
    }
    this.notify(i);
    return true;
  }

  semValue(id: number): number { return Atomics.load(this.i32, this.semValueIndex(id)); }

  // ---- shared memory --------------------------------------------------------------------

  /** A zero-filled block of `n` bytes; -1 when there is no room. */
  sharedNew(n: number): number {
    return this.locked(() => {
      const b = this.alloc(n);
      if (b < 0) return -1;
      const id = this.newObject(K_SHARED);
      if (id < 0) { this.free(b); return -1; }
      this.u8.fill(0, b + BLK_HEADER, b + BLK_HEADER + n);
      const w = OBJ_BASE + id * OBJ_WORDS;
      this.i32[w + B_OFFSET] = b + BLK_HEADER;
      this.i32[w + B_SIZE] = n;
      return id;
    });
  }

  sharedSize(id: number): number { return this.i32[this.field(id, K_SHARED, B_SIZE)]!; }

  /** Byte offset of the block in the buffer (callers check bounds with sharedSize). */
  sharedOffset(id: number): number { return this.i32[this.field(id, K_SHARED, B_OFFSET)]!; }
}
