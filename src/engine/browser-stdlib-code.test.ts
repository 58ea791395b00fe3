// The page workers' precompiled standard library (browser-stdlib-code.ts), with `fetch`
// replaced: the file the build writes (the CLI's code bundle, gzip-compressed) installs as the
// compiler's library source whether the server sent it as it is or gzip-encoded (the
// browser then hands over the decoded bytes); a missing file, a page served in its place
// and a request that never answers all leave the workers compiling as before.
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildStdlibCode } from './node-stdlib-code.ts';
import { compileSource } from '../python/compiler.ts';
import { PY_SOURCES } from '../stdlib/py-sources.ts';
import { STDLIB_CODE_ASSET } from './stdlib-code-asset.ts';

const installed = vi.hoisted(() => ({ source: null as ((filename: string, source: string) => unknown) | null }));
vi.mock('../vm/compile-bridge.ts', async (original) => ({
  ...(await original<typeof import('../vm/compile-bridge.ts')>()),
  setLibraryUnitSource: (f: (filename: string, source: string) => unknown) => { installed.source = f; },
}));

const { installBrowserStdlibCode } = await import('./browser-stdlib-code.ts');

const bytes = buildStdlibCode();
const modules = Object.keys(PY_SOURCES).length + 1;

function serve(respond: (url: string, init?: RequestInit) => Promise<Response>): string[] {
  const urls: string[] = [];
  vi.stubGlobal('fetch', (url: URL | string, init?: RequestInit) => { urls.push(String(url)); return respond(String(url), init); });
  return urls;
}

afterEach(() => {
  vi.unstubAllGlobals();
  installed.source = null;
});

describe('the precompiled standard library in the browser', () => {
  it('installs the gzip-compressed bundle found beside the worker script', async () => {
    const urls = serve(async () => new Response(gzipSync(bytes)));
    expect(await installBrowserStdlibCode()).toBe(modules);
    expect(urls).toHaveLength(1);
    expect(urls[0]!.endsWith(`/${STDLIB_CODE_ASSET}`)).toBe(true);
    const src = PY_SOURCES['asyncio.tasks']!.source;
    expect(installed.source!('<frozen asyncio.tasks>', src)).toEqual(compileSource(src, '<frozen asyncio.tasks>'));
    expect(installed.source!('<frozen asyncio.tasks>', src + '\n')).toBeUndefined();
  });

  it('takes bytes the browser already decoded (sent with Content-Encoding: gzip)', async () => {
    serve(async () => new Response(new Uint8Array(bytes)));
    expect(await installBrowserStdlibCode()).toBe(modules);
    expect(installed.source).not.toBeNull();
  });

  it('goes on without it when the file is missing or is not a code bundle', async () => {
    serve(async () => new Response('not found', { status: 404 }));
    expect(await installBrowserStdlibCode()).toBe(0);
    serve(async () => new Response('<!doctype html><title>app</title>'));
    expect(await installBrowserStdlibCode()).toBe(0);
    serve(async () => { throw new TypeError('Failed to fetch'); });
    expect(await installBrowserStdlibCode()).toBe(0);
    expect(installed.source).toBeNull();
  });

  it('stops waiting for a request that never answers', async () => {
    serve((_url, init) => new Promise((_resolve, reject) => {
      init?.signal?.addEventListener('abort', () => reject(init.signal!.reason));
    }));
    expect(await installBrowserStdlibCode()).toBe(0);
  }, 10_000);
});
