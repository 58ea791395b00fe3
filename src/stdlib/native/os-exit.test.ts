// os._exit on the single platform (runProgram, no processes): the run ends at once with
// the given status; no `finally`, `except BaseException` or code after it runs. Expected
// values from python3 (`python3 -c '...'; echo $?`): 3, with only "before" printed.
import { describe, expect, it } from 'vitest';
import './index.ts';
import '../py-sources.ts';
import { runTestProgram as run } from '../../vm/test-host.ts';

describe('os._exit on the single platform', () => {
  it('ends the run with its status, skipping finally and except BaseException', () => {
    const r = run([
      'import os',
      'def f():',
      '    try:',
      '        print("before")',
      '        os._exit(3)',
      '    except BaseException:',
      '        print("caught")',
      '    finally:',
      '        print("finally")',
      'f()',
      'print("after")',
    ].join('\n'));
    expect(r).toEqual({ exitCode: 3, stdout: 'before\n', stderr: '' });
  });

  it('checks its argument as python3 does', () => {
    const r = run('import os\ntry:\n    os._exit("x")\nexcept TypeError as e:\n    print(e)\nos._exit(0)\nprint("not printed")');
    expect(r).toEqual({ exitCode: 0, stdout: "'str' object cannot be interpreted as an integer\n", stderr: '' });
  });
});
