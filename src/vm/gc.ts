// The garbage collector: non-moving mark-sweep over the whole heap, run only at safepoints.
//
// Implementation notes:
// - When: the eval loop calls maybeCollect(rt) at its eval-breaker check points (the heap
//   sets EB_GC_REQUEST in the running thread's eval-breaker word when the bytes allocated
//   since the last collection cross the threshold). At a check point every live value of
//   the running thread is in the heap (its frames' stacks), and every other thread is
//   parked in take_gil or a blocking call (GIL mode), so the heap roots are complete. JS
//   locals of natives are not roots: a native that calls back into Python must push what
//   it holds with rt.pushRoot (runtime.ts), and only natives audited for it let the
//   collector run inside their callbacks (gc-safe.ts; M_UNSAFE_NESTING).
// - Roots: the root block (singletons, core types, interned strings, sys.modules, native
//   directory, thread list -> every thread state -> frames via the frame type's traverse
//   slot, root stacks, current exceptions), plus this worker's rt.gcRootHooks.
// - Permanent region (freezeHeap, below): the runtime's own objects, live before
//   `__main__` runs, are neither marked nor swept; the ones that can point to newer
//   blocks are traced as roots.
// - Mark: an explicit stack; an object is traced through its type's `traverse` slot (user
//   instances: their dict and __slots__ words, then the native base's traverse), a refs
//   block word by word, a raw block not at all. The type object of every marked object is
//   marked too.
// - Sweep: one linear walk from the permanent region's end to the top (every worker's bump
//   chunk is retired first so the walk sees only headers); unmarked blocks and adjacent free blocks coalesce
//   into one free run, which is zeroed and put on the size-class or large free list; a run
//   that ends at the top lowers the top instead. FLAG_IMMORTAL blocks are never freed.
// - Threshold: after a collection, the next one comes after (live bytes - GC_SLACK) more
//   bytes (at least MIN_GC_THRESHOLD, at most half the room left under the heap cap), so the
//   heap's peak stays within twice its live size (issue 3: live + garbage + what is allocated
//   between the request and the next check point + the allocator's open chunk, the slack;
//   measured by bench/memory_str.py), and a growing program collects before it reaches the
//   cap. The first collection comes after INITIAL_GC_THRESHOLD bytes. Mark work per
//   allocated byte is about live / threshold: ~1 for large heaps, more for tiny ones, where
//   each collection is cheap. Reaching the cap anyway raises MemoryError (preallocated).
//
// After the classic mark-sweep of CPython's Modules/gcmodule.c only in spirit: CPython
// counts references and uses its GC for cycles; we trace everything.

import {
  type Ref, HEAP_START, M_TOP, M_GC_COUNT, M_ALLOC_SINCE_GC, M_LIVE_AFTER_GC, M_GC_THRESHOLD, M_GC_GENERATION,
  BLOCK_FREE, BLOCK_RAW, BLOCK_REFS, FLAG_MARK, FLAG_IMMORTAL, M_UNSAFE_NESTING, gcTuning, MIN_GC_THRESHOLD,
  M_FROZEN_TOP, M_FROZEN_LIST, M_FROZEN_COUNT, M_FROZEN_LIVE, M_FROZEN_OBJECTS,
} from './heap.ts';
import type { Runtime } from './runtime.ts';
import { TS_EVAL_BREAKER, EB_GC_REQUEST } from './runtime-layout.ts';
import { T_SLOTS } from './type-layout.ts';
import { D_VERSION } from './objects/dict-core.ts';
import { weakrefsBeginMark, clearDeadWeakrefs, runWeakrefCallbacks } from './objects/weakref.ts';

export interface GcStats {
  /** Bytes in live blocks after the collection. */
  liveBytes: number;
  /** Bytes freed by this collection (blocks that were live before and are not now). */
  freedBytes: number;
  /** Live blocks after the collection. */
  liveObjects: number;
  /** Blocks freed. */
  freedObjects: number;
  /** Top of the heap after the collection. */
  topBytes: number;
}

/** What the heap may hold beyond live + threshold at its peak (see Threshold above). */
const GC_SLACK = 256 * 1024;

/** VmState.collect for a platform with no world to stop: one function object for every run,
 *  so a worker's optimized eval loop keeps its call target from run to run (a new closure
 *  per run deoptimized it once per worker: "wrong call target"). */
export function collectAtCheckPoint(rt: Runtime): void {
  maybeCollect(rt);
}

