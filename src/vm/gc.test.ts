// The collector on hand-built object graphs: unreachable objects are freed and their memory
// reused, reachable ones (through lists, tuples, dicts, instances, cycles, root stacks,
// thread states) survive intact, and a loop that drops what it allocates stays bounded.
import { describe, expect, it } from 'vitest';
import { Runtime, TS_CUR_EXC } from './runtime.ts';
import { testHost } from './test-host.ts';
import { collect, maybeCollect, freezeHeap } from './gc.ts';
import { type Ref, HEAP_START, M_TOP, M_FROZEN_TOP } from './heap.ts';
import * as A from './abstract.ts';
import { newList, listAppend, listGet, listLen } from './objects/list-core.ts';
import { newTuple, tupleGet } from './objects/tuple-core.ts';
import { newDict, dictSet, dictGetStr } from './objects/dict-core.ts';
import { R_SYS_MODULES } from './runtime-layout.ts';
import { createHeapType } from './type-object.ts';
import { newExceptionObject } from './objects/exceptions.ts';

const fresh = (): Runtime => Runtime.create({ host: testHost(), heap: { capBytes: 64 << 20 } });
/** Is r the start of a live block? (Walks the heap: a freed object may sit inside a
 *  coalesced free run, where its old address is not a block start any more.) */
function isLive(rt: Runtime, r: Ref): boolean {
  const i32 = rt.heap.i32;
  for (let p = HEAP_START; p < i32[M_TOP]; p += (i32[(p >> 2) + 1] >>> 4) << 3) {
    if (p === r) return i32[p >> 2] !== 0;
    if (p > r) return false;
  }
  return false;
}

describe('gc', () => {
  it('frees unreachable objects and keeps reachable ones', () => {
    const rt = fresh();
    collect(rt);
    const root = newList(rt);
    rt.pushRoot(root);
    const kept: Ref[] = [];
    const dropped: Ref[] = [];
    for (let i = 0; i < 200; i++) {
      const f = rt.newFloat(i + 0.5);
      const t = newTuple(rt, [f, rt.newStr(`kept ${i}`)]);
      listAppend(rt, root, t);
      kept.push(t);
      dropped.push(rt.newFloat(-i), rt.newStr(`dropped ${i}`), newTuple(rt, [rt.newFloat(1)]));
    }
    const stats = collect(rt);
    expect(stats.freedObjects).toBeGreaterThanOrEqual(dropped.length);
    for (const d of dropped) expect(isLive(rt, d)).toBe(false);
    for (let i = 0; i < 200; i++) {
      const t = listGet(rt, root, i);
      expect(t).toBe(kept[i]);
      expect(A.toJsNumber(rt, tupleGet(rt, t, 0))).toBe(i + 0.5);
      expect(rt.jsStr(tupleGet(rt, t, 1))).toBe(`kept ${i}`);
    }
  });

  it('reuses freed memory', () => {
    const rt = fresh();
    for (let i = 0; i < 5000; i++) rt.newStr('garbage garbage ' + i);
    const top = rt.heap.used().topBytes;
    collect(rt);
    expect(rt.heap.used().topBytes).toBeLessThan(top / 2); // the garbage at the top was given back
    for (let round = 0; round < 5; round++) {
      for (let i = 0; i < 5000; i++) rt.newStr('again again ' + i);
      collect(rt);
    }
    expect(rt.heap.used().topBytes).toBeLessThanOrEqual(top);
  });

  it('keeps cycles reachable from a root and frees unreachable cycles', () => {
    const rt = fresh();
    const a = newList(rt), b = newList(rt);
    listAppend(rt, a, b); listAppend(rt, b, a);
    const c = newList(rt), d = newList(rt);
    listAppend(rt, c, d); listAppend(rt, d, c);
    dictSet(rt, rt.root(R_SYS_MODULES), rt.intern('cycle'), a);
    collect(rt);
    expect(isLive(rt, a) && isLive(rt, b)).toBe(true);
    expect(listGet(rt, listGet(rt, a, 0), 0)).toBe(a);
    expect(isLive(rt, c) || isLive(rt, d)).toBe(false);
  });

  it('traces user instances through their __dict__ and __slots__', () => {
    const rt = fresh();
    const ns = newDict(rt);
    const cls = createHeapType(rt, { meta: rt.types.type, name: rt.intern('Point'), bases: [], namespace: ns });
    const slotNs = newDict(rt);
    dictSet(rt, slotNs, rt.intern('__slots__'), newTuple(rt, [rt.intern('x'), rt.intern('y')]));
    const slotted = createHeapType(rt, { meta: rt.types.type, name: rt.intern('P2'), bases: [], namespace: slotNs });
    rt.pushRoot(cls); rt.pushRoot(slotted);
    const p = A.callObject(rt, cls, []);
    A.setAttr(rt, p, rt.intern('label'), rt.newStr('origin'));
    const q = A.callObject(rt, slotted, []);
    A.setAttr(rt, q, rt.intern('x'), rt.newFloat(1.25));
    A.setAttr(rt, q, rt.intern('y'), rt.newStr('why'));
    rt.pushRoot(p); rt.pushRoot(q);
    for (let i = 0; i < 1000; i++) rt.newFloat(i);
    collect(rt);
    expect(rt.jsStr(A.getAttr(rt, p, rt.intern('label')))).toBe('origin');
    expect(A.toJsNumber(rt, A.getAttr(rt, q, rt.intern('x')))).toBe(1.25);
    expect(rt.jsStr(A.getAttr(rt, q, rt.intern('y')))).toBe('why');
  });

  it('roots: thread state exception, root stack release, interned strings', () => {
    const rt = fresh();
    const exc = newExceptionObject(rt, rt.types.ValueError, [rt.newStr('pending')]);
    rt.heap.i32[(rt.ts >> 2) + TS_CUR_EXC] = exc;
    const mark = rt.rootMark();
    const tmp = rt.newFloat(3.5);
    rt.pushRoot(tmp);
    const interned = rt.intern('an interned name nobody references');
    collect(rt);
    expect(isLive(rt, tmp)).toBe(true);
    expect(rt.jsStr(A.str(rt, exc))).toBe('pending');
    expect(rt.intern('an interned name nobody references')).toBe(interned);
    rt.rootRelease(mark);
    collect(rt);
    expect(isLive(rt, tmp)).toBe(false);
  });

  it('jsStr does not return a stale string after the address is reused', () => {
    const rt = fresh();
    const s1 = rt.newStr('first string value');
    expect(rt.jsStr(s1)).toBe('first string value');
    collect(rt);
    let reused: Ref = 0 as Ref;
    for (let i = 0; i < 10000 && reused === 0; i++) {
      const s = rt.newStr('other string val ' + (i % 10));
      if (s === s1) reused = s;
    }
    expect(reused).toBe(s1);
    expect(rt.jsStr(reused)).not.toBe('first string value');
  });

  it('a loop that allocates and drops objects stays in bounded memory', () => {
    const rt = fresh();
    const keep = newList(rt);
    dictSet(rt, rt.root(R_SYS_MODULES), rt.intern('keep'), keep);
    for (let i = 0; i < 2_000_000; i++) {
      const f = rt.newFloat(i);
      if (i % 100_000 === 0) listAppend(rt, keep, f);
      if ((i & 1023) === 0) maybeCollect(rt);
    }
    expect(rt.heap.used().collections).toBeGreaterThan(1);
    expect(rt.heap.used().topBytes).toBeLessThan(24 << 20);
    expect(listLen(rt, keep)).toBe(20);
    expect(A.toJsNumber(rt, listGet(rt, keep, 19))).toBe(1_900_000);
    expect(dictGetStr(rt, rt.root(R_SYS_MODULES), rt.intern('keep'))).toBe(keep);
  });
});

