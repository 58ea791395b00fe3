// floatRepr against python3's repr(float): random bit patterns, decimal-looking values and
// edge cases (objects/__fixtures__/float-repr.json from tools/gen-number-fixtures.py), and
// the format module's own python3 fixture (format/__fixtures__/float-repr.json).
import { describe, expect, it } from 'vitest';
import cases from '../objects/__fixtures__/float-repr.json';
import formatCases from './__fixtures__/float-repr.json';
import { floatRepr } from './float-repr.ts';

function fromBits(hex: string): number {
  const dv = new DataView(new ArrayBuffer(8));
  dv.setBigUint64(0, BigInt('0x' + hex));
  return dv.getFloat64(0);
}

/** The format fixture keys doubles by python repr ('inf', 'nan' included). */
function parseKey(k: string): number {
  if (k === 'inf') return Infinity;
  if (k === '-inf') return -Infinity;
  if (k === 'nan') return NaN;
  return Number(k);
}

describe('floatRepr', () => {
  it(`matches python3 repr on ${cases.length} doubles given by bit pattern`, () => {
    const bad = (cases as [string, string][]).filter(([b, r]) => floatRepr(fromBits(b)) !== r)
      .map(([b, r]) => `${b}: got ${floatRepr(fromBits(b))} want ${r}`);
    expect(bad.slice(0, 20)).toEqual([]);
  });
  it(`matches python3 repr on the format fixture (${formatCases.length} values)`, () => {
    const bad = (formatCases as [string, string, string][]).filter(([k, r]) => floatRepr(parseKey(k)) !== r);
    expect(bad.slice(0, 20)).toEqual([]);
  });
  it('edge cases', () => {
    expect(floatRepr(1e16)).toBe('1e+16');
    expect(floatRepr(1e-5)).toBe('1e-05');
    expect(floatRepr(123456789012345680)).toBe('1.2345678901234568e+17');
    expect(floatRepr(-0)).toBe('-0.0');
    expect(floatRepr(NaN)).toBe('nan');
    expect(floatRepr(-Infinity)).toBe('-inf');
    expect(floatRepr(0.0001)).toBe('0.0001');
    expect(floatRepr(1234567890123456)).toBe('1234567890123456.0');
  });
});
