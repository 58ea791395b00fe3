// The heap of one Python process: linear memory, tagged values, object headers, allocation.
//
// Implementation notes (docs/architecture.md "The heap"):
// - A value is a 32-bit word, `Ref`. Low bit 1: a small int (31-bit signed, `r >> 1`).
//   Low bit 0: the byte offset of an 8-byte-aligned object in this heap. 0 is NULL.
// - Every block starts with an 8-byte header. Word 0: the address of the object's type
//   object, or one of the odd markers below for blocks that are not Python objects (free
//   blocks, raw data blocks, ref arrays). Word 1: size in 8-byte units << 4 | flags.
// - Memory that is not inside a live block is zero, except the 3 header words of free
//   blocks; the sweeper zeroes what it frees, so `alloc` returns zeroed memory by writing
//   only the header (and clearing the free block's link word).
// - Allocation: each Heap instance (one per worker) owns an allocation slot in the meta
//   area: a bump chunk [cur, end). Chunks are carved from the shared top with a CAS loop
//   or taken from the large free list. When a chunk runs out, a small request is first
//   served from its exact size-class free list (filled by the sweeper in gc.ts).
//   Slots live in the heap (not in JS) so the collector, running on one worker while the
//   others are parked, can retire every worker's chunk and keep the heap walkable.
// - The buffer is reserved at the cap size (plain ArrayBuffer / SharedArrayBuffer, whose
//   pages the engine commits only when touched: the heap "grows" by moving its top), or,
//   with `growable`, a resizable/growable buffer with length-tracking views. Either way the
//   views never change, so callers may cache them.

export type Ref = number & { readonly __ref: unique symbol };

/** No value: unbound local, "no exception", "not found" from lookups, iterator exhausted. */
export const NULL = 0 as Ref;

export const SMALL_INT_MIN = -(2 ** 30);
export const SMALL_INT_MAX = 2 ** 30 - 1;

export function isSmallInt(r: Ref): boolean { return (r & 1) !== 0; }
export function smallIntValue(r: Ref): number { return r >> 1; }
/** Tag `n`; the caller guarantees SMALL_INT_MIN <= n <= SMALL_INT_MAX and n is an integer. */
export function smallInt(n: number): Ref { return ((n << 1) | 1) as Ref; }
export function fitsSmallInt(n: number): boolean { return n >= SMALL_INT_MIN && n <= SMALL_INT_MAX; }
/** True for a non-NULL heap address (not a small int). */
export function isObject(r: Ref): boolean { return r !== 0 && (r & 1) === 0; }

// Header word 0 markers for blocks that are not Python objects (odd: never an address).
/** A free block (word 2 links the next free block of its list). */
export const BLOCK_FREE = 0;
/** Raw data (string units, dict tables, big-int limbs): the GC does not scan it. */
export const BLOCK_RAW = 1;
/** An array of Refs (list items, ...): the GC visits every word after the header. */
export const BLOCK_REFS = 3;

// Header word 1 flags (low 4 bits).
export const FLAG_MARK = 1;
export const FLAG_FREE = 2;
/** Never freed by the sweeper (objects of the root block). */
export const FLAG_IMMORTAL = 4;
export const FLAG_SPARE = 8;

export const HEADER_BYTES = 8;
const MIN_BLOCK = 16;

