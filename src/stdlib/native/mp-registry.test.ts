import { describe, expect, it } from 'vitest';
import { MpRegistry, FIRST_PID } from './mp-registry';

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);
const text = (b: Uint8Array): string => new TextDecoder().decode(b);

describe('MpRegistry', () => {
  it('gives processes distinct pids and records the first end only', () => {
    const r = MpRegistry.create(false, 1 << 20);
    const a = r.newProcess(0);
    const b = r.newProcess(a);
    expect([a, b]).toEqual([FIRST_PID, FIRST_PID + 1]);
    expect(r.parentOf(b)).toBe(a);
    expect(r.isAlive(b)).toBe(true);
    expect(r.exitCode(b)).toBeNull();
    const woken: number[] = [];
    r.notify = (i) => woken.push(i);
    expect(r.endProcess(b, -15)).toBe(true);
    expect(r.endProcess(b, 0)).toBe(false);
    expect(r.exitCode(b)).toBe(-15);
    expect(r.isAlive(b)).toBe(false);
    expect(woken).toEqual([r.processStateIndex(b)]);
    expect(r.isProcess(FIRST_PID + 5)).toBe(false);
  });

  it('a view acting for an ended process never takes the mutex again, and leaves it free', () => {
    const r = MpRegistry.create(true, 1 << 20);
    const a = r.newProcess(0);
    const b = r.newProcess(a);
    const view = new MpRegistry(r.buffer);
    view.owner = b;
    view.ownerEnded = () => { throw new Error('parked'); };
    const c = view.channelNew();
    expect(typeof view.channelSend(c, bytes('before'), b)).toBe('number');
    // The coordinator ends b holding the mutex (as while terminating its workers).
    expect(r.hold(() => Atomics.load(r.i32, 0))).toBe(1);
    expect(Atomics.load(r.i32, 0)).toBe(0);
    expect(r.endProcess(b, -15)).toBe(true);
    expect(() => view.channelSend(c, bytes('after'), b)).toThrow('parked');
    expect(() => view.semNew(1, 1)).toThrow('parked');
    expect(Atomics.load(r.i32, 0)).toBe(0);
    // Other processes' views go on: only the first message was sent.
    expect(r.channelSize(c)).toBe(1);
    const other = new MpRegistry(r.buffer);
    other.owner = a;
    expect(typeof other.channelSend(c, bytes('from a'), a)).toBe('number');
    expect(r.channelSize(c)).toBe(2);
  });

  it('keeps channel messages in order, with ids and senders, and reuses freed blocks', () => {
    const r = MpRegistry.create(false, 1 << 20);
    const c = r.channelNew();
    const seq0 = r.channelSeq(c);
    const m1 = r.channelSend(c, bytes('one'), 7);
    const m2 = r.channelSend(c, bytes('two!'), 8);
    expect(r.channelSeq(c)).toBe(seq0 + 2);
    expect(r.channelSize(c)).toBe(2);
    const top = r.arenaTop;
    const a = r.channelTake(c);
    const b = r.channelTake(c);
    expect(a !== 'empty' && a !== 'eof' && [text(a.data), a.msg, a.from]).toEqual(['one', m1, 7]);
    expect(b !== 'empty' && b !== 'eof' && [text(b.data), b.msg, b.from]).toEqual(['two!', m2, 8]);
    expect(r.channelTake(c)).toBe('empty');
    r.channelSend(c, bytes('three'), 7);
    expect(r.arenaTop).toBe(top); // a freed block of the same class came back
    r.channelClose(c);
    expect(r.channelReady(c)).toBe(true);
    expect(r.channelSend(c, bytes('x'), 7)).toBe('closed');
    expect(r.channelTake(c) !== 'eof').toBe(true);
    expect(r.channelTake(c)).toBe('eof');
  });

  it('says full when the arena has no room', () => {
    const r = MpRegistry.create(false, 0);
    const c = r.channelNew();
    let last: unknown = 0;
    for (let i = 0; i < 100 && last !== 'full'; i++) last = r.channelSend(c, new Uint8Array(1000), 1);
    expect(last).toBe('full');
  });

  it('counts semaphores up to their maximum', () => {
    const r = MpRegistry.create(false, 1 << 20);
    const s = r.semNew(1, 1);
    expect(r.semTryAcquire(s)).toBe(true);
    expect(r.semTryAcquire(s)).toBe(false);
    expect(r.semValue(s)).toBe(0);
    expect(r.semRelease(s)).toBe(true);
    expect(r.semRelease(s)).toBe(false);
    expect(r.isSem(s) && !r.isChannel(s)).toBe(true);
  });

  it('hands out zero-filled shared blocks, visible through a second view of a SharedArrayBuffer', () => {
    const r = MpRegistry.create(true, 1 << 20);
    const c = r.channelNew();
    r.channelSend(c, new Uint8Array(40).fill(9), 1);
    r.channelTake(c); // frees a dirty block the shared one may reuse
    const sh = r.sharedNew(40);
    const off = r.sharedOffset(sh);
    expect([...r.u8.subarray(off, off + 40)].every((x) => x === 0)).toBe(true);
    const other = new MpRegistry(r.buffer);
    other.u8[off + 3] = 42;
    expect(r.u8[off + 3]).toBe(42);
    expect(r.sharedSize(sh)).toBe(40);
  });
});
