// The restaurant for the guide's six examples (public/examples/01..06), end to end: each program
// runs on the virtual platform (fixed seed, 4 cores), and the scene model is asked about three
// instants picked from the trace by what they mean ("both workers sleep while MainThread joins",
// "the loop runs a coroutine that called time.sleep"). The expectations come from what each
// program does and from CPython's naming (checked with python3: `Thread-1 (print_numbers)`,
// `ThreadPoolExecutor-0_0`, `Process-1`, `SpawnProcess-1` under the spawn start method, and
// `Task-3` for the first compute_square of example 06), not from a run of our engine.
// Printed ids (threading.get_ident(), os.getpid()) tie the chefs to the program's own output.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { runVirtual } from '../../engine/virtual/run-virtual.ts';
import '../../engine/python-entry.ts';
import type { TraceEvent } from '../../trace/schema';
import { indexTrace, sceneAt, type Chef, type Kitchen, type Scene } from './scene-model';

const CORES = 4;
const SEED = 1;

function runExample(file: string): { events: TraceEvent[]; stdout: string; at: (t: number) => Scene } {
  const source = readFileSync(new URL(`../../../public/examples/${file}`, import.meta.url), 'utf8');
  const r = runVirtual(source, { filename: 'main.py', seed: SEED, cores: CORES });
  expect(r.stderr).toBe('');
  expect(r.exitCode).toBe(0);
  const index = indexTrace(r.events, CORES);
  return { events: r.events, stdout: r.stdout, at: (t) => sceneAt(index, t) };
}

/** The first event (at or after index `from`) that matches. */
function first(events: readonly TraceEvent[], pred: (e: TraceEvent) => boolean, after = -Infinity): TraceEvent {
  const e = events.find((x) => x.t > after && pred(x));
  if (e === undefined) throw new Error('no such event in the trace');
  return e;
}

const mid = (a: TraceEvent, b: TraceEvent): number => (a.t + b.t) / 2;

function kitchen(s: Scene, name: string): Kitchen {
  const k = s.kitchens.find((x) => x.name === name);
  if (k === undefined) throw new Error(`no kitchen ${name} at t=${s.t}: ${s.kitchens.map((x) => x.name).join(', ')}`);
  return k;
}

function chef(k: Kitchen, name: string): Chef {
  const c = k.chefs.find((x) => x.name === name);
  if (c === undefined) throw new Error(`no chef ${name} in ${k.name}: ${k.chefs.map((x) => x.name).join(', ')}`);
  return c;
}

/** name → place (and what it waits for), for one kitchen: one readable comparison. */
function places(k: Kitchen): Record<string, string> {
  return Object.fromEntries(k.chefs.map((c) => [c.name, c.waitingFor === undefined || c.place === 'queue' || c.place === 'stove' ? c.place : `${c.place}/${c.waitingFor}`]));
}

const isBlock = (what: string) => (e: TraceEvent): boolean => e.kind === 'block' && e.what === what;
const isUnblock = (what: string) => (e: TraceEvent): boolean => e.kind === 'unblock' && e.what === what;

const AWAY_TWO = (a: string, b: string): string =>
  `${a} and ${b} are away waiting for deliveries (time.sleep) at the same time: a waiting chef leaves the stove free, so their waits overlap.`;
const GIL_SWITCH = (who: string): string => `The stove changes hands: ${who} now cooks (a GIL switch).`;
const PARALLEL = (n: number): string =>
  `${n} kitchens are cooking at the same time: each process has its own stove (its own GIL), so processes run in parallel on the ${CORES} cores.`;
const FROZEN = (task: string): string =>
  `The whole rail is frozen: ${task} made a blocking call inside a coroutine, so the event loop cannot switch to any other ticket until it returns.`;

