// The compare programs are generated, so they are checked here: each is valid Python that
// prints one marker (run with python3 when it is available), and the verdict follows the
// guide's thresholds for made-up times.

import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { compareProgram, judge, parseElapsed, VARIANTS } from './workloads.ts';

function python3(src: string): string | null {
  try {
    return execFileSync('python3', ['-c', src], { encoding: 'utf8', timeout: 30_000 });
  } catch (e) {
    if ((e as { code?: string }).code === 'ENOENT') return null;
    throw e;
  }
}

describe('compare programs', () => {
  for (const w of ['cpu', 'io'] as const) {
    for (const v of VARIANTS) {
      it(`${w} / ${v} runs on python3 and prints its time`, () => {
        const out = python3(compareProgram(w, v, w === 'cpu' ? 10_000 : 50));
        if (out === null) return; // no python3 on this machine
        const t = parseElapsed(out);
        expect(t).not.toBeNull();
        expect(t!).toBeGreaterThan(0);
        if (w === 'io') expect(t!).toBeGreaterThanOrEqual(0.05); // at least one wait
      });
    }
  }

  it('parseElapsed needs the marker on its own line', () => {
    expect(parseElapsed('x\ncompare-elapsed: 0.25\n')).toBe(0.25);
    expect(parseElapsed('Traceback ...\n')).toBeNull();
  });
});

describe('judge', () => {
  it('CPU-bound: agrees when threads and asyncio are sequential and processes faster', () => {
    const v = judge('cpu', { sequential: 1, threads: 1.05, processes: 0.4, asyncio: 1 }, 4);
    expect(v.agrees).toBe(true);
    expect(v.summary).toMatch(/agrees/);
  });

  it('CPU-bound: disagrees when threads are faster (no GIL?)', () => {
    const v = judge('cpu', { sequential: 1, threads: 0.3, processes: 0.4, asyncio: 1 }, 4);
    expect(v.agrees).toBe(false);
    expect(v.summary).toMatch(/threads ×0.30/);
  });

  it('CPU-bound on one core does not expect processes to be faster', () => {
    expect(judge('cpu', { sequential: 1, threads: 1, processes: 1.1, asyncio: 1 }, 1).agrees).toBe(true);
  });

  it('I/O-bound: threads and asyncio must be much faster', () => {
    expect(judge('io', { sequential: 2, threads: 0.5, processes: 0.9, asyncio: 0.5 }, 4).agrees).toBe(true);
    expect(judge('io', { sequential: 2, threads: 1.9, processes: 0.9, asyncio: 0.5 }, 4).agrees).toBe(false);
  });

  it('a failed variant leaves the verdict open, not agreed', () => {
    const v = judge('cpu', { sequential: 1, threads: 1, processes: null, asyncio: 1 }, 4);
    expect(v.agrees).toBeNull();
    expect(v.summary).toMatch(/processes has no time/);
  });
});
