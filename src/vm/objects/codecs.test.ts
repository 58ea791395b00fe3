// UTF-16 / UTF-32 codecs (codecs.ts): byte values and error spans as python3 3.11 gives them.
import { describe, it, expect } from 'vitest';
import { encode, decode } from './codecs.ts';

describe('utf-16 and utf-32', () => {
  it('encodes with a little-endian BOM, or in the named byte order', () => {
    // python3: list('aé😀'.encode(enc))
    expect([...(encode('aé😀', 'utf-16', 'strict') as Uint8Array)]).toEqual([255, 254, 97, 0, 233, 0, 61, 216, 0, 222]);
    expect([...(encode('aé😀', 'UTF_16BE', 'strict') as Uint8Array)]).toEqual([0, 97, 0, 233, 216, 61, 222, 0]);
    expect([...(encode('aé😀', 'utf-32-le', 'strict') as Uint8Array)]).toEqual([97, 0, 0, 0, 233, 0, 0, 0, 0, 246, 1, 0]);
  });
  it('decodes, honouring a BOM, and reports a truncated surrogate pair', () => {
    expect(decode(new Uint8Array([0xfe, 0xff, 0, 0x61]), 'utf-16', 'strict')).toBe('a');
    expect(decode(new Uint8Array([61, 216, 0, 222]), 'utf-16-le', 'strict')).toBe('😀');
    expect(decode(new Uint8Array([0, 0xd8]), 'utf-16-le', 'strict')).toMatchObject({ kind: 'decode', start: 0, end: 2, reason: 'unexpected end of data' });
  });
});
