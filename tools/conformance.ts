// The conformance runner: every tests/conformance/**/NAME.py runs on our engine and must
// print what python3 printed (NAME.out, NAME.err, NAME.code, written by tools/gen-expected.py).
//
// - stdout must match exactly; stderr must match exactly (NAME.err, or nothing when there is
//   no NAME.err); the exit status must match (NAME.code, or 0).
// - Platforms: the corpus runs on 'single' (one thread, no thread platform). The programs
//   of threading/ and asyncio/ run on the two threaded platforms instead, 'virtual' (every
//   thread in one JS thread under the deterministic scheduler, seed 1) and 'shared' (one
//   worker_threads worker per Python thread over a SharedArrayBuffer heap): each must pass
//   on both. `--platform single|virtual|shared|all` (or a comma list) keeps the runs on
//   those platforms; the default is all. `--platform shared-ft` (not part of `all`) runs
//   the programs that run on 'shared' in free-threaded mode (PEP 703, no GIL);
//   known-differences/free_threaded_*.py documents the programs whose output legitimately
//   depends on the GIL, listed as `PATH@shared-ft` in known-failures.txt; such a run may
//   pass or fail (without a GIL the outcome depends on timing).
// - known-failures.txt lists programs allowed to fail, `PATH  # reason` (on every platform
//   the program runs on) or `PATH@PLATFORM  # reason` (on that one). A listed run that
//   passes is an error too, so the list only ever shrinks (engine262 keeps its list of
//   known failures the same way).
// - single and virtual runs go to a pool of worker threads, each with a time limit; a
//   worker that runs out of time is terminated and replaced. Shared runs are driven from
//   this thread one at a time (each starts workers of its own), with the same time limit.
//   known-differences/ is skipped: those files document where we differ from CPython on
//   purpose.
//
// Usage: node --import tsx tools/conformance.ts [--jobs N] [--timeout SECONDS]
//          [--platform P[,P...]] [--times] [FILTER...]
// (--times prints each run's wall time as it ends.)
// The last line printed is `N passed, N failed` (counting runs: a program on two platforms
// is two); the exit status is 1 on any failure.
//
// `--update-known-failures` (whole corpus, every platform) rewrites known-failures.txt from
// this run: runs that now pass are removed, new failures are added with the observed
// difference as their reason (edit it into a real one), existing reasons are kept.

import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ConformanceJob, ConformanceResult } from './conformance-worker.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', 'tests', 'conformance');
const WORKER = new URL('./conformance-worker.ts', import.meta.url);
/** The environment gen-expected.py gives python3, so os.environ agrees. */
const ENVIRON = { PYTHONHASHSEED: '0', PYTHONDONTWRITEBYTECODE: '1', PYTHONIOENCODING: 'utf-8', LANG: 'C.UTF-8' };

export function findPrograms(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) {
        if (name !== 'known-differences') walk(p);
      } else if (name.endsWith('.py')) out.push(p);
    }
  };
  walk(root);
  return out;
}

/** `path  # reason` lines; blank lines and lines starting with # are ignored. */
export function parseKnownFailures(text: string): Map<string, string> {
  const m = new Map<string, string>();
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const hash = line.indexOf('#');
    const path = (hash === -1 ? line : line.slice(0, hash)).trim();
    m.set(path, hash === -1 ? '' : line.slice(hash + 1).trim());
  }
  return m;
}

interface Expected {
  stdout: string;
  stderr: string;
  exitCode: number;
}

function readExpected(py: string): Expected | string {
  const base = py.slice(0, -3);
  if (!existsSync(base + '.out')) return `no ${basename(base)}.out: run python3 tools/gen-expected.py ${relative(process.cwd(), py)}`;
  const read = (ext: string) => (existsSync(base + ext) ? readFileSync(base + ext, 'utf8') : null);
  return {
    stdout: read('.out')!,
    stderr: read('.err') ?? '',
    exitCode: Number((read('.code') ?? '0').trim()),
  };
}

