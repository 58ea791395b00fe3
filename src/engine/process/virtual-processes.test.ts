import { describe, expect, it } from 'vitest';
import '../python-entry';
import { runVirtual } from '../virtual/run-virtual';

const PROGRAM = `
import multiprocessing as mp
import os, sys

def child(q, code):
    q.put((os.getpid(), os.getppid()))
    sys.exit(code)

if __name__ == '__main__':
    q = mp.Queue()
    ps = [mp.Process(target=child, args=(q, c)) for c in (0, 3)]
    for p in ps:
        p.start()
    got = sorted(q.get() for _ in ps)
    for p in ps:
        p.join()
    print(len({pid for pid, _ in got}), all(ppid == os.getpid() for _, ppid in got))
    print([p.exitcode for p in ps], os.getpid() not in [pid for pid, _ in got])
`;

describe('processes on the virtual platform', () => {
  it('runs children on their own heaps, with pids, exit codes and trace events', () => {
    const r = runVirtual(PROGRAM, { filename: 'prog.py' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('2 True\n[0, 3] True\n');
    const starts = r.events.filter((e) => e.kind === 'process-start');
    const ends = r.events.filter((e) => e.kind === 'process-end');
    expect(starts.map((e) => e.name)).toEqual(['MainProcess', 'Process-1', 'Process-2']);
    expect(ends.map((e) => e.exitCode).sort()).toEqual([0, 0, 3]);
    const sends = r.events.filter((e) => e.kind === 'send');
    const recvs = r.events.filter((e) => e.kind === 'recv');
    expect(sends).toHaveLength(2);
    // Each receive names the message its send made, and happens later, in another process.
    for (const rv of recvs) {
      const s = sends.find((x) => x.msg === rv.msg)!;
      expect(s.channel).toBe(rv.channel);
      expect(s.pid).not.toBe(rv.pid);
      expect(s.t).toBeLessThanOrEqual(rv.t);
    }
  });

  it('is deterministic: the same seed gives the same trace', () => {
    const a = runVirtual(PROGRAM, { filename: 'prog.py', seed: 3 });
    const b = runVirtual(PROGRAM, { filename: 'prog.py', seed: 3 });
    expect(JSON.stringify(a.events)).toBe(JSON.stringify(b.events));
  });

  it('terminates a child stuck in a wait inside a callback', () => {
    const src = `
import multiprocessing as mp
import time

def stuck(q):
    sorted(q.get() for _ in range(2))

if __name__ == '__main__':
    q = mp.Queue()
    p = mp.Process(target=stuck, args=(q,))
    p.start()
    time.sleep(0.5)
    p.terminate()
    p.join()
    print(p.exitcode)
`;
    const r = runVirtual(src, { filename: 'stuck.py' });
    expect(r.stdout).toBe('-15\n');
    expect(r.outcome).toBe('done');
  });
});
