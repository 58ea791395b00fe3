import { describe, expect, it } from 'vitest';
import { TraceLog, TraceReader } from './ring';
import { decodeEvent } from './decode';
import { BlockReason, DropReason } from './schema';

describe('TraceLog', () => {
  it('reused for a new run, starts empty: nothing of the last run is read again', () => {
    const first = TraceLog.create(8, true);
    for (let i = 0; i < 11; i++) first.emit(i, 'gil-take', 1, 1, i); // 3 more than it holds
    const again = TraceLog.create(8, true, first.buffer as SharedArrayBuffer);
    expect(again.buffer).toBe(first.buffer);
    expect(new Int32Array(again.buffer).every((w, i) => w === 0 || i === 2)).toBe(true); // capacity only
    again.emit(50, 'gil-drop', 2, 7, 3, DropReason.interval);
    const evs = new TraceReader(again).poll((l, s) => decodeEvent(l, s, []));
    expect(evs).toEqual([{ t: 50, pid: 2, tid: 7, kind: 'gil-drop', line: 3, reason: 'interval' }]);
    // A buffer of another size is not used.
    expect(TraceLog.create(4, true, first.buffer as SharedArrayBuffer).buffer).not.toBe(first.buffer);
  });

  it('decodes what was emitted, in order, with names resolved', () => {
    const log = TraceLog.create(16, false);
    const strings = ['', 'Thread-1', 'hello\n'];
    log.emit(10.5, 'thread-start', 100, 1, 3, 1, 0);
    log.emit(11, 'gil-drop', 100, 1, 7, DropReason.interval);
    log.emit(12.25, 'block', 100, 2, 9, BlockReason.sleep, 0);
    log.emit(13, 'print', 100, 1, 4, 1, 2);
    const r = new TraceReader(log);
    const evs = r.poll((l, s) => decodeEvent(l, s, strings));
    expect(evs).toEqual([
      { t: 10.5, pid: 100, tid: 1, kind: 'thread-start', line: 3, name: 'Thread-1', daemon: 0 },
      { t: 11, pid: 100, tid: 1, kind: 'gil-drop', line: 7, reason: 'interval' },
      { t: 12.25, pid: 100, tid: 2, kind: 'block', line: 9, what: 'sleep', object: 0 },
      { t: 13, pid: 100, tid: 1, kind: 'print', line: 4, stream: 1, text: 'hello\n' },
    ]);
    expect(r.poll((l, s) => s)).toEqual([]); // nothing new
  });

  it('counts events that did not fit instead of overwriting history', () => {
    const log = TraceLog.create(2, false);
    for (let k = 0; k < 5; k++) log.emit(k, 'gil-wait', 1, 1);
    expect(log.reserved).toBe(2);
    expect(log.lost).toBe(3);
    const r = new TraceReader(log);
    expect(r.poll((l, s) => decodeEvent(l, s, []).t)).toEqual([0, 1]);
  });

  it('stops at a record that is reserved but not yet committed', () => {
    const log = TraceLog.create(4, true);
    log.emit(1, 'gil-wait', 1, 1);
    Atomics.add(log.i32, 0, 1); // a writer reserved slot 1 and has not finished it
    const r = new TraceReader(log);
    expect(r.poll((l, s) => s)).toEqual([0]);
    expect(r.position).toBe(1);
  });
});
