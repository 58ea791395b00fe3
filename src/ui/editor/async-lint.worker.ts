// A module worker that runs the blocking-call lint (src/python/lint-async.ts) on the
// editor's text. Like the syntax check it parses off the main thread, so a slow or looping
// parse never freezes typing. A text that does not parse has no findings: the syntax check
// reports the error.

import { parse } from '../../python/parser.ts';
import { lintBlockingInAsync, type LintFinding } from '../../python/lint-async.ts';

export interface AsyncLintRequest { id: number; source: string }
export interface AsyncLintAnswer { id: number; findings: LintFinding[] }

const post = (m: AsyncLintAnswer) => (self as unknown as { postMessage(m: unknown): void }).postMessage(m);

self.onmessage = (ev: MessageEvent<AsyncLintRequest>) => {
  const { id, source } = ev.data;
  let findings: LintFinding[] = [];
  try {
    findings = lintBlockingInAsync(parse(source, 'main.py'));
  } catch {
    findings = [];
  }
  post({ id, findings });
};
