// The builtin exception types (Python 3.13's hierarchy, builtin-types.ts) after CPython
// Objects/exceptions.c: args, str/repr, __cause__/__context__/__suppress_context__,
// __traceback__, __notes__/add_note, with_traceback, and the subclasses with fields:
// StopIteration.value, SystemExit.code, OSError (errno/strerror/filename, errno -> subclass
// mapping), ImportError, NameError/AttributeError .name, SyntaxError, UnicodeError,
// KeyError's repr-of-key str, BaseExceptionGroup/ExceptionGroup with split/subgroup/derive.
//
// Layout (every exception has the same size, 64 bytes): header; E_ARGS tuple; E_TRACEBACK;
// E_CONTEXT; E_CAUSE; E_SUPPRESS (raw 0/1); E_DICT (instance __dict__, holds __notes__);
// E_F0..E_F7: fields of the subclasses (meaning per type below).

import { type Ref, NULL, isSmallInt } from '../heap.ts';
import type { Runtime } from '../runtime.ts';
import type { TypeSlots, GetSet, NativeFn } from '../type-slots.ts';
import { registerType } from '../registry.ts';
import { T_BASICSIZE } from '../type-layout.ts';
import { PyError, typeError, raise } from '../errors.ts';
import {
  repr as pyRepr, str as pyStr, typeName, typeNameOf, isSubtype, isInstance, callObject, isTrue, getIter,
  iterNext, isType, isInt, reprJs, strJs,
} from '../abstract.ts';
import { instanceDict } from '../type-object.ts';
import { newTuple, tupleLen, tupleGet, tupleToArray } from './tuple-core.ts';
import { dictGetStr, dictSet } from './dict-core.ts';
import { newList, listAppend, listLen, listGet, listToArray } from './list-core.ts';
import { intToNumber } from './int.ts';

export const E_ARGS = 2;
export const E_TRACEBACK = 3;
export const E_CONTEXT = 4;
export const E_CAUSE = 5;
export const E_SUPPRESS = 6;
export const E_DICT = 7;
export const E_F0 = 8;
export const E_F1 = 9;
export const E_F2 = 10;
export const E_F3 = 11;
export const E_F4 = 12;
export const E_F5 = 13;
export const E_F6 = 14;
export const E_F7 = 15;
export const EXC_BASICSIZE = 64;
// Field meanings:
//   StopIteration: F0 value.  SystemExit: F0 code.  NameError: F0 name.  AttributeError: F0 name, F1 obj.
//   ImportError: F0 msg, F1 name, F2 path, F3 name_from.
//   OSError: F0 errno, F1 strerror, F2 filename, F3 filename2, F4 characters_written (BlockingIOError).
//   SyntaxError: F0 msg, F1 filename, F2 lineno, F3 offset, F4 text, F5 end_lineno, F6 end_offset, F7 print_file_and_line.
//   UnicodeError: F0 encoding, F1 object, F2 start, F3 end, F4 reason.
//   BaseExceptionGroup: F0 message, F1 exceptions (tuple).

const f = (r: Ref, word: number): number => (r >> 2) + word;

/**
 * A new exception instance of a builtin exception type (or subclass) with `args`, built
 * natively — no Python __init__ runs (PyErr_SetString's path). Subclass fields are set as
 * their __init__ would from args.
 */
export function newExceptionObject(rt: Runtime, type: Ref, args: Ref[]): Ref {
  const size = Math.max(EXC_BASICSIZE, rt.heap.i32[(type >> 2) + T_BASICSIZE]);
  const e = rt.heap.alloc(type, size);
  const i32 = rt.heap.i32;
  const argsT = newTuple(rt, args);
  i32[f(e, E_ARGS)] = argsT;
  initFields(rt, e, args);
  return e;
}

