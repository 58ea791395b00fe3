// CodeUnit: the compiler's output, one per module / class body / function / lambda /
// comprehension, nested through `consts`. Plain serialisable JS data (no classes, no
// functions) so it can be posted to a worker, cached, or dumped as JSON-ish text.
//
// Shape follows CPython 3.13's code object (Include/cpython/code.h, Objects/codeobject.c)
// with three simplifications the eval loop relies on:
//   * `code` holds ONE 32-bit word per instruction: opcode in the low 8 bits, oparg in the
//     high 24 bits (unsigned). No EXTENDED_ARG, no inline caches.
//   * Jump opargs are ABSOLUTE instruction indices (index into `code`, not byte offsets).
//   * `positions` is uncompressed: 4 ints per instruction.
//
// Local variable layout ("localsplus", CPython 3.11+ Objects/codeobject.c
// _PyCode_InitLocalsPlus / Python/compile.c compute_localsplus_info):
//   index 0 .. varnames.length-1             fast locals, arguments first (varnames order)
//   next, cellvars that are NOT in varnames   in cellvars order
//   last, freevars                           in freevars order
// ONE combined array per frame. LOAD_FAST/STORE_FAST/DELETE_FAST and LOAD_DEREF/STORE_DEREF/
// DELETE_DEREF/MAKE_CELL/LOAD_CLOSURE/LOAD_FROM_DICT_OR_DEREF all take an index into it
// (use `localsplusIndex` / `localsplusNames`). A cell variable that is also an argument keeps
// the argument's index: the frame starts with the argument value there and the MAKE_CELL
// at the top of the code replaces it in place by a new cell holding that value (a NULL value
// gives an empty cell). COPY_FREE_VARS n copies the function's closure tuple items 0..n-1
// into localsplus[nlocalsplus-n ..]. So at an index, a *_FAST op sees a plain value and a
// *_DEREF op sees a cell; the compiler never mixes them for one index after MAKE_CELL.

import type { CompileWarning } from './compile-error.ts';

/** co_flags bits, CPython's values (Include/cpython/code.h). */
export const CO_OPTIMIZED = 0x0001;
export const CO_NEWLOCALS = 0x0002;
export const CO_VARARGS = 0x0004;
export const CO_VARKEYWORDS = 0x0008;
export const CO_NESTED = 0x0010;
export const CO_GENERATOR = 0x0020;
export const CO_NOFREE = 0x0040;
export const CO_COROUTINE = 0x0080;
export const CO_ITERABLE_COROUTINE = 0x0100;
export const CO_ASYNC_GENERATOR = 0x0200;

/** One exception-table entry (CPython 3.11+ Objects/exception_handling_notes.txt).
 * When an instruction at index i with start <= i < end raises: pop the value stack down to
 * `depth` items, if `lasti` push i (the raising instruction's index, as an int), push the
 * exception, jump to `target`. Entries never overlap; each instruction has at most one
 * (its innermost) handler; sorted by start. No entry: the exception leaves the frame. */
export interface ExceptionTableEntry {
  start: number;
  end: number;
  target: number;
  depth: number;
  lasti: boolean;
}

export interface CodeUnit {
  name: string;
  qualname: string;
  filename: string;
  firstlineno: number;
  argcount: number; // positional args incl. positional-only
  posonlyargcount: number;
  kwonlyargcount: number;
  flags: number; // CO_* bits
  /** Fast locals: positional args, kw-only args, *args, **kwargs, then other locals. */
  varnames: string[];
  /** Variables of this scope captured by inner scopes (may repeat names from varnames). */
  cellvars: string[];
  /** Variables this scope reads from enclosing scopes, in closure-tuple order. */
  freevars: string[];
  /** Global / attribute / import names (co_names). */
  names: string[];
  consts: Const[];
  /** One word per instruction: op = w & 0xff, arg = w >>> 8. */
  code: Int32Array;
  /** 4 ints per instruction: lineno, col_offset, end_lineno, end_col_offset (UTF-8 bytes); -1 = none. */
  positions: Int32Array;
  exceptionTable: ExceptionTableEntry[];
  /** Maximum value-stack depth (the frame allocates this many slots). */
  stacksize: number;
  /** The docstring (also consts[0] for functions that have one, as CPython). */
  docstring?: string | null;
  /** A module's SyntaxWarnings (compile-warnings.ts), for the runtime to report. */
  syntaxWarnings?: CompileWarning[];
}

export type Const =
  | null
  | boolean
  | bigint
  | number
  | string
  | { bytes: Uint8Array }
  | { complex: number }
  | { ellipsis: true }
  | { tuple: Const[] }
  | { frozenset: Const[] }
  | CodeUnit;

export type ConstKind =
  | 'none' | 'bool' | 'int' | 'float' | 'str' | 'bytes' | 'complex' | 'ellipsis' | 'tuple' | 'frozenset' | 'code';

/** Discriminates a Const (the eval loop's loadCode switches on this). */
export function constKind(c: Const): ConstKind {
  if (c === null) return 'none';
  switch (typeof c) {
    case 'boolean': return 'bool';
    case 'bigint': return 'int';
    case 'number': return 'float';
    case 'string': return 'str';
  }
  if ('bytes' in c) return 'bytes';
  if ('complex' in c) return 'complex';
  if ('ellipsis' in c) return 'ellipsis';
  if ('tuple' in c) return 'tuple';
  if ('frozenset' in c) return 'frozenset';
  return 'code';
}

export function isCodeUnit(c: Const): c is CodeUnit {
  return c !== null && typeof c === 'object' && 'code' in c && c.code instanceof Int32Array;
}

/** The combined localsplus names: varnames, cellvars not in varnames, freevars. */
export function localsplusNames(code: CodeUnit): string[] {
  const vs = new Set(code.varnames);
  return [...code.varnames, ...code.cellvars.filter((n) => !vs.has(n)), ...code.freevars];
}

/** Size of the localsplus array (fast locals + cells + free vars). */
export function nlocalsplus(code: CodeUnit): number {
  return localsplusNames(code).length;
}

export const OPCODE_MASK = 0xff;
export const instrOp = (word: number): number => word & 0xff;
export const instrArg = (word: number): number => word >>> 8;
export const makeInstr = (op: number, arg: number): number => ((arg << 8) | (op & 0xff)) | 0;
