// Unit tests of `_thread` (thread.ts) on one Runtime with a minimal ThreadPlatform: the
// threads it starts are handed to the platform, which here runs them to their end whenever
// the main thread blocks (time.sleep). The function a new thread starts in must survive a
// garbage collection that happens while no thread runs it: it has to be reachable from the
// heap, not only from JS.
import { describe, expect, it } from 'vitest';
import '../native/index.ts';
import '../py-sources.ts';
import type { Host, Micros } from '../../vm/host.ts';
import type { Ref } from '../../vm/heap.ts';
import { prepareProgram } from '../../vm/run.ts';
import { resume, run } from '../../vm/eval.ts';
import { formatException } from '../../vm/traceback.ts';
import { setThreadPlatform } from './thread.ts';

function runWithPlatform(source: string): { out: string; started: Ref[] } {
  let out = '';
  const host: Host = {
    write: (_stream, text) => { out += text; },
    now: () => 0 as Micros,
    epochSeconds: 0,
    readLine: () => null,
    environ: {},
    argv: ['main.py'],
  };
  const prepared = prepareProgram(source, { filename: 'main.py', host });
  if (prepared.rt === null) throw new Error(out);
  const rt = prepared.rt;
  const started: Ref[] = [];
  const pending: Ref[] = [];
  setThreadPlatform(rt, { startThread: (_rt, ts) => { started.push(ts); pending.push(ts); }, wake: () => {} });
  let r = run(rt);
  while (r.kind === 'block') {
    const main = rt.ts;
    for (const ts of pending.splice(0)) {
      rt.ts = ts;
      const t = run(rt);
      if (t.kind !== 'done') throw new Error(`thread ended with ${t.kind}`);
    }
    rt.ts = main;
    resume(rt, { value: rt.none });
    r = run(rt);
  }
  if (r.kind === 'exception') out += formatException(rt, r.exc);
  return { out, started };
}

describe('_thread.start_new_thread', () => {
  it('hands each new thread to the platform and returns its ident', () => {
    const { out, started } = runWithPlatform([
      'import _thread, time',
      'a = _thread.start_new_thread(print, (1, 2))',
      'b = _thread.start_new_thread(print, (3, 4), {"sep": "-"})',
      'time.sleep(0.01)',
      'print(type(a).__name__, a != b, a != _thread.get_ident())',
    ].join('\n'));
    expect(out).toBe('1 2\n3-4\nint True True\n');
    expect(started).toHaveLength(2);
  });

  it('still starts threads after a collection freed everything unreachable', () => {
    const { out, started } = runWithPlatform([
      'import _thread, gc, time',
      '_thread.start_new_thread(print, ("first",))',
      'time.sleep(0.01)',
      'for i in range(3):',
      '    junk = [[j] for j in range(20000)]',
      '    gc.collect()',
      '    for k in range(10): pass',
      '_thread.start_new_thread(print, ("second",))',
      'time.sleep(0.01)',
    ].join('\n'));
    expect(out).toBe('first\nsecond\n');
    expect(started).toHaveLength(2);
  });

  it('checks its arguments as CPython does', () => {
    const { out } = runWithPlatform([
      'import _thread',
      'for args in ((), (print,), (print, [1]), (1, ()), (print, (), [])):',
      '    try:',
      '        _thread.start_new_thread(*args)',
      '    except TypeError as e:',
      '        print(e)',
    ].join('\n'));
    expect(out).toBe([
      'start_new_thread expected at least 2 arguments, got 0',
      'start_new_thread expected at least 2 arguments, got 1',
      '2nd arg must be a tuple',
      'first arg must be callable',
      'optional 3rd arg must be a dictionary',
      '',
    ].join('\n'));
  });
});