// Meta area, word indices into i32. Shared by every worker of the process.
export const M_MAGIC = 0;
export const M_TOP = 1;            // first byte never handed out yet (bump top)
export const M_CAP = 2;            // byte cap
export const M_ALLOC_SINCE_GC = 3; // bytes handed out since the last collection (approximate)
export const M_GC_COUNT = 4;
export const M_FREELIST_LOCK = 5;
export const M_STR_SERIAL = 6;     // serial counter for strings (jsStr cache validation)
export const M_ROOT_BLOCK = 7;     // address of the runtime's root block (runtime.ts)
export const M_LIVE_AFTER_GC = 8;
export const M_GC_THRESHOLD = 9;
export const M_NEXT_SLOT = 10;     // next free allocation slot index
export const M_TYPE_VERSION = 11;  // counter for type version tags (type-object.ts)
export const M_NEXT_SLOTS_INDEX = 12; // next slot-table index for user classes
export const M_FREE_BYTES = 13;    // bytes sitting in free lists after the last sweep
export const M_NEXT_SERIAL = 14;   // general serial counter (object ids, thread ids)
export const M_GC_GENERATION = 15; // bumped at each sweep start; invalidates per-worker caches
/** Size classes in 8-byte units; class k holds free blocks of exactly k units (2..MAX). */
export const MAX_SMALL_UNITS = 64;
export const M_FREELISTS = 16;
export const M_LARGE_FREE = M_FREELISTS + MAX_SMALL_UNITS + 1;
export const MAX_ALLOC_SLOTS = 256;
export const M_SLOTS = M_LARGE_FREE + 1;
/** Nested eval loops, over every thread of the process, entered by native code that was not
 *  audited to root what it holds (eval.ts): the collector does not run while it is > 0. */
export const M_UNSAFE_NESTING = M_SLOTS + 2 * MAX_ALLOC_SLOTS;
/** Highest top the heap ever reached (peak heap bytes = this - HEAP_START). */
export const M_PEAK_TOP = M_UNSAFE_NESTING + 1;
/** The permanent region (gc.ts freezeHeap): blocks below this address are never freed nor
 *  reused, and the collector neither marks nor sweeps them; 0 = none yet. */
export const M_FROZEN_TOP = M_PEAK_TOP + 1;
/** Raw block listing the permanent blocks that may point to newer ones (scanned as roots). */
export const M_FROZEN_LIST = M_PEAK_TOP + 2;
export const M_FROZEN_COUNT = M_PEAK_TOP + 3;
/** Bytes and number of the live blocks in the permanent region. */
export const M_FROZEN_LIVE = M_PEAK_TOP + 4;
export const M_FROZEN_OBJECTS = M_PEAK_TOP + 5;
/** Bit k of word k >> 5: size class k (< 64) may be non-empty (set on push, cleared when a
 *  pop empties it), so takeSmallRun finds a class with Math.clz32 instead of a scan. */
export const M_CLASS_MASK = M_PEAK_TOP + 6;
const META_WORDS = M_CLASS_MASK + 2;
/** First byte that can hold a block. */
export const HEAP_START = (META_WORDS * 4 + 4095) & ~4095;

const MAGIC = 0x50594b43; // 'PYKC'
const CHUNK_BYTES = 32 * 1024;
/** Requests above this go straight to the large list / the top, not through chunks. */
const LARGE_BYTES = 8 * 1024;
export const DEFAULT_CAP = 256 * 1024 * 1024;
const DEFAULT_INITIAL = 4 * 1024 * 1024;
/** First collection after this many bytes; then see gc.ts for the adaptive threshold. */
export const INITIAL_GC_THRESHOLD = 256 * 1024;
/** The smallest gap between collections (gc.ts): below it a collection's fixed costs would
 *  dominate. */
export const MIN_GC_THRESHOLD = 64 * 1024;
/** Test knob: when > 0, the first collection and every next one come after this many
 *  bytes (a GC stress mode that shakes out values natives hold unrooted); 0 = the adaptive
 *  threshold of gc.ts. Read when a heap is created and after each collection. */
export const gcTuning = { stressBytes: 0 };

export interface HeapOptions {
  /** SharedArrayBuffer (several workers) instead of ArrayBuffer. */
  shared?: boolean;
  /** Maximum bytes; default 256 MiB. */
  capBytes?: number;
  /** A finished process's buffer to use again, if it is exactly `capBytes` long and no
   *  worker touches it any more: cleared up to the highest top it reached, rather than a
   *  new buffer of the cap (Heap.cleared). Not with `growable`. */
  reuse?: SharedArrayBuffer | null;
  /** Initial buffer size when `growable`; default 4 MiB. */
  initialBytes?: number;
  /** Use a resizable ArrayBuffer / growable SharedArrayBuffer that grows toward the cap.
   *  Default false: the whole cap is reserved up front as a plain (Shared)ArrayBuffer —
   *  engines commit its pages only when touched, and typed-array access on plain buffers
   *  is 2-9x faster than on growable ones in V8 11 (Node 20). */
  growable?: boolean;
}

