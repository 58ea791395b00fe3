// The Runtime: one per (process heap × worker). It owns this worker's view of the heap, the
// root block (fixed addresses of the singletons, core types and process-wide tables), the
// Host, the current thread state, and the per-worker caches (decoded strings, interned
// names, native slot tables).
//
// Implementation notes:
// - `Runtime.create` makes a fresh heap and bootstraps it: root block, core type objects
//   (allocated before anything else so strings and dicts can be made with their types),
//   singletons, then every type's name, MRO and dict. `Runtime.attach` is another worker of
//   the same process: it reads the root block and builds only its JS caches.
// - The root block is a refs block whose address is in the heap's meta area (M_ROOT_BLOCK);
//   it is the GC's first root. Its layout is the R_* constants below; append only.
// - Thread state: a heap object per Python thread (TS_* below), so the collector and the
//   inspector can walk every thread's frames from any worker. `rt.ts` is the thread this
//   worker is running now (the virtual platform switches it between its threads).

import {
  type Ref, Heap, type HeapOptions, NULL, M_ROOT_BLOCK, isSmallInt, smallInt, fitsSmallInt,
  FLAG_IMMORTAL,
} from './heap.ts';
import type { Host } from './host.ts';
import { CORE_TYPES, type CoreTypes, type CoreTypeName } from './builtin-types.ts';
import type { TypeSlots } from './type-slots.ts';
import { T_SLOTS, TYPE_BASICSIZE } from './type-layout.ts';
import { lookupNativeTable, type NativeTable } from './registry.ts';
import { MethodCache } from './method-cache.ts';
import { NAMES, type Names } from './names.ts';
import { PyError } from './errors.ts';
import { newStrFromJs, decodeStr, S_SERIAL, STR_INTERNED } from './objects/str-core.ts';
import { newDict, dictGetStr, dictSet } from './objects/dict-core.ts';
import { newList, listAppend, listLen, listGet } from './objects/list-core.ts';
import { allocTuple } from './objects/tuple-core.ts';
import { bootstrapTypes, createBuiltinTypeLazily } from './type-object.ts';
import { newIntFromNumber, newIntFromBigInt, newBoolObject } from './objects/int.ts';
import { newFloatObject } from './objects/float.ts';
import { newExceptionObject, fixExceptionLayout } from './objects/exceptions.ts';
import './objects/core-types.ts';

export * from './runtime-layout.ts';
import {
  R_NONE, R_TRUE, R_FALSE, R_NOTIMPLEMENTED, R_ELLIPSIS, R_EMPTY_TUPLE, R_EMPTY_STR, R_INTERNED, R_SYS_MODULES,
  R_NATIVE_KEYS, R_TYPE_REGISTRY, R_MEMORY_ERROR, R_THREADS, R_TYPES, ROOT_WORDS, TS_ROOTS, TS_THREAD_ID, TS_NEXT,
  TS_ROOT_SP, TS_EVAL_BREAKER, THREAD_STATE_BYTES, EB_GC_REQUEST,
} from './runtime-layout.ts';

export interface RuntimeOptions {
  host: Host;
  heap?: HeapOptions;
}

const JS_CACHE_SIZE = 4096;

export class Runtime {
  readonly heap: Heap;
  host: Host;
  /** The core types, by name: rt.types.int, rt.types.TypeError, ... */
  readonly types: CoreTypes;
  /** Interned special names: rt.names.__add__ (names.ts). */
  names!: Names;
  none: Ref = NULL;
  true: Ref = NULL;
  false: Ref = NULL;
  notImplemented: Ref = NULL;
  ellipsis: Ref = NULL;
  emptyTuple: Ref = NULL;
  emptyStr: Ref = NULL;
  /** The root block's address. */
  readonly roots: Ref;
  /** The thread state this worker runs now. */
  ts: Ref = NULL;
  /** Set by callObject for a native called straight from the eval loop's CALL (whose own
   *  values are all in its frame), cleared by every other callObject: a native audited to
   *  root what it holds reads it at entry to know that nothing unrooted sits below it on
   *  the JS stack (gc-safe.ts). */
  evalDirect = false;
  /** The Python function or generator that such a native is about to run: the nested eval
   *  loop entered for exactly it may collect (eval.ts; gc-safe.ts). */
  gcSafeTarget: Ref = NULL;
  /** Free-threaded: guards the process's thread list (CPython's HEAD_LOCK,
   *  Python/pystate.c), set by the shared platform; null while one thread runs at a time.
   *  A field rather than methods shadowed per instance: every Runtime keeps one hidden
   *  class, so the eval loop's optimized code is not thrown away when a run of the other
   *  mode comes to the same worker. */
  threadListLock: { acquire(): void; release(): void } | null = null;

