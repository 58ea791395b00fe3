import { describe, expect, it } from 'vitest';
import cases from './__fixtures__/format-string.json';
import { FormatError } from './format-error.ts';
import { floatRepr } from './float-format.ts';
import { formatFloat, formatInt, formatStr } from './format-spec.ts';
import { parseFieldName, parseFormatString, renderFormatString, type FormatStringOps } from './format-string.ts';
import { pyStrRepr } from './str-repr.ts';
import { mismatches, pyFloat, run } from './fixture-helpers.test-util.ts';

/** The fixtures' tagged values: ints, floats, strs, lists and dicts. */
type V = { i: string } | { f: string } | { s: string } | { l: V[] } | { d: Record<string, V> };

interface Case {
  template: string;
  args: V[];
  kwargs: Record<string, V>;
  result: unknown;
  parse: unknown;
}

function reprOf(v: V, ascii = false): string {
  if ('i' in v) return v.i;
  if ('f' in v) return floatRepr(pyFloat(v.f));
  if ('s' in v) return pyStrRepr(v.s, ascii);
  if ('l' in v) return '[' + v.l.map((x) => reprOf(x, ascii)).join(', ') + ']';
  return '{' + Object.entries(v.d).map(([k, x]) => `${pyStrRepr(k, ascii)}: ${reprOf(x, ascii)}`).join(', ') + '}';
}

const err = (exc: string, msg: string) => new FormatError(exc as never, msg);

function opsFor(c: Case): FormatStringOps<V> {
  return {
    getArg(i) {
      const v = c.args[i];
      if (v === undefined) throw err('IndexError', `Replacement index ${i} out of range for positional args tuple`);
      return v;
    },
    getKwarg(name) {
      const v = c.kwargs[name];
      if (v === undefined) throw err('KeyError', pyStrRepr(name));
      return v;
    },
    getAttr(v, name) {
      if ('i' in v && name === 'real') return v;
      throw err('AttributeError', `no attribute ${name}`);
    },
    getItem(v, key) {
      if ('l' in v) {
        if (typeof key !== 'number') throw err('TypeError', 'list indices must be integers or slices, not str');
        const x = v.l[key];
        if (x === undefined) throw err('IndexError', 'list index out of range');
        return x;
      }
      if ('d' in v) {
        const x = v.d[String(key)];
        if (x === undefined) throw err('KeyError', typeof key === 'number' ? String(key) : pyStrRepr(key));
        return x;
      }
      throw err('TypeError', 'not subscriptable');
    },
    convert(v, conv) {
      if (conv === 's') return 's' in v ? v : { s: reprOf(v) };
      return { s: reprOf(v, conv === 'a') };
    },
    format(v, spec) {
      if ('i' in v) return formatInt(BigInt(v.i), spec);
      if ('f' in v) return formatFloat(pyFloat(v.f), spec);
      if ('s' in v) return formatStr(v.s, spec);
      if (spec !== '') throw err('TypeError', 'unsupported format string');
      return reprOf(v);
    },
  };
}

describe('str.format against python3', () => {
  it(`renders ${cases.length} templates`, () => {
    const bad = mismatches(cases as Case[], (c) => ({
      got: run(() => renderFormatString(c.template, opsFor(c))),
      want: c.result,
    }));
    expect(bad).toEqual([]);
  });

  it('splits templates as _string.formatter_parser does', () => {
    const bad = mismatches(cases as Case[], (c) => ({
      got: run(() =>
        parseFormatString(c.template).map((ch) =>
          ch.field === null
            ? [ch.literal, null, null, null]
            : [ch.literal, ch.field.name, ch.field.spec, ch.field.conversion || null],
        ),
      ),
      want: c.parse,
    }));
    expect(bad).toEqual([]);
  });

  it('parses field names into a first part and an access chain', () => {
    expect(parseFieldName('a.b[0][k]', null)).toEqual({
      first: 'a',
      rest: [
        { kind: 'attr', name: 'b' },
        { kind: 'index', key: 0 },
        { kind: 'index', key: 'k' },
      ],
    });
  });
});