/** Exception being raised: set its __context__ / __traceback__ helpers for natives. */
export function excArgs(rt: Runtime, e: Ref): Ref { return rt.heap.i32[f(e, E_ARGS)] as Ref; }
export function excTraceback(rt: Runtime, e: Ref): Ref { return rt.heap.i32[f(e, E_TRACEBACK)] as Ref; }
export function setExcTraceback(rt: Runtime, e: Ref, tb: Ref): void { rt.heap.i32[f(e, E_TRACEBACK)] = tb; }
export function excContext(rt: Runtime, e: Ref): Ref { return rt.heap.i32[f(e, E_CONTEXT)] as Ref; }
export function setExcContext(rt: Runtime, e: Ref, c: Ref): void { rt.heap.i32[f(e, E_CONTEXT)] = c; }
export function excCause(rt: Runtime, e: Ref): Ref { return rt.heap.i32[f(e, E_CAUSE)] as Ref; }
/** raise e from cause: sets __cause__ (NULL for `from None`) and __suppress_context__. */
export function setExcCause(rt: Runtime, e: Ref, cause: Ref): void {
  rt.heap.i32[f(e, E_CAUSE)] = cause;
  rt.heap.i32[f(e, E_SUPPRESS)] = 1;
}
export function excSuppressContext(rt: Runtime, e: Ref): boolean { return rt.heap.i32[f(e, E_SUPPRESS)] !== 0; }

function isA(rt: Runtime, e: Ref, key: keyof Runtime['types']): boolean { return isSubtype(rt, rt.typeOf(e), rt.types[key]); }

/** Set subclass fields from args as the subclass's __init__ does. */
function initFields(rt: Runtime, e: Ref, args: Ref[]): void {
  const i32 = rt.heap.i32;
  const none = rt.none;
  if (isA(rt, e, 'StopIteration')) i32[f(e, E_F0)] = args.length > 0 ? args[0] : none;
  else if (isA(rt, e, 'SystemExit')) i32[f(e, E_F0)] = args.length === 0 ? none : args.length === 1 ? args[0] : i32[f(e, E_ARGS)];
  else if (isA(rt, e, 'OSError')) {
    for (let k = 0; k < 5; k++) i32[f(e, E_F0 + k)] = none;
    if (args.length >= 2 && args.length <= 5) {
      i32[f(e, E_F0)] = args[0];
      i32[f(e, E_F1)] = args[1];
      if (args.length >= 3) {
        i32[f(e, E_F2)] = args[2];
        if (args.length >= 5) i32[f(e, E_F3)] = args[4];
        // With a filename, args is (errno, strerror) only (OSError_init).
        i32[f(e, E_ARGS)] = newTuple(rt, [args[0], args[1]]);
      }
    }
  } else if (isA(rt, e, 'ImportError')) {
    i32[f(e, E_F0)] = args.length === 1 ? args[0] : none;
    i32[f(e, E_F1)] = none; i32[f(e, E_F2)] = none; i32[f(e, E_F3)] = none;
  } else if (isA(rt, e, 'NameError') || isA(rt, e, 'AttributeError')) {
    i32[f(e, E_F0)] = none;
    if (isA(rt, e, 'AttributeError')) i32[f(e, E_F1)] = none;
  } else if (isA(rt, e, 'SyntaxError')) {
    for (let k = 0; k < 8; k++) i32[f(e, E_F0 + k)] = none;
    if (args.length >= 1) i32[f(e, E_F0)] = args[0];
    if (args.length === 2) {
      const info = args[1];
      if (rt.typeOf(info) !== rt.types.tuple) typeError(rt, 'tuple expected');
      const n = tupleLen(rt, info);
      if (n < 4 || n > 6) raise(rt, rt.types.IndexError, 'tuple index out of range');
      for (let k = 0; k < n; k++) i32[f(e, E_F1 + k)] = tupleGet(rt, info, k);
    }
  } else if (isA(rt, e, 'UnicodeError')) {
    for (let k = 0; k < 5; k++) i32[f(e, E_F0 + k)] = args.length === 5 ? args[k] : none;
  } else if (isA(rt, e, 'BaseExceptionGroup')) {
    i32[f(e, E_F0)] = args.length > 0 ? args[0] : none;
    // egNew validates and stores the exceptions tuple; here only what needs no Python code.
    const a1 = args.length > 1 ? args[1] : NULL;
    i32[f(e, E_F1)] = a1 !== NULL && rt.typeOf(a1) === rt.types.tuple ? a1
      : newTuple(rt, a1 !== NULL && rt.typeOf(a1) === rt.types.list ? listToArray(rt, a1) : []);
  }
}