  /** Per-worker native tables by directory index (index 0: user classes). */
  private readonly nativeTables: (NativeTable | undefined)[] = [];
  /** Slot tables by directory index; filled lazily. Read through rt.slots(type). */
  readonly slotTables: (TypeSlots | undefined)[] = [];

  // Decoded-string cache, direct mapped by address, validated by the string's serial.
  private readonly cacheAddr = new Int32Array(JS_CACHE_SIZE);
  private readonly cacheSerial = new Int32Array(JS_CACHE_SIZE);
  private readonly cacheStr: string[] = new Array<string>(JS_CACHE_SIZE).fill('');
  /** JS string -> interned str (interned strings never die, so entries never go stale). */
  private readonly internCache = new Map<string, Ref>();
  /** typeFor's answers: a registered type's address never changes (the registry is a root). */
  private readonly typeCache = new Map<string, Ref>();
  /** Extra GC roots held by this worker's JS code (long-lived caches of Refs). Each hook
   *  calls visit on every Ref it holds. Only this worker's collections see them: values
   *  shared between workers must be reachable from the heap. */
  readonly gcRootHooks: Array<(visit: (r: Ref) => void) => void> = [];
  /** MRO lookup cache (type-object.ts lookupType). */
  readonly mcache = new MethodCache();

  private constructor(heap: Heap, host: Host, fresh: boolean) {
    this.heap = heap;
    this.host = host;
    const types: Record<string, Ref> = {};
    this.types = types as CoreTypes;
    heap.onGcNeeded = () => this.requestGc();
    if (fresh) {
      this.roots = heap.allocRefs(ROOT_WORDS);
      heap.setFlag(this.roots, FLAG_IMMORTAL);
      heap.i32[M_ROOT_BLOCK] = this.roots;
      this.bootstrap(types);
    } else {
      this.roots = heap.i32[M_ROOT_BLOCK] as Ref;
      for (let i = 0; i < CORE_TYPES.length; i++) types[CORE_TYPES[i][0]] = this.root(R_TYPES + i);
      this.loadSingletons();
      this.initNames();
    }
    heap.onExhausted = () => { throw new PyError(this.root(R_MEMORY_ERROR)); };
    // An object that got ~110 properties one by one is in V8's dictionary mode (a hash
    // lookup per rt.types.X, ~20 ns); one built by JSON.parse has fast properties (~1 ns).
    this.types = JSON.parse(JSON.stringify(types)) as CoreTypes;
  }

  private initNames(): void {
    const names: Record<string, Ref> = {};
    for (const n of NAMES) names[n] = this.intern(n);
    this.names = JSON.parse(JSON.stringify(names)) as Names; // fast properties, see types
  }

  /** A fresh process: new heap, bootstrapped, with a main thread state as `rt.ts`. */
  static create(opts: RuntimeOptions): Runtime {
    const rt = new Runtime(Heap.create(opts.heap), opts.host, true);
    rt.ts = rt.newThreadState();
    return rt;
  }

  /** Another worker of an existing process (its heap's buffer). Call `newThreadState` or
   *  set `rt.ts` to the thread state this worker runs. */
  static attach(buffer: SharedArrayBuffer | ArrayBuffer, host: Host, slotStride = 1): Runtime {
    return new Runtime(Heap.attach(buffer, slotStride), host, false);
  }

