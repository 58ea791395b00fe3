// What the thread and process benchmarks (tools/bench-threads.ts, tools/bench-processes.ts)
// share: their command line, running python3 on a program that prints one line of
// `key=value` figures, and reading that line; the table's outcome and the end of a run.

import { nodeWarmPool } from '../src/engine/shared/run-shared-node.ts';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** `runs`: rounds of each latency figure. `cpuRuns`: rounds of the CPU-bound rows, whose
 *  verdicts compare ratios of best times. More of them, because this kind of machine (a
 *  shared 2-core VM) slows a whole run down by a third now and then: python3 alone ran the
 *  same 2.4M-iteration loop in 0.155 to 0.209 s over six consecutive runs, and its
 *  cpu_processes.py K = 1 in 1.77 to 2.07 s over three. A best of five often caught one K
 *  in a quiet spell and another K not, for python3 as for us. */
export interface BenchOpts { runs: number; cpuRuns: number; python: string }

/** `--runs N`, `--cpu-runs N` and `--python PATH`; `name` is the tool's file name, for messages. */
export function parseBenchArgs(name: string, defaultRuns: number, argv: string[], defaultCpuRuns = defaultRuns): BenchOpts {
  const o: BenchOpts = { runs: defaultRuns, cpuRuns: defaultCpuRuns, python: 'python3' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--runs') o.runs = Math.max(1, Number(argv[++i]));
    else if (a === '--cpu-runs') o.cpuRuns = Math.max(1, Number(argv[++i]));
    else if (a === '--python') o.python = argv[++i]!;
    else if (a === '--help' || a === '-h') {
      console.log(`usage: node --import tsx tools/${name}.ts [--runs N] [--cpu-runs N] [--python PATH]`);
      process.exit(0);
    } else throw new Error(`${name}: unknown argument ${a}`);
  }
  return o;
}

/** `key=value` pairs of a program's one output line. */
export function fields(line: string): Record<string, string> {
  return Object.fromEntries(line.trim().split(/\s+/).map((kv) => kv.split('=') as [string, string]));
}

/** Runs `dir/file args` with python3 and returns its figures. */
export function runPython(opts: BenchOpts, dir: string, file: string, args: string[], timeoutMs: number): Record<string, string> {
  const r = spawnSync(opts.python, [join(dir, file), ...args], { encoding: 'utf8', timeout: timeoutMs });
  if (r.status !== 0) {
    const why = r.error ? String(r.error) : r.signal ? `killed by ${r.signal}` : `exit ${r.status}`;
    throw new Error(`python3 ${file} failed (${why}): ${r.stderr ?? ''}`);
  }
  return fields(r.stdout);
}

/** Best seconds (and last checksum) of python3 and of ours for each K, the K taking turns
 *  within each of `runs` rounds, so that no K gets the workers colder or the machine quieter
 *  than another. A checksum that differs from python3's makes the outcome FAILED. */
export async function bestOfTurns(
  name: string, runs: number, ks: readonly string[],
  python: (k: string) => Record<string, string>, ours: (k: string) => Promise<Record<string, string>>,
): Promise<Record<string, { py: number; us: number }>> {
  const t: Record<string, { py: number; us: number; pyCheck: string; usCheck: string }> = {};
  for (const k of ks) t[k] = { py: Infinity, us: Infinity, pyCheck: '', usCheck: '' };
  for (let i = 0; i < runs; i++) {
    for (const k of ks) {
      const p = python(k);
      const o = await ours(k);
      const r = t[k]!;
      r.py = Math.min(r.py, Number(p.seconds));
      r.us = Math.min(r.us, Number(o.seconds));
      r.pyCheck = p.checksum!;
      r.usCheck = o.checksum!;
    }
  }
  for (const k of ks) {
    if (t[k]!.usCheck !== t[k]!.pyCheck) { outcome.failed = true; console.log(`${name} ${k}: FAILED: checksum ${t[k]!.usCheck}, python3 ${t[k]!.pyCheck}`); }
  }
  return t;
}

/** A table's outcome: a FAILED row (wrong checksum, crash) or a MISSED target makes the
 *  benchmark's exit status 1. */
export const outcome = {
  failed: false,
  /** 'ok' or 'MISSED' for a target, remembering a miss. */
  verdict(ok: boolean): string {
    if (!ok) outcome.failed = true;
    return ok ? 'ok' : 'MISSED';
  },
};

/** Runs a shared-platform benchmark's main: an error fails it; the warm workers are
 *  disposed of at the end so Node can exit; the exit status says whether all held. */
export function runBenchMain(main: () => Promise<void>): void {
  main()
    .catch((e) => {
      console.error(e instanceof Error ? e.message : e);
      outcome.failed = true;
    })
    .finally(() => {
      nodeWarmPool().dispose();
      process.exitCode = outcome.failed ? 1 : 0;
    });
}
