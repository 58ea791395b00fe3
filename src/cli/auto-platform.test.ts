// Unit tests of the default platform choice of `kitchen run` (auto-platform.ts).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { choosePlatform, importedModules } from './auto-platform.ts';
import type { ParsedArgs } from './args.ts';

const args = (extra: Partial<ParsedArgs> = {}): ParsedArgs => ({ command: 'run', programArgs: [], ...extra });
const dir = mkdtempSync(join(tmpdir(), 'kitchen-auto-'));
writeFileSync(join(dir, 'helpers.py'), 'import threading\n');
const main = join(dir, 'main.py');

describe('choosePlatform', () => {
  it('finds the top-level modules a program imports', () => {
    expect([...importedModules('import os, sys as s\nfrom concurrent.futures import ThreadPoolExecutor\n  import json.decoder\nx = "import nope"\n')].sort())
      .toEqual(['concurrent', 'json', 'os', 'sys']);
  });
  it('uses the shared platform for programs that import threading, queue, concurrent, asyncio...', () => {
    for (const src of ['import threading\n', 'from concurrent.futures import ThreadPoolExecutor\n', 'import queue\n', 'import multiprocessing as mp\n', 'if True:\n    import asyncio\n']) {
      expect(choosePlatform(src, main, args()), src).toBe('shared');
    }
  });
  it('uses the shared platform for a module of the program\'s own directory', () => {
    expect(choosePlatform('import helpers\n', main, args())).toBe('shared');
  });
  it('runs other programs on the main thread, unless a trace or switch interval is asked for', () => {
    expect(choosePlatform('import math\nprint(math.pi)\n', main, args())).toBe('single');
    expect(choosePlatform('print(1)\n', main, args({ trace: 'o.json' }))).toBe('shared');
    expect(choosePlatform('print(1)\n', main, args({ switchInterval: 0.001 }))).toBe('shared');
  });
  it('keeps an explicit --platform', () => {
    expect(choosePlatform('import threading\n', main, args({ platform: 'virtual' }))).toBe('virtual');
    expect(choosePlatform('print(1)\n', main, args({ platform: 'shared' }))).toBe('shared');
  });
});
