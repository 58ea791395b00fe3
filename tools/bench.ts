// The benchmark runner (`npm run bench`): every bench/*.py program runs in python3 and in
// our engine (`node bin/kitchen.mjs run FILE.py`) in the same run, and a table prints the
// wall time of each (best of N runs), the ratio ours/python3 and the geometric mean of the
// ratios. Method and caveats: docs/benchmarks.md.
//
// - Each program prints a checksum; our stdout must equal python3's, else the row says FAILED
//   (with the reason) and is left out of the geometric mean. A crash, a non-zero exit or a
//   timeout is FAILED too. The runner always goes on to the next program.
// - The python3 and our runs of a program alternate, so drifting machine load hits both.
// - Wall time is measured around the child process, so it includes start-up (Node + tsx +
//   engine load for us, interpreter start for python3); "best of N" keeps the least disturbed
//   run, as pyperformance's and hyperfine's minimum do, because noise on a shared machine only
//   ever adds time.
// - Our side runs from the CLI's prebuilt bundle (bin/kitchen.mjs, tools/build-cli.mjs): it is
//   built once before the first timed run, so no run pays for building it.
// - Memory benchmarks on our engine also report the heap's own figures on stderr (a line
//   `kitchen-heap: peak_bytes=P live_bytes=L ...`, from sys._kitchen_heap_stats): the peak
//   heap footprint over the whole run and the bytes live after the loop. The runner prints
//   them and their ratio (issue 3, acceptance 3: peak within 2x of live).
// - Peak memory (max RSS of the child) is measured in one extra run of each memory benchmark
//   (bench/memory_*.py; all of them with --mem-all), together with the peak RSS of an empty
//   program, so the growth over start-up can be compared with the live data (issue 3,
//   acceptance 3). It uses GNU time (`/usr/bin/time -f %M`) when present, else a python3
//   wrapper reading getrusage(RUSAGE_CHILDREN).ru_maxrss.
//
// Usage: node --import tsx tools/bench.ts [--filter NAME]... [--runs N] [--timeout SECONDS]
//                                         [--python PATH] [--ours CMD] [--mem-all]
// Exit status 1 when any program FAILED.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..');
const BENCH_DIR = join(REPO, 'bench');
const KITCHEN = join(REPO, 'bin', 'kitchen.mjs');
const GNU_TIME = '/usr/bin/time';

export interface BenchOptions {
  filters: string[];
  runs: number;
  timeoutS: number;
  python: string;
  /** The command that runs a program on our engine; the file name is appended. */
  ours: string[];
  memAll: boolean;
}

export function parseArgs(argv: string[]): BenchOptions {
  const opts: BenchOptions = {
    filters: [], runs: 3, timeoutS: 300, python: 'python3', ours: [process.execPath, KITCHEN, 'run'], memAll: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`bench: ${a} needs a value`);
      return v;
    };
    if (a === '--filter') opts.filters.push(...value().split(',').filter(Boolean));
    else if (a.startsWith('--filter=')) opts.filters.push(...a.slice(9).split(',').filter(Boolean));
    else if (a === '--runs') opts.runs = positiveInt(a, value());
    else if (a.startsWith('--runs=')) opts.runs = positiveInt('--runs', a.slice(7));
    else if (a === '--timeout') opts.timeoutS = positiveInt(a, value());
    else if (a === '--python') opts.python = value();
    // Another command in place of ours (e.g. `--ours python3` to check the runner itself).
    else if (a === '--ours') opts.ours = value().split(' ').filter(Boolean);
    else if (a === '--mem-all') opts.memAll = true;
    else if (a === '--help' || a === '-h') {
      console.log('usage: npm run bench -- [--filter NAME]... [--runs N] [--timeout SECONDS] [--python PATH] [--ours CMD] [--mem-all]');
      process.exit(0);
    } else throw new Error(`bench: unknown argument ${a} (try --help)`);
  }
  return opts;
}

