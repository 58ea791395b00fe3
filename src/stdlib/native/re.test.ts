// Tests of the `re` module (re.py over the native `_re`): the fixture driver
// __fixtures__/re-cases.py runs ~1000 cases on our VM and every output line must equal
// python3's (re-cases.out, from tools/gen-re-fixtures.py), except cases listed in
// UNSUPPORTED with the reason. Plus direct tests of the parser and the translator.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import './index.ts';
// The Python-source modules (re.py) register on import; entry points may not import them yet.
import '../py-sources.ts';
import { runProgram } from '../../vm/run.ts';
import type { Host, Micros } from '../../vm/host.ts';
import { parsePattern, parseTemplate, ReError, F } from './re-parse.ts';
import { translate } from './re-translate.ts';
import { compilePattern, execAt, scanAll, textOf, SEARCH, MATCH, FULLMATCH } from './re-match.ts';

const DIR = join(import.meta.dirname, '__fixtures__');

/** Case lines (in re-cases.py) containing one of these pattern reprs may differ from python3. */
const UNSUPPORTED: Record<string, string> = {
  // A backreference after a repeat, to a group set in an earlier iteration: JS has reset it.
  "(?:(a)|b)+\\\\1": 'backreference to a group of an earlier repeat iteration',
  // JS rejects a repeat iteration that matches empty and backtracks; sre ends the loop there.
  "'(|a)+'": 'an empty iteration of a repeat ends it in Python',
};

function run(source: string): string {
  let stdout = '', stderr = '';
  const host: Host = {
    write: (s, t) => { if (s === 'stdout') stdout += t; else stderr += t; },
    now: () => 0 as Micros, epochSeconds: 0, readLine: () => null, environ: {}, argv: ['re-cases.py'],
  };
  runProgram(source, { filename: 're-cases.py', host });
  return stdout + (stderr ? '\nSTDERR:\n' + stderr : '');
}

describe('re fixtures (python3 oracle)', () => {
  it('every case prints what python3 printed', () => {
    const src = readFileSync(join(DIR, 're-cases.py'), 'utf8');
    const expected = readFileSync(join(DIR, 're-cases.out'), 'utf8').split('\n');
    const caseLines = src.split('\n').filter((l) => l.startsWith('    ('));
    const got = run(src).split('\n');
    const failures: string[] = [];
    let allowed = 0;
    for (let i = 0; i < expected.length; i++) {
      if (got[i] === expected[i]) continue;
      const line = caseLines[i] ?? '';
      if (Object.keys(UNSUPPORTED).some((k) => line.includes(k))) { allowed++; continue; }
      failures.push(`case ${line.trim()}\n  want ${expected[i]}\n  got  ${got[i]}`);
    }
    expect(failures.slice(0, 20).join('\n')).toBe('');
    expect(got.length).toBe(expected.length);
    expect(allowed).toBeLessThan(10);
  }, 60000);
});

describe('re parser', () => {
  const err = (p: string, flags = 0): [string, number | null] => {
    try { parsePattern(p, flags, true); } catch (e) { if (e instanceof ReError) return [e.msg, e.pos]; throw e; }
    return ['', null];
  };
  it('reports python3 messages and positions', () => {
    expect(err('(abc')).toEqual(['missing ), unterminated subpattern', 0]);
    expect(err('*')).toEqual(['nothing to repeat', 0]);
    expect(err('ab)')).toEqual(['unbalanced parenthesis', 2]);
    expect(err('(?<x)')).toEqual(['unknown extension ?<x', 1]);
    expect(err('\\q')).toEqual(['bad escape \\q', 0]);
  });
  it('counts groups and names, merges inline flags', () => {
    const p = parsePattern('(?i)(a)(?P<n>b)(?:c)', 0, true);
    expect(p.groups).toBe(2);
    expect([...p.groupindex]).toEqual([['n', 2]]);
    expect(p.flags).toBe(F.IGNORECASE | F.UNICODE);
  });
  it('collects the FutureWarnings of python3 for set syntax that may change', () => {
    expect(parsePattern('[[:a:]]', 0, true).warnings).toEqual(['Possible nested set at position 1']);
    expect(parsePattern('[a&&b||c]', 0, true).warnings).toEqual(['Possible set intersection at position 2', 'Possible set union at position 5']);
  });
  it('parses replacement templates', () => {
    expect(parseTemplate('\\1-\\g<n>\\n', true, 2, new Map([['n', 2]]))).toEqual([1, '-', 2, '\n']);
  });
});

describe('re translation and matching', () => {
  it('spells out Python semantics of $ . \\w', () => {
    const t = translate(parsePattern('a$', 0, true), true);
    expect(new RegExp(t.source, t.jsFlags).test('a\n')).toBe(true);
    const c = compilePattern('.', 0, true);
    expect(execAt(c, textOf('\r'), 0, 9, MATCH)).not.toBeNull();
    expect(execAt(c, textOf('\n'), 0, 9, MATCH)).toBeNull();
    expect(execAt(compilePattern('\\w', 0, true), textOf('é'), 0, 9, MATCH)).not.toBeNull();
  });
  it('reports code point positions for astral text', () => {
    const c = compilePattern('b', 0, true);
    expect(execAt(c, textOf('😀😀ab'), 0, 99, SEARCH)!.slice(0, 2)).toEqual([3, 4]);
  });
  it('fullmatch backtracks into alternatives', () => {
    expect(execAt(compilePattern('a|ab', 0, true), textOf('ab'), 0, 9, FULLMATCH)!.slice(0, 2)).toEqual([0, 2]);
  });
  it('follows python3.7+ rules for empty matches', () => {
    const spans = scanAll(compilePattern('a|', 0, true), textOf('bab'), 0, 9, 0).map((m) => [m[0], m[1]]);
    expect(spans).toEqual([[0, 0], [1, 2], [2, 2], [3, 3]]);
    const lazy = scanAll(compilePattern('a*?', 0, true), textOf('aab'), 0, 9, 0).map((m) => [m[0], m[1]]);
    expect(lazy).toEqual([[0, 0], [0, 1], [1, 1], [1, 2], [2, 2], [3, 3]]);
  });
  it('keeps the value a group took in an earlier iteration of a repeat, as sre does', () => {
    const m = execAt(compilePattern('(?:(a)|b)+', 0, true), textOf('ab'), 0, 9, MATCH)!;
    expect(m.slice(0, 4)).toEqual([0, 2, 0, 1]);
  });
  it('fails a backreference to a group that did not take part', () => {
    expect(execAt(compilePattern('(a)?b\\1', 0, true), textOf('b'), 0, 9, SEARCH)).toBeNull();
    expect(execAt(compilePattern('(a)?b\\1', 0, true), textOf('aba'), 0, 9, SEARCH)!.slice(0, 2)).toEqual([0, 3]);
  });
  it('picks the branch of a conditional group by participation', () => {
    const c = compilePattern('(<)?\\w+(?(1)>)', 0, true);
    expect(execAt(c, textOf('<ab>'), 0, 9, FULLMATCH)).not.toBeNull();
    expect(execAt(c, textOf('<ab'), 0, 9, FULLMATCH)).toBeNull();
    expect(execAt(c, textOf('ab'), 0, 9, FULLMATCH)).not.toBeNull();
  });
});
