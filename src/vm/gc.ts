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
// - Mark: an explicit stack; an object is traced through its type's `traverse` slot (user
//   instances: their dict and __slots__ words, then the native base's traverse), a refs
//   block word by word, a raw block not at all. The type object of every marked object is
//   marked too.
// - Sweep: one linear walk from HEAP_START to the top (every worker's bump chunk is retired
//   first so the walk sees only headers); unmarked blocks and adjacent free blocks coalesce
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
} from './heap.ts';
import type { Runtime } from './runtime.ts';
import { TS_EVAL_BREAKER, EB_GC_REQUEST } from './runtime-layout.ts';
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

function mark(rt: Runtime): void {
  const i32 = rt.heap.i32;
  const stack: number[] = [];
  const visit = (r: Ref): void => {
    if (r === 0 || (r & 1) !== 0) return;
    const w = (r >> 2) + 1;
    const h = i32[w];
    if ((h & FLAG_MARK) !== 0) return;
    i32[w] = h | FLAG_MARK;
    stack.push(r);
  };
  visit(rt.roots);
  for (const hook of rt.gcRootHooks) hook(visit);
  while (stack.length > 0) {
    const r = stack.pop()! as Ref;
    const t = i32[r >> 2];
    if (t === BLOCK_RAW) continue;
    if (t === BLOCK_REFS) {
      const n = ((i32[(r >> 2) + 1] >>> 4) << 1) - 2; // words after the header
      const base = (r >> 2) + 2;
      for (let k = 0; k < n; k++) visit(i32[base + k] as Ref);
      continue;
    }
    if (t === BLOCK_FREE) throw new Error(`gc: reference to a free block at ${r}`);
    visit(t as Ref);
    const tr = rt.slots(t as Ref).traverse;
    if (tr !== undefined) tr(rt, r, visit);
  }
}

function sweep(rt: Runtime): GcStats {
  const heap = rt.heap, i32 = heap.i32;
  heap.clearFreeLists();
  const top = i32[M_TOP];
  let p = HEAP_START;
  let runStart = -1;
  let live = 0, liveObjects = 0, freed = 0, freedObjects = 0;
  const flush = (end: number): void => {
    if (runStart < 0) return;
    heap.u8.fill(0, runStart, end);
    heap.pushFree(runStart, end - runStart);
    runStart = -1;
  };
  while (p < top) {
    const w = p >> 2;
    const h = i32[w + 1];
    const size = (h >>> 4) << 3;
    if (size === 0) throw new Error(`gc: corrupt heap header at ${p}`);
    const isFree = i32[w] === BLOCK_FREE;
    if (!isFree && (h & (FLAG_MARK | FLAG_IMMORTAL)) !== 0) {
      i32[w + 1] = h & ~FLAG_MARK;
      live += size;
      liveObjects++;
      flush(p);
    } else {
      if (!isFree) { freed += size; freedObjects++; }
      if (runStart < 0) runStart = p;
    }
    p += size;
  }
  let newTop = top;
  if (runStart >= 0) {
    heap.u8.fill(0, runStart, top);
    newTop = runStart;
    heap.setTop(newTop);
  }
  return { liveBytes: live, freedBytes: freed, liveObjects, freedObjects, topBytes: newTop - HEAP_START };
}
