// The live trace of the virtual platform (run-virtual.ts `onEvents`): delivered during the
// run in time-ordered batches that never go back in time, and together exactly the trace the
// run returns, which is the trace a run without a live stream returns.
import { describe, expect, it } from 'vitest';
import '../python-entry.ts';
import { runVirtual } from './run-virtual.ts';
import type { TraceEvent } from '../../trace/schema.ts';

const PROGRAMS: Record<string, string> = {
  'sleeping threads and a join': `
import threading, time
def work(n):
    for i in range(3):
        print(n, i)
        time.sleep(0.01 * n)
ts = [threading.Thread(target=work, args=(k,)) for k in (1, 2, 3)]
for t in ts: t.start()
for t in ts: t.join()
print("done")
`,
  'CPU-bound threads and a lock': `
import threading
lock = threading.Lock()
total = 0
def spin():
    global total
    for i in range(3000):
        with lock:
            total += 1
ts = [threading.Thread(target=spin) for _ in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(total)
`,
};

describe('runVirtual onEvents', () => {
  for (const [name, src] of Object.entries(PROGRAMS)) {
    it(`streams the whole trace in order: ${name}`, () => {
      const batches: TraceEvent[][] = [];
      const live = runVirtual(src, { filename: 'main.py', seed: 3, onEvents: (b) => batches.push(b), liveIntervalMs: 0 });
      const whole = runVirtual(src, { filename: 'main.py', seed: 3 });
      expect(live.exitCode).toBe(0);
      expect(batches.length).toBeGreaterThan(2);
      const streamed = batches.flat();
      for (let i = 1; i < streamed.length; i++) expect(streamed[i]!.t).toBeGreaterThanOrEqual(streamed[i - 1]!.t);
      expect(streamed).toEqual(live.events);
      expect(streamed).toEqual(whole.events);
    });
  }

  it('gives prints and waits the line of the program, not of the library', () => {
    const r = runVirtual(PROGRAMS['sleeping threads and a join']!, { filename: 'main.py', seed: 1 });
    expect(r.events.filter((e) => e.kind === 'print').map((e) => e.line)).toContain(5);
    // MainThread waits in Thread.join, inside threading.py; its line is the program's t.join().
    const join = r.events.find((e) => e.kind === 'block' && e.what === 'join');
    expect(join?.line).toBe(9);
  });
});
