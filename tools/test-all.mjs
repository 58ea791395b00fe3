// `npm test`: every stage runs even when an earlier one fails, and the counts are summed into
// one final line, exactly `N passed, N failed`; the exit status is 1 on any failure.
//
//   typecheck        tsc -p tsconfig.json            (counts as one test)
//   typecheck-pure   tsc -p tsconfig.pure.json       (one test: the pure layers, no DOM/Node types)
//   layers           tools/check-layers.ts           (one test)
//   unit             vitest run                      (each test; one retry, and a test that
//                                                    passed only on it is named)
//   conformance      tools/conformance.ts --platform single
//                                                    (each program of the corpus)
//   conformance-threads  tools/conformance.ts --platform virtual,shared
//                                                    (threading/ and asyncio/, each program on
//                                                    each of the two threaded platforms; a
//                                                    failure on the shared platform runs
//                                                    once more, and a pass then is named)
//   e2e              playwright test                 (each test; one retry, named as above)
//   a11y             tools/a11y.mjs                  (one test: Lighthouse accessibility >= 95
//                                                    on the main, projector and embed pages;
//                                                    dist/ is rebuilt only when stale)
//
// `npm test -- --skip e2e,conformance` leaves stages out (for quick local runs; CI runs all).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'kitchen-test-'));
const bin = (name) => join(root, 'node_modules', '.bin', name);

