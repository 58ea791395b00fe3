// `_kitchen_deque`: the storage of collections.deque (src/stdlib/py/collections/__init__.py),
// a ring buffer of references whose every operation is one native call, as CPython's deque
// is C code (Modules/_collectionsmodule.c; learnt from, not taken).
//
// Why native: the deque is shared between threads more than any other container in
// concurrency lessons (producer/consumer without a Queue), and python3 makes each of its
// operations atomic. Written in Python, `append` stored the item and then bumped the length
// with a check point (a call) in between: under the GIL two appending threads could write
// the same slot (one item lost, a None left), and without a GIL they did so often (four
// threads lost 8% of 200,000 appends). A native call has no check point inside, so each
// operation is atomic under the GIL; in a free-threaded process it also holds the ring's
// per-object lock (src/vm/object-lock.ts), as CPython's free-threaded build holds the
// deque's critical section. It is also 10-20 times faster than the Python ring was.
//
// Layout (words after the 2-word header): the items block (a refs block of `cap` words,
// traced by the collector), the index of the first item, the count, the maximum length
// (-1: none) and the mutation counter the Python iterators compare (CPython's `state`),
// then the lock word. Vacated slots are cleared so the collector can free what was popped.
// Only operations that never run Python code are here: comparisons (count, index, remove)
// stay in Python and read items one by one with get().

import { type Ref, NULL } from '../../vm/heap.ts';
import type { Runtime } from '../../vm/runtime.ts';
import { registerType, registerNatives } from '../../vm/registry.ts';
import { registerNativeModule } from '../../vm/import.ts';
import { nativeFunction } from '../../vm/objects/descriptors.ts';
import { moduleDict } from '../../vm/objects/module.ts';
import { dictSet } from '../../vm/objects/dict-core.ts';
import { newList, listLen, listGet } from '../../vm/objects/list-core.ts';
import { lockObject, unlockObject } from '../../vm/object-lock.ts';
import { typeError, raise } from '../../vm/errors.ts';
import { typeName, isSubtype } from '../../vm/abstract.ts';

const KEY = '_kitchen_deque';
const TYPE_KEY = '_kitchen_deque.ring';

const RG_BUF = 2;
const RG_HEAD = 3;
const RG_LEN = 4;
const RG_MAXLEN = 5;
const RG_STATE = 6;
const RG_LOCK = 7;
const RG_BYTES = 32;
const MIN_CAP = 8;

const cap = (i32: Int32Array, buf: number): number => ((i32[(buf >> 2) + 1]! >>> 4) << 3) / 4 - 2;

/** Runs `f` holding the ring's lock (free-threaded only; with a GIL, one branch). */
function locked<T>(rt: Runtime, r: Ref, f: () => T): T {
  const t = lockObject(rt, r, RG_LOCK);
  try { return f(); } finally { unlockObject(rt, r, RG_LOCK, t); }
}

function newRing(rt: Runtime, maxlen: number): Ref {
  const r = rt.heap.alloc(rt.typeFor(TYPE_KEY), RG_BYTES);
  const buf = rt.heap.allocRefs(MIN_CAP);
  const i32 = rt.heap.i32, w = r >> 2;
  i32[w + RG_BUF] = buf;
  i32[w + RG_MAXLEN] = maxlen;
  return r;
}

/** Room for one more item: a block twice as large, the items moved to its start. */
function grow(rt: Runtime, r: Ref): void {
  const heap = rt.heap, w = r >> 2;
  const old = heap.i32[w + RG_BUF]!;
  const n = cap(heap.i32, old);
  const block = heap.allocRefs(n * 2);
  const i32 = heap.i32; // (allocation never moves the heap, but read the view after it)
  const head = i32[w + RG_HEAD]!, len = i32[w + RG_LEN]!;
  const from = (old >> 2) + 2, to = (block >> 2) + 2;
  const first = Math.min(len, n - head);
  i32.copyWithin(to, from + head, from + head + first);
  i32.copyWithin(to + first, from, from + (len - first));
  i32[w + RG_BUF] = block;
  i32[w + RG_HEAD] = 0;
}

/** Word index of item `i` (0 <= i < len). */
function slot(i32: Int32Array, w: number, i: number): number {
  const buf = i32[w + RG_BUF]!;
  return (buf >> 2) + 2 + ((i32[w + RG_HEAD]! + i) % cap(i32, buf));
}

function popRight(rt: Runtime, r: Ref): Ref {
  const i32 = rt.heap.i32, w = r >> 2;
  const len = i32[w + RG_LEN]!;
  if (len === 0) raise(rt, rt.types.IndexError, 'pop from an empty deque');
  const at = slot(i32, w, len - 1);
  const x = i32[at] as Ref;
  i32[at] = NULL;
  i32[w + RG_LEN] = len - 1;
  i32[w + RG_STATE]++;
  return x;
}

