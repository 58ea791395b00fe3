import { describe, expect, it } from 'vitest';
import cases from './__fixtures__/libm.json';
import { crAcos, crCos, crExp, crLog, crPowPositive, crSin } from './correctly-rounded.ts';

const fns: Record<string, (x: number, y: number) => number> = {
  log: (x) => crLog(x),
  exp: (x) => crExp(x),
  sin: (x) => crSin(x),
  cos: (x) => crCos(x),
  acos: (x) => crAcos(x),
  pow: (x, y) => crPowPositive(x, y),
};

/** Distance in units in the last place between two finite doubles. */
function ulps(a: number, b: number): number {
  const buf = new DataView(new ArrayBuffer(16));
  buf.setFloat64(0, a);
  buf.setFloat64(8, b);
  const ia = buf.getBigInt64(0);
  const ib = buf.getBigInt64(8);
  const d = ia > ib ? ia - ib : ib - ia;
  return Number(d);
}

describe('correctly rounded libm against python3 (glibc)', () => {
  const byFn = new Map<string, { n: number; off: number; worst: number }>();
  for (const [fn, x, y, want] of cases as [string, string, string | null, string][]) {
    const got = fns[fn]!(Number(x), y === null ? 0 : Number(y));
    const s = byFn.get(fn) ?? { n: 0, off: 0, worst: 0 };
    s.n++;
    if (got !== Number(want)) {
      s.off++;
      s.worst = Math.max(s.worst, ulps(got, Number(want)));
    }
    byFn.set(fn, s);
  }
  for (const [fn, s] of byFn) {
    it(`${fn}: agrees on at least 99.5% of ${s.n} inputs, never more than 1 ulp apart`, () => {
      expect(s.off / s.n).toBeLessThan(0.005);
      expect(s.worst).toBeLessThanOrEqual(1);
    });
  }

  it('handles the special values as C99 does', () => {
    expect(crLog(0)).toBe(-Infinity);
    expect(crLog(-1)).toBeNaN();
    expect(crLog(1)).toBe(0);
    expect(crExp(1000)).toBe(Infinity);
    expect(crExp(-1000)).toBe(0);
    expect(Object.is(crSin(-0), -0)).toBe(true);
    expect(crAcos(1)).toBe(0);
  });
});
