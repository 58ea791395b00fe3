// The `kitchen` command as a user runs it: through bin/kitchen.mjs, in a child process.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../../bin/kitchen.mjs', import.meta.url));
const kitchen = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 60_000 });
const dir = mkdtempSync(join(tmpdir(), 'kitchen-cli-'));
const file = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};

describe('kitchen CLI', () => {
  it('prints help listing the commands', () => {
    const r = kitchen('--help');
    expect(r.status).toBe(0);
    for (const word of ['run FILE.py', 'ast FILE.py', 'dis FILE.py', '--heap-cap']) expect(r.stdout).toContain(word);
  });

  it('exits 2 on usage errors and on a missing file, as python3 does', () => {
    expect(kitchen('bake').status).toBe(2);
    const r = kitchen('run', join(dir, 'nope.py'));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("can't open file");
  });

  it('prints the AST as python3.11 ast.dump does', () => {
    // Expected text produced by python3.11: ast.dump(ast.parse("print(2 ** 10)\n")).
    const r = kitchen('ast', file('p.py', 'print(2 ** 10)\n'));
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe("Module(body=[Expr(value=Call(func=Name(id='print', ctx=Load()), args=[BinOp(left=Constant(value=2), op=Pow(), right=Constant(value=10))], keywords=[]))], type_ignores=[])\n");
    expect(r.status).toBe(0);
  });

  it('reports a syntax error in `ast` as python3 does, with status 1', () => {
    const p = file('bad.py', 'x = = 1\n');
    const r = kitchen('ast', p);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`  File "${p}", line 1\n    x = = 1\n        ^\nSyntaxError: invalid syntax\n`);
  });

  // The guide's threading examples on both platforms: python3.11's output with thread ids
  // masked (`python3 FILE | sed -E 's/TID:[0-9]+/TID:N/'`; both print the same text).
  const PYTHON3_MASKED = '\nTID:N: 1\nTID:N: 1\nTID:N: 2\nTID:N: 2\nTID:N: 3\nTID:N: 3\nTID:N: 4\nTID:N: 4\nTID:N: 5\nTID:N: 5';
  const example = (name: string) => fileURLToPath(new URL(`../../public/examples/${name}`, import.meta.url));
  for (const platform of [[], ['--platform', 'virtual']]) {
    it(`runs the guide's threading examples like python3 (${platform.length ? 'virtual' : 'shared, the default'})`, () => {
      for (const name of ['01_threading_thread.py', '02_thread_pool_executor.py']) {
        const r = kitchen('run', ...platform, example(name));
        expect(r.stderr, name).toBe('');
        expect(r.status, name).toBe(0);
        // Up to thread ids and interleaving: the same lines, each thread's own in order.
        expect(r.stdout.replace(/TID:\d+/g, 'TID:N').split('\n').sort(), name).toEqual(PYTHON3_MASKED.split('\n').sort());
        const byThread = new Map<string, string[]>();
        for (const m of r.stdout.matchAll(/TID:(\d+): (\d)/g)) byThread.set(m[1]!, [...(byThread.get(m[1]!) ?? []), m[2]!]);
        expect([...byThread.values()], name).toEqual([['1', '2', '3', '4', '5'], ['1', '2', '3', '4', '5']]);
      }
    });

    it(`reports a deadlock: who waits for which lock held by whom (${platform.length ? 'virtual' : 'shared'})`, () => {
      const r = kitchen('run', ...platform, fileURLToPath(new URL('../engine/shared/__fixtures__/deadlock-with.py', import.meta.url)));
      expect(r.status).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^kitchen: deadlock/);
      expect(r.stderr).toMatch(/MainThread \(line 29\) waits to join alice/);
      expect(r.stderr).toMatch(/alice \(line 14\) waits for lock at 0x[0-9a-f]+, held by bob/);
      expect(r.stderr).toMatch(/bob \(line 21\) waits for lock at 0x[0-9a-f]+, held by alice/);
    });
  }

  it('writes the shared platform trace as Chrome Trace Event JSON, and takes --switch-interval', () => {
    const out = join(dir, 'trace.json');
    const p = file('si.py', 'import sys, threading\nprint(sys.getswitchinterval())\nt = threading.Thread(target=print, args=("hi",), name="T")\nt.start(); t.join()\n');
    const r = kitchen('run', '--switch-interval', '0.25', '--trace', out, p);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('0.25\nhi\n');
    const trace = JSON.parse(readFileSync(out, 'utf8')) as { traceEvents: { name: string; ph: string; args?: { name?: string } }[] };
    const names = trace.traceEvents.filter((e) => e.ph === 'M' && e.name === 'thread_name').map((e) => e.args?.name);
    expect(names).toContain('MainThread');
    expect(names).toContain('T');
    expect(trace.traceEvents.some((e) => e.ph === 'X')).toBe(true);
  });

  // A program printing without end, read through a pipe: `bytes` of its output are read,
  // then the reader closes the pipe, as `| head -c` does.
  const readThenClose = (args: string[], bytes: number) => new Promise<{ got: number; status: number | null; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [BIN, 'run', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let got = 0, stderr = '';
    child.stderr.on('data', (b: Buffer) => { stderr += b.toString(); });
    child.stdout.on('data', (b: Buffer) => {
      got += b.length;
      if (got >= bytes) child.stdout.destroy();
    });
    child.on('exit', (status) => resolve({ got, status, stderr }));
  });
  const FLOOD = 'i = 0\nwhile True:\n    print(i)\n    i += 1\n';

  it.each(['single', 'virtual', 'shared'])('streams endless output into a pipe, and stops when the reader closes it (%s)', async (platform) => {
    // Past the 64 KiB a pipe holds: on the single and virtual platforms the program runs on
    // Node's main thread, where queued writes to a full pipe waited for the program's end.
    const r = await readThenClose(['--platform', platform, file(`flood-${platform}.py`, FLOOD)], 4 << 20);
    expect(r.got).toBeGreaterThanOrEqual(4 << 20);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('kitchen: stdout was closed (broken pipe); the run stopped\n');
  }, 60_000);

  it('reads piped stdin from any thread on the shared platform', () => {
    const p = file('inp.py', 'import threading\nx = []\nt = threading.Thread(target=lambda: x.append(input()))\nt.start(); t.join()\nprint(x, input())\n');
    const r = spawnSync(process.execPath, [BIN, 'run', p], { encoding: 'utf8', timeout: 60_000, input: 'Ada\nBob\n' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe("['Ada'] Bob\n");
  });

  it('--platform single runs on the main thread, where a thread cannot start', () => {
    expect(kitchen('run', '--platform', 'single', file('one.py', 'print(6 * 7)\n')).stdout).toBe('42\n');
    const r = kitchen('run', '--platform', 'single', file('t.py', 'import threading\nthreading.Thread(target=print).start()\n'));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/RuntimeError: can't start new thread\n$/);
  });
});
