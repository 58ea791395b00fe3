// A Host for unit tests of the pure layers: collects output, fixed clock, no stdin.
import type { Host, Micros, Stream } from './host.ts';
import { runProgram } from './run.ts';

export function testHost(): Host & { out: string[]; err: string[] } {
  const out: string[] = [], err: string[] = [];
  return {
    out, err,
    write(stream: Stream, text: string) { (stream === 'stdout' ? out : err).push(text); },
    now: () => 0 as Micros,
    epochSeconds: 0,
    readLine: () => null,
    environ: {},
    argv: [],
  };
}

/** Runs `source` as the program `prog.py` on a test host; its exit status and output. */
export function runTestProgram(source: string): { exitCode: number; stdout: string; stderr: string } {
  const host = testHost();
  const { exitCode } = runProgram(source, { filename: 'prog.py', host: { ...host, argv: ['prog.py'] } });
  return { exitCode, stdout: host.out.join(''), stderr: host.err.join('') };
}