function run(cmd, args, env = {}) {
  return new Promise((resolve) => {
    let tail = '';
    const child = spawn(cmd, args, { cwd: root, env: { ...process.env, FORCE_COLOR: '0', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const pipe = (from, to) => from.on('data', (d) => {
      to.write(d);
      tail = (tail + d.toString()).slice(-4000);
    });
    pipe(child.stdout, process.stdout);
    pipe(child.stderr, process.stderr);
    child.on('error', (e) => resolve({ code: 127, tail: String(e) }));
    child.on('close', (code) => resolve({ code: code ?? 1, tail }));
  });
}

/** Names of failed tests, listed again under the summary so that the tail of a log shows them. */
const failures = [];
/** Tests that failed first and passed on their retry (vitest.config.ts). */
const retried = [];
// (Playwright's error messages carry terminal colour codes: dropped.)
const firstLine = (text) => String(text ?? '').replace(/\x1b\[[0-9;]*m/g, '').split('\n').find((l) => l.trim() !== '')?.trim().slice(0, 300) ?? '';

const single = (r) => (r.code === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 });
/** A stage that could not report its counts failed as a whole. */
const orFail = (counts, r) => (counts && (counts.failed > 0 || r.code === 0) ? counts : { passed: counts?.passed ?? 0, failed: Math.max(1, counts?.failed ?? 0) });

/** tools/conformance.ts on some platforms; its last line is `N passed, N failed`. */
async function conformance(args) {
  const r = await run(process.execPath, ['--import', 'tsx', 'tools/conformance.ts', ...args]);
  const m = /(\d+) passed, (\d+) failed\s*$/.exec(r.tail);
  for (const line of r.tail.split('\n')) {
    if (/^\s*FAIL\b/.test(line)) failures.push(`conformance: ${line.trim()}`);
    if (/^RETRIED\b/.test(line)) retried.push(`conformance: ${line.slice(8)}`);
  }
  return orFail(m && { passed: Number(m[1]), failed: Number(m[2]) }, r);
}

const stages = [
  { name: 'typecheck', go: async () => single(await run(bin('tsc'), ['-p', 'tsconfig.json', '--noEmit'])) },
  { name: 'typecheck-pure', go: async () => single(await run(bin('tsc'), ['-p', 'tsconfig.pure.json', '--noEmit'])) },
  { name: 'layers', go: async () => single(await run(process.execPath, ['--import', 'tsx', 'tools/check-layers.ts'])) },
  {
    name: 'unit',
    go: async () => {
      const file = join(out, 'vitest.json');
      const retriedFile = join(out, 'vitest-retried.txt');
      const r = await run(bin('vitest'), ['run', '--reporter=default', '--reporter=json', '--reporter=./tools/vitest-retried.mjs', `--outputFile.json=${file}`],
        { KITCHEN_RETRIED_FILE: retriedFile });
      try {
        for (const line of readFileSync(retriedFile, 'utf8').split('\n')) if (line !== '') retried.push(`unit: ${line}`);
      } catch {}
      let counts = null;
      try {
        const j = JSON.parse(readFileSync(file, 'utf8'));
        counts = { passed: j.numPassedTests, failed: j.numFailedTests + (j.numRuntimeErrorTestSuites ?? 0) + (j.numFailedTestSuites > 0 && j.numFailedTests === 0 ? j.numFailedTestSuites : 0) };
        for (const file of j.testResults ?? []) {
          const name = file.name.startsWith(root) ? file.name.slice(root.length) : file.name;
          const failedTests = (file.assertionResults ?? []).filter((t) => t.status === 'failed');
          for (const t of failedTests) failures.push(`unit: ${name} › ${t.fullName}: ${firstLine(t.failureMessages?.[0])}`);
          if (file.status === 'failed' && failedTests.length === 0) failures.push(`unit: ${name}: ${firstLine(file.message)}`);
        }
      } catch {}
      return orFail(counts, r);
    },
  },
  { name: 'conformance', go: () => conformance(['--platform', 'single']) },
  { name: 'conformance-threads', go: () => conformance(['--platform', 'virtual,shared']) },
  {
    name: 'e2e',
    go: async () => {
      const file = join(out, 'playwright.json');
      const r = await run(bin('playwright'), ['test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: file });
      let counts = null;
      try {
        const report = JSON.parse(readFileSync(file, 'utf8'));
        const s = report.stats;
        counts = { passed: s.expected + s.flaky, failed: s.unexpected };
        const walk = (suite) => {
          for (const spec of suite.specs ?? []) {
            for (const t of spec.tests ?? []) {
              if (t.status === 'flaky') {
                const first = t.results?.find((x) => x.status !== 'passed');
                retried.push(`e2e: ${spec.file}:${spec.line} › ${spec.title} (passed on a retry; first: ${firstLine(first?.error?.message)})`);
              }
              if (t.status !== 'unexpected') continue;
              const last = t.results?.[t.results.length - 1];
              failures.push(`e2e: ${spec.file}:${spec.line} › ${spec.title}: ${firstLine(last?.error?.message)}`);
            }
          }
          for (const child of suite.suites ?? []) walk(child);
        };
        for (const suite of report.suites ?? []) walk(suite);
      } catch {}
      return orFail(counts, r);
    },
  },
  { name: 'a11y', go: async () => single(await run(process.execPath, ['tools/a11y.mjs'])) },
];

const skipArg = process.argv.indexOf('--skip');
const skip = new Set(skipArg === -1 ? [] : (process.argv[skipArg + 1] ?? '').split(','));

let passed = 0;
let failed = 0;
const summary = [];
const t0 = Date.now();
for (const stage of stages) {
  if (skip.has(stage.name)) {
    summary.push(`  ${stage.name.padEnd(20)} skipped`);
    continue;
  }
  console.log(`\n=== ${stage.name} ===`);
  const s0 = Date.now();
  const c = await stage.go();
  passed += c.passed;
  failed += c.failed;
  summary.push(`  ${stage.name.padEnd(20)} ${String(c.passed).padStart(5)} passed ${String(c.failed).padStart(5)} failed  (${((Date.now() - s0) / 1000).toFixed(1)} s)`);
}
rmSync(out, { recursive: true, force: true });
console.log(`\n=== summary (${((Date.now() - t0) / 1000).toFixed(0)} s) ===`);
for (const line of summary) console.log(line);
if (retried.length > 0) {
  console.log('passed only on a retry:');
  for (const f of retried) console.log(`  ${f}`);
}
if (failures.length > 0) {
  console.log('failed:');
  for (const f of failures) console.log(`  ${f}`);
}
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