  private bootstrap(types: Record<string, Ref>): void {
    const heap = this.heap;
    // Type objects first, so str/dict/tuple constructors can stamp their headers.
    for (let i = 0; i < CORE_TYPES.length; i++) {
      const t = heap.alloc(NULL, TYPE_BASICSIZE);
      heap.setFlag(t, FLAG_IMMORTAL);
      types[CORE_TYPES[i][0]] = t;
      this.setRoot(R_TYPES + i, t);
    }
    for (let i = 0; i < CORE_TYPES.length; i++) heap.i32[types[CORE_TYPES[i][0]] >> 2] = types.type;
    const imm = (r: Ref): Ref => { heap.setFlag(r, FLAG_IMMORTAL); return r; };
    this.setRoot(R_NONE, imm(heap.alloc(types.NoneType, 16)));
    this.setRoot(R_NOTIMPLEMENTED, imm(heap.alloc(types.NotImplementedType, 16)));
    this.setRoot(R_ELLIPSIS, imm(heap.alloc(types.ellipsis, 16)));
    this.setRoot(R_TRUE, imm(newBoolObject(this, true)));
    this.setRoot(R_FALSE, imm(newBoolObject(this, false)));
    this.setRoot(R_EMPTY_TUPLE, imm(allocTuple(this, 0, types.tuple)));
    this.loadSingletons();
    this.setRoot(R_INTERNED, newDict(this));
    this.setRoot(R_EMPTY_STR, this.intern(''));
    this.initNames();
    this.emptyStr = this.root(R_EMPTY_STR);
    this.setRoot(R_NATIVE_KEYS, newList(this));
    listAppend(this, this.root(R_NATIVE_KEYS), this.intern('<user>'));
    this.setRoot(R_TYPE_REGISTRY, newDict(this));
    this.setRoot(R_SYS_MODULES, newDict(this));
    bootstrapTypes(this);
    fixExceptionLayout(this);
    this.setRoot(R_MEMORY_ERROR, newExceptionObject(this, types.MemoryError, []));
  }

  private loadSingletons(): void {
    this.none = this.root(R_NONE);
    this.true = this.root(R_TRUE);
    this.false = this.root(R_FALSE);
    this.notImplemented = this.root(R_NOTIMPLEMENTED);
    this.ellipsis = this.root(R_ELLIPSIS);
    this.emptyTuple = this.root(R_EMPTY_TUPLE);
    this.emptyStr = this.root(R_EMPTY_STR);
  }

  /** Root-block word i. */
  root(i: number): Ref { return this.heap.i32[(this.roots >> 2) + 2 + i] as Ref; }
  setRoot(i: number, v: Ref): void { this.heap.i32[(this.roots >> 2) + 2 + i] = v; }

  // ---- types and slots ---------------------------------------------------------------------

  /** Type of any value (small ints included). */
  typeOf(r: Ref): Ref { return (r & 1) !== 0 ? this.types.int : this.heap.i32[r >> 2] as Ref; }

  /** The slot table that dispatches operations on instances of `type`. */
  slots(type: Ref): TypeSlots {
    const idx = this.heap.i32[(type >> 2) + T_SLOTS];
    return this.slotTables[idx] ?? this.resolveSlots(idx);
  }

  /** The native table at directory index `idx` (methods of builtin types, native groups). */
  nativeTable(idx: number): NativeTable {
    let t = this.nativeTables[idx];
    if (t === undefined) {
      const key = this.jsStr(listGet(this, this.root(R_NATIVE_KEYS), idx));
      t = lookupNativeTable(key);
      if (t === undefined) throw new Error(`native table '${key}' is not registered in this worker`);
      this.nativeTables[idx] = t;
    }
    return t;
  }

  private resolveSlots(idx: number): TypeSlots {
    const s = this.nativeTable(idx).slots;
    this.slotTables[idx] = s;
    return s;
  }

  /** Directory index of a registered native table (assigned on first use in this process). */
  nativeIndex(key: string): number {
    const keys = this.root(R_NATIVE_KEYS);
    const n = listLen(this, keys);
    for (let i = 0; i < n; i++) {
      if (this.nativeTables[i]?.key === key) return i;
    }
    for (let i = 0; i < n; i++) if (this.jsStr(listGet(this, keys, i)) === key) return i;
    if (!lookupNativeTable(key)) throw new Error(`native table '${key}' is not registered`);
    listAppend(this, keys, this.intern(key));
    return n;
  }