function positiveInt(flag: string, s: string): number {
  const n = Number(s);
  if (!Number.isInteger(n) || n < 1) throw new Error(`bench: ${flag} wants a positive integer, got ${s}`);
  return n;
}

/** One child-process run: wall seconds, what it printed, and why it failed (if it did). */
interface RunResult {
  seconds: number;
  stdout: string;
  stderr: string;
  failure?: string;
}

/** The heap figures a memory benchmark printed on stderr (our engine only), if any. */
export function parseHeapLine(stderr: string): { peak: number; live: number; collections?: number } | undefined {
  const m = /kitchen-heap: (.*)/.exec(stderr);
  if (!m) return undefined;
  const fields = new Map(m[1]!.trim().split(/\s+/).map((kv) => kv.split('=') as [string, string]));
  const peak = Number(fields.get('peak_bytes')), live = Number(fields.get('live_bytes'));
  if (!Number.isFinite(peak) || !Number.isFinite(live) || live <= 0) return undefined;
  const c = Number(fields.get('collections'));
  return { peak, live, collections: Number.isFinite(c) ? c : undefined };
}

function runOnce(cmd: string, args: string[], cwd: string, timeoutS: number): RunResult {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, {
    cwd,
    encoding: 'utf8',
    timeout: timeoutS * 1000,
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, PYTHONHASHSEED: '0', PYTHONDONTWRITEBYTECODE: '1' },
  });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const stdout = r.stdout ?? '';
  const stderr = r.stderr ?? '';
  if (r.error) {
    const code = (r.error as NodeJS.ErrnoException).code;
    const why = code === 'ETIMEDOUT' ? `timed out after ${timeoutS}s` : r.error.message;
    return { seconds, stdout, stderr, failure: why };
  }
  if (r.status !== 0) {
    const lastErr = stderr.trim().split('\n').slice(-1)[0] ?? '';
    const how = r.signal ? `killed by ${r.signal}` : `exit ${r.status}`;
    return { seconds, stdout, stderr, failure: `${how}${lastErr ? `: ${lastErr}` : ''}` };
  }
  return { seconds, stdout, stderr };
}

/** Keeps the best (minimum) wall time of a series of runs; the first failure sticks. */
function better(prev: RunResult | undefined, r: RunResult): RunResult {
  if (prev?.failure) return prev;
  if (r.failure) return r;
  if (prev && prev.stdout !== r.stdout) return { ...r, failure: 'printed different output on different runs' };
  return !prev || r.seconds < prev.seconds ? r : prev;
}

