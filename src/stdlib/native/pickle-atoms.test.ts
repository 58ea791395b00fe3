// _kitchen_pickle's byte-level helpers against python3's pickle (expected bytes from
// `pickle.encode_long(x).hex()` and `pickle.dumps([...], 4)` run in python3).

import { describe, it, expect } from 'vitest';
import { encodeLong, loadAtomRun } from './pickle-atoms.ts';

const hex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
const unhex = (s: string) => new Uint8Array(s.match(/../g)!.map((h) => parseInt(h, 16)));

describe('pickle atoms', () => {
  it('encodes longs as pickle.encode_long', () => {
    const cases: [bigint, string][] = [
      [0n, ''], [127n, '7f'], [128n, '8000'], [255n, 'ff00'], [256n, '0001'], [-1n, 'ff'],
      [-128n, '80'], [-129n, '7fff'], [2n ** 31n, '0000008000'], [-(2n ** 31n) - 1n, 'ffffff7fff'],
      [2n ** 63n, '000000000000008000'], [-(2n ** 63n), '0000000000000080'],
      [2n ** 64n - 1n, 'ffffffffffffffff00'], [10n ** 30n, '00000040eaed7446d09c2c9f0c'],
      [-(10n ** 30n), '000000c015128bb92f63d360f3'],
    ];
    for (const [x, h] of cases) expect(hex(encodeLong(x)), String(x)).toBe(h);
  });

  it('decodes a run of atoms and stops at the first other opcode', () => {
    // python3: pickle.dumps([0, 255, 256, 65535, 65536, -1, 2**31-1, -2**31, 2**31, 1.5, -0.0,
    // None, True, False], 4), the items between MARK and APPENDS, then APPENDS and STOP.
    const items = '4b004bff4d00014dffff4a000001004affffffff4affffff7f4a000000808a050000008000473ff80000000000004780000000000000004e8889';
    const data = unhex(`${items}652e`);
    const { values, end } = loadAtomRun(data, 0);
    expect(end).toBe(items.length / 2);
    expect(values).toEqual([0, 255, 256, 65535, 65536, -1, 2 ** 31 - 1, -(2 ** 31), 2n ** 31n, { float: 1.5 }, { float: -0 }, null, true, false]);
    expect(Object.is((values[10] as { float: number }).float, -0)).toBe(true);
  });

  it('leaves a truncated atom to pickle.py', () => {
    const data = unhex('4b014a0100'); // BININT1 1, then BININT missing two bytes
    expect(loadAtomRun(data, 0)).toEqual({ values: [1], end: 2 });
    expect(loadAtomRun(data, 2)).toEqual({ values: [], end: 2 });
  });
});
