import { describe, expect, it } from 'vitest';
import cases from './__fixtures__/float-parse.json';
import { floatRepr } from './float-format.ts';
import { parseFloatLiteral, tryParseFloat } from './float-parse.ts';
import { mismatches, run } from './fixture-helpers.test-util.ts';

describe('float(text) against python3', () => {
  it(`matches ${cases.length} cases`, () => {
    const bad = mismatches(cases as [string, unknown, boolean?][], ([text, want, bytes]) => ({
      got: run(() => floatRepr(parseFloatLiteral(text, { bytes: !!bytes }))),
      want,
    }));
    expect(bad).toEqual([]);
  });

  it('keeps the sign of negative zero and rejects misplaced underscores', () => {
    expect(Object.is(parseFloatLiteral('-0.0'), -0)).toBe(true);
    expect(tryParseFloat('1__0')).toBeNull();
    expect(tryParseFloat('1_0')).toBe(10);
  });
});