/** Thrown by alloc when the cap is reached; runtime.ts turns it into Python's MemoryError. */
export class HeapExhausted extends Error {
  constructor(readonly requested: number) { super(`heap cap reached allocating ${requested} bytes`); }
}

export interface HeapStats {
  /** Bytes between HEAP_START and the top (live + garbage + free). */
  topBytes: number;
  /** Buffer size now. */
  bufferBytes: number;
  capBytes: number;
  /** Bytes in the free lists after the last sweep. */
  freeBytes: number;
  /** Bytes live after the last collection. */
  liveAfterGc: number;
  allocatedSinceGc: number;
  collections: number;
  /** Highest topBytes ever reached: the heap's peak footprint. */
  peakTopBytes: number;
}

type Growable = ArrayBuffer & { resize?(n: number): void; grow?(n: number): void; maxByteLength: number };

export class Heap {
  readonly buffer: ArrayBuffer | SharedArrayBuffer;
  readonly shared: boolean;
  // Length-tracking views over the whole buffer: they follow growth, so callers may cache them.
  readonly i32: Int32Array;
  readonly u32: Uint32Array;
  readonly u16: Uint16Array;
  readonly u8: Uint8Array;
  readonly f64: Float64Array;
  /** i32 index of this worker's allocation slot: i32[slot] = cur, i32[slot+1] = end. */
  readonly slot: number;
  /** Called (on the slow path) when allocation volume crossed the GC threshold. */
  onGcNeeded: (() => void) | null = null;
  /** Called when the cap is reached, before HeapExhausted would be thrown: the runtime
   *  throws its preallocated MemoryError from here (PyError), so natives need no wrapper. */
  onExhausted: ((bytes: number) => never) | null = null;

  private constructor(buffer: ArrayBuffer | SharedArrayBuffer, shared: boolean, fresh: boolean, capBytes: number, slotStride = 1) {
    this.buffer = buffer;
    this.shared = shared;
    this.i32 = new Int32Array(buffer);
    this.u32 = new Uint32Array(buffer);
    this.u16 = new Uint16Array(buffer);
    this.u8 = new Uint8Array(buffer);
    this.f64 = new Float64Array(buffer);
    if (fresh) {
      this.i32[M_MAGIC] = MAGIC;
      this.i32[M_TOP] = HEAP_START;
      this.i32[M_PEAK_TOP] = HEAP_START;
      this.i32[M_CAP] = capBytes;
      this.i32[M_GC_THRESHOLD] = gcTuning.stressBytes > 0 ? gcTuning.stressBytes : INITIAL_GC_THRESHOLD;
      this.i32[M_STR_SERIAL] = 1;
      this.i32[M_NEXT_SERIAL] = 1;
      this.i32[M_TYPE_VERSION] = 1;
    } else if (this.i32[M_MAGIC] !== MAGIC) {
      throw new Error('Heap.attach: buffer is not a Concurrency Kitchen heap');
    }
    // SAFETY: slot numbers only need to be unique; Atomics.add is an atomic RMW, so two
    // workers attaching at once get different slots. With `slotStride` > 1 the slots it
    // skips keep this worker's cursor off its neighbours' cache line, in the same atomic
    // step (two workers that read the counter and then bumped it separately were seen to
    // land side by side when they attached at the same moment).
    let n: number;
    if (!shared) n = this.i32[M_NEXT_SLOT]++;
    else {
      n = Atomics.add(this.i32, M_NEXT_SLOT, slotStride);
      if (slotStride > 1 && n + slotStride > MAX_ALLOC_SLOTS) n = Atomics.add(this.i32, M_NEXT_SLOT, 1);
    }
    if (n >= MAX_ALLOC_SLOTS) throw new Error('Heap: too many workers attached');
    this.slot = M_SLOTS + 2 * n;
  }

