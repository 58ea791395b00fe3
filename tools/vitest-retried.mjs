// A Vitest reporter: every test that passed only on a retry (vitest.config.ts `retry`) is
// written, one line each with the first attempt's error, to the file named by
// KITCHEN_RETRIED_FILE, and printed. `npm test` lists them under its summary, so a test that
// fails now and then is named in every log even when the run passes.
import { appendFileSync } from 'node:fs';
import { relative } from 'node:path';

export default class RetriedReporter {
  onTestCaseResult(testCase) {
    const d = testCase.diagnostic();
    if (d === undefined || d.retryCount === 0 || testCase.result().state !== 'passed') return;
    const errors = testCase.result().errors ?? [];
    const why = String(errors[0]?.message ?? '').split('\n')[0].slice(0, 300);
    const line = `${relative(process.cwd(), testCase.module.moduleId)} › ${testCase.fullName} (passed on retry ${d.retryCount}${why ? `; first: ${why}` : ''})`;
    console.log(`RETRIED ${line}`);
    if (process.env.KITCHEN_RETRIED_FILE) appendFileSync(process.env.KITCHEN_RETRIED_FILE, `${line}\n`);
  }
}
