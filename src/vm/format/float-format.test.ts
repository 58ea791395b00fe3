import { describe, expect, it } from 'vitest';
import reprCases from './__fixtures__/float-repr.json';
import roundCases from './__fixtures__/round.json';
import {
  floatRepr,
  floatStr,
  formatExp,
  formatFixed,
  formatGeneral,
  roundFloat,
  roundToInt,
} from './float-format.ts';
import { mismatches, pyFloat, run } from './fixture-helpers.test-util.ts';

describe('floatRepr / floatStr against python3', () => {
  it(`matches repr() and str() on ${reprCases.length} values`, () => {
    const bad = mismatches(reprCases as [string, string, string][], ([v, r, s]) => ({
      got: [floatRepr(pyFloat(v)), floatStr(pyFloat(v))],
      want: [r, s],
    }));
    expect(bad).toEqual([]);
  });

  it('switches to exponent form at 1e16 and below 1e-4', () => {
    expect(floatRepr(1e16)).toBe('1e+16');
    expect(floatRepr(1e15)).toBe('1000000000000000.0');
    expect(floatRepr(1e-5)).toBe('1e-05');
    expect(floatRepr(0.0001)).toBe('0.0001');
    expect(floatRepr(-0.0)).toBe('-0.0');
    expect(floatRepr(1.5e300)).toBe('1.5e+300');
    expect(floatRepr(NaN)).toBe('nan');
    expect(floatRepr(-Infinity)).toBe('-inf');
  });
});

describe('fixed / exponent / general with exact rounding', () => {
  it('rounds half to even on the exact binary value', () => {
    expect(formatFixed(0.5, 0)).toBe('0');
    expect(formatFixed(1.5, 0)).toBe('2');
    expect(formatFixed(2.5, 0)).toBe('2');
    expect(formatFixed(2.675, 2)).toBe('2.67'); // 2.67499999... in binary
    expect(formatFixed(0.125, 2)).toBe('0.12');
    expect(formatFixed(0.375, 2)).toBe('0.38');
    expect(formatExp(2.5, 0)).toBe('2e+00');
    expect(formatExp(125, 1)).toBe('1.2e+02');
    expect(formatGeneral(0.5, 0)).toBe('0.5');
    expect(formatGeneral(2.5, 1)).toBe('2');
  });

  it('prints the exact binary expansion past 100 digits', () => {
    const s = formatFixed(0.1, 60);
    expect(s).toBe('0.100000000000000005551115123125782702118158340454101562500000');
    const tiny = formatFixed(5e-324, 1074); // '%.1074f' % 5e-324 in python3
    expect(tiny.slice(0, 325)).toBe('0.' + '0'.repeat(323));
    expect(tiny.slice(325, 345)).toBe('49406564584124654417');
    expect(tiny.endsWith('447265625')).toBe(true);
    expect(formatFixed(5e-324, 1080).length).toBe(1082);
    expect(formatFixed(1e22, 0)).toBe('10000000000000000000000');
    expect(formatFixed(1.7976931348623157e308, 0).length).toBe(309);
  });
});

describe('round() against python3', () => {
  it(`matches round(x) and round(x, n) on ${roundCases.length} cases`, () => {
    const bad = mismatches(roundCases as [string, number | null, unknown][], ([v, n, want]) => ({
      got: run(() => (n === null ? roundToInt(pyFloat(v)).toString() : floatRepr(roundFloat(pyFloat(v), n)))),
      want,
    }));
    expect(bad).toEqual([]);
  });
});