describe('gc with a permanent region (freezeHeap)', () => {
  it('keeps what permanent dicts and lists gain later, and frees what they drop', () => {
    const rt = fresh();
    const d = newDict(rt), l = newList(rt), untouched = newDict(rt);
    rt.pushRoot(d); rt.pushRoot(l); rt.pushRoot(untouched);
    dictSet(rt, untouched, rt.intern('k'), rt.newStr('old value'));
    freezeHeap(rt, []);
    const frozenTop = rt.heap.i32[M_FROZEN_TOP];
    expect(frozenTop).toBeGreaterThan(d);
    const young: Ref[] = [];
    for (let i = 0; i < 50; i++) {
      const s = rt.newStr(`young ${i}`);
      young.push(s);
      if (i % 2) dictSet(rt, d, rt.intern(`k${i}`), s); else listAppend(rt, l, s);
      rt.newStr(`garbage ${i}`);
    }
    for (let round = 0; round < 3; round++) {
      const stats = collect(rt);
      // The 50 dropped strings (and the tables the dict and list outgrew) once, then nothing.
      if (round === 0) expect(stats.freedObjects).toBeGreaterThanOrEqual(50); else expect(stats.freedObjects).toBe(0);
    }
    for (let i = 0; i < 50; i++) {
      expect(i % 2 ? rt.jsStr(dictGetStr(rt, d, rt.intern(`k${i}`))) : rt.jsStr(listGet(rt, l, i >> 1))).toBe(`young ${i}`);
      expect(isLive(rt, young[i]!)).toBe(true);
    }
    expect(rt.jsStr(dictGetStr(rt, untouched, rt.intern('k')))).toBe('old value');
    // Dropping a young value from a permanent dict frees it at the next collection.
    const dropped = young[1]!;
    dictSet(rt, d, rt.intern('k1'), rt.none);
    collect(rt);
    expect(isLive(rt, dropped)).toBe(false);
    // Nothing is ever allocated below the permanent region's end.
    for (let i = 0; i < 1000; i++) expect(rt.newStr(`new ${i}`)).toBeGreaterThanOrEqual(frozenTop);
  });
});