/** Collect if the heap asked for it; clears this thread's GC request. Call at safepoints. */
export function maybeCollect(rt: Runtime): GcStats | null {
  const i32 = rt.heap.i32;
  // A native below a nested loop may hold values only its JS locals know (gc-safe.ts):
  // the request stays pending until that loop has returned.
  if (i32[M_UNSAFE_NESTING] !== 0) return null;
  if (rt.ts !== 0) {
    const idx = (rt.ts >> 2) + TS_EVAL_BREAKER;
    // SAFETY: Atomics.and keeps a concurrently set GIL drop request bit intact.
    if (rt.heap.shared) Atomics.and(i32, idx, ~EB_GC_REQUEST); else i32[idx] &= ~EB_GC_REQUEST;
  }
  if (!rt.heap.gcDue()) return null;
  return collect(rt);
}

/** A full collection now. Only at a safepoint, with every other thread of the process parked. */
export function collect(rt: Runtime): GcStats {
  const heap = rt.heap;
  heap.retireAllChunks();
  weakrefsBeginMark();
  mark(rt);
  // Weak references to objects the mark did not reach are cleared before the sweep frees
  // those objects (objects/weakref.ts); their callbacks run once the heap is consistent.
  const callbacks = clearDeadWeakrefs(rt);
  const stats = sweep(rt);
  const i32 = heap.i32;
  i32[M_GC_COUNT]++;
  i32[M_GC_GENERATION]++;
  i32[M_ALLOC_SINCE_GC] = 0;
  i32[M_LIVE_AFTER_GC] = stats.liveBytes;
  const room = heap.capBytes - HEAP_START - stats.liveBytes;
  i32[M_GC_THRESHOLD] = gcTuning.stressBytes > 0
    ? gcTuning.stressBytes
    : Math.max(MIN_GC_THRESHOLD, Math.min(stats.liveBytes - GC_SLACK, Math.floor(room / 2)));
  runWeakrefCallbacks(rt, callbacks);
  return stats;
}

/** Core types whose instances never change the references they were built with: permanent
 *  blocks of these need no scanning (tuples are filled at creation; descriptors and builtin
 *  functions are written once in their constructors, descriptors.ts; code objects in
 *  loadCode, code-object.ts). Types without a traverse slot hold no references at all and
 *  are left out too. */
const IMMUTABLE_CORE_TYPES = [
  'tuple', 'method_descriptor', 'classmethod_descriptor', 'wrapper_descriptor', 'getset_descriptor',
  'member_descriptor', 'builtin_function_or_method', 'code',
] as const;

/**
 * Make everything live now permanent, after a full collection: the runtime's own objects
 * (builtin types and their dicts, builtins, sys, interned strings) are most of a small
 * program's live data, and tracing and sweeping them again at every collection was most of
 * the collector's cost (bench/nbody.py: 12k collections of a 180 KiB heap). As CPython's
 * gc.freeze() (Modules/gcmodule.c, a permanent generation the collector ignores), but by
 * address: blocks below M_FROZEN_TOP are never marked, swept, freed or reused (free gaps
 * among them stay unused), and `visitRef` skips a reference into them with one compare.
 * Those that can point to newer blocks (dicts, lists, types, modules, thread states, refs
 * blocks, ... all but IMMUTABLE_CORE_TYPES and types without traverse) are listed and
 * traced as roots at every collection, except an exact dict whose D_VERSION is still the
 * one it had here: every change of a dict's entries bumps it (dict-core.ts), so such a dict
 * (most are type dicts) still points only to permanent blocks. Called once, before
 * `__main__` runs (eval.ts
 * startModule): later objects stay collectable, so nothing a program drops is kept.
 * `keep` are values only the caller's JS locals hold (rooted for the collection).
 */
