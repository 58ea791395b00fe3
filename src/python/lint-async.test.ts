import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from './parser';
import { lintBlockingInAsync } from './lint-async';

const lint = (src: string) => lintBlockingInAsync(parse(src, 'x.py')).map((f) => [f.lineno, f.col_offset, f.message.split(' ')[0]]);

describe('lintBlockingInAsync', () => {
  it('flags time.sleep in the guide asyncio example, once per call site', () => {
    const src = readFileSync(new URL('../../public/examples/06_asyncio_gather_blocking_sleep.py', import.meta.url), 'utf8');
    const found = lintBlockingInAsync(parse(src, 'ex.py'));
    expect(found).toHaveLength(1);
    expect(found[0]!.lineno).toBe(10);
    expect(found[0]!.suggestion).toContain('await asyncio.sleep');
  });

  it('follows import aliases and ignores sleeps outside coroutines and awaited calls', () => {
    expect(lint('import time as t\nasync def f():\n    t.sleep(1)\n')).toEqual([[3, 4, 'time.sleep()']]);
    expect(lint('from time import sleep\nasync def f():\n    sleep(1)\n')).toEqual([[3, 4, 'time.sleep()']]);
    expect(lint('import time\ndef f():\n    time.sleep(1)\n')).toEqual([]);
    expect(lint('import asyncio\nasync def f():\n    await asyncio.sleep(1)\n')).toEqual([]);
    expect(lint('import time\nasync def f():\n    def g():\n        time.sleep(1)\n    return g\n')).toEqual([]);
  });

  it('flags blocking lock, queue, join and input calls but not their non-blocking forms', () => {
    const src = [
      'import threading, queue',
      'lock = threading.Lock()',
      'q = queue.Queue()',
      'th = threading.Thread(target=print)',
      'async def f():',
      '    lock.acquire()',
      '    lock.acquire(False)',
      '    q.get()',
      '    q.get(block=False)',
      '    th.join()',
      '    name = input("?")',
      '',
    ].join('\n');
    expect(lint(src).map((r) => r[0])).toEqual([6, 8, 10, 11]);
  });
});