/** The first differing line of two texts, for a readable failure message. */
export function firstDifference(what: string, expected: string, actual: string): string {
  if (expected === actual + '\n') return `${what}: the final newline is missing`;
  if (actual === expected + '\n') return `${what}: an extra newline at the end`;
  // Lines keep their newline, so a missing or extra line end is shown as such.
  const e = expected.split(/(?<=\n)/);
  const a = actual.split(/(?<=\n)/);
  for (let i = 0; i < Math.max(e.length, a.length); i++) {
    if (e[i] !== a[i]) {
      return `${what} line ${i + 1}: expected ${JSON.stringify(e[i] ?? '<end>')}, got ${JSON.stringify(a[i] ?? '<end>')}`;
    }
  }
  return `${what} differs`;
}

export function compare(exp: Expected, got: Omit<ConformanceResult, 'id'>): string | null {
  // The last line of an unexpected stderr usually says why (the exception, or an engine error).
  const hint = got.stderr && got.stderr !== exp.stderr ? `; stderr ends: ${got.stderr.trim().split('\n').slice(-1)[0]}` : '';
  if (got.stdout !== exp.stdout) return firstDifference('stdout', exp.stdout, got.stdout) + hint;
  if (got.exitCode !== exp.exitCode) return `exit status: expected ${exp.exitCode}, got ${got.exitCode}${hint}`;
  if (got.stderr !== exp.stderr) return firstDifference('stderr', exp.stderr, got.stderr);
  return null;
}

export type Verdict = 'pass' | 'expected-failure' | 'fixed' | 'fail';

/** `why` is null when the program matched python3. A listed program that passes is an error,
 *  so known-failures.txt can only shrink. */
export function classify(why: string | null, listed: boolean): Verdict {
  if (why === null) return listed ? 'fixed' : 'pass';
  return listed ? 'expected-failure' : 'fail';
}

class Pool {
  private idle: Worker[] = [];
  private waiting: ((w: Worker) => void)[] = [];
  private readonly all = new Set<Worker>();

  constructor(size: number) {
    for (let i = 0; i < size; i++) this.spawn();
  }

  /** A new worker, handed out once it has loaded the engine (it says 'ready'): loading takes
   *  seconds on a busy machine, which must not count against a program's time limit. */
  private spawn(): void {
    // Node 20 will not start a worker from a .ts file, even with tsx imported into it: a tiny
    // JavaScript bootstrap registers tsx's loader in the worker, then imports the real entry.
    const boot = `import { register } from ${JSON.stringify(import.meta.resolve('tsx/esm/api'))}; register(); await import(${JSON.stringify(WORKER.href)});`;
    const w = new Worker(new URL(`data:text/javascript,${encodeURIComponent(boot)}`));
    this.all.add(w);
    const loaded = () => {
      w.off('message', loaded);
      w.off('error', loaded);
      this.release(w);
    };
    // A worker that fails to load is handed out too: its jobs fail as crashes or timeouts.
    w.on('message', loaded);
    w.on('error', loaded);
  }

  private acquire(): Promise<Worker> {
    const w = this.idle.pop();
    return w ? Promise.resolve(w) : new Promise((res) => this.waiting.push(res));
  }

  private release(w: Worker) {
    const next = this.waiting.shift();
    if (next) next(w);
    else this.idle.push(w);
  }

  async run(job: ConformanceJob, timeoutMs: number): Promise<ConformanceResult | 'timeout' | Error> {
    const w = await this.acquire();
    return new Promise((resolve) => {
      const done = (r: ConformanceResult | 'timeout' | Error, replace: boolean) => {
        clearTimeout(timer);
        w.off('message', onMessage);
        w.off('error', onError);
        if (replace) {
          this.all.delete(w);
          void w.terminate();
          this.spawn();
        } else this.release(w);
        resolve(r);
      };
      const onMessage = (r: ConformanceResult) => done(r, false);
      const onError = (e: Error) => done(e, true);
      const timer = setTimeout(() => done('timeout', true), timeoutMs);
      w.on('message', onMessage);
      w.on('error', onError);
      w.postMessage(job);
    });
  }

  async close() {
    await Promise.all([...this.all].map((w) => w.terminate()));
  }
}