/** Peak resident set size of one run of the command, in KiB, or undefined if unmeasurable. */
function peakRssKiB(cmd: string, args: string[], cwd: string, opts: BenchOptions): number | undefined {
  const dir = mkdtempSync(join(tmpdir(), 'ck-bench-'));
  try {
    const out = join(dir, 'rss');
    if (existsSync(GNU_TIME)) {
      const r = spawnSync(GNU_TIME, ['-f', '%M', '-o', out, cmd, ...args], {
        cwd, encoding: 'utf8', timeout: opts.timeoutS * 1000, maxBuffer: 64 * 1024 * 1024,
      });
      if (!r.error && existsSync(out)) {
        const kib = Number(readFileSync(out, 'utf8').trim().split('\n').pop());
        if (Number.isFinite(kib) && kib > 0) return kib;
      }
    }
    // Fallback without GNU time: python3 waits for the child and reads the children's
    // maximum RSS (KiB on Linux) from getrusage.
    const wrapper =
      'import resource, subprocess, sys\n' +
      'subprocess.run(sys.argv[2:], stdout=subprocess.DEVNULL)\n' +
      'open(sys.argv[1], "w").write(str(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss))\n';
    const r = spawnSync(opts.python, ['-c', wrapper, out, cmd, ...args], {
      cwd, encoding: 'utf8', timeout: opts.timeoutS * 1000,
    });
    if (!r.error && existsSync(out)) {
      const kib = Number(readFileSync(out, 'utf8').trim());
      if (Number.isFinite(kib) && kib > 0) return kib;
    }
    return undefined;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function geometricMean(xs: number[]): number {
  if (xs.length === 0) return NaN;
  return Math.exp(xs.reduce((s, x) => s + Math.log(x), 0) / xs.length);
}

interface Row {
  name: string;
  py?: RunResult;
  ours?: RunResult;
  ratio?: number;
  failure?: string;
}

function pad(s: string, n: number, right = false): string {
  return right ? s.padStart(n) : s.padEnd(n);
}

function fmtS(r: RunResult | undefined): string {
  return r && !r.failure ? r.seconds.toFixed(3) : '-';
}

function mib(kib: number | undefined): string {
  return kib === undefined ? 'n/a' : `${(kib / 1024).toFixed(1)} MiB`;
}

function main(): void {
  const opts = parseArgs(process.argv.slice(2));
  const programs = readdirSync(BENCH_DIR)
    .filter((f) => f.endsWith('.py') && !f.startsWith('_'))
    .sort()
    .filter((f) => opts.filters.length === 0 || opts.filters.some((flt) => f.includes(flt)));
  if (programs.length === 0) {
    console.error(`bench: no program in bench/ matches ${opts.filters.join(', ')}`);
    process.exit(1);
  }
  const [oursCmd, ...oursPre] = opts.ours;
  if (!oursCmd) throw new Error('bench: --ours is empty');
  const oursArgs = (file: string) => [...oursPre, file];
  if (oursPre.includes(KITCHEN) && !existsSync(KITCHEN)) console.error(`bench: ${KITCHEN} not found; every row of ours will fail`);
  const oursName = oursPre.includes(KITCHEN) ? 'node bin/kitchen.mjs run' : opts.ours.join(' ');
  if (oursPre.includes(KITCHEN)) {
    // Build the CLI bundle now (bin/kitchen.mjs would build it on its first start otherwise,
    // inside a timed run).
    const b = spawnSync(process.execPath, [join(REPO, 'tools', 'build-cli.mjs')], { encoding: 'utf8' });
    if (b.status !== 0) console.error(`bench: building the CLI bundle failed; ours starts from sources\n${b.stderr ?? ''}`);
  }

  console.log(`bench: ${programs.length} programs, best of ${opts.runs} runs each, python = ${opts.python}, ours = ${oursName}`);
  const rows: Row[] = [];
  const memRows: { name: string; py?: number; ours?: number }[] = [];
  const heapRows: { name: string; peak: number; live: number; collections?: number }[] = [];
  for (const file of programs) {
    const name = basename(file, '.py');
    const row: Row = { name };
    // The two sides alternate run by run, so a change in the machine's load during the
    // benchmark affects both alike.
    for (let i = 0; i < opts.runs; i++) {
      row.py = better(row.py, runOnce(opts.python, [file], BENCH_DIR, opts.timeoutS));
      if (row.py.failure) break;
      if (row.ours?.failure) continue;
      row.ours = better(row.ours, runOnce(oursCmd, oursArgs(file), BENCH_DIR, opts.timeoutS));
    }
    if (row.py!.failure) {
      row.failure = `python3 failed: ${row.py!.failure}`;
    } else {
      row.ours = row.ours!;
      if (row.ours.failure) row.failure = row.ours.failure;
      else if (row.ours.stdout !== row.py!.stdout) {
        row.failure = `output differs: python3 printed ${JSON.stringify(row.py!.stdout.slice(0, 80))}, ours ${JSON.stringify(row.ours.stdout.slice(0, 80))}`;
      } else row.ratio = row.ours.seconds / row.py!.seconds;
    }
    rows.push(row);
    // Print as we go: a full run takes minutes.
    const status = row.failure ? `FAILED  ${row.failure}` : `x${row.ratio!.toFixed(2)}`;
    console.log(`  ${pad(name, 16)} python3 ${pad(fmtS(row.py), 8, true)} s   ours ${pad(fmtS(row.ours), 8, true)} s   ${status}`);
    const heap = row.ratio === undefined ? undefined : parseHeapLine(row.ours!.stderr);
    if (heap) {
      heapRows.push({ name, ...heap });
      console.log(`  ${pad('', 16)} heap: peak ${(heap.peak / 1024).toFixed(0)} KiB, live after the loop ${(heap.live / 1024).toFixed(0)} KiB, peak/live ${(heap.peak / heap.live).toFixed(2)}`);
    }
    if (opts.memAll || name.startsWith('memory')) {
      memRows.push({
        name,
        py: row.py!.failure ? undefined : peakRssKiB(opts.python, [file], BENCH_DIR, opts),
        // A failed run's footprint means nothing, so it is not measured.
        ours: row.ratio === undefined ? undefined : peakRssKiB(oursCmd, oursArgs(file), BENCH_DIR, opts),
      });
    }
  }

  console.log('');
  console.log(`${pad('benchmark', 16)} ${pad('python3 s', 10, true)} ${pad('ours s', 10, true)} ${pad('ours/python3', 13, true)}`);
  console.log('-'.repeat(52));
  for (const r of rows) {
    const ratio = r.ratio === undefined ? 'FAILED' : r.ratio.toFixed(2);
    console.log(`${pad(r.name, 16)} ${pad(fmtS(r.py), 10, true)} ${pad(fmtS(r.ours), 10, true)} ${pad(ratio, 13, true)}`);
  }
  const ratios = rows.filter((r) => r.ratio !== undefined).map((r) => r.ratio!);
  const failed = rows.filter((r) => r.failure);
  console.log('-'.repeat(52));
  const gm = geometricMean(ratios);
  console.log(`geometric mean of ratios: ${Number.isNaN(gm) ? 'n/a' : gm.toFixed(2)} (over ${ratios.length} of ${rows.length} programs)`);

  if (memRows.length > 0) {
    // Start-up footprint of each side, so the growth a benchmark causes can be told apart
    // from the interpreter's own size.
    const dir = mkdtempSync(join(tmpdir(), 'ck-bench-empty-'));
    const empty = join(dir, 'empty.py');
    writeFileSync(empty, 'pass\n');
    const basePy = peakRssKiB(opts.python, [empty], dir, opts);
    const baseOurs = peakRssKiB(oursCmd, oursArgs(empty), dir, opts);
    rmSync(dir, { recursive: true, force: true });
    console.log('');
    console.log('peak memory (max RSS of the process; "empty" = a program that only says pass)');
    console.log(`  ${pad('empty', 16)} python3 ${pad(mib(basePy), 11, true)}   ours ${pad(mib(baseOurs), 11, true)}`);
    for (const m of memRows) {
      const growth = (v?: number, b?: number) =>
        v !== undefined && b !== undefined ? ` (${v >= b ? '+' : '-'}${mib(Math.abs(v - b))})` : '';
      console.log(`  ${pad(m.name, 16)} python3 ${pad(mib(m.py), 11, true)}${growth(m.py, basePy)}   ours ${pad(mib(m.ours), 11, true)}${growth(m.ours, baseOurs)}`);
    }
  }

  if (heapRows.length > 0) {
    console.log('');
    console.log('our heap (peak = highest heap top over the run; live = bytes live after the loop, after a collection)');
    for (const h of heapRows) {
      const c = h.collections === undefined ? '' : `, ${h.collections} collections`;
      console.log(`  ${pad(h.name, 16)} peak ${pad(`${(h.peak / 1024).toFixed(0)} KiB`, 10, true)}   live ${pad(`${(h.live / 1024).toFixed(0)} KiB`, 10, true)}   peak/live ${(h.peak / h.live).toFixed(2)}${c}`);
    }
  }

  if (failed.length > 0) {
    console.log('');
    for (const r of failed) console.log(`FAILED ${r.name}: ${r.failure}`);
    process.exitCode = 1;
  }
}

// Run only when executed, so the helpers can be imported by a unit test.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    main();
  } catch (e) {
    console.error((e as Error).message);
    process.exit(2);
  }
}
