// poolSizeFor (pool-size.ts): thread programs get a larger pool up front, process programs
// and plain ones the small default.
import { describe, expect, it } from 'vitest';
import { poolSizeFor, DEFAULT_POOL, THREADED_POOL } from './pool-size.ts';

describe('poolSizeFor', () => {
  it('gives thread programs a larger pool', () => {
    for (const src of [
      'import threading\n',
      'import time, threading\n',
      'import concurrent.futures\nwith concurrent.futures.ThreadPoolExecutor() as ex:\n    pass\n',
      'from concurrent.futures import ThreadPoolExecutor\n',
      'from threading import Thread\n',
      'def f():\n    import _thread\n',
    ]) expect(poolSizeFor(src), src).toBe(THREADED_POOL);
  });

  it('keeps the small default for other programs', () => {
    for (const src of [
      'print("hi")\n',
      'import asyncio\n',
      'import mythreading\n',
      'from threadingx import y\n',
      '# import threading\nprint(1)\n',
      'import multiprocessing\n',
      'from concurrent.futures import ProcessPoolExecutor\n',
      'import threading\nimport multiprocessing as mp\n',
      'import concurrent.futures\n',
    ]) expect(poolSizeFor(src), src).toBe(DEFAULT_POOL);
  });
});
