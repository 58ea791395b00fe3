import { describe, expect, it } from 'vitest';
import parseCases from './__fixtures__/int-parse.json';
import limitCases from './__fixtures__/int-str-limit.json';
import { intToString, parseIntLiteral } from './int-format.ts';
import { mismatches, run } from './fixture-helpers.test-util.ts';

/** Python's hex() of a bigint, the fixtures' spelling of int() results. */
const pyHex = (v: bigint): string => intToString(v, 16, true);

describe('int(text, base) against python3', () => {
  it(`matches ${parseCases.length} cases`, () => {
    const bad = mismatches(parseCases as [string, number, unknown, boolean?][], ([text, base, want, bytes]) => ({
      got: run(() => pyHex(parseIntLiteral(text, base, undefined, { bytes: !!bytes }))),
      want,
    }));
    expect(bad).toEqual([]);
  });
});

describe('str(int) and the 4300-digit limit', () => {
  it(`matches ${limitCases.length} cases`, () => {
    const bad = mismatches(limitCases as [string, unknown][], ([hex, want]) => ({
      got: run(() => {
        const v = hex.startsWith('-') ? -BigInt(hex.slice(1)) : BigInt(hex);
        return intToString(v).slice(0, 40);
      }),
      want,
    }));
    expect(bad).toEqual([]);
  });

  it('has no limit for power-of-two bases or when disabled', () => {
    const big = 10n ** 5000n;
    expect(intToString(big, 16).length).toBeGreaterThan(4000);
    expect(intToString(big, 10, false, 0).length).toBe(5001);
    expect(parseIntLiteral('1'.repeat(5000), 10, 0).toString().length).toBe(5000);
  });

  it('prints bin/oct/hex with prefixes after the sign', () => {
    expect(intToString(-255n, 16, true)).toBe('-0xff');
    expect(intToString(5n, 2, true)).toBe('0b101');
    expect(intToString(8n, 8, true)).toBe('0o10');
  });
});
