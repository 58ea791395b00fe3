// Unit tests of the conformance runner's pieces: known-failures parsing and rewriting, verdicts, comparison.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classify, compare, findPrograms, firstDifference, knownFailure, parseKnownFailures, parseOptions, platformsOf, runName, updatedKnownFailures } from './conformance.ts';

describe('conformance runner', () => {
  it('reads known-failures.txt lines with reasons, skipping comments and blanks', () => {
    const m = parseKnownFailures('# header\n\nthreads/a.py  # needs threads\nb.py\n  c/d.py # x # y\n');
    expect([...m]).toEqual([['threads/a.py', 'needs threads'], ['b.py', ''], ['c/d.py', 'x # y']]);
  });

  it('fails a listed program that passes, so the list only shrinks', () => {
    expect(classify(null, false)).toBe('pass');
    expect(classify(null, true)).toBe('fixed');
    expect(classify('stdout differs', true)).toBe('expected-failure');
    expect(classify('stdout differs', false)).toBe('fail');
  });

  it('compares stdout, then the exit status, then stderr, exactly', () => {
    const exp = { stdout: 'a\nb\n', stderr: '', exitCode: 0 };
    expect(compare(exp, { stdout: 'a\nb\n', stderr: '', exitCode: 0 })).toBeNull();
    expect(compare(exp, { stdout: 'a\nc\n', stderr: '', exitCode: 0 })).toBe('stdout line 2: expected "b\\n", got "c\\n"');
    expect(compare(exp, { stdout: 'a\nb\n', stderr: 'Boom\n', exitCode: 1 })).toBe('exit status: expected 0, got 1; stderr ends: Boom');
    // Python printed nothing on stderr, so a warning of ours is a difference too.
    expect(compare(exp, { stdout: 'a\nb\n', stderr: 'warning\n', exitCode: 0 })).toMatch(/^stderr line 1/);
    expect(compare(exp, { stdout: 'a\nb', stderr: '', exitCode: 0 })).toBe('stdout: the final newline is missing');
    expect(firstDifference('stdout', 'x\n', 'x\ny\n')).toBe('stdout line 2: expected "<end>", got "y\\n"');
  });

  it('finds programs recursively and skips known-differences/', () => {
    const root = mkdtempSync(join(tmpdir(), 'conf-'));
    try {
      for (const p of ['a/one.py', 'a/b/two.py', 'known-differences/diff.py', 'a/notes.txt']) {
        mkdirSync(join(root, p, '..'), { recursive: true });
        writeFileSync(join(root, p), '');
      }
      expect(findPrograms(root).map((p) => relative(root, p))).toEqual(['a/b/two.py', 'a/one.py']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('rewrites known-failures.txt: keeps the header and reasons, drops fixed programs', () => {
    const old = '# header\n# more\n\nb.py  # slow\nz.py  # gone now\n';
    const text = updatedKnownFailures(old, parseKnownFailures(old), new Map([['b.py', 'stdout differs'], ['a.py', 'exit status:\n expected 0']]));
    expect(text).toBe('# header\n# more\na.py  # exit status: expected 0\nb.py  # slow\n');
  });
});

describe('conformance runner platforms', () => {
  it('runs threading/ and asyncio/ on the threaded platforms, the rest single-threaded', () => {
    expect(platformsOf('threading/lock_basics.py')).toEqual(['virtual', 'shared']);
    expect(platformsOf('asyncio/gather.py')).toEqual(['virtual', 'shared']);
    expect(platformsOf('modules/threading_names.py')).toEqual(['single']);
    expect(runName('threading/a.py', 'shared')).toBe('threading/a.py@shared');
    expect(runName('int/a.py', 'single')).toBe('int/a.py');
  });

  it('allows a failure listed for its platform, or for every platform', () => {
    const known = parseKnownFailures('threading/a.py@shared  # slow\nthreading/b.py  # both\n');
    expect(knownFailure(known, 'threading/a.py', 'shared')).toBe(true);
    expect(knownFailure(known, 'threading/a.py', 'virtual')).toBe(false);
    expect(knownFailure(known, 'threading/b.py', 'virtual')).toBe(true);
  });

  it('parses --platform, and refuses a partial --update-known-failures', () => {
    expect([...parseOptions(['--platform', 'virtual,shared', 'threading/']).platforms]).toEqual(['virtual', 'shared']);
    expect([...parseOptions(['--platform', 'all']).platforms]).toEqual(['single', 'virtual', 'shared']);
    expect(() => parseOptions(['--platform', 'gpu'])).toThrow(/--platform/);
    expect(() => parseOptions(['--update-known-failures', '--platform', 'shared'])).toThrow(/every platform/);
  });

  it('rewrites per-platform failures, merging a program that fails on all its platforms', () => {
    const old = '# h\nthreading/b.py@virtual  # old reason\n';
    const text = updatedKnownFailures(old, parseKnownFailures(old), new Map([
      ['threading/a.py@shared', 'stdout differs'],
      ['threading/b.py@virtual', 'x'],
      ['threading/b.py@shared', 'y'],
    ]));
    expect(text).toBe('# h\nthreading/a.py@shared  # stdout differs\nthreading/b.py  # old reason\n');
  });
});