function seqToArray(rt: Runtime, seq: Ref): Ref[] {
  if (rt.typeOf(seq) === rt.types.tuple) return tupleToArray(rt, seq);
  if (rt.typeOf(seq) === rt.types.list) return listToArray(rt, seq);
  // The iterator and the items collected so far live in JS while __next__ runs: root them.
  // The caller releases (it keeps using the items); seqToArray's callers run no Python
  // after it except through objects they own, so a mark taken by the caller is enough.
  const out: Ref[] = [];
  const it = rt.rooted(getIter(rt, seq));
  for (let x = iterNext(rt, it); x !== NULL; x = iterNext(rt, it)) out.push(rt.rooted(x));
  return out;
}

function kwCount(rt: Runtime, kwnames: Ref | null): number { return kwnames === null || kwnames === NULL ? 0 : tupleLen(rt, kwnames); }

// ---- BaseException -------------------------------------------------------------------------

function baseStr(rt: Runtime, e: Ref): Ref {
  const args = excArgs(rt, e);
  const n = tupleLen(rt, args);
  if (n === 0) return rt.emptyStr;
  if (n === 1) return pyStr(rt, tupleGet(rt, args, 0));
  return pyStr(rt, args);
}

function baseRepr(rt: Runtime, e: Ref): Ref {
  const name = typeName(rt, e);
  const args = excArgs(rt, e);
  const n = tupleLen(rt, args);
  if (n === 1) return rt.newStr(`${name}(${reprJs(rt, tupleGet(rt, args, 0))})`);
  if (n === 0) return rt.newStr(`${name}()`);
  return rt.newStr(`${name}${reprJs(rt, args)}`);
}

const baseSlots: TypeSlots = {
  repr: baseRepr,
  str: baseStr,
  new(rt, type, args, kwnames) {
    // BaseException_new keeps the positional args; keyword arguments are __init__'s business.
    const pos = args.slice(0, args.length - kwCount(rt, kwnames));
    return newExceptionObject(rt, type, pos);
  },
  init(rt, self, args, kwnames) {
    if (kwCount(rt, kwnames) > 0 && !isSubtype(rt, rt.typeOf(self), rt.types.ImportError)
      && !isSubtype(rt, rt.typeOf(self), rt.types.NameError) && !isSubtype(rt, rt.typeOf(self), rt.types.AttributeError)) {
      typeError(rt, `${typeName(rt, self)}() takes no keyword arguments`);
    }
    const pos = args.slice(0, args.length - kwCount(rt, kwnames));
    rt.heap.i32[f(self, E_ARGS)] = newTuple(rt, pos);
    initFields(rt, self, pos);
    if (kwCount(rt, kwnames) > 0) applyKeywords(rt, self, args, kwnames!);
  },
  traverse(rt, e, visit) {
    const i32 = rt.heap.i32;
    for (const w of [E_ARGS, E_TRACEBACK, E_CONTEXT, E_CAUSE, E_DICT, E_F0, E_F1, E_F2, E_F3, E_F4, E_F5, E_F6, E_F7]) visit(i32[f(e, w)] as Ref);
  },
};

/** name=/path=/obj=/name_from= keywords of ImportError, NameError, AttributeError. */
function applyKeywords(rt: Runtime, self: Ref, args: Ref[], kwnames: Ref): void {
  const n = tupleLen(rt, kwnames), npos = args.length - n;
  const allowed: Record<string, number> = isSubtype(rt, rt.typeOf(self), rt.types.ImportError)
    ? { name: E_F1, path: E_F2, name_from: E_F3 }
    : isSubtype(rt, rt.typeOf(self), rt.types.AttributeError) ? { name: E_F0, obj: E_F1 } : { name: E_F0 };
  for (let k = 0; k < n; k++) {
    const key = rt.jsStr(tupleGet(rt, kwnames, k));
    if (!(key in allowed)) typeError(rt, `'${key}' is an invalid keyword argument for ${typeName(rt, self)}()`);
    rt.heap.i32[f(self, allowed[key])] = args[npos + k];
  }
}

