// bytes/bytearray against python3: decoding with error handlers (fixture), repr, hex,
// indexing, mutation, errors.
import { describe, it, expect } from 'vitest';
import decodes from './__fixtures__/bytes-decode.json' with { type: 'json' };
import { makeRuntime, outcome, reprOf, call, fromPy, toPy } from './test-runtime.test-util.ts';
import { getItem, setItem, callObject, binaryOp, BinOp, contains, hash } from '../abstract.ts';
import { bytesFromUint8 } from './bytes.ts';
import { newList } from './list.ts';
import { newSlice } from './slice.ts';

const rt = makeRuntime();
const B = (s: string) => bytesFromUint8(rt, Uint8Array.from(s, (c) => c.charCodeAt(0)));

describe('bytes', () => {
  it('decodes like python3 (utf-8/ascii/latin-1, strict/replace/ignore/backslashreplace/surrogateescape)', () => {
    for (const c of decodes as { b: number[]; encoding: string; errors: string; ok?: string; error?: string; message?: string }[]) {
      const got = outcome(rt, () => call(rt, bytesFromUint8(rt, Uint8Array.from(c.b)), 'decode', [rt.newStr(c.encoding), rt.newStr(c.errors)]));
      const want = c.error !== undefined ? { error: c.error, message: c.message } : { ok: c.ok };
      expect([c.b, c.encoding, c.errors, got]).toEqual([c.b, c.encoding, c.errors, want]);
    }
  });
  it('repr, hex, fromhex, indexing, slicing, methods', () => {
    expect(reprOf(rt, B("a'b\n\x00\xff"))).toBe(`b"a'b\\n\\x00\\xff"`);
    expect(reprOf(rt, B('x"y'))).toBe(`b'x"y'`);
    expect(fromPy(rt, call(rt, B('\x01\xab'), 'hex', []))).toBe('01ab');
    expect(reprOf(rt, call(rt, rt.types.bytes, 'fromhex', [rt.newStr('de ad')]))).toBe("b'\\xde\\xad'");
    expect(fromPy(rt, getItem(rt, B('abc'), rt.newInt(-1)))).toBe(99);
    expect(reprOf(rt, getItem(rt, B('abcdef'), newSlice(rt, rt.none, rt.none, rt.newInt(2))))).toBe("b'ace'");
    expect(reprOf(rt, call(rt, B(' a b  c '), 'split', []))).toBe("[b'a', b'b', b'c']");
    expect(reprOf(rt, call(rt, B('-'), 'join', [newList(rt, [B('x'), B('y')])]))).toBe("b'x-y'");
    expect(reprOf(rt, call(rt, B('Hello'), 'upper', []))).toBe("b'HELLO'");
    expect(reprOf(rt, binaryOp(rt, B('ab'), B('cd'), BinOp.ADD))).toBe("b'abcd'");
    expect(contains(rt, B('abc'), rt.newInt(98))).toBe(true);
    expect(contains(rt, B('abc'), B('bc'))).toBe(true);
    expect(reprOf(rt, call(rt, rt.newStr('héllo'), 'encode', []))).toBe("b'h\\xc3\\xa9llo'");
    expect(hash(rt, B('abc'))).toBe(hash(rt, rt.newStr('abc')));
    expect(reprOf(rt, callObject(rt, rt.types.bytes, [rt.newInt(3)]))).toBe("b'\\x00\\x00\\x00'");
    expect(reprOf(rt, callObject(rt, rt.types.bytes, [toPy(rt, [104, 105])]))).toBe("b'hi'");
  });
  it('raises python3\'s errors', () => {
    expect(outcome(rt, () => getItem(rt, B('a'), rt.newInt(5)))).toEqual({ error: 'IndexError', message: 'index out of range' });
    expect(outcome(rt, () => binaryOp(rt, B('a'), rt.newStr('a'), BinOp.ADD))).toEqual({ error: 'TypeError', message: "can't concat str to bytes" });
    expect(outcome(rt, () => callObject(rt, rt.types.bytes, [rt.newStr('a')]))).toEqual({ error: 'TypeError', message: 'string argument without an encoding' });
    expect(outcome(rt, () => callObject(rt, rt.types.bytes, [toPy(rt, [300])]))).toEqual({ error: 'ValueError', message: 'bytes must be in range(0, 256)' });
    expect(outcome(rt, () => rt.bool(contains(rt, B('a'), rt.newInt(300))))).toEqual({ error: 'ValueError', message: 'byte must be in range(0, 256)' });
    expect(outcome(rt, () => call(rt, B('abc'), 'index', [B('z')]))).toEqual({ error: 'ValueError', message: 'subsection not found' });
    expect(outcome(rt, () => call(rt, rt.types.bytes, 'fromhex', [rt.newStr('zz')])))
      .toEqual({ error: 'ValueError', message: 'non-hexadecimal number found in fromhex() arg at position 0' });
    expect(outcome(rt, () => call(rt, B(''), 'join', [newList(rt, [rt.newInt(1)])])))
      .toEqual({ error: 'TypeError', message: 'sequence item 0: expected a bytes-like object, int found' });
  });
});

describe('bytearray', () => {
  it('mutates like python3', () => {
    const b = callObject(rt, rt.types.bytearray, [B('abc')]);
    call(rt, b, 'append', [rt.newInt(100)]);
    call(rt, b, 'extend', [B('ef')]);
    setItem(rt, b, rt.newInt(0), rt.newInt(65));
    setItem(rt, b, newSlice(rt, rt.newInt(1), rt.newInt(3), rt.none), B('XYZ'));
    expect(reprOf(rt, b)).toBe("bytearray(b'AXYZdef')");
    expect(fromPy(rt, call(rt, b, 'pop', []))).toBe(102);
    binaryOp(rt, b, B('!'), BinOp.INPLACE_ADD);
    expect(reprOf(rt, b)).toBe("bytearray(b'AXYZde!')");
    expect(reprOf(rt, call(rt, b, 'upper', []))).toBe("bytearray(b'AXYZDE!')");
    expect(outcome(rt, () => call(rt, callObject(rt, rt.types.bytearray, []), 'pop', []))).toEqual({ error: 'IndexError', message: 'pop from empty bytearray' });
    expect(outcome(rt, () => call(rt, b, 'append', [rt.newInt(300)]))).toEqual({ error: 'ValueError', message: 'byte must be in range(0, 256)' });
    expect(outcome(rt, () => call(rt, b, 'append', [rt.newStr('a')]))).toEqual({ error: 'TypeError', message: "'str' object cannot be interpreted as an integer" });
    expect(outcome(rt, () => getItem(rt, b, rt.newInt(50)))).toEqual({ error: 'IndexError', message: 'bytearray index out of range' });
  });
});
