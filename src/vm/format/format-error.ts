/**
 * The one error type thrown by the pure formatting and conversion helpers in
 * src/vm/format/ and src/stdlib/random-core.ts.
 *
 * These helpers never touch the heap, so they cannot raise a Python exception
 * themselves. They throw a FormatError carrying the Python exception class name
 * and the exact message python3 prints; the VM catches it at the boundary of the
 * builtin that called the helper and raises the matching exception object.
 */

export type PyExcName =
  | 'ValueError'
  | 'TypeError'
  | 'OverflowError'
  | 'KeyError'
  | 'IndexError'
  | 'ZeroDivisionError';

export class FormatError extends Error {
  constructor(
    readonly excType: PyExcName,
    message: string,
  ) {
    super(message);
    this.name = excType;
  }
}

export const valueError = (msg: string): FormatError => new FormatError('ValueError', msg);
export const typeError = (msg: string): FormatError => new FormatError('TypeError', msg);
export const overflowError = (msg: string): FormatError => new FormatError('OverflowError', msg);
