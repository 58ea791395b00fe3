// asyncio on the virtual platform, end to end: the guide's example (time.sleep inside six
// coroutines) prints python3's output and its trace shows the loop blocked by each step in
// turn; with `await asyncio.sleep` instead, the loop idles while all tasks wait at once.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { runVirtual } from './run-virtual.ts';
import { buildModel } from '../../trace/intervals.ts';
import '../python-entry.ts';

const GUIDE = readFileSync(new URL('../../../public/examples/06_asyncio_gather_blocking_sleep.py', import.meta.url), 'utf8');

describe('asyncio traced on the virtual platform', () => {
  it('runs the guide example: six blocking steps, one after another', () => {
    const r = runVirtual(GUIDE, { filename: 'main.py', seed: 1 });
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toBe('');
    const results = r.stdout.split('\n').filter((l) => l.startsWith('PID'));
    expect(results.map((l) => l.replace(/^PID: \d+, TID: \d+, /, ''))).toEqual([1, 2, 3, 4, 5, 6].map((n) => `compute_square(${n}) = ${n * n}`));
    const m = buildModel(r.events);
    // Two process_task tasks (gathered by run_until_complete) and six compute_square tasks.
    expect(m.tasks).toHaveLength(8);
    expect(m.tasks.every((k) => k.outcome === 'result')).toBe(true);
    const blocked = m.loopBlocked!;
    expect(blocked).toHaveLength(6);
    for (let i = 0; i < 6; i++) {
      expect(blocked[i]!.end - blocked[i]!.start).toBeGreaterThanOrEqual(500_000);
      if (i > 0) expect(blocked[i]!.start).toBeGreaterThanOrEqual(blocked[i - 1]!.end - 1);
    }
    // Tasks 1-2 run process_task, 3-8 compute_square. Each compute_square runs one step
    // from line 6 (`async def`), for 0.5 s, in creation order.
    const squares = m.tasks.slice(2);
    expect(squares.map((k) => k.segments.map((s) => [s.state, s.line, Math.round((s.end - s.start) / 1e5)]))).toEqual(
      Array.from({ length: 6 }, () => [['running', 6, 5]]));
    const starts = squares.map((k) => k.segments[0]!.start);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
    // process_task awaits the gather of its three coroutines at line 21 meanwhile.
    const outer = m.tasks.slice(0, 2);
    expect(outer.map((k) => k.segments.filter((s) => s.state === 'awaiting').map((s) => [s.awaits, s.line]))).toEqual([
      [['gather of 3', 21]], [['gather of 3', 21]],
    ]);
  });

  it('with await asyncio.sleep the tasks wait together and the loop idles', () => {
    const src = GUIDE.replace('time.sleep(0.5)', 'await asyncio.sleep(0.5)');
    const r = runVirtual(src, { filename: 'main.py', seed: 1 });
    expect(r.exitCode).toBe(0);
    const m = buildModel(r.events);
    expect(m.loopBlocked).toEqual([]);
    expect(m.loopIdle!.length).toBeGreaterThanOrEqual(1);
    expect(Math.max(...m.loopIdle!.map((s) => s.end - s.start))).toBeGreaterThan(400_000);
    const awaits = m.tasks.flatMap((k) => k.segments.filter((s) => s.state === 'awaiting').map((s) => s.awaits));
    expect(awaits.filter((a) => a === 'sleep 0.5')).toHaveLength(6);
    // The whole run takes about one 0.5 s sleep, not six.
    expect(m.end - m.start).toBeLessThan(1_000_000);
  });
});
