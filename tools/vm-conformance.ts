// Runs tests/conformance/**/*.py through tools/run.ts (one child process each, with a time
// limit) and compares stdout / stderr / exit status with python3's recorded output. The
// eval-loop author's check while the shared runner (tools/conformance.ts) is being wired to
// runProgram. Usage: node --import tsx tools/vm-conformance.ts [FILTER...] [--verbose]
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { spawn } from 'node:child_process';

const ROOT = join(import.meta.dirname, '..', 'tests', 'conformance');
const RUN = join(import.meta.dirname, 'run.ts');
const argv = process.argv.slice(2);
const verbose = argv.includes('--verbose');
const filters = argv.filter((a) => !a.startsWith('--'));

function find(dir: string, acc: string[]): string[] {
  for (const n of readdirSync(dir).sort()) {
    const p = join(dir, n);
    if (n.startsWith('_') || n === 'known-differences') continue;
    if (statSync(p).isDirectory()) find(p, acc);
    else if (n.endsWith('.py')) acc.push(p);
  }
  return acc;
}

const skip = (process.env.SKIP ?? '').split(',').filter(Boolean);
const progs = find(ROOT, []).filter((p) => (filters.length === 0 || filters.some((f) => p.includes(f))) && !skip.some((k) => p.includes(k)));
const readOr = (p: string, d: string): string => (existsSync(p) ? readFileSync(p, 'utf8') : d);

function runOne(p: string): Promise<{ p: string; ok: boolean; why: string }> {
  return new Promise((resolve) => {
    const stdinFile = existsSync(p.replace(/\.py$/, '.in')) ? p.replace(/\.py$/, '.in') : p.replace(/\.py$/, '.stdin');
    const child = spawn(process.execPath, ['--import', 'tsx', RUN, p], { stdio: ['pipe', 'pipe', 'pipe'] });
    let so = '', se = '';
    child.stdout.on('data', (d) => { so += d; });
    child.stderr.on('data', (d) => { se += d; });
    child.stdin.end(existsSync(stdinFile) ? readFileSync(stdinFile) : '');
    const timer = setTimeout(() => child.kill('SIGKILL'), 20000);
    child.on('close', (code) => {
      clearTimeout(timer);
      const base = p.replace(/\.py$/, '');
      const eo = readOr(base + '.out', ''), ee = readOr(base + '.err', ''), ec = Number(readOr(base + '.code', '0').trim());
      let why = '';
      if (so !== eo) why += 'stdout ';
      if (se !== ee) why += 'stderr ';
      if ((code ?? -1) !== ec) why += `code(${code} vs ${ec}) `;
      if (why && verbose) {
        why += `\n--- expected stdout\n${eo.slice(0, 1500)}\n--- got stdout\n${so.slice(0, 1500)}\n--- expected stderr\n${ee.slice(0, 1500)}\n--- got stderr\n${se.slice(0, 1500)}`;
      }
      resolve({ p, ok: why === '', why });
    });
  });
}

import { runProgram } from '../src/vm/run.ts';
import '../src/stdlib/py-sources.ts';
for (const f of readdirSync(new URL('../src/stdlib/native/', import.meta.url)).filter((n) => n.endsWith('.ts') && !n.endsWith('.test.ts'))) {
  await import(new URL(f, new URL('../src/stdlib/native/', import.meta.url)).href);
}
import type { Host, Micros } from '../src/vm/host.ts';

/** In-process run (fast; a check-point budget stands in for a time limit). */
function runInProc(p: string): { p: string; ok: boolean; why: string } {
  const base = p.replace(/\.py$/, '');
  let so = '', se = '';
  const stdinFile = existsSync(base + '.in') ? base + '.in' : base + '.stdin';
  const lines = existsSync(stdinFile) ? readFileSync(stdinFile, 'utf8').split('\n') : [];
  if (lines.length && lines[lines.length - 1] === '') lines.pop();
  const host: Host = {
    write(s, t) { if (s === 'stdout') so += t; else se += t; },
    now: () => 0 as Micros, epochSeconds: 0,
    readLine: () => (lines.length ? lines.shift()! : null),
    environ: {}, argv: [p.split('/').pop()!],
  };
  let code: number;
  try {
    code = runProgram(readFileSync(p, 'utf8'), { filename: p.split('/').pop()!, host, maxCheckpoints: 30_000_000 }).exitCode;
  } catch (e) {
    code = 70;
    se += `INTERNAL: ${(e as Error).stack}`;
  }
  const eo = readOr(base + '.out', ''), ee = readOr(base + '.err', ''), ec = Number(readOr(base + '.code', '0').trim());
  let why = '';
  if (so !== eo) why += 'stdout ';
  if (se !== ee) why += 'stderr ';
  if (code !== ec) why += `code(${code} vs ${ec}) `;
  if (why && verbose) {
    why += `\n--- expected stdout\n${eo.slice(0, 1500)}\n--- got stdout\n${so.slice(0, 1500)}\n--- expected stderr\n${ee.slice(0, 1500)}\n--- got stderr\n${se.slice(0, 1500)}`;
  }
  return { p, ok: why === '', why };
}

if (argv.includes('--inproc')) {
  let pass = 0;
  const fails: string[] = [];
  for (const p of progs) {
    if (argv.includes('--trace')) console.log('RUN', relative(ROOT, p));
    const t = Date.now();
    const r = runInProc(p);
    if (Date.now() - t > 3000) console.log('SLOW', relative(ROOT, p), Date.now() - t, 'ms');
    if (r.ok) pass++; else { fails.push(`${relative(ROOT, r.p)}: ${r.why}`); console.log('FAIL', fails[fails.length - 1]); }
  }
  console.log(`${pass} passed, ${fails.length} failed`);
  process.exit(0);
}

const jobs = Number(process.env.JOBS ?? 8);
let next = 0, pass = 0;
const fails: string[] = [];
async function worker(): Promise<void> {
  while (next < progs.length) {
    const p = progs[next++];
    const r = await runOne(p);
    if (r.ok) pass++; else fails.push(`${relative(ROOT, r.p)}: ${r.why}`);
  }
}
await Promise.all(Array.from({ length: jobs }, worker));
fails.sort();
for (const f of fails) console.log('FAIL', f);
console.log(`${pass} passed, ${fails.length} failed`);
