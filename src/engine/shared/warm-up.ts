// Warming a fresh worker before it is needed: run a small Python program on a private heap.
//
// Measured: the first Python thread a fresh worker runs spends ~200 ms before its first
// lock acquire (V8 compiling the interpreter's functions on first call, per-worker caches
// filling), where a warm worker takes ~1 ms. Doing that work while the worker waits in the
// reserve keeps it off Thread.start()'s latency. The program touches what a thread's
// bootstrap does (classes, methods, with-blocks, dicts, f-strings, exceptions).

import { runProgram } from '../../vm/run.ts';
import type { Host, Micros } from '../../vm/host.ts';

const WARMUP = `
class Box:
    def __init__(self, v):
        self.v = v
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return False
    def get(self):
        return self.v
d = {}
total = 0
for i in range(300):
    with Box(i) as b:
        d[f"k{i}"] = b.get()
    try:
        if i % 50 == 0:
            raise ValueError(i)
    except ValueError as e:
        total += len(str(e))
    total += sum(x for x in range(3))
items = sorted(d.items(), key=lambda kv: kv[1])
`;

export function warmUp(): void {
  const host: Host = {
    write: () => {},
    now: () => Math.round(performance.now() * 1000) as Micros,
    epochSeconds: Date.now() / 1000,
    readLine: () => null,
    environ: {},
    argv: ['<warm-up>'],
  };
  try {
    runProgram(WARMUP, { filename: '<warm-up>', host });
  } catch {
    // A warm-up that fails only leaves the worker cold.
  }
}
