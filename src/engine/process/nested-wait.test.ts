import { describe, expect, it } from 'vitest';
import '../python-entry';
import { runVirtual } from '../virtual/run-virtual';

describe('waits inside callbacks on the virtual platform', () => {
  it('lets list() consume a generator that blocks, while other threads run', () => {
    const src = `
from concurrent.futures import ThreadPoolExecutor
import time

def slow(x):
    time.sleep(0.01 * (3 - x))
    return x * x

with ThreadPoolExecutor(max_workers=3) as ex:
    print(list(ex.map(slow, range(3))))
    print(sorted(f.result() for f in [ex.submit(slow, 2), ex.submit(slow, 1)]))
`;
    const r = runVirtual(src, { filename: 'nested.py' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('[0, 1, 4]\n[1, 4]\n');
  });

  it('reports a deadlock when the waits cannot unwind in order (python3 finishes)', () => {
    // The other thread waits first, the main thread second and on top of it; the first
    // wait's end is what ends the second: only a real stack switch could run that.
    const src = `
import threading, time
e1, e2 = threading.Event(), threading.Event()
class WaitsFor:
    def __init__(self, event): self.event = event
    def __eq__(self, other):
        self.event.wait()
        return True
def first():
    WaitsFor(e1) == 1
    e2.set()
def setter():
    time.sleep(0.05)
    e1.set()
threading.Thread(target=first).start()
time.sleep(0.01)
threading.Thread(target=setter).start()
WaitsFor(e2) == 1
print('both waits ended')
`;
    const r = runVirtual(src, { filename: 'cycle.py', maxVirtualMicros: 5e6 });
    expect(r.outcome).toBe('deadlock');
  });
});
