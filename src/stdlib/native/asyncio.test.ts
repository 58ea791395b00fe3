// The native `_asyncio` and `_heapq` modules on the single platform: asyncio takes their
// classes and functions, tasks interleave in python3's order, and a task's step is the
// Python trampoline (tasks._c_step) so coroutines resume in the thread's own eval loop.
// Expected outputs are python3's (python3.11 printed the same lines for the parts that do
// not name our modules: the interleaving, the heap order, the errors).
import { describe, expect, it } from 'vitest';
import './index.ts';
import '../py-sources.ts';
import { runTestProgram as run } from '../../vm/test-host.ts';

describe('_asyncio', () => {
  it('provides asyncio.Future and asyncio.Task, and the running-loop functions', () => {
    const r = run([
      'import asyncio, _asyncio',
      'print(asyncio.Future is _asyncio.Future, asyncio.Task is _asyncio.Task)',
      'print(asyncio.get_running_loop is _asyncio.get_running_loop, asyncio.current_task is _asyncio.current_task)',
      'print(asyncio.tasks._PyTask is not asyncio.Task)',
    ].join('\n'));
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('True True\nTrue True\nTrue\n');
  });

  it('interleaves tasks with sleep(0) in creation order, as python3 does', () => {
    // python3: a0 b0 c0 a1 b1 c1 / [10, 20, 30] / Task-1 True
    const r = run([
      'import asyncio',
      'out = []',
      'async def w(name, n):',
      '    for i in range(2):',
      '        out.append(f"{name}{i}")',
      '        await asyncio.sleep(0)',
      '    return n',
      'async def main():',
      '    res = await asyncio.gather(w("a", 10), w("b", 20), w("c", 30))',
      '    print(" ".join(out))',
      '    print(res)',
      '    t = asyncio.current_task()',
      '    print(t.get_name(), t in asyncio.all_tasks())',
      'asyncio.run(main())',
    ].join('\n'));
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('a0 b0 c0 a1 b1 c1\n[10, 20, 30]\nTask-1 True\n');
  });

  it('schedules each step as the Python trampoline bound to the task', () => {
    const r = run([
      'import asyncio',
      'async def main():',
      '    loop = asyncio.get_running_loop()',
      '    t = asyncio.create_task(asyncio.sleep(0))',
      '    h = loop._ready[-1]',
      '    print(h._callback.__func__ is asyncio.tasks._c_step, h._callback.__self__ is t)',
      '    await t',
      '    print(t.done(), t.result())',
      'asyncio.run(main())',
    ].join('\n'));
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('True True\nTrue None\n');
  });

  it('reports a coroutine exception with no frame of the step in its traceback', () => {
    // python3 prints the same two frames: main's await and boom's raise.
    const r = run([
      'import asyncio, traceback',
      'async def boom():',
      '    raise ValueError("x")',
      'async def main():',
      '    try:',
      '        await asyncio.create_task(boom())',
      '    except ValueError as e:',
      '        print([f.name for f in traceback.extract_tb(e.__traceback__)])',
      'asyncio.run(main())',
    ].join('\n'));
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe("['main', 'boom']\n");
  });
});

describe('_heapq', () => {
  it('is what heapq uses, with python3 order and errors', () => {
    // python3: True / [0, 1, 3, 3, 5, 5, 9] / heappop() argument must be list, not tuple
    const r = run([
      'import heapq, _heapq',
      'print(heapq.heappush is _heapq.heappush)',
      'h = []',
      'for v in [5, 3, 5, 1, 3, 9, 0]: heapq.heappush(h, v)',
      'print([heapq.heappop(h) for _ in range(7)])',
      'try:',
      '    heapq.heappop(())',
      'except TypeError as e:',
      '    print(e)',
    ].join('\n'));
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('True\n[0, 1, 3, 3, 5, 5, 9]\nheappop() argument must be list, not tuple\n');
  });
});