  /** A new, empty heap. */
  static create(opts: HeapOptions = {}): Heap {
    const cap = (opts.capBytes ?? DEFAULT_CAP) & ~7;
    const initial = Math.min(cap, Math.max(HEAP_START + CHUNK_BYTES, opts.initialBytes ?? DEFAULT_INITIAL));
    const shared = opts.shared ?? false;
    if (!opts.growable) {
      const reuse = shared && opts.reuse != null && opts.reuse.byteLength === cap ? Heap.cleared(opts.reuse) : null;
      return new Heap(reuse ?? (shared ? new SharedArrayBuffer(cap) : new ArrayBuffer(cap)), shared, true, cap);
    }
    const buffer = shared
      ? new SharedArrayBuffer(initial, { maxByteLength: cap })
      : new (ArrayBuffer as unknown as new (n: number, o: { maxByteLength: number }) => ArrayBuffer)(initial, { maxByteLength: cap });
    return new Heap(buffer, shared, true, cap);
  }

  /** `buffer` zeroed where a heap used it: every block, chunk and meta word lies below the
   *  highest top (M_PEAK_TOP); a buffer that is not a heap's is zeroed whole. */
  private static cleared(buffer: SharedArrayBuffer): SharedArrayBuffer {
    const i32 = new Int32Array(buffer);
    const end = i32[M_MAGIC] === MAGIC ? Math.min(buffer.byteLength, i32[M_PEAK_TOP]!) : buffer.byteLength;
    i32.fill(0, 0, (end + 3) >> 2);
    return buffer;
  }

  /** Another worker's view of an existing heap (its own allocation slot, `slotStride`
   *  slots apart from the previous worker's: see the constructor). */
  static attach(buffer: SharedArrayBuffer | ArrayBuffer, slotStride = 1): Heap {
    return new Heap(buffer, buffer instanceof SharedArrayBuffer, false, 0, slotStride);
  }

  get capBytes(): number { return this.i32[M_CAP]; }

  // ---- headers ---------------------------------------------------------------------------

  /** Type object of a heap object (not valid for small ints: use rt.typeOf). */
  typeOf(ref: Ref): Ref { return this.i32[ref >> 2] as Ref; }
  /** Block size in bytes, header included (a multiple of 8). */
  sizeOf(ref: Ref): number { return (this.i32[(ref >> 2) + 1] >>> 4) << 3; }
  flagsOf(ref: Ref): number { return this.i32[(ref >> 2) + 1] & 15; }
  setFlag(ref: Ref, flag: number): void { this.i32[(ref >> 2) + 1] |= flag; }
  clearFlag(ref: Ref, flag: number): void { this.i32[(ref >> 2) + 1] &= ~flag; }

  /** Ref stored at byte offset `ref + 4*word` (word offsets as declared by layouts). */
  getRef(ref: Ref, word: number): Ref { return this.i32[(ref >> 2) + word] as Ref; }
  setRef(ref: Ref, word: number, v: Ref): void { this.i32[(ref >> 2) + word] = v; }

  // ---- allocation ------------------------------------------------------------------------

  /**
   * A zeroed object of `bytes` bytes (header included, rounded up to 8, minimum 16) whose
   * header says `type`. Throws HeapExhausted when the cap is reached (runtime.ts's
   * rt.alloc converts that to MemoryError; natives should call rt.alloc).
   */
  alloc(type: Ref, bytes: number): Ref {
    let size = bytes <= MIN_BLOCK ? MIN_BLOCK : (bytes + 7) & ~7;
    const i32 = this.i32;
    const s = this.slot;
    const cur = i32[s];
    let p: number;
    if (cur + size <= i32[s + 1] && cur !== 0) {
      i32[s] = cur + size;
      p = cur;
    } else {
      p = this.allocSlow(size);
      // A block from the large list can be 8 bytes longer than asked (takeLarge keeps a
      // remainder too small to list): the header must cover it, or the heap walk lands on
      // those bytes and reads a zero header ("gc: corrupt heap header", seen in list_work).
      size = this.slowSize;
    }
    const w = p >> 2;
    i32[w] = type;
    i32[w + 1] = (size >>> 3) << 4;
    return p as Ref;
  }

  /** A zeroed raw block with room for `bytes` payload bytes after its header; the GC does
   *  not look inside. Payload starts at `ref + 8`. */
  allocRaw(bytes: number): Ref { return this.alloc(BLOCK_RAW as Ref, bytes + HEADER_BYTES); }