export type Platform = 'single' | 'virtual' | 'shared' | 'shared-ft';
export const PLATFORMS: readonly Platform[] = ['single', 'virtual', 'shared'];
/** Opt-in platforms, not part of `all`: the shared platform in free-threaded mode. */
export const EXTRA_PLATFORMS: readonly Platform[] = ['shared-ft'];
/** Platforms driven from this thread one run at a time (the shared platform's modes). */
const isShared = (p: Platform): boolean => p === 'shared' || p === 'shared-ft';
/** Folders whose programs start threads: they run on the threaded platforms, not 'single'. */
export const THREADED_FOLDERS = ['threading/', 'asyncio/', 'processes/'];

/** The platforms a program (path relative to the corpus) runs on. */
export function platformsOf(rel: string): Platform[] {
  return THREADED_FOLDERS.some((f) => rel.startsWith(f)) ? ['virtual', 'shared'] : ['single'];
}

/** The platforms a program can be run on: its platforms, plus 'shared-ft' wherever
 *  'shared' is one (asked for by name only). */
export function runPlatformsOf(rel: string): Platform[] {
  return platformsOf(rel).flatMap((p): Platform[] => (p === 'shared' ? ['shared', 'shared-ft'] : [p]));
}

/** Whether known-failures.txt allows this run to fail: `PATH@PLATFORM`, or `PATH` (every
 *  platform the program runs on). */
export function knownFailure(known: Map<string, string>, rel: string, platform: Platform): boolean {
  return known.has(`${rel}@${platform}`) || known.has(rel);
}

/** The run's name in messages and in known-failures.txt: the path, and the platform when
 *  the program runs on more than one. */
export function runName(rel: string, platform: Platform): string {
  return platformsOf(rel).length > 1 ? `${rel}@${platform}` : rel;
}

interface Options {
  jobs: number;
  timeoutS: number;
  filters: string[];
  updateKnown: boolean;
  platforms: Set<Platform>;
  /** Print each run's time (to keep the threaded folders within CI's budget). */
  times: boolean;
}

export function parseOptions(argv: string[]): Options {
  const o: Options = { jobs: 2, timeoutS: 10, filters: [], updateKnown: false, platforms: new Set(PLATFORMS), times: false };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--jobs') o.jobs = Math.max(1, Number(argv[++i]));
    else if (argv[i] === '--timeout') o.timeoutS = Number(argv[++i]);
    else if (argv[i] === '--update-known-failures') o.updateKnown = true;
    else if (argv[i] === '--times') o.times = true;
    else if (argv[i] === '--platform') {
      const v = argv[++i] ?? '';
      o.platforms = new Set(v === 'all' ? PLATFORMS : v.split(',').map((p) => {
        if (!PLATFORMS.includes(p as Platform) && !EXTRA_PLATFORMS.includes(p as Platform)) {
          throw new Error(`--platform is ${[...PLATFORMS, ...EXTRA_PLATFORMS].join(', ')} or all (a comma list), not '${p}'`);
        }
        return p as Platform;
      }));
    } else o.filters.push(argv[i]);
  }
  if (o.updateKnown && (o.filters.length || PLATFORMS.some((p) => !o.platforms.has(p)) || o.platforms.has('shared-ft'))) {
    throw new Error('--update-known-failures needs the whole corpus on every platform: give no filter and no --platform');
  }
  return o;
}

/** The new text of known-failures.txt: its leading comment, then one line per failure.
 *  `failures` is keyed by run (`PATH@PLATFORM` for programs on several platforms): a
 *  program failing on every platform it runs on gets one `PATH` line. */
