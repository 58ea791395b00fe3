// The conformance runner: every tests/conformance/**/NAME.py runs on our engine and must
// print what python3 printed (NAME.out, NAME.err, NAME.code, written by tools/gen-expected.py).
//
// - stdout must match exactly; stderr must match exactly (NAME.err, or nothing when there is
//   no NAME.err); the exit status must match (NAME.code, or 0).
// - known-failures.txt lists programs allowed to fail, `PATH  # reason`. A listed program
//   that passes is an error too, so the list only ever shrinks (engine262 keeps its list of
//   known failures the same way).
// - Programs run in a pool of worker threads, each with a time limit; a worker that runs out
//   of time is terminated and replaced. known-differences/ is skipped: those files document
//   where we differ from CPython on purpose.
//
// Usage: node --import tsx tools/conformance.ts [--jobs N] [--timeout SECONDS] [FILTER...]
// The last line printed is `N passed, N failed`; the exit status is 1 on any failure.
//
// `--update-known-failures` (whole corpus only) rewrites known-failures.txt from this run:
// programs that now pass are removed, new failures are added with the observed difference as
// their reason (edit it into a real one), existing reasons are kept.

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

  constructor(private readonly size: number) {
    for (let i = 0; i < size; i++) this.idle.push(this.spawn());
  }

  private spawn(): Worker {
    // Node 20 will not start a worker from a .ts file, even with tsx imported into it: a tiny
    // JavaScript bootstrap registers tsx's loader in the worker, then imports the real entry.
    const boot = `import { register } from ${JSON.stringify(import.meta.resolve('tsx/esm/api'))}; register(); await import(${JSON.stringify(WORKER.href)});`;
    return new Worker(new URL(`data:text/javascript,${encodeURIComponent(boot)}`));
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
          void w.terminate();
          this.release(this.spawn());
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
    await Promise.all(this.idle.map((w) => w.terminate()));
  }
}

interface Options {
  jobs: number;
  timeoutS: number;
  filters: string[];
  updateKnown: boolean;
}

function parseOptions(argv: string[]): Options {
  const o: Options = { jobs: 2, timeoutS: 10, filters: [], updateKnown: false };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--jobs') o.jobs = Math.max(1, Number(argv[++i]));
    else if (argv[i] === '--timeout') o.timeoutS = Number(argv[++i]);
    else if (argv[i] === '--update-known-failures') o.updateKnown = true;
    else o.filters.push(argv[i]);
  }
  if (o.updateKnown && o.filters.length) throw new Error('--update-known-failures needs the whole corpus: give no filter');
  return o;
}

/** The new text of known-failures.txt: its leading comment, then one line per failure. */
export function updatedKnownFailures(oldText: string, known: Map<string, string>, failures: Map<string, string>): string {
  const header = [];
  for (const line of oldText.split('\n')) {
    if (line.startsWith('#') || line.trim() === '') header.push(line);
    else break;
  }
  while (header.length && header[header.length - 1].trim() === '') header.pop();
  const lines = [...failures].sort(([a], [b]) => (a < b ? -1 : 1)).map(([path, why]) => {
    const reason = known.get(path) || why.replace(/\s+/g, ' ').slice(0, 140);
    return `${path}  # ${reason}`;
  });
  return [...header, ...lines].join('\n') + '\n';
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
    if (!existsSync(join(ROOT, k))) console.log(`note: known-failures.txt lists ${k}, which does not exist`);
  }

  const pool = new Pool(Math.min(opts.jobs, Math.max(1, programs.length)));
  let passed = 0;
  let failed = 0;
  let expectedFailures = 0;
  const problems: string[] = [];
  await Promise.all(
    programs.map(async (py, id) => {
      const name = rel(py);
      const exp = readExpected(py);
      let why: string | null;
      if (typeof exp === 'string') why = exp;
      else {
        const stdinFile = py.slice(0, -3) + '.in';
        const r = await pool.run({
          id,
          source: readFileSync(py, 'utf8'),
          filename: basename(py),
          stdin: existsSync(stdinFile) ? readFileSync(stdinFile, 'utf8') : '',
          environ: ENVIRON,
        }, opts.timeoutS * 1000);
        why = r === 'timeout' ? `did not finish within ${opts.timeoutS} s`
          : r instanceof Error ? `worker crashed: ${r.message}`
          : compare(exp, r);
      }
      if (why !== null) failures.set(name, why);
      const verdict = classify(why, known.has(name));
      if (verdict === 'pass') passed++;
      else if (verdict === 'expected-failure') {
        // Allowed to fail: counted as passed, since the run as a whole accepts it.
        passed++;
        expectedFailures++;
      } else {
        failed++;
        problems.push(verdict === 'fixed' ? `FIXED  ${name}: passes now; remove its line from known-failures.txt` : `FAIL   ${name}: ${why}`);
      }
    }),
  );
  await pool.close();
  if (opts.updateKnown) {
    writeFileSync(knownFile, updatedKnownFailures(knownText, known, failures));
    const added = [...failures.keys()].filter((k) => !known.has(k)).length;
    const removed = [...known.keys()].filter((k) => !failures.has(k)).length;
    console.log(`known-failures.txt rewritten: ${failures.size} programs listed (${added} added, ${removed} removed)`);
    return;
  }
  problems.sort();
  for (const p of problems) console.log(p);
  console.log(`conformance: ${programs.length} programs; ${passed - expectedFailures} pass, ${expectedFailures} fail as listed in known-failures.txt, ${failed} problems`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 ? 1 : 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
