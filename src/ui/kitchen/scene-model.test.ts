import { describe, expect, it } from 'vitest';
import type { TraceEvent } from '../../trace/schema';
import { indexTrace, sceneAt } from './scene-model';
import { syntheticTrace } from '../timeline/synthetic-trace';

const ev = (t: number, pid: number, tid: number, kind: TraceEvent['kind'], extra: Record<string, unknown> = {}): TraceEvent =>
  ({ t, pid, tid, kind, ...extra }) as TraceEvent;

describe('sceneAt', () => {
  const threads = indexTrace([
    ev(0, 1, 1, 'thread-start', { name: 'MainThread' }),
    ev(0, 1, 1, 'gil-take', { switched: true }),
    ev(10, 1, 2, 'thread-start', { name: 'cook-2' }),
    ev(10, 1, 2, 'gil-wait'),
    ev(5010, 1, 2, 'gil-drop-request', { holder: 1 }),
    ev(5020, 1, 1, 'gil-drop', { reason: 'interval' }),
    ev(5020, 1, 2, 'gil-take', { switched: true }),
    ev(5020, 1, 1, 'gil-wait'),
    ev(6000, 1, 2, 'acquire', { what: 'lock', object: 77 }),
    ev(9000, 1, 2, 'gil-drop', { reason: 'blocking' }),
    ev(9000, 1, 2, 'block', { what: 'sleep' }),
    ev(9000, 1, 1, 'gil-take', { switched: true }),
    ev(12000, 1, 1, 'gil-drop', { reason: 'blocking' }),
    ev(12000, 1, 1, 'block', { what: 'lock', object: 77 }),
  ], 4);

  it('puts the GIL holder at the stove and the waiter in the queue', () => {
    const s = sceneAt(threads, 100);
    expect(s.mode).toBe('threads');
    const [k] = s.kitchens;
    expect(k!.cook).toBe('MainThread');
    expect(k!.chefs.find((c) => c.name === 'cook-2')!.place).toBe('queue');
    expect(s.caption).toBe('cook-2 waits for the stove: in one kitchen only one chef may cook at a time \u2014 that is the GIL.');
  });

  it('shows the drop request as a tap on the shoulder, then the switch', () => {
    const tap = sceneAt(threads, 5015);
    expect(tap.kitchens[0]!.chefs.find((c) => c.name === 'cook-2')!.tapping).toBe(true);
    expect(tap.caption).toContain('taps MainThread on the shoulder');
    const sw = sceneAt(threads, 5500);
    expect(sw.kitchens[0]!.cook).toBe('cook-2');
    expect(sw.caption).toBe('The stove changes hands: cook-2 now cooks (a GIL switch).');
  });

  it('sends a sleeping chef away and a chef waiting on a lock to the pantry, naming the key holder', () => {
    const sleep = sceneAt(threads, 11500);
    expect(sleep.kitchens[0]!.chefs.find((c) => c.name === 'cook-2')!.place).toBe('away');
    expect(sleep.caption).toContain('cook-2 is away waiting for a delivery (time.sleep)');
    const lock = sceneAt(threads, 13000);
    const main = lock.kitchens[0]!.chefs.find((c) => c.name === 'MainThread')!;
    expect(main.place).toBe('pantry');
    expect(main.keyHeldBy).toBe('cook-2');
    expect(lock.caption).toBe('MainThread waits at the pantry door: cook-2 holds its key (a lock).');
  });

  it('lights several kitchens for processes running in parallel', () => {
    const idx = indexTrace([
      ev(0, 10, 1, 'process-start', { name: 'MainProcess' }),
      ev(0, 10, 1, 'thread-start', { name: 'MainThread' }),
      ev(0, 10, 1, 'gil-take', { switched: true }),
      ev(50, 11, 1, 'process-start', { name: 'Process-1' }),
      ev(50, 11, 1, 'thread-start', { name: 'MainThread' }),
      ev(50, 11, 1, 'gil-take', { switched: true }),
    ], 2);
    const s = sceneAt(idx, 5000);
    expect(s.mode).toBe('processes');
    expect(s.kitchens.filter((k) => k.lit)).toHaveLength(2);
    expect(s.caption).toContain('2 kitchens are cooking at the same time');
  });

  it('switches tickets at await, and freezes the rail on a blocking call in a coroutine', () => {
    const idx = indexTrace([
      ev(0, 1, 1, 'thread-start', { name: 'MainThread' }),
      ev(0, 1, 1, 'gil-take', { switched: true }),
      ev(10, 1, 1, 'task-create', { task: 1, name: 'Task-1' }),
      ev(10, 1, 1, 'task-create', { task: 2, name: 'Task-2' }),
      ev(20, 1, 1, 'task-step', { task: 1 }),
      ev(30, 1, 1, 'task-step-end', { task: 1, awaits: 'sleep 0.5' }),
      ev(40, 1, 1, 'task-step', { task: 2 }),
      ev(50, 1, 1, 'gil-drop', { reason: 'blocking' }),
      ev(50, 1, 1, 'block', { what: 'sleep' }),
    ], 4);
    const at45 = sceneAt(idx, 45);
    expect(at45.mode).toBe('asyncio');
    expect(at45.caption).toBe('The chef works on Task-2; Task-1 waits on the rail. asyncio switches tickets only at an await.');
    const at60 = sceneAt(idx, 60);
    expect(at60.kitchens[0]!.railFrozen?.task).toBe('Task-2');
    expect(at60.caption).toContain('The whole rail is frozen: Task-2 made a blocking call inside a coroutine');
  });
  it('sends a parcel to the process the send event names', () => {
    const events = [
      ev(0, 10, 1, 'process-start', { name: 'MainProcess' }),
      ev(0, 10, 1, 'thread-start', { name: 'MainThread' }),
      ev(10, 11, 1, 'process-start', { name: 'Process-1' }),
      ev(20, 12, 1, 'process-start', { name: 'Process-2' }),
      ev(100, 10, 1, 'send', { channel: 5, to: 12 }),
      ev(100, 10, 1, 'send', { channel: 6 }),
    ];
    const s = sceneAt(indexTrace(events, 2), 5100);
    // Named receiver; without one, the first other process (older traces).
    expect(s.parcels).toEqual([{ from: 10, to: 12, progress: 0.25 }, { from: 10, to: 11, progress: 0.25 }]);
  });

  it('freezes the rail while a step runs too long (loop-blocked), with the chef still at the stove', () => {
    const idx = indexTrace([
      ev(0, 1, 1, 'thread-start', { name: 'MainThread' }),
      ev(0, 1, 1, 'gil-take', { switched: true }),
      ev(10, 1, 1, 'task-create', { task: 1, name: 'crunch' }),
      ev(10, 1, 1, 'task-create', { task: 2, name: 'Task-2' }),
      ev(20, 1, 1, 'task-step', { task: 1, line: 5 }),
      ev(300_020, 1, 1, 'task-step-end', { task: 1, awaits: 'sleep 0' }),
      ev(300_020, 1, 1, 'loop-blocked', { task: 1, micros: 300_000 }),
    ], 4);
    const s = sceneAt(idx, 150_000);
    expect(s.kitchens[0]!.cook).toBe('MainThread');
    expect(s.kitchens[0]!.railFrozen?.task).toBe('crunch');
    expect(s.caption).toContain('The whole rail is frozen: crunch made a blocking call inside a coroutine');
    expect(sceneAt(idx, 300_030).kitchens[0]!.railFrozen).toBeUndefined();
  });

  it('says several chefs are away at once, naming their kitchens when there are several', () => {
    const idx = indexTrace([
      ev(0, 10, 1, 'process-start', { name: 'MainProcess' }),
      ev(0, 10, 1, 'thread-start', { name: 'MainThread' }),
      ev(0, 10, 1, 'block', { what: 'sleep' }),
      ev(5, 11, 1, 'process-start', { name: 'Process-1' }),
      ev(5, 11, 1, 'thread-start', { name: 'MainThread' }),
      ev(5, 11, 1, 'block', { what: 'sleep' }),
    ], 2);
    expect(sceneAt(idx, 50).caption).toBe('MainThread of MainProcess and MainThread of Process-1 are away waiting for deliveries (time.sleep) at the same time: a waiting chef leaves the stove free, so their waits overlap.');
  });

  it('gives, on a long trace, the same scene as on the trace cut at that instant (the index looks only backwards)', () => {
    const events = syntheticTrace({ events: 50_000, processes: 2, threadsPerProcess: 4, switchMicros: 40 });
    const idx = indexTrace(events, 4);
    const end = events[events.length - 1]!.t;
    for (const f of [0.1, 0.37, 0.5, 0.81]) {
      const t = end * f;
      const cut = indexTrace(events.filter((e) => e.t <= t), 4);
      expect(sceneAt(idx, t)).toEqual(sceneAt(cut, t));
    }
  });
});