  /** A zeroed block of `n` Ref words after its header (all NULL); the GC visits each word.
   *  Word i is at i32[(ref >> 2) + 2 + i]. */
  allocRefs(n: number): Ref { return this.alloc(BLOCK_REFS as Ref, 4 * n + HEADER_BYTES); }

  /** A zeroed raw block carved from the top, outside any chunk (gc.ts freezeHeap: the
   *  block must end exactly where the permanent region ends). */
  allocRawAtTop(bytes: number): Ref {
    const size = Math.max(MIN_BLOCK, (bytes + HEADER_BYTES + 7) & ~7);
    const p = this.carveTop(size);
    this.countAlloc(size);
    const w = p >> 2;
    this.i32[w] = BLOCK_RAW;
    this.i32[w + 1] = (size >>> 3) << 4;
    return p as Ref;
  }

  /** Payload capacity of a raw or refs block, in bytes. */
  payloadBytes(ref: Ref): number { return this.sizeOf(ref) - HEADER_BYTES; }

  /** The block size allocSlow handed out (can exceed the request, see alloc). */
  private slowSize = 0;

  private allocSlow(size: number): number {
    const i32 = this.i32;
    this.slowSize = size;
    if (size <= MAX_SMALL_UNITS * 8) {
      const p = this.popFreeList(size >>> 3);
      if (p !== 0) { this.countAlloc(size); return p; }
    }
    if (size > LARGE_BYTES) {
      let p = this.takeLarge(size, size);
      if (p !== 0) this.slowSize = this.lastTakenLen;
      else p = this.carveTop(size);
      this.countAlloc(this.slowSize);
      return p;
    }
    // New chunk for this worker: the old chunk's tail becomes a free block so the heap stays
    // walkable (the sweeper reclaims it).
    this.retireChunk();
    const s = this.slot;
    let start = this.takeLarge(size, CHUNK_BYTES);
    if (start === 0) start = this.takeSmallRun(size >>> 3);
    let len: number;
    if (start !== 0) {
      len = this.lastTakenLen;
    } else {
      start = this.carveTop(CHUNK_BYTES);
      len = CHUNK_BYTES;
    }
    this.countAlloc(len);
    i32[s] = start + size;
    i32[s + 1] = start + len;
    return start;
  }

  /** Mark this worker's chunk tail as a free block and drop the chunk. */
  retireChunk(): void { Heap.retireSlot(this.i32, this.slot); }

  /** Retire every worker's chunk (the collector does this with all other threads parked). */
  retireAllChunks(): void {
    for (let k = 0; k < MAX_ALLOC_SLOTS; k++) Heap.retireSlot(this.i32, M_SLOTS + 2 * k);
  }

  private static retireSlot(i32: Int32Array, s: number): void {
    const cur = i32[s], end = i32[s + 1];
    if (cur !== 0 && end > cur) {
      i32[cur >> 2] = BLOCK_FREE;
      i32[(cur >> 2) + 1] = (((end - cur) >>> 3) << 4) | FLAG_FREE;
    }
    i32[s] = 0;
    i32[s + 1] = 0;
  }

  private countAlloc(bytes: number): void {
    const i32 = this.i32;
    // SAFETY: a statistic read by the GC trigger; Atomics.add keeps concurrent updates from
    // being lost, no ordering with other memory is needed.
    const before = this.shared ? Atomics.add(i32, M_ALLOC_SINCE_GC, bytes) : (i32[M_ALLOC_SINCE_GC] += bytes) - bytes;
    const th = i32[M_GC_THRESHOLD];
    if (before < th && before + bytes >= th && this.onGcNeeded) this.onGcNeeded();
  }

  /** True when enough was allocated since the last collection (gc.ts maybeCollect). */
  gcDue(): boolean { return this.i32[M_ALLOC_SINCE_GC] >= this.i32[M_GC_THRESHOLD]; }