function field(word: number, writable = true): GetSet {
  return {
    get: (rt, e) => { const v = rt.heap.i32[f(e, word)] as Ref; return v === NULL ? rt.none : v; },
    set: writable ? (rt, e, v) => { rt.heap.i32[f(e, word)] = v === NULL ? rt.none : v; } : undefined,
  };
}

function addNote(rt: Runtime, self: Ref, args: Ref[]): Ref {
  if (args.length !== 1) typeError(rt, `BaseException.add_note() takes exactly one argument (${args.length} given)`);
  const note = args[0];
  if (!isSubtype(rt, rt.typeOf(note), rt.types.str)) typeError(rt, `note must be a str, not '${typeName(rt, note)}'`);
  const d = instanceDict(rt, self, true);
  const key = rt.names.__notes__;
  let notes = dictGetStr(rt, d, key);
  if (notes === NULL) { notes = newList(rt); dictSet(rt, d, key, notes); }
  if (rt.typeOf(notes) !== rt.types.list) typeError(rt, 'Cannot add note: __notes__ is not a list');
  listAppend(rt, notes, note);
  return rt.none;
}

function isExceptionInstance(rt: Runtime, v: Ref): boolean { return !isSmallInt(v) && isSubtype(rt, rt.typeOf(v), rt.types.BaseException); }

registerType({
  key: 'BaseException', name: 'BaseException', basicsize: EXC_BASICSIZE, flags: 2, slots: baseSlots,
  doc: 'Common base class for all exceptions',
  methods: {
    with_traceback(rt, self, args) {
      if (args.length !== 1) typeError(rt, `BaseException.with_traceback() takes exactly one argument (${args.length} given)`);
      setTracebackChecked(rt, self, args[0]);
      return self;
    },
    add_note: addNote,
    __reduce__: (rt, self) => newTuple(rt, [rt.typeOf(self), excArgs(rt, self)]),
    __setstate__: (rt) => rt.none,
  },
  getsets: {
    args: {
      get: (rt, e) => excArgs(rt, e),
      set(rt, e, v) {
        if (v === NULL) typeError(rt, 'args may not be deleted');
        const mark = rt.rootMark();
        try { rt.heap.i32[f(e, E_ARGS)] = newTuple(rt, seqToArray(rt, v)); } finally { rt.rootRelease(mark); }
      },
    },
    __traceback__: { get: (rt, e) => excTraceback(rt, e) || rt.none, set: (rt, e, v) => setTracebackChecked(rt, e, v) },
    __context__: {
      get: (rt, e) => excContext(rt, e) || rt.none,
      set(rt, e, v) {
        if (v === NULL) typeError(rt, '__context__ may not be deleted');
        if (v !== rt.none && !isExceptionInstance(rt, v)) typeError(rt, 'exception context must be None or derive from BaseException');
        setExcContext(rt, e, v === rt.none ? NULL : v);
      },
    },
    __cause__: {
      get: (rt, e) => excCause(rt, e) || rt.none,
      set(rt, e, v) {
        if (v === NULL) typeError(rt, '__cause__ may not be deleted');
        if (v !== rt.none && !isExceptionInstance(rt, v)) typeError(rt, 'exception cause must be None or derive from BaseException');
        setExcCause(rt, e, v === rt.none ? NULL : v);
      },
    },
    __suppress_context__: {
      get: (rt, e) => rt.bool(excSuppressContext(rt, e)),
      set(rt, e, v) { rt.heap.i32[f(e, E_SUPPRESS)] = v !== NULL && isTrue(rt, v) ? 1 : 0; },
    },
    __dict__: { get: (rt, e) => instanceDict(rt, e, true) },
  },
});

function setTracebackChecked(rt: Runtime, e: Ref, tb: Ref): void {
  if (tb === NULL) typeError(rt, '__traceback__ may not be deleted');
  if (tb !== rt.none && rt.typeOf(tb) !== rt.types.traceback) typeError(rt, '__traceback__ must be a traceback or None');
  setExcTraceback(rt, e, tb === rt.none ? NULL : tb);
}

// The exception instance __dict__ is E_DICT: give BaseException a positive dict offset.
// (Done by the runtime after bootstrap: see fixExceptionLayout.)