export function freezeHeap(rt: Runtime, keep: readonly Ref[]): void {
  const heap = rt.heap, i32 = heap.i32;
  if (i32[M_FROZEN_TOP] !== 0) return;
  const mark0 = rt.rootMark();
  for (const r of keep) rt.pushRoot(r);
  try { collect(rt); } finally { rt.rootRelease(mark0); }
  const immutable = new Set<number>();
  for (const name of IMMUTABLE_CORE_TYPES) {
    const t = (rt.types as unknown as Record<string, Ref | undefined>)[name];
    if (t !== undefined) immutable.add(t);
  }
  const needsScan = (p: number): boolean => {
    const t = i32[p >> 2]!;
    if (t === BLOCK_REFS) return true;
    if (t === BLOCK_RAW || t === BLOCK_FREE || immutable.has(t)) return false;
    return rt.slots(t as Ref).traverse !== undefined;
  };
  heap.retireAllChunks();
  let n = 0;
  for (let p = HEAP_START, top = i32[M_TOP]!; p < top; p += (i32[(p >> 2) + 1]! >>> 4) << 3) if (needsScan(p)) n++;
  // Pairs (address, the dict's D_VERSION or -1). The list (raw, never scanned) is itself
  // permanent: the top is taken after it.
  const list = heap.allocRawAtTop(8 * n);
  const top = i32[M_TOP]!;
  const tDict = rt.types.dict;
  let k = 0, live = 0, objects = 0;
  for (let p = HEAP_START; p < top; p += (i32[(p >> 2) + 1]! >>> 4) << 3) {
    if (i32[p >> 2] === BLOCK_FREE) continue;
    live += (i32[(p >> 2) + 1]! >>> 4) << 3;
    objects++;
    if (!needsScan(p)) continue;
    const e = (list >> 2) + 2 + 2 * k++;
    i32[e] = p;
    i32[e + 1] = i32[p >> 2] === tDict ? i32[(p >> 2) + D_VERSION]! : -1;
  }
  if (k !== n) throw new Error(`gc: freezeHeap listed ${k} blocks, counted ${n}`);
  // Free gaps in the region leave the free lists: nothing may be allocated below the top.
  heap.clearFreeLists();
  i32[M_FROZEN_LIST] = list;
  i32[M_FROZEN_COUNT] = n;
  i32[M_FROZEN_LIVE] = live;
  i32[M_FROZEN_OBJECTS] = objects;
  i32[M_FROZEN_TOP] = top;
  i32[M_LIVE_AFTER_GC] = live;
}

// The mark stack and the collection's state live at module level, and `visitRef` is one
// module-level function: every traverse slot calls the same target, which V8 inlines into
// each of them (a closure made per collection, as before, cost about a third of a
// collection on the small heaps of float-heavy loops: bench/nbody.py collects 12k times).
let markStack = new Int32Array(4096);
let markSp = 0;
let mi32: Int32Array = new Int32Array(0);
/** Exact core types whose instances hold no references (no traverse slot): a block of one
 *  of these is marked without going through the stack. Their type objects are core types,
 *  reached from the root block, so skipping the type's visit loses nothing. */
let leafStr = -1, leafFloat = -1, leafInt = -1;

function growMarkStack(): void {
  const next = new Int32Array(markStack.length * 2);
  next.set(markStack);
  markStack = next;
}

/** Blocks below this address are permanent (freezeHeap): never marked, never freed. */
let frozenTop = 0;

/** Mark `r` (a Ref or a small int/NULL, ignored) and queue it for tracing. */
function visitRef(r: Ref): void {
  // One compare settles NULL, small ints (odd) and permanent blocks without touching their
  // memory: most references of a small program point at the runtime's own objects.
  if (r < frozenTop || (r & 1) !== 0) return;
  const w = r >> 2;
  const h = mi32[w + 1];
  if ((h & FLAG_MARK) !== 0) return;
  mi32[w + 1] = h | FLAG_MARK;
  const t = mi32[w];
  if (t === BLOCK_RAW || t === leafStr || t === leafFloat || t === leafInt) return;
  if (markSp === markStack.length) growMarkStack();
  markStack[markSp++] = r;
}

function mark(rt: Runtime): void {
  const i32 = rt.heap.i32;
  mi32 = i32;
  leafStr = rt.types.str; leafFloat = rt.types.float; leafInt = rt.types.int;
  markSp = 0;
  // NULL must be ignored too when nothing is frozen yet (frozenTop 0 would let it through).
  frozenTop = Math.max(1, i32[M_FROZEN_TOP]!);
  visitRef(rt.roots);
  for (const hook of rt.gcRootHooks) hook(visitRef);
  // Permanent blocks that can point to newer ones are roots (a type dict that gained an
  // attribute, sys.modules, the main thread's state).
  const list = (i32[M_FROZEN_LIST]! >> 2) + 2, nlist = i32[M_FROZEN_COUNT]!;
  for (let k = 0; k < nlist; k++) {
    const p = i32[list + 2 * k]!, version = i32[list + 2 * k + 1]!;
    if (version !== -1 && i32[(p >> 2) + D_VERSION] === version) continue; // unchanged dict
    traceBlock(rt, i32, p as Ref);
  }
  while (markSp > 0) {
    traceBlock(rt, i32, markStack[--markSp]! as Ref);
  }
  mi32 = new Int32Array(0);
  traverseCache.length = 0;
}