export function updatedKnownFailures(oldText: string, known: Map<string, string>, failures: Map<string, string>): string {
  const header = [];
  for (const line of oldText.split('\n')) {
    if (line.startsWith('#') || line.trim() === '') header.push(line);
    else break;
  }
  while (header.length && header[header.length - 1].trim() === '') header.pop();
  const keys = new Map<string, string>();
  for (const [run, why] of failures) {
    const at = run.lastIndexOf('@');
    const path = at === -1 ? run : run.slice(0, at);
    const all = platformsOf(path).every((p) => failures.has(runName(path, p)));
    const key = all ? path : run;
    // A merged line keeps the first reason found, preferring one already written.
    if (keys.has(key) && !known.has(run)) continue;
    keys.set(key, known.get(run) || known.get(path) || why.replace(/\s+/g, ' ').slice(0, 140));
  }
  // shared-ft is never part of an update run (it is opt-in): its lines stay as written.
  for (const [k, why] of known) if (k.endsWith('@shared-ft') && !keys.has(k)) keys.set(k, why);
  const lines = [...keys].sort(([a], [b]) => (a < b ? -1 : 1)).map(([path, why]) => `${path}  # ${why}`);
  return [...header, ...lines].join('\n') + '\n';
}

/** The shared platform, loaded only when a shared run is asked for (it bundles its worker). */
type SharedModule = typeof import('../src/engine/shared/run-shared-node.ts');

async function runOnShared(shared: SharedModule, job: ConformanceJob, timeoutMs: number, freeThreaded: boolean): Promise<ConformanceResult | 'timeout' | Error> {
  const t0 = performance.now();
  try {
    const r = await shared.runShared(job.source, {
      filename: job.filename,
      environ: job.environ,
      stdin: job.stdin,
      // os.cpu_count() as on the virtual platform, so the programs see one machine.
      cpuCount: 4,
      timeLimitMs: timeoutMs,
      ...(freeThreaded ? { freeThreaded: true } : {}),
    });
    if (r.outcome === 'time-limit') return 'timeout';
    return { id: job.id, stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode, ms: performance.now() - t0 };
  } catch (e) {
    return e instanceof Error ? e : new Error(String(e));
  }
}