describe('the restaurant for the guide examples, on the virtual platform', () => {
  it('01 threading.Thread: two named chefs share one stove, sleep side by side, finish in turn', () => {
    const { events, stdout, at } = runExample('01_threading_thread.py');
    const T1 = 'Thread-1 (print_numbers)';
    const T2 = 'Thread-2 (print_numbers)';
    const start1 = first(events, (e) => e.kind === 'thread-start' && e.name === T1);
    const start2 = first(events, (e) => e.kind === 'thread-start' && e.name === T2);
    // Each worker prints its own get_ident() five times: those are the two chefs' tids.
    const printed = [...stdout.matchAll(/TID:(\d+): (\d)/g)].map((m) => Number(m[1]));
    expect(printed).toHaveLength(10);
    expect(new Set(printed)).toEqual(new Set([start1.tid, start2.tid]));

    // 1. Thread-2 has just been created. Thread-1 ran first (start() waits until the new thread
    //    has started) up to its first time.sleep, so it is away and MainThread took the stove
    //    back from it to call thread2.start(); Thread-2 queues for the stove.
    const a = at(start2.t);
    expect(a.mode).toBe('threads');
    expect(a.kitchens.map((k) => k.name)).toEqual(['MainProcess']);
    const ka = a.kitchens[0]!;
    expect(places(ka)).toEqual({ MainThread: 'stove', [T1]: 'away/sleep', [T2]: 'queue' });
    expect(ka.lit).toBe(true);
    expect(ka.cook).toBe('MainThread');
    expect(chef(ka, T2).queuePos).toBe(0);
    expect(a.caption).toBe(GIL_SWITCH('MainThread'));

    // 2. MainThread waits in thread1.join() while both workers are in their first 0.2 s sleep:
    //    nobody cooks, the two waits overlap.
    const join1 = first(events, (e) => e.tid === 1 && isBlock('join')(e));
    const wake = first(events, isUnblock('sleep'), join1.t);
    const tb = mid(join1, wake);
    expect(tb).toBeLessThan(200_000);
    const kb = at(tb).kitchens[0]!;
    expect(places(kb)).toEqual({ MainThread: 'pantry/join', [T1]: 'away/sleep', [T2]: 'away/sleep' });
    expect(kb.lit).toBe(false);
    expect(at(tb).caption).toBe(AWAY_TWO(T1, T2));

    // 3. Thread-1 (which started sleeping before Thread-2 existed) has finished its five 0.2 s
    //    rounds; MainThread moved on to thread2.join() while Thread-2 still sleeps its last round.
    const end1 = first(events, (e) => e.kind === 'thread-end' && e.tid === start1.tid);
    expect(end1.t).toBeGreaterThanOrEqual(1_000_000);
    expect(end1.t).toBeLessThan(first(events, (e) => e.kind === 'thread-end' && e.tid === start2.tid).t);
    const join2 = first(events, (e) => e.tid === 1 && isBlock('join')(e), end1.t);
    const wake2 = first(events, (e) => e.tid === start2.tid && isUnblock('sleep')(e), join2.t);
    const c = at(mid(join2, wake2));
    expect(places(c.kitchens[0]!)).toEqual({ MainThread: 'pantry/join', [T1]: 'done', [T2]: 'away/sleep' });
    expect(c.caption).toBe(`${T2} is away waiting for a delivery (time.sleep): it left the stove free for others.`);
  });

  it('02 ThreadPoolExecutor: the pool\'s chefs take turns at the stove while MainThread waits for a result', () => {
    const { events, stdout, at } = runExample('02_thread_pool_executor.py');
    const W0 = 'ThreadPoolExecutor-0_0';
    const W1 = 'ThreadPoolExecutor-0_1';
    const w0 = first(events, (e) => e.kind === 'thread-start' && e.name === W0);
    const w1 = first(events, (e) => e.kind === 'thread-start' && e.name === W1);
    const printed = [...stdout.matchAll(/TID:(\d+): (\d)/g)].map((m) => Number(m[1]));
    expect(printed).toHaveLength(10);
    expect(new Set(printed)).toEqual(new Set([w0.tid, w1.tid]));

    // 1. The second submit() started the pool's second thread, which now takes the stove for
    //    the first time; the first one is already in its sleep, MainThread queues to go on.
    const take = first(events, (e) => e.kind === 'gil-take' && e.tid === w1.tid);
    const a = at(take.t);
    const ka = a.kitchens[0]!;
    expect(places(ka)).toEqual({ MainThread: 'queue', [W0]: 'away/sleep', [W1]: 'stove' });
    expect(ka.cook).toBe(W1);
    expect(a.caption).toBe(GIL_SWITCH(W1));

    // 2. future1.result(): MainThread waits for a future while both pool threads sleep.
    const wait = first(events, (e) => e.tid === 1 && isBlock('future')(e));
    const wake = first(events, isUnblock('sleep'), wait.t);
    const b = at(mid(wait, wake));
    expect(places(b.kitchens[0]!)).toEqual({ MainThread: 'pantry/future', [W0]: 'away/sleep', [W1]: 'away/sleep' });
    expect(b.kitchens[0]!.lit).toBe(false);
    expect(b.caption).toBe(AWAY_TWO(W0, W1));

    // 3. Leaving the with block joined both pool threads: when the last one exits, it hands the
    //    stove to MainThread, alone again.
    const ends = events.filter((e) => e.kind === 'thread-end' && (e.tid === w0.tid || e.tid === w1.tid));
    expect(ends).toHaveLength(2);
    const c = at(ends[1]!.t);
    expect(places(c.kitchens[0]!)).toEqual({ MainThread: 'stove', [W0]: 'done', [W1]: 'done' });
    expect(c.caption).toBe(GIL_SWITCH('MainThread'));
  });

  it('03 multiprocessing.Process: two kitchens cook at once, sleep at once, then only MainProcess is left', () => {
    const { events, stdout, at } = runExample('03_multiprocessing_process.py');
    const p1 = first(events, (e) => e.kind === 'process-start' && e.name === 'Process-1');
    const p2 = first(events, (e) => e.kind === 'process-start' && e.name === 'Process-2');
    // Each child prints its os.getpid(): the kitchens' pids.
    expect(new Set([...stdout.matchAll(/PID:(\d+): \d/g)].map((m) => Number(m[1])))).toEqual(new Set([p1.pid, p2.pid]));

    // 1. Process-2 prints its first line after its first 0.3 s sleep; Process-1 slept just as
    //    long from the same moment, so both kitchens cook at once, each at its own stove.
    const print2 = first(events, (e) => e.kind === 'print' && e.pid === p2.pid);
    expect(print2.t).toBeGreaterThanOrEqual(300_000);
    expect(String(print2.text)).toContain(`PID:${p2.pid}: 1`);
    const a = at(print2.t);
    expect(a.mode).toBe('processes');
    expect(a.kitchens.map((k) => k.name)).toEqual(['MainProcess', 'Process-1', 'Process-2']);
    expect(places(kitchen(a, 'MainProcess'))).toEqual({ MainThread: 'pantry/join' });
    for (const name of ['Process-1', 'Process-2']) {
      expect(places(kitchen(a, name))).toEqual({ MainThread: 'stove' });
      expect(kitchen(a, name).lit).toBe(true);
    }
    expect(a.caption).toBe(PARALLEL(2));

    // 2. Halfway through the first sleep: both children away, no stove lit, MainThread joins.
    const sleep1 = first(events, (e) => e.pid === p1.pid && isBlock('sleep')(e));
    const b = at(mid(sleep1, first(events, (e) => e.pid === p1.pid && isUnblock('sleep')(e), sleep1.t)));
    expect(b.kitchens.every((k) => !k.lit)).toBe(true);
    expect(places(kitchen(b, 'Process-1'))).toEqual({ MainThread: 'away/sleep' });
    expect(places(kitchen(b, 'Process-2'))).toEqual({ MainThread: 'away/sleep' });
    expect(b.caption).toBe(AWAY_TWO('MainThread of Process-1', 'MainThread of Process-2'));

    // 3. Both children have exited (five rounds of 0.3 s): their kitchens are closed and
    //    MainThread, past both joins, cooks alone.
    const ends = events.filter((e) => e.kind === 'process-end' && (e.pid === p1.pid || e.pid === p2.pid));
    expect(ends).toHaveLength(2);
    const last = Math.max(...ends.map((e) => e.t));
    expect(last).toBeGreaterThanOrEqual(1_500_000);
    const c = at(last);
    expect(c.kitchens.map((k) => k.name)).toEqual(['MainProcess']);
    expect(places(c.kitchens[0]!)).toEqual({ MainThread: 'stove' });
    expect(c.caption).toBe('MainThread cooks at the stove.');
  });

  it('04 ProcessPoolExecutor: work travels as parcels, two worker kitchens cook in parallel, then sleep', () => {
    const { events, stdout, at } = runExample('04_process_pool_executor.py');
    const main = first(events, (e) => e.kind === 'process-start' && e.name === 'MainProcess');
    const s1 = first(events, (e) => e.kind === 'process-start' && e.name === 'SpawnProcess-1');
    const s2 = first(events, (e) => e.kind === 'process-start' && e.name === 'SpawnProcess-2');
    expect(new Set([...stdout.matchAll(/PID:(\d+): \d/g)].map((m) => Number(m[1])))).toEqual(new Set([s1.pid, s2.pid]));

    // 0. submit() first wakes the pool's manager thread through a pipe inside MainProcess:
    //    that message stays in one kitchen, so no parcel flies.
    const wakeup = first(events, (e) => e.kind === 'send' && e.pid === main.pid && e.tid === 1);
    const wokeUp = first(events, (e) => e.kind === 'recv' && e.msg === wakeup.msg);
    expect(wokeUp.pid).toBe(main.pid);
    expect(at(mid(wakeup, wokeUp)).parcels).toEqual([]);

    // 1. A submitted call on its way from MainProcess to a worker: a parcel between kitchens,
    //    and none from a kitchen to itself.
    const recv = first(events, (e) => e.kind === 'recv' && e.pid === s1.pid);
    const send = first(events, (e) => e.kind === 'send' && e.msg === recv.msg);
    expect(send.pid).toBe(main.pid);
    const a = at(mid(send, recv));
    expect(a.parcels.some((p) => p.from === main.pid && p.to === s1.pid && p.progress > 0 && p.progress < 1)).toBe(true);
    expect(a.parcels.every((p) => p.from !== p.to)).toBe(true);

    // 2. Each worker has taken its call off the queue and runs it up to its first sleep:
    //    from the later of the two takes, both worker kitchens are lit at once.
    const took = Math.max(...[s1, s2].map((p) => first(events, (e) => e.kind === 'recv' && e.pid === p.pid).t));
    const slept = Math.min(...[s1, s2].map((p) => first(events, (e) => e.pid === p.pid && isBlock('sleep')(e)).t));
    expect(took).toBeLessThan(slept);
    const b = at(took);
    for (const name of ['SpawnProcess-1', 'SpawnProcess-2']) {
      expect(kitchen(b, name).lit).toBe(true);
      expect(kitchen(b, name).cook).toBe('MainThread');
    }
    // Leaving the with block, MainThread waits in shutdown() for the pool.
    expect(chef(kitchen(b, 'MainProcess'), 'MainThread').place).toBe('pantry');
    expect(b.caption).toBe(PARALLEL(b.kitchens.filter((k) => k.lit).length));

    // 3. Halfway through SpawnProcess-1's first 0.1 s sleep both workers are away.
    const sleep1 = first(events, (e) => e.pid === s1.pid && isBlock('sleep')(e));
    const c = at(mid(sleep1, first(events, (e) => e.pid === s1.pid && isUnblock('sleep')(e), sleep1.t)));
    expect(places(kitchen(c, 'SpawnProcess-1'))).toEqual({ MainThread: 'away/sleep' });
    expect(places(kitchen(c, 'SpawnProcess-2'))).toEqual({ MainThread: 'away/sleep' });
    expect(chef(kitchen(c, 'MainProcess'), 'MainThread')).toMatchObject({ place: 'pantry', waitingFor: 'join' });
    expect(c.caption).toBe(AWAY_TWO('MainThread of SpawnProcess-1', 'MainThread of SpawnProcess-2'));
  });

  it('05 processes with thread pools: a pool of three chefs in each worker kitchen', () => {
    const { events, stdout, at } = runExample('05_processes_with_thread_pools.py');
    const POOL = ['ThreadPoolExecutor-0_0', 'ThreadPoolExecutor-0_1', 'ThreadPoolExecutor-0_2'];
    const lines = [...stdout.matchAll(/PID: (\d+), TID: (\d+), compute_square\((\d)\) = (\d+)/g)]
      .map((m) => ({ pid: Number(m[1]), tid: Number(m[2]), n: Number(m[3]), sq: Number(m[4]) }));
    expect(lines.map((l) => l.n).sort()).toEqual([1, 2, 3, 4, 5, 6]);
    expect(lines.every((l) => l.sq === l.n * l.n)).toBe(true);
    const line = (n: number) => lines.find((l) => l.n === n)!;
    // A chunk is one process_task call: one worker process computes all of 4, 5, 6.
    expect(line(5).pid).toBe(line(4).pid);
    expect(line(6).pid).toBe(line(4).pid);
    const nameOfPid = (pid: number): string => String(first(events, (e) => e.kind === 'process-start' && e.pid === pid).name);
    const k456 = nameOfPid(line(4).pid);
    expect(['SpawnProcess-1', 'SpawnProcess-2']).toContain(k456);
    const printOf = (n: number): TraceEvent => first(events, (e) => e.kind === 'print' && String(e.text).includes(`compute_square(${n})`));

    // 1. compute_square(4) prints: the first pool thread of its kitchen cooks (the printed TID
    //    is its chef), while that kitchen's MainThread, still submitting 5 and 6, queues for
    //    the same stove; the other worker kitchen is busy too.
    const a = at(printOf(4).t);
    const ka = kitchen(a, k456);
    expect(ka.cook).toBe(POOL[0]);
    expect(chef(ka, POOL[0]!).tid).toBe(line(4).tid);
    expect(chef(ka, 'MainThread').place).toBe('queue');
    expect(a.caption).toBe(PARALLEL(2));
    expect(a.kitchens.filter((k) => k.lit).map((k) => k.name).sort()).toEqual(['SpawnProcess-1', 'SpawnProcess-2']);

    // 2. All six squares are printed and their threads sleep 0.5 s at once, in two kitchens,
    //    while each worker's MainThread waits at the end of its with block.
    const mainPid = first(events, (e) => e.kind === 'process-start' && e.name === 'MainProcess').pid;
    const pool = (e: TraceEvent): boolean => e.pid !== mainPid && e.tid !== 1;
    const sleeps = events.filter((e) => pool(e) && isBlock('sleep')(e));
    expect(sleeps).toHaveLength(6);
    const lastSleep = sleeps[5]!;
    const b = at(mid(lastSleep, first(events, isUnblock('sleep'), lastSleep.t)));
    for (const name of ['SpawnProcess-1', 'SpawnProcess-2']) {
      expect(places(kitchen(b, name))).toEqual({
        MainThread: 'pantry/join', [POOL[0]!]: 'away/sleep', [POOL[1]!]: 'away/sleep', [POOL[2]!]: 'away/sleep',
      });
    }
    expect(b.caption).toBe('6 chefs are away waiting for deliveries (time.sleep) at the same time: a waiting chef leaves the stove free, so their waits overlap.');

    // 3. compute_square(6) prints: the third pool thread cooks; the two others of its kitchen
    //    already printed and sleep.
    const c = at(printOf(6).t);
    const kc = kitchen(c, k456);
    expect(kc.cook).toBe(POOL[2]);
    expect(chef(kc, POOL[2]!).tid).toBe(line(6).tid);
    expect(chef(kc, POOL[0]!)).toMatchObject({ place: 'away', waitingFor: 'sleep', tid: line(4).tid });
    expect(chef(kc, POOL[1]!)).toMatchObject({ place: 'away', waitingFor: 'sleep', tid: line(5).tid });
  });

  it('06 asyncio with a blocking time.sleep: one chef, a rail of tickets, frozen by each sleep', () => {
    const { events, stdout, at } = runExample('06_asyncio_gather_blocking_sleep.py');
    expect(stdout.split('\n').filter((l) => l.startsWith('PID')).map((l) => l.replace(/^PID: \d+, TID: \d+, /, '')))
      .toEqual([1, 2, 3, 4, 5, 6].map((n) => `compute_square(${n}) = ${n * n}`));
    const taskId = (name: string): number => Number(first(events, (e) => e.kind === 'task-create' && e.name === name).task);
    const rail = (s: Scene): string[] => s.kitchens[0]!.rail.map((r) => `${r.name}:${r.state}`);
    // gather wraps the two process_task coroutines as Task-1 and Task-2; each of them gathers
    // its three compute_square coroutines: Task-3..5 and Task-6..8 (python3 names them so).

    // 1. The loop runs compute_square(1) (Task-3), which calls time.sleep(0.5) at line 10:
    //    the one chef is away and the whole rail is frozen.
    const step3 = first(events, (e) => e.kind === 'task-step' && e.task === taskId('Task-3'));
    const sleep1 = first(events, isBlock('sleep'), step3.t - 1);
    const a = at(mid(sleep1, first(events, isUnblock('sleep'), sleep1.t)));
    expect(a.mode).toBe('asyncio');
    expect(a.kitchens.map((k) => k.name)).toEqual(['MainProcess']);
    expect(places(a.kitchens[0]!)).toEqual({ MainThread: 'away/sleep' });
    expect(rail(a)).toEqual(['Task-1:waiting', 'Task-2:waiting', 'Task-3:cooking', 'Task-4:ready', 'Task-5:ready', 'Task-6:ready', 'Task-7:ready', 'Task-8:ready']);
    expect(a.kitchens[0]!.rail[0]!.awaits).toBe('gather of 3');
    expect(a.kitchens[0]!.railFrozen).toEqual({ task: 'Task-3', line: 10 });
    expect(a.caption).toBe(FROZEN('Task-3'));

    // 2. 0.5 s later Task-3 is served and the loop takes the next ticket, Task-4; the chef is
    //    back at the stove for the moment before its own time.sleep.
    const step4 = first(events, (e) => e.kind === 'task-step' && e.task === taskId('Task-4'));
    expect(step4.t).toBeGreaterThanOrEqual(500_000);
    const b = at(step4.t);
    expect(places(b.kitchens[0]!)).toEqual({ MainThread: 'stove' });
    expect(rail(b)).toEqual(['Task-1:waiting', 'Task-2:waiting', 'Task-4:cooking', 'Task-5:ready', 'Task-6:ready', 'Task-7:ready', 'Task-8:ready']);
    expect(b.kitchens[0]!.railFrozen).toBeUndefined();
    expect(b.caption).toBe('The chef works on Task-4; Task-1, Task-2 wait on the rail. asyncio switches tickets only at an await.');

    // 3. The last square, compute_square(6) (Task-8), sleeps after five 0.5 s sleeps in a row:
    //    only it and the two gathering tasks are left on the rail, frozen again.
    const step8 = first(events, (e) => e.kind === 'task-step' && e.task === taskId('Task-8'));
    expect(step8.t).toBeGreaterThanOrEqual(2_500_000);
    const sleep6 = first(events, isBlock('sleep'), step8.t - 1);
    const c = at(mid(sleep6, first(events, isUnblock('sleep'), sleep6.t)));
    expect(places(c.kitchens[0]!)).toEqual({ MainThread: 'away/sleep' });
    expect(rail(c)).toEqual(['Task-1:waiting', 'Task-2:waiting', 'Task-8:cooking']);
    expect(c.caption).toBe(FROZEN('Task-8'));
  });
});
