// A finished run's heap and trace log go back to the pool and the next run uses them again
// (warm-pool.ts takeBuffer/giveBuffer): a released worker's isolate holds its references to
// a run's buffers until V8 collects its garbage, which an idle worker never does, so a new
// 256 MiB heap per run piled up committed address space. The reused heap must be cleared:
// the allocator and the collector rely on free memory being zero.

import { afterAll, beforeAll, expect, it } from 'vitest';
import { runShared, nodeWarmPool } from './run-shared-node.ts';
import { DEFAULT_CAP } from '../../vm/heap.ts';
import { traceLogBytes } from '../../trace/ring.ts';

beforeAll(async () => {
  await nodeWarmPool(4).whenLoaded();
}, 60_000);

afterAll(() => {
  nodeWarmPool().dispose();
});

// Threads that allocate (lists, big ints, strings) and a collection or more on the way.
const PROGRAM = `import threading
out = {}
def work(k):
    xs = [str(i * i * 10**12) for i in range(k * 3000)]
    out[k] = sum(len(x) for x in xs)
ts = [threading.Thread(target=work, args=(k,)) for k in range(1, 5)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(out.items()))
`;

/** What PROGRAM prints, computed here rather than by the engine. */
function expected(): string {
  const items: string[] = [];
  for (let k = 1; k <= 4; k++) {
    let n = 0;
    for (let i = 0; i < k * 3000; i++) n += String(BigInt(i) * BigInt(i) * 10n ** 12n).length;
    items.push(`(${k}, ${n})`);
  }
  return `[${items.join(', ')}]\n`;
}

it('a run ends with its heap and trace log in the pool; the next run on them prints the same', async () => {
  const pool = nodeWarmPool();
  const want = expected();
  const first = await runShared(PROGRAM, { filename: 'reuse.py', poolSize: 4, timeLimitMs: 60_000 });
  expect(first.stderr).toBe('');
  expect(first.stdout).toBe(want);
  const starts = (x: typeof first) => x.events.filter((e) => e.kind === 'thread-start').length;
  expect(starts(first)).toBe(5);
  const heap = pool.takeBuffer(DEFAULT_CAP);
  const trace = pool.takeBuffer(traceLogBytes(1_000_000));
  expect(heap).not.toBeNull();
  expect(trace).not.toBeNull();
  // The used part of the heap is not zero now: the next run must clear it.
  expect(new Int32Array(heap!, 0, 1 << 20).some((w) => w !== 0)).toBe(true);
  // A mark in the last word of each, where no run writes (above the heap's highest top,
  // the commit word of the log's last record): it tells the same memory when it comes back
  // (a buffer posted to a worker and back is a new object over the same memory).
  const last = (b: SharedArrayBuffer) => new Int32Array(b, b.byteLength - 4, 1);
  last(heap!)[0] = 0x5eed;
  last(trace!)[0] = 0x5eed;
  pool.giveBuffer(heap!);
  pool.giveBuffer(trace!);
  for (let i = 0; i < 3; i++) {
    const r = await runShared(PROGRAM, { filename: 'reuse.py', poolSize: 4, timeLimitMs: 60_000 });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(want);
    // The trace holds this run's events only: the same count as the first run's (the main
    // thread and four threads), none left over from the run before.
    expect(starts(r)).toBe(starts(first));
  }
  // The same memory went round again.
  expect(last(pool.takeBuffer(DEFAULT_CAP)!)[0]).toBe(0x5eed);
  expect(last(pool.takeBuffer(traceLogBytes(1_000_000))!)[0]).toBe(0x5eed);
}, 120_000);