function popLeft(rt: Runtime, r: Ref): Ref {
  const i32 = rt.heap.i32, w = r >> 2;
  const len = i32[w + RG_LEN]!;
  if (len === 0) raise(rt, rt.types.IndexError, 'pop from an empty deque');
  const buf = i32[w + RG_BUF]!, head = i32[w + RG_HEAD]!;
  const at = (buf >> 2) + 2 + head;
  const x = i32[at] as Ref;
  i32[at] = NULL;
  i32[w + RG_HEAD] = (head + 1) % cap(i32, buf);
  i32[w + RG_LEN] = len - 1;
  i32[w + RG_STATE]++;
  return x;
}

/** Before a push: counts the mutation, drops an item from the other end of a full bounded
 *  ring (`dropLeft`: from the left), grows a full buffer. False when nothing may be pushed
 *  (maxlen 0). */
function makeRoom(rt: Runtime, r: Ref, dropLeft: boolean): boolean {
  const i32 = rt.heap.i32, w = r >> 2;
  i32[w + RG_STATE]++;
  const maxlen = i32[w + RG_MAXLEN]!;
  if (maxlen === 0) return false;
  if (i32[w + RG_LEN] === maxlen) { if (dropLeft) popLeft(rt, r); else popRight(rt, r); }
  if (i32[w + RG_LEN] === cap(i32, i32[w + RG_BUF]!)) grow(rt, r);
  return true;
}

function pushRight(rt: Runtime, r: Ref, x: Ref): void {
  if (!makeRoom(rt, r, true)) return;
  const i32 = rt.heap.i32, w = r >> 2;
  const len = i32[w + RG_LEN]!;
  i32[slot(i32, w, len)] = x;
  i32[w + RG_LEN] = len + 1;
}

function pushLeft(rt: Runtime, r: Ref, x: Ref): void {
  if (!makeRoom(rt, r, false)) return;
  const i32 = rt.heap.i32, w = r >> 2;
  const buf = i32[w + RG_BUF]!, n = cap(i32, buf);
  const head = (i32[w + RG_HEAD]! + n - 1) % n;
  i32[(buf >> 2) + 2 + head] = x;
  i32[w + RG_HEAD] = head;
  i32[w + RG_LEN]++;
}

/** The items in order, as a JS array (the caller holds the lock). */
function items(rt: Runtime, r: Ref): Ref[] {
  const i32 = rt.heap.i32, w = r >> 2, len = i32[w + RG_LEN]!;
  const out: Ref[] = new Array(len);
  for (let i = 0; i < len; i++) out[i] = i32[slot(i32, w, i)] as Ref;
  return out;
}

/** Replaces the contents with `xs` (the caller holds the lock; len(xs) <= maxlen). */
function refill(rt: Runtime, r: Ref, xs: readonly Ref[]): void {
  const heap = rt.heap, w = r >> 2;
  let n = MIN_CAP;
  while (n < xs.length) n *= 2;
  const block = heap.allocRefs(n);
  const i32 = heap.i32;
  for (let i = 0; i < xs.length; i++) i32[(block >> 2) + 2 + i] = xs[i]!;
  i32[w + RG_BUF] = block;
  i32[w + RG_HEAD] = 0;
  i32[w + RG_LEN] = xs.length;
  i32[w + RG_STATE]++;
}

/** An index argument: a small int (deque.py converts others with __index__ first), made
 *  non-negative against the length; IndexError outside [0, len) unless `clamp`. */
function index(rt: Runtime, r: Ref, arg: Ref | undefined, clamp = false): number {
  if (arg === undefined || (arg & 1) === 0) typeError(rt, `sequence index must be integer, not '${arg === undefined ? 'nothing' : typeName(rt, arg)}'`);
  const len = rt.heap.i32[(r >> 2) + RG_LEN]!;
  let i = arg >> 1;
  if (clamp) return i < 0 ? Math.max(0, i + len) : Math.min(i, len);
  if (i < 0) i += len;
  if (i < 0 || i >= len) raise(rt, rt.types.IndexError, 'deque index out of range');
  return i;
}

function self0(rt: Runtime, self: Ref): Ref {
  if ((self & 1) !== 0 || rt.typeOf(self) !== rt.typeFor(TYPE_KEY)) typeError(rt, 'expected a deque ring');
  return self;
}

type Method = (rt: Runtime, self: Ref, args: Ref[], kw: Ref | null) => Ref;

/** The ring is internal (deque calls it right), but a program can reach it as `d._ring`:
 *  wrong calls raise TypeError rather than store a hole in the heap. */
function arity(rt: Runtime, name: string, args: Ref[], n: number): void {
  if (args.length !== n) typeError(rt, `ring.${name}() takes exactly ${n} argument${n === 1 ? '' : 's'} (${args.length} given)`);
}

function listArg(rt: Runtime, name: string, args: Ref[]): Ref {
  arity(rt, name, args, 1);
  const l = args[0]!;
  if ((l & 1) !== 0 || !isSubtype(rt, rt.typeOf(l), rt.types.list)) typeError(rt, `ring.${name}() argument must be list, not ${typeName(rt, l)}`);
  return l;
}

function intArg(rt: Runtime, name: string, r: Ref): number {
  if ((r & 1) === 0) typeError(rt, `ring.${name}() takes a small int, not ${typeName(rt, r)}`);
  return r >> 1;
}

