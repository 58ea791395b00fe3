/**
 * Shared helpers for the format tests: decoding fixture values written by
 * tools/gen-format-fixtures.py and running a function the way the fixture recorded
 * it (a value, or {exc, msg} for a raised exception).
 */

import { FormatError } from './format-error.ts';

export type Expected<T> = T | { exc: string; msg: string };

/** A float from its python3 repr (the fixtures spell nan/inf out). */
export function pyFloat(text: string): number {
  if (text === 'nan') return NaN;
  if (text === 'inf') return Infinity;
  if (text === '-inf') return -Infinity;
  return Number(text);
}

/** An int from the fixtures: decimal, or (for huge values) Python's hex(). */
export function pyInt(text: string): bigint {
  return text.startsWith('-') ? -BigInt(text.slice(1)) : BigInt(text);
}

/** Runs fn, turning a FormatError into the fixture's {exc, msg} shape. */
export function run<T>(fn: () => T): Expected<T> {
  try {
    return fn();
  } catch (e) {
    if (e instanceof FormatError) return { exc: e.excType, msg: e.message };
    return { exc: 'JS:' + (e as Error).name, msg: (e as Error).message };
  }
}

/** Compares every case; returns the mismatches (the test expects none). */
export function mismatches<C>(
  cases: C[],
  check: (c: C) => { got: unknown; want: unknown },
  limit = 25,
): unknown[] {
  const bad: unknown[] = [];
  for (const c of cases) {
    const { got, want } = check(c);
    if (JSON.stringify(got) !== JSON.stringify(want)) {
      bad.push({ case: c, got });
      if (bad.length >= limit) break;
    }
  }
  return bad;
}
