import { describe, expect, it } from 'vitest';
import cases from './__fixtures__/percent.json';
import bytesCases from './__fixtures__/percent-bytes.json';
import { FormatError } from './format-error.ts';
import { floatRepr, floatToBigInt } from './float-format.ts';
import { percentFormat, type PercentArgs, type PercentOps } from './percent.ts';
import { pyBytesRepr, pyStrRepr } from './str-repr.ts';
import { mismatches, pyFloat, pyInt, run } from './fixture-helpers.test-util.ts';
import { intToString } from './int-format.ts';

/** The fixtures' tagged Python values (see tools/gen-format-fixtures.py). */
type V =
  | { i: string }
  | { f: string }
  | { s: string }
  | { b: boolean }
  | { l: V[] }
  | { y: string } // bytes, as latin-1 text
  | { dict: Record<string, V> }
  | { bdict: Record<string, V> }; // a dict with bytes keys

function reprOf(v: V, ascii = false): string {
  if ('s' in v) return pyStrRepr(v.s, ascii);
  if ('y' in v) return pyBytesRepr(v.y);
  if ('bdict' in v) throw new Error('not used');
  if ('l' in v) return '[' + v.l.map((x) => reprOf(x, ascii)).join(', ') + ']';
  if ('dict' in v) {
    return '{' + Object.entries(v.dict).map(([k, x]) => `${pyStrRepr(k, ascii)}: ${reprOf(x, ascii)}`).join(', ') + '}';
  }
  return strOf(v);
}

function strOf(v: V): string {
  if ('i' in v) return intToString(pyInt(v.i)); // str(int) has the 4300-digit limit
  if ('f' in v) return floatRepr(pyFloat(v.f));
  if ('s' in v) return v.s;
  if ('b' in v) return v.b ? 'True' : 'False';
  return reprOf(v);
}

const ops: PercentOps<V> = {
  str: strOf,
  repr: (v) => reprOf(v),
  ascii: (v) => reprOf(v, true),
  typeName: (v) =>
    'i' in v ? 'int' : 'f' in v ? 'float' : 's' in v ? 'str' : 'b' in v ? 'bool' : 'l' in v ? 'list'
      : 'y' in v ? 'bytes' : 'dict',
  bytesValue: (v) => ('y' in v ? v.y : null),
  toInt(v, index) {
    if ('i' in v) return pyInt(v.i);
    if ('b' in v) return v.b ? 1n : 0n;
    if ('f' in v && !index) return floatToBigInt(pyFloat(v.f));
    return null;
  },
  intValue: (v) => ('i' in v ? pyInt(v.i) : 'b' in v ? (v.b ? 1n : 0n) : null),
  toFloat(v) {
    if ('f' in v) return pyFloat(v.f);
    if ('b' in v) return v.b ? 1 : 0;
    if ('i' in v) {
      const x = Number(pyInt(v.i));
      if (!Number.isFinite(x)) throw new FormatError('OverflowError', 'int too large to convert to float');
      return x;
    }
    return null;
  },
  strValue: (v) => ('s' in v ? v.s : null),
  getItem(m, key) {
    if ('l' in m) throw new FormatError('TypeError', 'list indices must be integers or slices, not str');
    if ('dict' in m) {
      const x = m.dict[key];
      if (x === undefined) throw new FormatError('KeyError', pyStrRepr(key));
      return x;
    }
    if ('bdict' in m) {
      const x = m.bdict[key];
      if (x === undefined) throw new FormatError('KeyError', pyBytesRepr(key));
      return x;
    }
    throw new Error('not a mapping');
  },
};

function toArgs(a: { tuple: V[] } | V): PercentArgs<V> {
  if ('tuple' in a) return { kind: 'tuple', items: a.tuple };
  return { kind: 'single', value: a, isMapping: 'dict' in a || 'bdict' in a || 'l' in a };
}

describe('bytes % args against python3', () => {
  it(`matches ${bytesCases.length} cases`, () => {
    const bad = mismatches(bytesCases as [string, { tuple: V[] } | V, unknown][], ([tmpl, args, want]) => {
      const got = run(() => ({ y: percentFormat(tmpl, toArgs(args), ops, 'bytes') }));
      return { got, want };
    });
    expect(bad).toEqual([]);
  });
});

describe('str % args against python3', () => {
  it(`matches ${cases.length} cases`, () => {
    const bad = mismatches(cases as [string, { tuple: V[] } | V, unknown][], ([tmpl, args, want]) => {
      const got = run(() => percentFormat(tmpl, toArgs(args), ops));
      // KeyError's str() is the repr of the key, as python3 prints it.
      return { got, want };
    });
    expect(bad).toEqual([]);
  });

  it('takes a single non-tuple value once', () => {
    expect(percentFormat('%s!', { kind: 'single', value: { i: '5' }, isMapping: false }, ops)).toBe('5!');
    expect(run(() => percentFormat('%s %s', { kind: 'single', value: { i: '5' }, isMapping: false }, ops))).toEqual({
      exc: 'TypeError',
      msg: 'not enough arguments for format string',
    });
  });
});
