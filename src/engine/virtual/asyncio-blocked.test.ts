// `loop-blocked` from a real run: Handle._run's native enter/exit (_asyncio._handle_enter,
// _handle_exit) time every callback of a traced run and report the ones that held the loop
// for at least loop.slow_callback_duration, with the task whose step it was (0 for a plain
// callback). On the virtual platform the clock is simulated, so the durations are exact.
import { describe, expect, it } from 'vitest';
import { runVirtual } from './run-virtual.ts';
import '../python-entry.ts';

const PROGRAM = [
  'import asyncio, time',
  'async def main():',
  '    loop = asyncio.get_running_loop()',
  '    fut = loop.create_future()',
  '    loop.call_soon(time.sleep, 0.15)        # a plain callback that blocks: task 0',
  '    loop.call_soon(fut.set_result, 1)',
  '    await fut',
  '    time.sleep(0.05)                        # under the default 0.1 s: not reported',
  '    await asyncio.sleep(0)',
  '    loop.slow_callback_duration = 0.01',
  '    await asyncio.sleep(0)',
  '    time.sleep(0.02)                        # over the new threshold: this task\'s step',
  '    print(id(asyncio.current_task()))',
  'asyncio.run(main())',
].join('\n');

describe('loop-blocked', () => {
  it('reports the callbacks and task steps that held the loop past slow_callback_duration', () => {
    const r = runVirtual(PROGRAM, { filename: 'main.py', seed: 1, cores: 2 });
    expect(r.stderr).toBe('');
    const task = Number(r.stdout.trim());
    const blocked = r.events.filter((e) => e.kind === 'loop-blocked').map((e) => [e.task, Math.round(Number(e.micros) / 10_000)]);
    // Durations in units of 10 ms: 150 ms and 20 ms (plus the few µs the step itself took).
    expect(blocked).toEqual([[0, 15], [task, 2]]);
  });
});
