// Free-threaded mode on the shared platform (PEP 703): threads run in parallel on their
// workers with no GIL; list/dict/set stay consistent through their per-object locks while
// the collector stops the world. Expected output from python3 (__fixtures__/ft-stress.out).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { runShared, nodeWarmPool } from './run-shared-node.ts';

const fixture = (name: string) => readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8');

beforeAll(async () => {
  await nodeWarmPool(6).whenLoaded();
}, 60_000);

afterAll(() => {
  nodeWarmPool().dispose();
});

describe('free-threaded mode on the shared platform', () => {
  it('keeps one list, dict and set exact under four threads while the collector runs', async () => {
    // The threads allocate about 40 MB of garbage strings: under a 32 MiB cap the program
    // only finishes if collections (each a stop of the world) ran meanwhile.
    for (let i = 0; i < 3; i++) {
      const r = await runShared(fixture('ft-stress.py'), { filename: 'ft-stress.py', freeThreaded: true, heapCapBytes: 32 << 20, poolSize: 4, timeLimitMs: 120_000 });
      expect(r.stderr).toBe('');
      expect(r.stdout).toBe(fixture('ft-stress.out'));
      expect(r.exitCode).toBe(0);
      // No GIL: not one GIL event in the trace.
      expect(r.events.filter((e) => e.kind.startsWith('gil-')).length).toBe(0);
    }
  }, 400_000);

  it('keeps a Lock-protected read-call-write exact across four threads', async () => {
    const src = [
      'import threading',
      'total = 0',
      'lock = threading.Lock()',
      'def add_one(x):',
      '    return x + 1',
      'def work(n):',
      '    global total',
      '    for _ in range(n):',
      '        with lock:',
      '            total = add_one(total)',
      'ts = [threading.Thread(target=work, args=(5000,)) for _ in range(4)]',
      'for t in ts: t.start()',
      'for t in ts: t.join()',
      'print(total)',
      '',
    ].join('\n');
    const r = await runShared(src, { filename: 'locked.py', freeThreaded: true, poolSize: 4, timeLimitMs: 120_000 });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('20000\n'); // python3: 20000
  }, 200_000);

  it('keeps collections.deque exact when threads append and popleft at once', async () => {
    // CPython's deque is C, atomic per operation (a critical section in the free-threaded
    // build); ours keeps its items in a native ring for the same reason. When the deque was
    // Python code, four appending threads lost about 8% of their items free-threaded
    // (183,305 of 200,000), and the GIL run below ended with a None in the deque.
    const src = [
      'import sys, threading',
      'from collections import deque',
      'd = deque()',
      'N = 20_000',
      'def producer():',
      '    for i in range(N):',
      '        d.append(i)',
      'def consumer(out):',
      '    got = 0',
      '    while got < N:',
      '        try:',
      '            d.popleft()',
      '            got += 1',
      '        except IndexError:',
      '            pass',
      '    out.append(got)',
      'ts = [threading.Thread(target=producer) for _ in range(4)]',
      'for t in ts: t.start()',
      'for t in ts: t.join()',
      'print(len(d), sum(d) == 4 * sum(range(N)))',
      'out = []',
      'cs = [threading.Thread(target=consumer, args=(out,)) for _ in range(2)]',
      'for t in cs: t.start()',
      'for t in cs: t.join()',
      'print(sum(out), len(d))',
      'print(sys._is_gil_enabled())',
      '',
    ].join('\n');
    for (const freeThreaded of [true, false]) {
      const r = await runShared(src, { filename: 'deque.py', freeThreaded, poolSize: 6, timeLimitMs: 120_000 });
      expect(r.stderr).toBe('');
      // python3.11 prints the first two lines (it has no sys._is_gil_enabled; 3.13 prints True).
      expect(r.stdout).toBe(`80000 True\n40000 40000\n${freeThreaded ? 'False' : 'True'}\n`);
    }
  }, 200_000);
});