  private lock(): void {
    if (!this.shared) return;
    // SAFETY: compareExchange 0→1 acquires; the free lists are only read and written between
    // lock() and unlock(), and Atomics operations are sequentially consistent, so the list
    // writes of the previous holder are visible after we acquire.
    while (Atomics.compareExchange(this.i32, M_FREELIST_LOCK, 0, 1) !== 0) { /* spin: critical sections are a few words */ }
  }
  private unlock(): void {
    // SAFETY: the releasing store is an Atomics.store, ordered after the list writes above it.
    if (this.shared) Atomics.store(this.i32, M_FREELIST_LOCK, 0);
  }

  private popFreeList(units: number): number {
    const i32 = this.i32;
    const head = M_FREELISTS + units;
    if (i32[head] === 0) return 0;
    this.lock();
    const p = i32[head];
    if (p !== 0) {
      const w = p >> 2;
      const next = i32[w + 2];
      i32[head] = next;
      if (next === 0 && units < 64) i32[M_CLASS_MASK + (units >> 5)] &= ~(1 << (units & 31));
      i32[w + 1] = 0;
      i32[w + 2] = 0;
      i32[M_FREE_BYTES] -= units << 3;
    }
    this.unlock();
    return p;
  }

  /** Any free block of at least `minUnits` from the size-class lists (largest class first),
   *  to bump-allocate in as a chunk. Without this, the gaps the sweeper leaves between live
   *  objects were reused only by requests of exactly their size, and a program that keeps
   *  some of what it allocates (bench/strings.py) grew its heap to 7x its live data. */
  private takeSmallRun(minUnits: number): number {
    const i32 = this.i32;
    if (minUnits > MAX_SMALL_UNITS) return 0;
    for (;;) {
      let k = -1;
      if (i32[M_FREELISTS + 64] !== 0) k = 64;
      else if (minUnits < 64) {
        // The highest class >= minUnits whose bit is set (bits below minUnits masked off).
        const hi = i32[M_CLASS_MASK + 1] & (minUnits <= 32 ? -1 : -1 << (minUnits - 32));
        if (hi !== 0) k = 63 - Math.clz32(hi);
        else if (minUnits < 32) {
          const lo = i32[M_CLASS_MASK] & (-1 << minUnits);
          if (lo !== 0) k = 31 - Math.clz32(lo);
        }
      }
      if (k < 0) return 0;
      const p = this.popFreeList(k);
      if (p !== 0) { this.lastTakenLen = k << 3; return p; }
      // Another worker emptied the class first (shared heap): clear its stale bit, retry.
      if (k < 64 && i32[M_FREELISTS + k] === 0) {
        this.lock();
        if (i32[M_FREELISTS + k] === 0) i32[M_CLASS_MASK + (k >> 5)] &= ~(1 << (k & 31));
        this.unlock();
      }
    }
  }

  private lastTakenLen = 0;
  /** First fit from the large list: a block of at least `min` bytes; takes up to `want`
   *  bytes (more if the remainder would be too small to list). Returns 0 if none. */
  private takeLarge(min: number, want: number): number {
    const i32 = this.i32;
    if (i32[M_LARGE_FREE] === 0) return 0;
    this.lock();
    let prev = -1, p = i32[M_LARGE_FREE];
    while (p !== 0) {
      const len = (i32[(p >> 2) + 1] >>> 4) << 3;
      if (len >= min) {
        const next = i32[(p >> 2) + 2];
        if (prev < 0) i32[M_LARGE_FREE] = next; else i32[(prev >> 2) + 2] = next;
        let take = Math.max(min, Math.min(want, len));
        if (len - take < MIN_BLOCK) take = len;
        i32[M_FREE_BYTES] -= len;
        const w = p >> 2;
        i32[w] = 0; i32[w + 1] = 0; i32[w + 2] = 0;
        if (take < len) this.pushFreeLocked(p + take, len - take);
        this.unlock();
        this.lastTakenLen = take;
        return p;
      }
      prev = p;
      p = i32[(p >> 2) + 2];
    }
    this.unlock();
    return 0;
  }