/** After bootstrap: every exception type's instances keep __dict__ at E_DICT. */
export function fixExceptionLayout(rt: Runtime): void {
  for (const [k] of Object.entries(rt.types)) {
    const t = (rt.types as Record<string, Ref>)[k];
    if (isSubtype(rt, t, rt.types.BaseException)) {
      rt.heap.i32[(t >> 2) + 12 /* T_DICTOFFSET */] = E_DICT * 4;
      rt.heap.i32[(t >> 2) + T_BASICSIZE] = EXC_BASICSIZE;
    }
  }
}

// ---- subclasses with their own str / fields ------------------------------------------------

function sub(key: string, slots: TypeSlots, getsets?: Record<string, GetSet>, methods?: Record<string, NativeFn>, base?: string): void {
  registerType({ key, name: key, base, basicsize: EXC_BASICSIZE, flags: 2, slots, getsets, methods });
}

sub('KeyError', {
  str(rt, e) {
    const args = excArgs(rt, e);
    if (tupleLen(rt, args) === 1) return pyRepr(rt, tupleGet(rt, args, 0));
    return baseStr(rt, e);
  },
}, undefined, undefined, 'LookupError');

sub('StopIteration', {}, { value: field(E_F0) }, undefined, 'Exception');
sub('SystemExit', {}, { code: field(E_F0) }, undefined, 'BaseException');
sub('NameError', {}, { name: field(E_F0) }, undefined, 'Exception');
sub('AttributeError', {}, { name: field(E_F0), obj: field(E_F1) }, undefined, 'Exception');
sub('ImportError', {
  str(rt, e) {
    const msg = rt.heap.i32[f(e, E_F0)] as Ref;
    if (msg !== rt.none && msg !== NULL) return pyStr(rt, msg);
    return baseStr(rt, e);
  },
}, { msg: field(E_F0), name: field(E_F1), path: field(E_F2), name_from: field(E_F3) }, undefined, 'Exception');

// OSError: errno -> subclass mapping of OSError.__new__ (Objects/exceptions.c errnomap).
const ERRNO_MAP: Record<number, string> = {
  11: 'BlockingIOError', 114: 'BlockingIOError', 115: 'BlockingIOError', 4: 'InterruptedError',
  10: 'ChildProcessError', 32: 'BrokenPipeError', 108: 'BrokenPipeError', 103: 'ConnectionAbortedError',
  111: 'ConnectionRefusedError', 104: 'ConnectionResetError', 17: 'FileExistsError', 2: 'FileNotFoundError',
  21: 'IsADirectoryError', 20: 'NotADirectoryError', 1: 'PermissionError', 13: 'PermissionError',
  3: 'ProcessLookupError', 110: 'TimeoutError',
};

sub('OSError', {
  new(rt, type, args, kwnames) {
    let t = type;
    const pos = args.slice(0, args.length - kwCount(rt, kwnames));
    if (type === rt.types.OSError && pos.length >= 2 && isInt(rt, pos[0])) {
      const m = ERRNO_MAP[intToNumber(rt, pos[0])];
      if (m) t = (rt.types as Record<string, Ref>)[m];
    }
    return newExceptionObject(rt, t, pos);
  },
  init(rt, self, args, kwnames) {
    if (kwCount(rt, kwnames) > 0) typeError(rt, `${typeName(rt, self)}() takes no keyword arguments`);
    rt.heap.i32[f(self, E_ARGS)] = newTuple(rt, args);
    initFields(rt, self, args);
  },
  str(rt, e) {
    const i32 = rt.heap.i32;
    const errno = i32[f(e, E_F0)] as Ref, strerror = i32[f(e, E_F1)] as Ref;
    const fn = i32[f(e, E_F2)] as Ref, fn2 = i32[f(e, E_F3)] as Ref;
    const none = rt.none;
    if (fn !== none && fn !== NULL) {
      if (fn2 !== none && fn2 !== NULL) {
        return rt.newStr(`[Errno ${strJs(rt, errno)}] ${strJs(rt, strerror)}: ${reprJs(rt, fn)} -> ${reprJs(rt, fn2)}`);
      }
      return rt.newStr(`[Errno ${strJs(rt, errno)}] ${strJs(rt, strerror)}: ${reprJs(rt, fn)}`);
    }
    if (errno !== none && errno !== NULL && strerror !== none && strerror !== NULL) {
      return rt.newStr(`[Errno ${strJs(rt, errno)}] ${strJs(rt, strerror)}`);
    }
    return baseStr(rt, e);
  },
}, { errno: field(E_F0), strerror: field(E_F1), filename: field(E_F2), filename2: field(E_F3) }, undefined, 'Exception');
sub('BlockingIOError', {}, { characters_written: field(E_F4) }, undefined, 'OSError');

