// Share links must survive the round trip exactly (any program text, any option), stay short
// for a typical program, and fail with a clear message when damaged.

import { describe, expect, it } from 'vitest';
import { decodeShare, encodeShare, fromBase64Url, isShareHash, shareUrl, toBase64Url } from './share-link.ts';

const PROGRAM = `import threading\n\ndef work(n):\n    return sum(i * i for i in range(n))\n\nprint("héllo 🍳", work(10))\n`;

describe('share links', () => {
  it('round-trips code, options and view', async () => {
    const state = { code: PROGRAM, platform: 'virtual' as const, view: 'kitchen' as const, preset: 'deadlock', speed: 0.25, projector: true, predictFirst: true };
    const hash = await encodeShare(state);
    expect(hash).toMatch(/^#k1=[A-Za-z0-9_-]+$/);
    expect(await decodeShare(hash)).toEqual(state);
  });

  it('compresses a real program', async () => {
    const code = PROGRAM.repeat(20);
    const hash = await encodeShare({ code });
    expect(hash.length).toBeLessThan(code.length / 4);
  });

  it('base64url round-trips every byte value', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(Array.from(fromBase64Url(toBase64Url(all)))).toEqual(Array.from(all));
    expect(toBase64Url(all)).not.toMatch(/[+/=]/);
  });

  it('reports damaged and foreign links', async () => {
    const hash = await encodeShare({ code: PROGRAM });
    await expect(decodeShare(hash.slice(0, 12))).rejects.toThrow(/damaged|cut short/);
    await expect(decodeShare('#k1=a+b')).rejects.toThrow(/damaged/);
    await expect(decodeShare('#k9=abc')).rejects.toThrow(/newer version/);
    expect(isShareHash('#section')).toBe(false);
    expect(isShareHash(hash)).toBe(true);
  });

  it('drops unknown or invalid fields instead of applying them', async () => {
    const bytes = new TextEncoder().encode(JSON.stringify({ code: 'x', platform: 'gpu', view: 'table', speed: 7 }));
    const z = new Uint8Array(await new Response(new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer());
    expect(await decodeShare(`#k1=${toBase64Url(z)}`)).toEqual({ code: 'x' });
  });

  it('keeps the query of the page', () => {
    expect(shareUrl({ origin: 'https://k.org', pathname: '/app/', search: '?embed=1' }, '#k1=x')).toBe('https://k.org/app/?embed=1#k1=x');
  });
});
