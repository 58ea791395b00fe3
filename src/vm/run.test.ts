// End-to-end tests of the eval loop and object model: each src/vm/__fixtures__/eval/NAME.py
// runs through runProgram with a capturing Host; stdout, stderr and the exit status must be
// what python3 printed (NAME.out / NAME.err / NAME.code, written by tools/gen-vm-fixtures.py).
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { runProgram } from './run.ts';
import type { Host, Micros } from './host.ts';

const DIR = join(import.meta.dirname, '__fixtures__', 'eval');

function capture(stdin: string[] = []): { host: Host; out: { stdout: string; stderr: string } } {
  const out = { stdout: '', stderr: '' };
  const host: Host = {
    write: (s, t) => { out[s] += t; },
    now: () => 0 as Micros,
    epochSeconds: 0,
    readLine: () => (stdin.length ? stdin.shift()! : null),
    environ: {},
    argv: ['prog.py'],
  };
  return { host, out };
}

describe('runProgram on python3-verified fixtures', () => {
  for (const name of readdirSync(DIR).filter((n) => n.endsWith('.py')).sort()) {
    it(name, () => {
      const base = join(DIR, name.replace(/\.py$/, ''));
      const { host, out } = capture();
      const { exitCode } = runProgram(readFileSync(join(DIR, name), 'utf8'), { filename: name, host });
      const read = (ext: string, d: string): string => (existsSync(base + ext) ? readFileSync(base + ext, 'utf8') : d);
      expect(out.stdout).toBe(read('.out', ''));
      expect(out.stderr).toBe(read('.err', ''));
      expect(exitCode).toBe(Number(read('.code', '0').trim()));
    });
  }
});

describe('runProgram basics', () => {
  it('prints hello', () => {
    const { host, out } = capture();
    expect(runProgram('print("hello")\n', { filename: 'h.py', host }).exitCode).toBe(0);
    expect(out.stdout).toBe('hello\n');
  });
  it('input() reads lines and raises EOFError at the end', () => {
    const { host, out } = capture(['abc']);
    const src = 'print(input("> ") * 2)\ntry:\n    input()\nexcept EOFError as e:\n    print("EOF:", e)\n';
    expect(runProgram(src, { filename: 'i.py', host }).exitCode).toBe(0);
    expect(out.stdout).toBe('> abcabc\nEOF: EOF when reading a line\n');
  });
  it('stops a runaway loop at the check-point limit', () => {
    const { host } = capture();
    expect(runProgram('while True:\n    pass\n', { filename: 'l.py', host, maxCheckpoints: 1 << 20 }).exitCode).toBe(124);
  });
});