  /** The type object of a registered builtin type spec that is not a core type (stdlib
   *  natives), created on first use and shared by the process. */
  typeFor(key: string): Ref {
    const known = this.typeCache.get(key);
    if (known !== undefined) return known;
    const core = (this.types as Record<string, Ref>)[key];
    if (core !== undefined) return core;
    const reg = this.root(R_TYPE_REGISTRY);
    const k = this.intern(key);
    let t = dictGetStr(this, reg, k);
    if (t === NULL) {
      t = createBuiltinTypeLazily(this, key);
      dictSet(this, reg, k, t);
    }
    this.typeCache.set(key, t);
    return t;
  }

  // ---- values ------------------------------------------------------------------------------

  bool(b: boolean): Ref { return b ? this.true : this.false; }

  /** A Python int: tagged when it fits 31 bits, else a big-int object. `n` must be an
   *  integer (number) or a bigint. */
  newInt(n: number | bigint): Ref {
    if (typeof n === 'number') return fitsSmallInt(n) ? smallInt(n) : newIntFromNumber(this, n);
    return newIntFromBigInt(this, n);
  }

  newFloat(x: number): Ref { return newFloatObject(this, x); }

  /** A new (not interned) str. */
  newStr(s: string): Ref { return newStrFromJs(this, s); }

  /** The interned str for `s`: same Ref for equal text, immortal. Use for identifiers,
   *  attribute names and dict keys known to the VM. */
  intern(s: string): Ref {
    const hit = this.internCache.get(s);
    if (hit !== undefined) return hit;
    const fresh = newStrFromJs(this, s);
    const r = this.internRef(fresh);
    this.internCache.set(s, r);
    return r;
  }

  /** Intern a heap str (sys.intern, setattr with a computed name). */
  internRef(s: Ref): Ref {
    const table = this.root(R_INTERNED);
    if (table === NULL) return s;
    if ((this.heap.i32[(s >> 2) + 1] & STR_INTERNED) !== 0) return s;
    const found = dictGetStr(this, table, s);
    if (found !== NULL) return found;
    if (this.typeOf(s) !== this.types.str) return s; // subclasses are never interned
    this.heap.setFlag(s, STR_INTERNED | FLAG_IMMORTAL);
    dictSet(this, table, s, s);
    return s;
  }

  /** The JS string of a str object (cached per worker; safe against address reuse). */
  /** Record that str `ref` (finished: its serial is set) decodes to `text`: a str made from
   *  a JS string is usually read back soon (s.upper() after an f-string), and decoding it
   *  again was a tenth of a string-heavy program (bench/strings.py). */
  rememberJsStr(ref: Ref, text: string): void {
    const slot = (ref >>> 3) & (JS_CACHE_SIZE - 1);
    this.cacheAddr[slot] = ref;
    this.cacheSerial[slot] = this.heap.i32[(ref >> 2) + S_SERIAL];
    this.cacheStr[slot] = text;
  }

  jsStr(ref: Ref): string {
    const i32 = this.heap.i32;
    const slot = (ref >>> 3) & (JS_CACHE_SIZE - 1);
    const serial = i32[(ref >> 2) + S_SERIAL];
    if (this.cacheAddr[slot] === ref && this.cacheSerial[slot] === serial) return this.cacheStr[slot];
    const s = decodeStr(this, ref);
    this.cacheAddr[slot] = ref;
    this.cacheSerial[slot] = serial;
    this.cacheStr[slot] = s;
    return s;
  }

  // ---- threads, roots, GC requests ---------------------------------------------------------

  /** A new thread state linked into the process's thread list (not made current). */
  newThreadState(): Ref {
    return this.withThreadList(() => {
      const heap = this.heap;
      const ts = heap.alloc(this.types.thread_state, THREAD_STATE_BYTES);
      const i32 = heap.i32, w = ts >> 2;
      i32[w + TS_ROOTS] = heap.allocRefs(64);
      i32[w + TS_THREAD_ID] = heap.nextSerial();
      i32[w + TS_NEXT] = this.root(R_THREADS);
      this.setRoot(R_THREADS, ts);
      return ts;
    });
  }

