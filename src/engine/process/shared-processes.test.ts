// Processes on the shared platform, end to end in Node worker_threads: each child a new
// SharedArrayBuffer heap with its own workers, channels and the process table in the
// run's registry buffer, the trace written by every process into the run's log.

import { afterAll, describe, expect, it } from 'vitest';
import { runShared, nodeWarmPool } from '../shared/run-shared-node.ts';

const PROGRAM = `
import multiprocessing as mp
import os, sys, time

def child(q, code):
    q.put((os.getpid(), os.getppid()))
    sys.exit(code)

def sleepy():
    time.sleep(30)

if __name__ == '__main__':
    q = mp.Queue()
    ps = [mp.Process(target=child, args=(q, c)) for c in (0, 3)]
    for p in ps:
        p.start()
    got = sorted(q.get() for _ in ps)
    for p in ps:
        p.join()
    print(len({pid for pid, _ in got}), all(ppid == os.getpid() for _, ppid in got))
    print([p.exitcode for p in ps])
    s = mp.Process(target=sleepy)
    s.start()
    s.terminate()
    s.join()
    print(s.exitcode)
`;

afterAll(() => nodeWarmPool().dispose());

describe('processes on the shared platform', () => {
  it('runs children on heaps of their own, with exit codes, terminate and trace events', async () => {
    const r = await runShared(PROGRAM, { filename: 'prog.py', timeLimitMs: 120_000, poolSize: 2 });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('2 True\n[0, 3]\n-15\n');
    expect(r.exitCode).toBe(0);
    const starts = r.events.filter((e) => e.kind === 'process-start');
    expect(starts.map((e) => e.name)).toEqual(['MainProcess', 'Process-1', 'Process-2', 'Process-3']);
    const ends = r.events.filter((e) => e.kind === 'process-end').map((e) => e.exitCode);
    expect(ends.sort()).toEqual([-15, 0, 0, 3]);
    const sends = r.events.filter((e) => e.kind === 'send');
    for (const rv of r.events.filter((e) => e.kind === 'recv')) {
      const s = sends.find((x) => x.msg === rv.msg);
      expect(s?.channel).toBe(rv.channel);
      expect(s?.pid).not.toBe(rv.pid);
    }
    expect(sends.length).toBeGreaterThanOrEqual(2);
  }, 180_000);
});