const METHODS: Record<string, Method> = {
  append(rt, self, args) { arity(rt, 'append', args, 1); locked(rt, self0(rt, self), () => pushRight(rt, self, args[0]!)); return rt.none; },
  appendleft(rt, self, args) { arity(rt, 'appendleft', args, 1); locked(rt, self0(rt, self), () => pushLeft(rt, self, args[0]!)); return rt.none; },
  pop(rt, self) { return locked(rt, self0(rt, self), () => popRight(rt, self)); },
  popleft(rt, self) { return locked(rt, self0(rt, self), () => popLeft(rt, self)); },
  /** Appends every item of a list (deque.extend built it, outside the lock). */
  extend_list(rt, self, args) {
    const l = listArg(rt, 'extend_list', args);
    locked(rt, self0(rt, self), () => { for (let i = 0; i < listLen(rt, l); i++) pushRight(rt, self, listGet(rt, l, i)); });
    return rt.none;
  },
  extendleft_list(rt, self, args) {
    const l = listArg(rt, 'extendleft_list', args);
    locked(rt, self0(rt, self), () => { for (let i = 0; i < listLen(rt, l); i++) pushLeft(rt, self, listGet(rt, l, i)); });
    return rt.none;
  },
  clear(rt, self) { locked(rt, self0(rt, self), () => refill(rt, self, [])); return rt.none; },
  get(rt, self, args) {
    arity(rt, 'get', args, 1);
    return locked(rt, self0(rt, self), () => {
      const i32 = rt.heap.i32;
      return i32[slot(i32, self >> 2, index(rt, self, args[0]))] as Ref;
    });
  },
  set(rt, self, args) {
    arity(rt, 'set', args, 2);
    locked(rt, self0(rt, self), () => {
      const i32 = rt.heap.i32;
      i32[slot(i32, self >> 2, index(rt, self, args[0]))] = args[1]!;
    });
    return rt.none;
  },
  delete(rt, self, args) {
    arity(rt, 'delete', args, 1);
    locked(rt, self0(rt, self), () => {
      const i = index(rt, self, args[0]);
      const xs = items(rt, self);
      xs.splice(i, 1);
      refill(rt, self, xs);
    });
    return rt.none;
  },
  insert(rt, self, args) {
    arity(rt, 'insert', args, 2);
    locked(rt, self0(rt, self), () => {
      const i32 = rt.heap.i32, w = self >> 2;
      const maxlen = i32[w + RG_MAXLEN]!;
      if (maxlen >= 0 && i32[w + RG_LEN]! >= maxlen) raise(rt, rt.types.IndexError, 'deque already at its maximum size');
      const i = index(rt, self, args[0], true);
      const xs = items(rt, self);
      xs.splice(i, 0, args[1]!);
      refill(rt, self, xs);
    });
    return rt.none;
  },
  rotate(rt, self, args) {
    arity(rt, 'rotate', args, 1);
    const by = intArg(rt, 'rotate', args[0]!);
    locked(rt, self0(rt, self), () => {
      const len = rt.heap.i32[(self >> 2) + RG_LEN]!;
      if (len <= 1) return;
      let n = by % len;
      if (n < 0) n += len;
      if (n === 0) return;
      const xs = items(rt, self);
      refill(rt, self, [...xs.slice(len - n), ...xs.slice(0, len - n)]);
    });
    return rt.none;
  },
  reverse(rt, self) {
    locked(rt, self0(rt, self), () => refill(rt, self, items(rt, self).reverse()));
    return rt.none;
  },
  /** A list of the items (a snapshot, for iteration helpers, repr, comparisons, pickling). */
  items(rt, self) { return locked(rt, self0(rt, self), () => newList(rt, items(rt, self))); },
  size(rt, self) { return rt.newInt(rt.heap.i32[(self0(rt, self) >> 2) + RG_LEN]!); },
  state(rt, self) { return rt.newInt(rt.heap.i32[(self0(rt, self) >> 2) + RG_STATE]! & 0x3fffffff); },
};

registerType({
  key: TYPE_KEY,
  name: 'ring',
  module: KEY,
  basicsize: RG_BYTES,
  slots: {
    traverse(rt, self, visit) {
      const b = rt.heap.i32[(self >> 2) + RG_BUF] as Ref;
      if (b !== NULL) visit(b);
    },
  },
  methods: METHODS,
});

const FNS: Record<string, Method> = {
  /** ring(maxlen): an empty ring; maxlen -1 for none (deque.__init__ checks the value). */
  ring(rt, _s, args) {
    const m = args[0];
    if (m === undefined || (m & 1) === 0) typeError(rt, 'ring() takes a small int maxlen');
    return newRing(rt, m >> 1);
  },
};

registerNatives({ key: KEY, fns: FNS });

registerNativeModule(KEY, (rt, m) => {
  dictSet(rt, moduleDict(rt, m), rt.intern('ring'), nativeFunction(rt, KEY, 'ring', m, rt.intern(KEY)));
});