async function main() {
  const opts = parseOptions(process.argv.slice(2));
  const knownFile = join(ROOT, 'known-failures.txt');
  const knownText = existsSync(knownFile) ? readFileSync(knownFile, 'utf8') : '';
  const known = parseKnownFailures(knownText);
  const failures = new Map<string, string>();
  const rel = (p: string) => relative(ROOT, p).split(sep).join('/');
  const programs = findPrograms(ROOT).filter((p) => opts.filters.length === 0 || opts.filters.some((f) => rel(p).includes(f)));
  for (const k of known.keys()) {
    const path = k.replace(/@(single|virtual|shared|shared-ft)$/, '');
    if (!existsSync(join(ROOT, path))) console.log(`note: known-failures.txt lists ${path}, which does not exist`);
    else if (path !== k && !runPlatformsOf(path).includes(k.slice(path.length + 1) as Platform)) {
      console.log(`note: known-failures.txt lists ${k}, but ${path} does not run on that platform`);
    }
  }
  const runs = programs.flatMap((py) => runPlatformsOf(rel(py)).filter((p) => opts.platforms.has(p)).map((platform) => ({ py, platform })));
  const pooled = runs.filter((r) => !isShared(r.platform)).length;
  const pool = pooled > 0 ? new Pool(Math.min(opts.jobs, pooled)) : null;
  const shared: SharedModule | null = runs.some((r) => isShared(r.platform)) ? await import('../src/engine/shared/run-shared-node.ts') : null;

  const stats = new Map<Platform, { runs: number; pass: number; listed: number; problems: number; ms: number }>();
  let passed = 0;
  let failed = 0;
  let expectedFailures = 0;
  const problems: string[] = [];
  const retried: string[] = [];
  const runOne = async ({ py, platform }: { py: string; platform: Platform }, id: number) => {
    const path = rel(py);
    const name = runName(path, platform);
    const listed = knownFailure(known, path, platform);
    const exp = readExpected(py);
    const st = stats.get(platform) ?? { runs: 0, pass: 0, listed: 0, problems: 0, ms: 0 };
    stats.set(platform, st);
    st.runs++;
    let why: string | null;
    if (typeof exp === 'string') why = exp;
    else {
      const stdinFile = py.slice(0, -3) + '.in';
      const job: ConformanceJob = {
        id,
        source: readFileSync(py, 'utf8'),
        filename: basename(py),
        dir: dirname(py),
        stdin: existsSync(stdinFile) ? readFileSync(stdinFile, 'utf8') : '',
        environ: ENVIRON,
        ...(platform === 'virtual' ? { platform } : {}),
      };
      const timeoutMs = opts.timeoutS * 1000;
      const attempt = async (): Promise<string | null> => {
        const r = isShared(platform) ? await runOnShared(shared!, job, timeoutMs, platform === 'shared-ft') : await pool!.run(job, timeoutMs);
        const ms = r === 'timeout' ? timeoutMs : r instanceof Error ? 0 : r.ms ?? 0;
        st.ms += ms;
        if (opts.times) console.log(`${(ms / 1000).toFixed(2).padStart(7)} s  ${name}`);
        return r === 'timeout' ? `did not finish within ${opts.timeoutS} s`
          : r instanceof Error ? `worker crashed: ${r.message}`
          : compare(exp, r);
      };
      why = await attempt();
      // The shared platform's threads are real threads on a machine that may be busy: an
      // unlisted failure there runs once more, and a pass on that retry is named (RETRIED,
      // listed under `npm test`'s summary) rather than hidden.
      if (why !== null && isShared(platform) && !listed) {
        const first = why;
        why = await attempt();
        if (why === null) retried.push(`RETRIED ${name}: passed on a retry; first: ${first.split('\n')[0]!.slice(0, 300)}`);
      }
    }
    if (why !== null) failures.set(name, why);
    let verdict = classify(why, listed);
    // Without a GIL a listed program's output depends on timing (which thread arrives
    // first): on shared-ft a listed run may pass or fail.
    if (verdict === 'fixed' && platform === 'shared-ft' && known.has(`${path}@shared-ft`)) verdict = 'expected-failure';
    if (verdict === 'pass') {
      passed++;
      st.pass++;
    } else if (verdict === 'expected-failure') {
      // Allowed to fail: counted as passed, since the run as a whole accepts it.
      passed++;
      expectedFailures++;
      st.listed++;
    } else {
      failed++;
      st.problems++;
      problems.push(verdict === 'fixed' ? `FIXED  ${name}: passes now; remove or narrow its line in known-failures.txt` : `FAIL   ${name}: ${why}`);
    }
  };
  // The pool's runs first, then the shared platform's one at a time with the machine to
  // themselves: a shared run's threads are real threads, and timed waits in the programs
  // (join(0.05), sleep ordering) must not compete with the pool for the cores.
  await Promise.all(runs.map((r, id) => (isShared(r.platform) ? null : runOne(r, id))));
  await pool?.close();
  // Bundling the worker and loading the first workers take seconds: not the first
  // program's time limit's business.
  if (shared !== null) await shared.nodeWarmPool(3).whenLoaded();
  for (const [id, r] of runs.entries()) if (isShared(r.platform)) await runOne(r, id);
  shared?.nodeWarmPool().dispose();
  if (opts.updateKnown) {
    writeFileSync(knownFile, updatedKnownFailures(knownText, known, failures));
    const updated = parseKnownFailures(readFileSync(knownFile, 'utf8'));
    const added = [...updated.keys()].filter((k) => !known.has(k)).length;
    const removed = [...known.keys()].filter((k) => !updated.has(k)).length;
    console.log(`known-failures.txt rewritten: ${updated.size} lines (${added} added, ${removed} removed)`);
    return;
  }
  problems.sort();
  for (const p of retried) console.log(p);
  for (const p of problems) console.log(p);
  for (const p of [...PLATFORMS, ...EXTRA_PLATFORMS]) {
    const st = stats.get(p);
    // The sum of the runs' own wall times (with several jobs, runs overlap).
    if (st) console.log(`  ${p.padEnd(9)} ${st.runs} runs: ${st.pass} pass, ${st.listed} fail as listed, ${st.problems} problems (${(st.ms / 1000).toFixed(1)} s of runs)`);
  }
  console.log(`conformance: ${new Set(runs.map((r) => r.py)).size} programs, ${runs.length} runs; ${passed - expectedFailures} pass, ${expectedFailures} fail as listed in known-failures.txt, ${failed} problems`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 ? 1 : 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
