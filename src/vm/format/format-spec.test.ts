import { describe, expect, it } from 'vitest';
import floatCases from './__fixtures__/format-float.json';
import intCases from './__fixtures__/format-int.json';
import strCases from './__fixtures__/format-str.json';
import { formatFloat, formatInt, formatStr, groupDigits, parseFormatSpec } from './format-spec.ts';
import { FormatError } from './format-error.ts';
import { mismatches, pyFloat, pyInt, run } from './fixture-helpers.test-util.ts';

type Case = [string, string, unknown];

describe('format(float, spec) against python3', () => {
  it(`matches ${floatCases.length} cases`, () => {
    const bad = mismatches(floatCases as Case[], ([v, spec, want]) => ({
      got: run(() => formatFloat(pyFloat(v), spec)),
      want,
    }));
    expect(bad).toEqual([]);
  });
});

describe('format(int, spec) against python3', () => {
  it(`matches ${intCases.length} cases`, () => {
    const bad = mismatches(intCases as Case[], ([v, spec, want]) => ({
      got: run(() => formatInt(pyInt(v), spec)),
      want,
    }));
    expect(bad).toEqual([]);
  });
});

describe('format(int, spec) with a JS number', () => {
  it('gives the same text as with a bigint for every safe-integer case', () => {
    const safe = (intCases as Case[]).filter(([v]) => Number.isSafeInteger(Number(v)));
    expect(safe.length).toBeGreaterThan(3000);
    const bad = mismatches(safe, ([v, spec, want]) => ({
      got: run(() => formatInt(Number(v), spec)),
      want,
    }));
    expect(bad).toEqual([]);
  });
});

describe('format(str, spec) against python3', () => {
  it(`matches ${strCases.length} cases`, () => {
    const bad = mismatches(strCases as Case[], ([v, spec, want]) => ({
      got: run(() => formatStr(v, spec)),
      want,
    }));
    expect(bad).toEqual([]);
  });
});

describe('parseFormatSpec', () => {
  it('splits every part of the mini-language', () => {
    const s = parseFormatSpec('*^+z#012,.3f');
    expect(s).toMatchObject({
      fill: '*',
      align: '^',
      sign: '+',
      z: true,
      alternate: true,
      zero: false, // an explicit fill turns the '0' into part of the width
      width: 12,
      grouping: ',',
      precision: 3,
      type: 'f',
    });
    expect(parseFormatSpec('010_x')).toMatchObject({ zero: true, fill: '0', width: 10, grouping: '_' });
  });

  it('raises python3 errors with their exception type', () => {
    const err = run(() => formatInt(-1n, 'c'));
    expect(err).toEqual({ exc: 'OverflowError', msg: '%c arg not in range(0x110000)' });
    expect(() => formatStr('a', '+')).toThrow(FormatError);
  });

  it('groups with zero padding like _PyUnicode_InsertThousandsGrouping', () => {
    expect(groupDigits('1234', ',', 3, 8)).toBe('0,001,234');
    expect(groupDigits('1234', ',', 3, 0)).toBe('1,234');
    expect(groupDigits('ffff1', '_', 4, 0)).toBe('f_fff1');
  });
});