/** Visit what block `r` references: its type and, through the type's traverse slot, its
 *  fields; every word of a refs block; nothing in a raw block. */
function traceBlock(rt: Runtime, i32: Int32Array, r: Ref): void {
  const t = i32[r >> 2]!;
  if (t === BLOCK_REFS) {
    const base = (r >> 2) + 2;
    const end = (r >> 2) + ((i32[(r >> 2) + 1]! >>> 4) << 1); // words after the header
    for (let k = base; k < end; k++) visitRef(i32[k]! as Ref);
    return;
  }
  if (t === BLOCK_RAW) return;
  if (t === BLOCK_FREE) throw new Error(`gc: reference to a free block at ${r}`);
  visitRef(t as Ref);
  // The traverse slot by slot-table index, looked up once per collection: reading
  // `.traverse` from the slot tables (objects of many shapes) is a megamorphic load.
  const idx = i32[(t >> 2) + T_SLOTS]!;
  let tr = traverseCache[idx];
  if (tr === undefined) tr = traverseCache[idx] = rt.slots(t as Ref).traverse ?? null;
  if (tr !== null) tr(rt, r, visitRef);
}

type Traverse = (rt: Runtime, self: Ref, visit: (r: Ref) => void) => void;
const traverseCache: (Traverse | null | undefined)[] = [];

function sweep(rt: Runtime): GcStats {
  const heap = rt.heap, i32 = heap.i32;
  heap.clearFreeLists();
  const top = i32[M_TOP]!;
  // The permanent region is neither swept nor reused: its blocks count as live.
  let p = Math.max(HEAP_START, i32[M_FROZEN_TOP]!);
  let runStart = -1;
  // Memory outside live blocks is zero except the header words of free blocks (heap.ts), so
  // a free run needs only its dead objects and old free headers zeroed. Dead objects (and
  // small free blocks between them) are zeroed in one range [zeroFrom, p); a large block
  // that was already free only has its header cleared. Before, every collection re-zeroed
  // every free byte of the heap (most of a large, fragmented heap).
  let zeroFrom = -1;
  let live = i32[M_FROZEN_LIVE]!, liveObjects = i32[M_FROZEN_OBJECTS]!, freed = 0, freedObjects = 0;
  while (p < top) {
    const w = p >> 2;
    const h = i32[w + 1]!;
    const size = (h >>> 4) << 3;
    if (size === 0) throw new Error(`gc: corrupt heap header at ${p}`);
    const t = i32[w]!;
    if (t !== BLOCK_FREE && (h & (FLAG_MARK | FLAG_IMMORTAL)) !== 0) {
      i32[w + 1] = h & ~FLAG_MARK;
      live += size;
      liveObjects++;
      if (runStart >= 0) {
        if (zeroFrom >= 0) { zeroRange(i32, zeroFrom, p); zeroFrom = -1; }
        heap.pushFree(runStart, p - runStart);
        runStart = -1;
      }
    } else {
      if (runStart < 0) runStart = p;
      if (t !== BLOCK_FREE) {
        freed += size; freedObjects++;
        if (zeroFrom < 0) zeroFrom = p;
      } else if (size <= LARGE_FREE_HEADER_ONLY) {
        if (zeroFrom < 0) zeroFrom = p;
      } else {
        if (zeroFrom >= 0) { zeroRange(i32, zeroFrom, p); zeroFrom = -1; }
        i32[w] = 0; i32[w + 1] = 0; i32[w + 2] = 0;
      }
    }
    p += size;
  }
  if (zeroFrom >= 0) zeroRange(i32, zeroFrom, top);
  let newTop = top;
  if (runStart >= 0) {
    newTop = runStart;
    heap.setTop(newTop);
  }
  return { liveBytes: live, freedBytes: freed, liveObjects, freedObjects, topBytes: newTop - HEAP_START };
}

/** A free block larger than this has only its header words cleared by the sweep. */
const LARGE_FREE_HEADER_ONLY = 256;

/** Zero bytes [from, to) (8-aligned). A loop for short ranges: fill is a runtime call. */
function zeroRange(i32: Int32Array, from: number, to: number): void {
  const a = from >> 2, b = to >> 2;
  if (b - a <= 32) { for (let k = a; k < b; k++) i32[k] = 0; }
  else i32.fill(0, a, b);
}
