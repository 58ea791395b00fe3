// An append-only event log in a SharedArrayBuffer (a plain ArrayBuffer on the virtual
// platform), written concurrently by every worker of a run and read in batches by the main
// thread.
//
// Layout (Int32 words):
//   0  reserved   next record index handed to a writer (Atomics.add)
//   1  lost       events dropped because the log was full
//   2  capacity   number of records
//   3  (pad)
//   then `capacity` records of RECORD_WORDS words (schema.ts),
//   then `capacity` commit words, one per record, each set last by the record's writer so
//   that a reader never decodes a half-written record.
//
// It is a log, not a ring: a run's whole trace is kept so that it can be replayed and
// exported, and a full log counts the events it had to drop rather than overwrite history.
// 1,000,000 records take 36 MB.

import { EventKind, RECORD_WORDS, type EventKindName } from './schema';

const HEADER_WORDS = 4;
const RESERVED = 0;
const LOST = 1;
const CAPACITY = 2;

export function traceLogBytes(capacity: number): number {
  return (HEADER_WORDS + capacity * RECORD_WORDS + capacity) * 4;
}

export class TraceLog {
  readonly i32: Int32Array;
  readonly f64: Float64Array;
  readonly capacity: number;
  private readonly commits: number;

  constructor(readonly buffer: SharedArrayBuffer | ArrayBuffer, init = false) {
    this.i32 = new Int32Array(buffer);
    this.f64 = new Float64Array(buffer);
    if (init) {
      const capacity = Math.floor((buffer.byteLength / 4 - HEADER_WORDS) / (RECORD_WORDS + 1));
      this.i32[CAPACITY] = capacity;
    }
    this.capacity = this.i32[CAPACITY]!;
    this.commits = HEADER_WORDS + this.capacity * RECORD_WORDS;
  }

  /** A new log; with `reuse`, in that buffer (a finished run's log of the same capacity,
   *  that no writer touches any more), cleared. */
  static create(capacity: number, shared: boolean, reuse?: SharedArrayBuffer | null): TraceLog {
    const bytes = traceLogBytes(capacity);
    if (reuse != null && reuse.byteLength === bytes) {
      TraceLog.clear(reuse);
      return new TraceLog(reuse, true);
    }
    const buf = shared ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes);
    return new TraceLog(buf, true);
  }

  /** Zeroes what a run wrote into a log's buffer: the records handed out, their commit
   *  words and the header (the rest was never written). */
  static clear(buffer: SharedArrayBuffer | ArrayBuffer): void {
    const i32 = new Int32Array(buffer);
    const capacity = i32[CAPACITY]!;
    const used = Math.min(i32[RESERVED]!, capacity);
    const commits = HEADER_WORDS + capacity * RECORD_WORDS;
    i32.fill(0, HEADER_WORDS, HEADER_WORDS + used * RECORD_WORDS);
    i32.fill(0, commits, commits + used);
    i32.fill(0, 0, HEADER_WORDS);
  }

  /** Appends one event. Safe to call from many workers at once; never blocks. */
  emit(t: number, kind: EventKindName, pid: number, tid: number, line = 0, a = 0, b = 0): void {
    // SAFETY: add hands every writer a distinct slot, whatever the interleaving.
    const slot = Atomics.add(this.i32, RESERVED, 1);
    if (slot >= this.capacity) {
      Atomics.add(this.i32, LOST, 1);
      return;
    }
    const w = HEADER_WORDS + slot * RECORD_WORDS;
    this.f64[w >> 1] = t; // records start 8-byte aligned: HEADER_WORDS and RECORD_WORDS are even
    const i32 = this.i32;
    i32[w + 2] = EventKind[kind];
    i32[w + 3] = pid;
    i32[w + 4] = tid;
    i32[w + 5] = line;
    i32[w + 6] = a;
    i32[w + 7] = b;
    // SAFETY: the commit store is sequentially consistent and comes after the plain stores
    // above, so a reader that sees it set also sees the whole record.
    Atomics.store(i32, this.commits + slot, 1);
  }

  /** Records handed out so far (some may still be being written). */
  get reserved(): number {
    return Math.min(Atomics.load(this.i32, RESERVED), this.capacity);
  }

  get lost(): number {
    return Atomics.load(this.i32, LOST);
  }

  /** Whether record `slot` is completely written. */
  committed(slot: number): boolean {
    return Atomics.load(this.i32, this.commits + slot) === 1;
  }

  /** Word index of record `slot` (for decoders). */
  recordIndex(slot: number): number {
    return HEADER_WORDS + slot * RECORD_WORDS;
  }
}

/**
 * Reads a TraceLog incrementally: each `poll()` returns the slots committed since the last
 * poll, in order, stopping at the first slot still being written so order is preserved.
 */
export class TraceReader {
  private next = 0;
  constructor(private readonly log: TraceLog) {}

  poll<T>(decode: (log: TraceLog, slot: number) => T, max = Infinity): T[] {
    const out: T[] = [];
    const end = this.log.reserved;
    while (this.next < end && out.length < max && this.log.committed(this.next)) {
      out.push(decode(this.log, this.next));
      this.next++;
    }
    return out;
  }

  get position(): number {
    return this.next;
  }
}