sub('SyntaxError', {
  str(rt, e) {
    const i32 = rt.heap.i32;
    const msg = i32[f(e, E_F0)] as Ref, filename = i32[f(e, E_F1)] as Ref, lineno = i32[f(e, E_F2)] as Ref;
    const m = msg === rt.none || msg === NULL ? baseStrJs(rt, e) : strJs(rt, msg);
    const haveFile = filename !== rt.none && filename !== NULL && isSubtype(rt, rt.typeOf(filename), rt.types.str);
    const haveLine = lineno !== rt.none && lineno !== NULL && isInt(rt, lineno);
    const base = haveFile ? rt.jsStr(filename).split('/').pop()! : '';
    if (haveFile && haveLine) return rt.newStr(`${m} (${base}, line ${strJs(rt, lineno)})`);
    if (haveFile) return rt.newStr(`${m} (${base})`);
    if (haveLine) return rt.newStr(`${m} (line ${strJs(rt, lineno)})`);
    return rt.newStr(m);
  },
}, {
  msg: field(E_F0), filename: field(E_F1), lineno: field(E_F2), offset: field(E_F3), text: field(E_F4),
  end_lineno: field(E_F5), end_offset: field(E_F6), print_file_and_line: field(E_F7),
}, undefined, 'Exception');

function baseStrJs(rt: Runtime, e: Ref): string { return rt.jsStr(baseStr(rt, e)); }

sub('UnicodeError', {}, { encoding: field(E_F0), object: field(E_F1), start: field(E_F2), end: field(E_F3), reason: field(E_F4) }, undefined, 'ValueError');
sub('UnicodeDecodeError', {
  str(rt, e) {
    const i32 = rt.heap.i32;
    if (tupleLen(rt, excArgs(rt, e)) !== 5) return baseStr(rt, e);
    const start = intToNumber(rt, i32[f(e, E_F2)] as Ref), end = intToNumber(rt, i32[f(e, E_F3)] as Ref);
    const enc = strJs(rt, i32[f(e, E_F0)] as Ref), reason = strJs(rt, i32[f(e, E_F4)] as Ref);
    const obj = i32[f(e, E_F1)] as Ref;
    const byteAt = (k: number): number => rt.heap.u8[obj + 12 + k];
    if (end === start + 1) return rt.newStr(`'${enc}' codec can't decode byte 0x${byteAt(start).toString(16).padStart(2, '0')} in position ${start}: ${reason}`);
    return rt.newStr(`'${enc}' codec can't decode bytes in position ${start}-${end - 1}: ${reason}`);
  },
}, undefined, undefined, 'UnicodeError');
sub('UnicodeEncodeError', {
  str(rt, e) {
    const i32 = rt.heap.i32;
    if (tupleLen(rt, excArgs(rt, e)) !== 5) return baseStr(rt, e);
    const start = intToNumber(rt, i32[f(e, E_F2)] as Ref), end = intToNumber(rt, i32[f(e, E_F3)] as Ref);
    const enc = strJs(rt, i32[f(e, E_F0)] as Ref), reason = strJs(rt, i32[f(e, E_F4)] as Ref);
    const obj = [...rt.jsStr(i32[f(e, E_F1)] as Ref)];
    if (end === start + 1) {
      const cp = obj[start].codePointAt(0)!;
      const esc = cp < 0x100 ? `\\x${cp.toString(16).padStart(2, '0')}` : cp < 0x10000 ? `\\u${cp.toString(16).padStart(4, '0')}` : `\\U${cp.toString(16).padStart(8, '0')}`;
      return rt.newStr(`'${enc}' codec can't encode character '${esc}' in position ${start}: ${reason}`);
    }
    return rt.newStr(`'${enc}' codec can't encode characters in position ${start}-${end - 1}: ${reason}`);
  },
}, undefined, undefined, 'UnicodeError');

