// The asyncio benchmarks (issue 5, acceptance 3): every bench/asyncio/*.py runs in python3
// and on our engine (`node bin/kitchen.mjs run FILE.py [--platform P]`) in the same run,
// alternating, best of N. Each program prints a checksum on stdout (ours must equal
// python3's) and the time of its asyncio work alone on stderr as `elapsed SECONDS`, so the
// table compares the loop's work without the start-up of either interpreter:
//   sleep0_tasks  10,000 tasks each awaiting sleep(0) ten times: ratio ours/python3;
//   sleep_many    1,000 tasks each sleeping 0.1 s: must finish in under 0.3 s (LIMITS).
// Wall time of the whole process and its CPU time (user+sys, from the child's rusage) are
// shown too: on a loaded machine, elapsed time stretches while CPU time does not.
//
// Usage: node --import tsx tools/bench-asyncio.ts [--runs N] [--platform shared|virtual|single]
//                                                 [--filter NAME] [--python PATH]
// Exit status 1 when a program fails (wrong checksum, crash) or misses its limit.

import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIR = join(REPO, 'bench', 'asyncio');
const KITCHEN = join(REPO, 'bin', 'kitchen.mjs');

/** Upper bounds on our `elapsed`, in seconds (acceptance 3 of issue 5). */
export const LIMITS: Record<string, number> = { sleep_many: 0.3 };

export interface Measure { elapsed: number; wall: number; cpu: number; stdout: string; ok: boolean; error?: string }

/** `elapsed S` from a program's stderr, or NaN. */
export function parseElapsed(stderr: string): number {
  const m = /^elapsed (\d+(?:\.\d+)?)$/m.exec(stderr);
  return m ? Number(m[1]) : NaN;
}

function measure(cmd: string[], file: string, timeoutS: number): Measure {
  // The child's CPU time comes from a python3 wrapper reading RUSAGE_CHILDREN, so python3
  // and our engine are measured the same way.
  const wrapper = 'import resource,subprocess,sys,time\n' +
    't=time.perf_counter();p=subprocess.run(sys.argv[1:],capture_output=True,text=True);w=time.perf_counter()-t\n' +
    'r=resource.getrusage(resource.RUSAGE_CHILDREN)\n' +
    'sys.stdout.write(p.stdout);sys.stderr.write(p.stderr)\n' +
    'sys.stderr.write(f"\\n@@ {p.returncode} {w} {r.ru_utime+r.ru_stime}\\n")';
  const r = spawnSync('python3', ['-c', wrapper, ...cmd, file], { encoding: 'utf8', timeout: timeoutS * 1000, cwd: REPO });
  const tail = /@@ (-?\d+) (\S+) (\S+)\s*$/.exec(r.stderr ?? '');
  if (r.error || tail === null) return { elapsed: NaN, wall: NaN, cpu: NaN, stdout: '', ok: false, error: String(r.error ?? 'no result') };
  const code = Number(tail[1]);
  const elapsed = parseElapsed(r.stderr);
  return {
    elapsed, wall: Number(tail[2]), cpu: Number(tail[3]), stdout: r.stdout, ok: code === 0 && !Number.isNaN(elapsed),
    error: code !== 0 ? `exit ${code}: ${r.stderr.split('\n').filter(Boolean).slice(-2, -1)[0] ?? ''}` : undefined,
  };
}

function best(ms: Measure[]): Measure {
  const good = ms.filter((m) => m.ok);
  if (good.length === 0) return ms[0]!;
  return good.reduce((a, b) => (b.elapsed < a.elapsed ? b : a));
}

/** Runs the table; returns the exit status (1 on a failure or a missed limit). */
export function runAsyncioBench(argv: string[]): number {
  let runs = 3;
  let platform: string | null = null;
  let python = 'python3';
  const filters: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--runs') runs = Math.max(1, Number(argv[++i]));
    else if (a === '--platform') platform = argv[++i]!;
    else if (a === '--filter') filters.push(argv[++i]!);
    else if (a === '--python') python = argv[++i]!;
    else throw new Error(`bench-asyncio: unknown argument ${a}`);
  }
  const ours = [process.execPath, KITCHEN, 'run', ...(platform ? ['--platform', platform] : [])];
  const files = readdirSync(DIR).filter((f) => f.endsWith('.py')).sort()
    .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)));
  let failed = false;
  console.log(`asyncio benchmarks, best of ${runs}; ours: kitchen run${platform ? ` --platform ${platform}` : ''}`);
  console.log('program        python3 elapsed   ours elapsed   ratio   python3 cpu   ours cpu   cpu ratio   verdict');
  for (const f of files) {
    const name = basename(f, '.py');
    const py: Measure[] = [];
    const us: Measure[] = [];
    for (let i = 0; i < runs; i++) {
      py.push(measure([python], join(DIR, f), 120));
      us.push(measure(ours, join(DIR, f), 600));
    }
    const p = best(py), o = best(us);
    let verdict = 'ok';
    if (!p.ok) verdict = `FAILED (python3: ${p.error})`;
    else if (!o.ok) verdict = `FAILED (${o.error})`;
    else if (o.stdout !== p.stdout) verdict = 'FAILED (checksum differs from python3)';
    else if (LIMITS[name] !== undefined) verdict = o.elapsed < LIMITS[name]! ? `ok (< ${LIMITS[name]} s)` : `MISSED (limit ${LIMITS[name]} s)`;
    if (verdict.startsWith('FAILED') || verdict.startsWith('MISSED')) failed = true;
    const s = (x: number) => (Number.isNaN(x) ? '-' : x.toFixed(3)).padStart(9);
    console.log(`${name.padEnd(14)} ${s(p.elapsed)} s      ${s(o.elapsed)} s  ${(o.elapsed / p.elapsed).toFixed(1).padStart(6)}x  ${s(p.cpu)} s  ${s(o.cpu)} s  ${(o.cpu / p.cpu).toFixed(1).padStart(8)}x   ${verdict}`);
  }
  return failed ? 1 : 0;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = runAsyncioBench(process.argv.slice(2));