  /** Put a zeroed region [p, p+len) on the right free list; caller holds the lock (the
   *  sweeper runs stop-the-world and calls pushFree). */
  private pushFreeLocked(p: number, len: number): void {
    const i32 = this.i32;
    const w = p >> 2, units = len >>> 3;
    i32[w] = BLOCK_FREE;
    i32[w + 1] = (units << 4) | FLAG_FREE;
    // An 8-byte sliver has no room for a link word (word 2 is the next block's header):
    // it stays off the lists and only coalescing reclaims it.
    if (units < 2) return;
    const head = units <= MAX_SMALL_UNITS ? M_FREELISTS + units : M_LARGE_FREE;
    i32[w + 2] = i32[head];
    i32[head] = p;
    if (units < 64) i32[M_CLASS_MASK + (units >> 5)] |= 1 << (units & 31);
    i32[M_FREE_BYTES] += len;
  }

  /** Sweeper entry (gc.ts, stop-the-world): the region [p, p+len) is zeroed and free. */
  pushFree(p: number, len: number): void { this.pushFreeLocked(p, len); }

  /** Sweeper entry: empty every free list before rebuilding them. */
  clearFreeLists(): void {
    const i32 = this.i32;
    for (let k = 0; k <= MAX_SMALL_UNITS; k++) i32[M_FREELISTS + k] = 0;
    i32[M_LARGE_FREE] = 0;
    i32[M_CLASS_MASK] = 0;
    i32[M_CLASS_MASK + 1] = 0;
    i32[M_FREE_BYTES] = 0;
  }

  /** Sweeper entry: lower the top when the last blocks are free (memory is returned to the
   *  bump region; the buffer itself never shrinks). */
  setTop(top: number): void { this.i32[M_TOP] = top; }

  private carveTop(bytes: number): number {
    const i32 = this.i32;
    const cap = i32[M_CAP];
    let old: number;
    for (;;) {
      old = i32[M_TOP];
      const next = old + bytes;
      if (next > cap || next < old) this.exhausted(bytes);
      if (!this.shared) { i32[M_TOP] = next; break; }
      // SAFETY: CAS on the top word makes carving atomic between workers: each range
      // [old, next) is handed to exactly one worker. A failed CAS retries with the new top.
      if (Atomics.compareExchange(i32, M_TOP, old, next) === old) break;
    }
    // A statistic: a racing worker may lower it by a chunk, never below a top it reached.
    if (old + bytes > i32[M_PEAK_TOP]) i32[M_PEAK_TOP] = old + bytes;
    this.ensureLength(old + bytes);
    return old;
  }

  private exhausted(bytes: number): never {
    if (this.onExhausted) this.onExhausted(bytes);
    throw new HeapExhausted(bytes);
  }

  /** Grow the buffer so `[0, end)` is addressable. */
  private ensureLength(end: number): void {
    const b = this.buffer as Growable;
    if (b.byteLength >= end) return;
    if (!(b.resize || b.grow)) this.exhausted(end - b.byteLength);
    let n = Math.max(end, Math.min(b.maxByteLength, b.byteLength * 2));
    n = Math.min(b.maxByteLength, (n + 65535) & ~65535);
    if (n < end) this.exhausted(end - b.byteLength);
    try {
      if (b.grow) b.grow(n); else b.resize!(n);
    } catch (e) {
      // SharedArrayBuffer.grow throws if another worker already grew it past n.
      if (b.byteLength < end) throw e;
    }
  }

  /** Bytes allocated, capacity and collector figures. */
  used(): HeapStats {
    const i32 = this.i32;
    return {
      topBytes: i32[M_TOP] - HEAP_START,
      bufferBytes: this.buffer.byteLength,
      capBytes: i32[M_CAP],
      freeBytes: i32[M_FREE_BYTES],
      liveAfterGc: i32[M_LIVE_AFTER_GC],
      allocatedSinceGc: i32[M_ALLOC_SINCE_GC],
      collections: i32[M_GC_COUNT],
      peakTopBytes: i32[M_PEAK_TOP] - HEAP_START,
    };
  }

  /** A fresh process-wide serial (string serials, object ids, thread ids). */
  nextSerial(word: number = M_NEXT_SERIAL): number {
    // SAFETY: uniqueness only; atomic RMW suffices.
    return this.shared ? Atomics.add(this.i32, word, 1) : this.i32[word]++;
  }
}