// ---- exception groups ----------------------------------------------------------------------

function egExceptions(rt: Runtime, eg: Ref): Ref[] { return tupleToArray(rt, rt.heap.i32[f(eg, E_F1)] as Ref); }

function egNew(rt: Runtime, type: Ref, args: Ref[], kwnames: Ref | null): Ref {
  if (kwCount(rt, kwnames) > 0) typeError(rt, `${typeNameOf(rt, type)}() takes no keyword arguments`);
  if (args.length !== 2) typeError(rt, `BaseExceptionGroup.__new__() takes exactly 2 arguments (${args.length} given)`);
  const [msg, excs] = args;
  if (!isSubtype(rt, rt.typeOf(msg), rt.types.str)) typeError(rt, `BaseExceptionGroup.__new__() argument 1 must be str, not ${typeName(rt, msg)}`);
  const et = rt.typeOf(excs);
  const seqOk = isSubtype(rt, et, rt.types.list) || isSubtype(rt, et, rt.types.tuple) || rt.slots(et).getitem !== undefined && rt.slots(rt.typeOf(excs)).len !== undefined
    && !isSubtype(rt, rt.typeOf(excs), rt.types.dict) && !isSubtype(rt, rt.typeOf(excs), rt.types.set);
  if (!seqOk) typeError(rt, 'second argument (exceptions) must be a sequence');
  const mark = rt.rootMark();
  const items = seqToArray(rt, excs);
  rt.rootRelease(mark); // no Python code runs below
  if (items.length === 0) raise(rt, rt.types.ValueError, 'second argument (exceptions) must be a non-empty sequence');
  let allExc = true;
  items.forEach((x, i) => {
    if (!isExceptionInstance(rt, x)) raise(rt, rt.types.ValueError, `Item ${i} of second argument (exceptions) is not an exception`);
    if (!isSubtype(rt, rt.typeOf(x), rt.types.Exception)) allExc = false;
  });
  let cls = type;
  if (cls === rt.types.BaseExceptionGroup) {
    if (allExc) cls = rt.types.ExceptionGroup;
  } else if (cls === rt.types.ExceptionGroup) {
    if (!allExc) typeError(rt, 'Cannot nest BaseExceptions in an ExceptionGroup');
  } else if (!allExc && isSubtype(rt, cls, rt.types.Exception)) {
    typeError(rt, `Cannot nest BaseExceptions in '${typeNameOf(rt, cls)}'`);
  }
  // args keeps the sequence object as given (repr shows a list or a tuple accordingly).
  const e = newExceptionObject(rt, cls, [msg, excs]);
  rt.heap.i32[f(e, E_F1)] = newTuple(rt, items);
  return e;
}

/** derive(excs): a new group of the same message (BaseExceptionGroup.derive). */
function derive(rt: Runtime, eg: Ref, excs: Ref[]): Ref {
  const deriveM = rt.slots(rt.typeOf(eg)).getattro;
  void deriveM;
  return egNew(rt, rt.types.BaseExceptionGroup, [rt.heap.i32[f(eg, E_F0)] as Ref, newList(rt, excs)], null);
}

/** Copy __traceback__, __cause__, __context__ and __notes__ onto a derived group. */
function copyMeta(rt: Runtime, from: Ref, to: Ref): void {
  const i32 = rt.heap.i32;
  i32[f(to, E_TRACEBACK)] = i32[f(from, E_TRACEBACK)];
  i32[f(to, E_CAUSE)] = i32[f(from, E_CAUSE)];
  i32[f(to, E_CONTEXT)] = i32[f(from, E_CONTEXT)];
  i32[f(to, E_SUPPRESS)] = i32[f(from, E_SUPPRESS)];
  const d = i32[f(from, E_DICT)] as Ref;
  if (d !== NULL) {
    const notes = dictGetStr(rt, d, rt.names.__notes__);
    if (notes !== NULL) dictSet(rt, instanceDict(rt, to, true), rt.names.__notes__, notes);
  }
}

type Matcher = (e: Ref) => boolean;