  /** Remove a finished thread's state from the process list. */
  dropThreadState(ts: Ref): void {
    this.withThreadList(() => {
      const i32 = this.heap.i32;
      let prev: Ref = NULL, cur = this.root(R_THREADS);
      while (cur !== NULL && cur !== ts) { prev = cur; cur = i32[(cur >> 2) + TS_NEXT] as Ref; }
      if (cur === NULL) return;
      const next = i32[(ts >> 2) + TS_NEXT] as Ref;
      if (prev === NULL) this.setRoot(R_THREADS, next); else i32[(prev >> 2) + TS_NEXT] = next;
    });
  }

  /** `change` to the thread list, under threadListLock when there is one. */
  private withThreadList<T>(change: () => T): T {
    const lock = this.threadListLock;
    if (lock === null) return change();
    lock.acquire();
    try { return change(); } finally { lock.release(); }
  }

  /** Keep `r` alive across a call back into Python (a safepoint may collect). Pair with
   *  rootRelease(mark) where mark = rootMark() taken before the pushes. */
  pushRoot(r: Ref): void {
    const heap = this.heap, w = this.ts >> 2;
    const sp = heap.i32[w + TS_ROOT_SP];
    let block = heap.i32[w + TS_ROOTS] as Ref;
    if (((heap.sizeOf(block) - 8) >> 2) <= sp) {
      const bigger = heap.allocRefs(sp * 2);
      heap.i32.copyWithin((bigger >> 2) + 2, (block >> 2) + 2, (block >> 2) + 2 + sp);
      heap.i32[w + TS_ROOTS] = bigger;
      block = bigger;
    }
    heap.i32[(block >> 2) + 2 + sp] = r;
    heap.i32[w + TS_ROOT_SP] = sp + 1;
  }
  rootMark(): number { return this.heap.i32[(this.ts >> 2) + TS_ROOT_SP]; }
  /** Overwrite root slot `index` (a value of rootMark() before the pushRoot that made it):
   *  a native's running value (an accumulator) stays rooted without a push per update. */
  rootSet(index: number, r: Ref): void {
    const i32 = this.heap.i32;
    i32[(i32[(this.ts >> 2) + TS_ROOTS] >> 2) + 2 + index] = r;
  }
  /** pushRoot(r) and return r: `const it = rt.rooted(getIter(rt, o))`. */
  rooted(r: Ref): Ref { this.pushRoot(r); return r; }
  rootRelease(mark: number): void {
    const heap = this.heap, w = this.ts >> 2;
    const block = heap.i32[w + TS_ROOTS];
    const sp = heap.i32[w + TS_ROOT_SP];
    heap.i32.fill(0, (block >> 2) + 2 + mark, (block >> 2) + 2 + sp);
    heap.i32[w + TS_ROOT_SP] = mark;
  }

  /** Ask the running thread to collect at its next eval-breaker check. */
  requestGc(): void {
    if (this.ts === NULL) return;
    const idx = (this.ts >> 2) + TS_EVAL_BREAKER;
    // SAFETY: Atomics.or so a concurrent GIL drop request set by another worker is not lost.
    if (this.heap.shared) Atomics.or(this.heap.i32, idx, EB_GC_REQUEST); else this.heap.i32[idx] |= EB_GC_REQUEST;
  }

  /** i32 index of the current thread's eval-breaker word (the eval loop polls it). */
  evalBreakerIndex(ts: Ref = this.ts): number { return (ts >> 2) + TS_EVAL_BREAKER; }

  /** The preallocated MemoryError instance. */
  get memoryError(): Ref { return this.root(R_MEMORY_ERROR); }

  /** Is `r` a core type's instance exactly (fast check). */
  isExact(r: Ref, type: CoreTypeName): boolean { return !isSmallInt(r) && r !== NULL && this.heap.i32[r >> 2] === this.types[type]; }
}
