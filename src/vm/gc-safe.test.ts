// Collection inside callbacks from native code (gc-safe.ts): with a tiny collection threshold
// (gcTuning.stressBytes), Python code run by an audited native (sum over a generator,
// sorted/max with key=, a class's __init__) collects while it runs, and what the native
// holds survives. Expected values come from python3 (the literals below were printed by it);
// whether a collection happened inside the callback is our engine's own property, read from
// sys._kitchen_heap_stats.
import { afterEach, describe, expect, it } from 'vitest';
import { runTestProgram as run } from './test-host.ts';
import { gcTuning } from './heap.ts';

const COLLECTIONS = "__import__('sys')._kitchen_heap_stats()['collections']";

afterEach(() => { gcTuning.stressBytes = 0; });

describe('collection while a native runs Python code', () => {
  it('sum over a generator collects inside the generator and keeps its running total', () => {
    gcTuning.stressBytes = 32 * 1024;
    const r = run([
      'def gen(n):',
      `    c0 = ${COLLECTIONS}`,
      '    for i in range(n):',
      '        yield len(str(i) * 3)',
      `    print('collected inside', ${COLLECTIONS} > c0)`,
      'print(sum(gen(20000)))',
    ].join('\n'));
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('collected inside True\n266670\n');
  });

  it('sorted and max with a key function, and __init__, collect and stay correct', () => {
    gcTuning.stressBytes = 32 * 1024;
    const r = run([
      `c0 = ${COLLECTIONS}`,
      'print(sorted(range(3000), key=lambda i: str(i*7)[::-1])[:5])',
      'print(max(range(3000), key=lambda i: str(i)*2))',
      'class A:',
      '    def __init__(self, n):',
      `        c = ${COLLECTIONS}`,
      '        self.t = sum(len(str(i)) for i in range(n))',
      `        self.collected = ${COLLECTIONS} > c`,
      'a = A(20000)',
      'print(a.t, a.collected)',
    ].join('\n'));
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('[0, 2000, 1000, 300, 2300]\n999\n88890 True\n');
  });

  it('a native that is not audited defers the collection (map over a generator)', () => {
    gcTuning.stressBytes = 32 * 1024;
    const r = run([
      'def gen(n):',
      `    c0 = ${COLLECTIONS}`,
      '    for i in range(n):',
      '        yield str(i) * 3',
      `    print('collected inside', ${COLLECTIONS} > c0)`,
      'print(len(list(map(len, gen(5000)))))',
    ].join('\n'));
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('collected inside False\n5000\n');
  });
});
