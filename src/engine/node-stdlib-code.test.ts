// The CLI's precompiled standard library: one unit per stdlib module (and sys's Python half),
// each the compiler's own output, given back only for the very source it was compiled from;
// a program importing modules through it prints what it prints when they are compiled.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, afterAll } from 'vitest';
import { buildStdlibCode, installStdlibCode } from './node-stdlib-code.ts';
import { CodeBundle, bundleEntry, writeBundle } from '../python/code-serial.ts';
import { compileSource } from '../python/compiler.ts';
import { PY_SOURCES } from '../stdlib/py-sources.ts';
import { setLibraryUnitSource } from '../vm/compile-bridge.ts';
import { runCaptured } from './node-run.ts';

describe('the precompiled standard library', () => {
  const bytes = buildStdlibCode();
  const bundle = new CodeBundle(bytes);
  afterAll(() => setLibraryUnitSource(null));

  it('holds every stdlib module and sys, as the compiler compiles them', () => {
    expect(bundle.size).toBe(Object.keys(PY_SOURCES).length + 1);
    const src = PY_SOURCES['asyncio.tasks']!.source;
    expect(bundle.lookup('<frozen asyncio.tasks>', src)).toEqual(compileSource(src, '<frozen asyncio.tasks>'));
  });

  it('answers only for the same source text', () => {
    const src = PY_SOURCES['threading']!.source;
    expect(bundle.lookup('<frozen threading>', src + '\n# edited\n')).toBeUndefined();
    expect(bundle.lookup('<frozen threading>', src.replace('def ', 'def  '))).toBeUndefined();
    expect(bundle.lookup('<frozen nothing>', src)).toBeUndefined();
  });

  it('runs programs through it with the same output (python3 prints these lines)', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'stdlib-code-')), 'stdlib-code.bin');
    writeFileSync(file, bytes);
    expect(installStdlibCode(file)).toBe(bundle.size);
    const r = runCaptured('import json, collections, heapq\nprint(json.dumps({"a": [1, 2]}), collections.Counter("abca").most_common(1), heapq.nsmallest(2, [5, 1, 4]))\n', { filename: 'main.py', readStdin: () => '' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('{"a": [1, 2]} [(\'a\', 2)] [1, 4]\n');
    expect(installStdlibCode(join(file, 'missing'))).toBe(0);
  });

  it('is what imports use: the unit given for a module source runs instead of compiling it', () => {
    // A bundle whose unit for bisect's exact source was compiled from other text: importing
    // bisect (not imported by the tests above, so not yet compiled in this thread) must run
    // that unit, so the bundle is consulted.
    const real = PY_SOURCES['bisect']!.source;
    const entry = bundleEntry('<frozen bisect>', real, compileSource('MARK = "from the bundle"\n', '<frozen bisect>'))!;
    const file = join(mkdtempSync(join(tmpdir(), 'stdlib-code-')), 'stdlib-code.bin');
    writeFileSync(file, writeBundle([entry], false));
    expect(installStdlibCode(file)).toBe(1);
    const r = runCaptured('import bisect\nprint(bisect.MARK)\n', { filename: 'main.py', readStdin: () => '' });
    expect(r.stdout).toBe('from the bundle\n');
  });
});
