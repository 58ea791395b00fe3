// (It lives in the engine layer because it reads the standard library's sources, which the
// pure compiler layer may not import.)
// The binary code form round-trips exactly what the compiler produced (every field, every
// constant kind, nested code), for real library modules and for a program written to hit
// each constant kind; a bundle gives a unit back only for the very source it was built from.

import { describe, it, expect } from 'vitest';
import { compileSource } from '../../python/compiler.ts';
import type { CodeUnit } from '../../python/code.ts';
import { encodeCodeUnit, decodeCodeUnit, bundleEntry, writeBundle, CodeBundle, sourceHash } from '../../python/code-serial.ts';
import { PY_SOURCES } from '../../stdlib/py-sources.ts';

const CONSTS = `
"""module doc"""
import sys
def f(a, /, b=1, *args, c=2.5, **kw):
    "doc of f"
    x = b'\\x00\\xffbytes'
    y = 3j
    z = ...
    big = 123456789012345678901234567890
    neg = -98765432109876543210
    small = -7
    t = (1, 'two', (3.0, None, True, False), b'')
    s = 'é \\udc80 \\U0001f600 ' + "x" * 3
    if a in {1, 2, 3}:
        return lambda q: q + a
    def inner():
        nonlocal x
        x = 1
    try:
        return [i * i for i in range(a) if i]
    except (ValueError, KeyError) as e:
        raise RuntimeError from e
    finally:
        pass
class C:
    "class doc"
    def m(self): return __class__
async def g():
    async with x as y:
        yield 1
`;

function roundTrip(unit: CodeUnit): CodeUnit {
  const bytes = encodeCodeUnit(unit);
  expect(bytes).not.toBeNull();
  return decodeCodeUnit(bytes!);
}

describe('code-serial', () => {
  it('round-trips every constant kind and nested code', () => {
    const unit = compileSource(CONSTS, 'consts.py');
    expect(roundTrip(unit)).toStrictEqual(unit);
  });

  it('round-trips library modules', () => {
    for (const name of ['pickle', 'threading', 'multiprocessing.pool', 'collections', 'copyreg']) {
      const filename = `<frozen ${name}>`;
      const unit = compileSource(PY_SOURCES[name]!.source, filename);
      expect(roundTrip(unit), name).toStrictEqual(unit);
    }
  });

  it('refuses a unit with a field it does not know', () => {
    const unit = compileSource('def f(): pass', 'x.py');
    const inner = unit.consts.find((c) => c !== null && typeof c === 'object' && 'code' in c) as CodeUnit;
    (inner as unknown as Record<string, unknown>).newField = 1;
    expect(encodeCodeUnit(unit)).toBeNull();
  });

  it('a bundle answers only for the same file name and source', () => {
    const a = 'x = 1\n', b = 'def g(y):\n    return y * 2\n';
    const entries = [bundleEntry('a.py', a, compileSource(a, 'a.py'))!, bundleEntry('b.py', b, compileSource(b, 'b.py'))!];
    const bytes = writeBundle(entries, true);
    expect(bytes.buffer).toBeInstanceOf(SharedArrayBuffer);
    const bundle = new CodeBundle(bytes);
    expect(bundle.size).toBe(2);
    expect(bundle.lookup('b.py', b)).toStrictEqual(compileSource(b, 'b.py'));
    expect(bundle.lookup('a.py', a)).toStrictEqual(compileSource(a, 'a.py'));
    expect(bundle.lookup('a.py', 'x = 2\n')).toBeUndefined(); // same length, other text
    expect(bundle.lookup('a.py', b)).toBeUndefined();
    expect(bundle.lookup('c.py', a)).toBeUndefined();
  });

  it('source hashes differ for near-identical texts', () => {
    expect(sourceHash('x = 1\n')).not.toEqual(sourceHash('x = 2\n'));
    expect(sourceHash('ab')).not.toEqual(sourceHash('ba'));
  });
});