function matcher(rt: Runtime, cond: Ref): Matcher {
  if (isType(rt, cond) && isSubtype(rt, cond, rt.types.BaseException)) return (e) => isInstance(rt, e, cond);
  if (rt.typeOf(cond) === rt.types.tuple && tupleToArray(rt, cond).every((c) => isType(rt, c) && isSubtype(rt, c, rt.types.BaseException))) {
    return (e) => isInstance(rt, e, cond);
  }
  if (rt.slots(rt.typeOf(cond)).call !== undefined && !isType(rt, cond)) return (e) => isTrue(rt, callObject(rt, cond, [e]));
  return typeError(rt, 'expected a function, exception type or tuple of exception types');
}

/** Split `eg` by `match`: [matching part or NULL, rest or NULL] (exceptions.c exceptiongroup_split_recursive). */
function splitRec(rt: Runtime, e: Ref, match: Matcher, wantRest: boolean): [Ref, Ref] {
  if (match(e)) return [e, NULL];
  if (!isSubtype(rt, rt.typeOf(e), rt.types.BaseExceptionGroup)) return [NULL, wantRest ? e : NULL];
  const m: Ref[] = [], r: Ref[] = [];
  for (const x of egExceptions(rt, e)) {
    const [a, b] = splitRec(rt, x, match, wantRest);
    if (a !== NULL) m.push(a);
    if (b !== NULL) r.push(b);
  }
  const build = (xs: Ref[]): Ref => {
    if (xs.length === 0) return NULL;
    const g = rt.rooted(callDerive(rt, e, xs)); // kept across later condition calls
    copyMeta(rt, e, g);
    return g;
  };
  return [build(m), wantRest ? build(r) : NULL];
}

function callDerive(rt: Runtime, eg: Ref, xs: Ref[]): Ref {
  // A subclass may override derive(); call it through the attribute protocol.
  const t = rt.typeOf(eg);
  if (t === rt.types.ExceptionGroup || t === rt.types.BaseExceptionGroup) return derive(rt, eg, xs);
  const getattro = rt.slots(t).getattro!;
  const m = getattro(rt, eg, rt.intern('derive'));
  return callObject(rt, m, [newList(rt, xs)]);
}

const egSlots: TypeSlots = {
  new: egNew,
  init(rt, self, args, kwnames) { void self; void args; if (kwCount(rt, kwnames) > 0) typeError(rt, 'BaseExceptionGroup() takes no keyword arguments'); },
  str(rt, e) {
    const n = egExceptions(rt, e).length;
    return rt.newStr(`${strJs(rt, rt.heap.i32[f(e, E_F0)] as Ref)} (${n} sub-exception${n === 1 ? '' : 's'})`);
  },
};

registerType({
  key: 'BaseExceptionGroup', name: 'BaseExceptionGroup', base: 'BaseException', basicsize: EXC_BASICSIZE, flags: 2, slots: egSlots,
  doc: 'A combination of multiple unrelated exceptions.',
  methods: {
    derive: (rt, self, args) => {
      if (args.length !== 1) typeError(rt, `BaseExceptionGroup.derive() takes exactly one argument (${args.length} given)`);
      const mark = rt.rootMark();
      try { return derive(rt, self, seqToArray(rt, args[0])); } finally { rt.rootRelease(mark); }
    },
    split(rt, self, args) {
      if (args.length !== 1) typeError(rt, `BaseExceptionGroup.split() takes exactly one argument (${args.length} given)`);
      const mark = rt.rootMark();
      try {
        const [a, b] = splitRec(rt, self, matcher(rt, args[0]), true);
        return newTuple(rt, [a || rt.none, b || rt.none]);
      } finally { rt.rootRelease(mark); }
    },
    subgroup(rt, self, args) {
      if (args.length !== 1) typeError(rt, `BaseExceptionGroup.subgroup() takes exactly one argument (${args.length} given)`);
      const mark = rt.rootMark();
      try {
        const [a] = splitRec(rt, self, matcher(rt, args[0]), false);
        return a || rt.none;
      } finally { rt.rootRelease(mark); }
    },
  },
  getsets: {
    message: field(E_F0, false),
    exceptions: field(E_F1, false),
  },
});

export { listLen, listGet, PyError };
