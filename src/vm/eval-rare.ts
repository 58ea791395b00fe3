// The eval loop's rare opcodes, out of `execute` (eval.ts). `execute` is one large function
// that V8 compiles as a whole, on a background thread, while the program runs in the slower
// tiers: 0.1-0.5 s per compile on a busy 2-core machine, and again each time optimised code
// meets a path it has never seen run (a "soft" deoptimisation throws the whole compile
// away). Opcodes that only call a helper (imports, class bodies, deletes, unpacking with a
// star, dict and set displays, f-string conversions, async-for, except*) gain nothing from
// being compiled into the loop, so they live here: `execute` reaches all of them through one
// call site, which the first of them (an import at start-up) makes warm, and a rare opcode
// first seen after a compile no longer discards it. Their bodies are those they had in the
// loop: the same stack effects and the same saved stack depth before anything that can run
// Python code.

import { type Ref, NULL } from './heap.ts';
import type { Runtime } from './runtime.ts';
import { F_GLOBALS, F_BUILTINS, F_LOCALS, F_LASTI, F_SP, F_LOCALSPLUS } from './frame.ts';
import type { DecodedCode } from './code-object.ts';
import { raise } from './errors.ts';
import { delAttr, getItem, setItem, delItem, callObject, repr, str, unaryOp, UnOp } from './abstract.ts';
import { dictGetStr, dictSet, dictDel, newDict } from './objects/dict-core.ts';
import { tupleGet } from './objects/tuple-core.ts';
import { CELL_REF } from './objects/cell.ts';
import { excTraceback } from './exc-util.ts';
import * as S from './eval-support.ts';

/** What SET_ADD, LIST_EXTEND, SET_UPDATE and DICT_UPDATE do to their container, by opcode. */
const INTO_DISPLAY: Record<number, (rt: Runtime, container: Ref, v: Ref) => void> = {
  50: S.setAdd, 52: S.listExtend, 53: S.setUpdate, 54: S.dictUpdate,
};

/** Runs the rare opcode `word` of frame `f` (code `d`), with the value stack at `sp` and the
 *  instruction pointer past it at `ip`; returns the new stack pointer. */
export function rareOp(rt: Runtime, word: number, f: Ref, d: DecodedCode, sp: number, ip: number): number {
  const i32 = rt.heap.i32;
  const fw = f >> 2;
  const lp = fw + F_LOCALSPLUS;
  const sb = lp + d.nlocalsplus;
  const names = d.names;
  const types = rt.types;
  const arg = word >>> 8;
  switch (word & 0xff) {
    case 17 /* STORE_GLOBAL */:
      dictSet(rt, i32[fw + F_GLOBALS] as Ref, names[arg], i32[--sp] as Ref);
      break;
    case 18 /* DELETE_GLOBAL */:
      if (!dictDel(rt, i32[fw + F_GLOBALS] as Ref, names[arg])) S.nameNotDefined(rt, names[arg]);
      break;
    case 15 /* DELETE_NAME */: {
      const loc = i32[fw + F_LOCALS] as Ref;
      if (i32[loc >> 2] === types.dict) {
        if (!dictDel(rt, loc, names[arg])) S.nameNotDefined(rt, names[arg]);
      } else {
        i32[fw + F_SP] = sp - sb;
        delItem(rt, loc, names[arg]);
      }
      break;
    }
    case 21 /* DELETE_DEREF */: {
      const c = i32[lp + arg] >> 2;
      if (i32[c + CELL_REF] === 0) S.unboundDeref(rt, d, arg);
      i32[c + CELL_REF] = 0;
      break;
    }
    case 25 /* LOAD_FROM_DICT_OR_DEREF */: {
      const m = i32[sp - 1] as Ref;
      const name = d.lpNameRefs[arg];
      i32[fw + F_SP] = sp - sb;
      let v = i32[m >> 2] === types.dict ? dictGetStr(rt, m, name) : S.mappingGetOpt(rt, m, name);
      if (v === NULL) {
        v = i32[(i32[lp + arg] >> 2) + CELL_REF] as Ref;
        if (v === NULL) S.unboundDeref(rt, d, arg);
      }
      i32[sp - 1] = v;
      break;
    }
    case 26 /* LOAD_LOCALS */: {
      const loc = i32[fw + F_LOCALS];
      if (loc === 0) raise(rt, types.SystemError, 'no locals found');
      i32[sp++] = loc;
      break;
    }
    case 29 /* DELETE_ATTR */:
      i32[fw + F_SP] = sp - sb;
      delAttr(rt, i32[--sp] as Ref, names[arg]);
      break;
    case 33 /* UNARY_INVERT */:
      i32[fw + F_SP] = sp - sb;
      i32[sp - 1] = unaryOp(rt, i32[sp - 1] as Ref, UnOp.INVERT);
      break;
    case 39 /* DELETE_SUBSCR */: {
      i32[fw + F_SP] = sp - sb;
      const key = i32[sp - 1] as Ref, c = i32[sp - 2] as Ref;
      sp -= 2;
      delItem(rt, c, key);
      break;
    }
    case 40 /* BINARY_SLICE */: {
      i32[fw + F_SP] = sp - sb;
      const stop = i32[sp - 1] as Ref, start = i32[sp - 2] as Ref, c = i32[sp - 3] as Ref;
      const sl = S.newSlice(rt, start, stop, rt.none);
      i32[sp - 3] = getItem(rt, c, sl);
      sp -= 2;
      break;
    }
    case 41 /* STORE_SLICE */: {
      i32[fw + F_SP] = sp - sb;
      const stop = i32[sp - 1] as Ref, start = i32[sp - 2] as Ref, c = i32[sp - 3] as Ref, v = i32[sp - 4] as Ref;
      const sl = S.newSlice(rt, start, stop, rt.none);
      sp -= 4;
      setItem(rt, c, sl, v);
      break;
    }
    case 42 /* BUILD_SLICE */: {
      const step = arg === 3 ? i32[--sp] as Ref : rt.none;
      const stop = i32[sp - 1] as Ref, start = i32[sp - 2] as Ref;
      i32[sp - 2] = S.newSlice(rt, start, stop, step);
      sp--;
      break;
    }
    case 45 /* BUILD_SET */: {
      i32[fw + F_SP] = sp - sb;
      const items: Ref[] = new Array(arg);
      for (let i = 0; i < arg; i++) items[i] = i32[sp - arg + i] as Ref;
      const s = S.newSetFrom(rt, items);
      sp -= arg;
      i32[sp++] = s;
      break;
    }
    case 46 /* BUILD_MAP */: {
      i32[fw + F_SP] = sp - sb;
      const m = newDict(rt);
      for (let i = 0; i < arg; i++) dictSet(rt, m, i32[sp - 2 * arg + 2 * i] as Ref, i32[sp - 2 * arg + 2 * i + 1] as Ref);
      sp -= 2 * arg;
      i32[sp++] = m;
      break;
    }
    case 47 /* BUILD_CONST_KEY_MAP */: {
      i32[fw + F_SP] = sp - sb;
      const keys = i32[sp - 1] as Ref;
      const m = newDict(rt);
      for (let i = 0; i < arg; i++) dictSet(rt, m, tupleGet(rt, keys, i), i32[sp - 1 - arg + i] as Ref);
      sp -= arg + 1;
      i32[sp++] = m;
      break;
    }
    case 50 /* SET_ADD */:
    case 52 /* LIST_EXTEND */:
    case 53 /* SET_UPDATE */:
    case 54 /* DICT_UPDATE */: {
      // Pop a value (an item, or an iterable / mapping to take all of) into the display being
      // built `arg` deep below it.
      i32[fw + F_SP] = sp - sb;
      const v = i32[--sp] as Ref;
      INTO_DISPLAY[word & 0xff]!(rt, i32[sp - arg] as Ref, v);
      break;
    }
    case 51 /* MAP_ADD */: {
      i32[fw + F_SP] = sp - sb;
      const v = i32[--sp] as Ref, k = i32[--sp] as Ref;
      const m = i32[sp - arg] as Ref;
      if (i32[m >> 2] === types.dict) dictSet(rt, m, k, v); else setItem(rt, m, k, v);
      break;
    }
    case 55 /* DICT_MERGE */: {
      i32[fw + F_SP] = sp - sb;
      const m = i32[--sp] as Ref;
      S.dictMerge(rt, i32[sp - arg] as Ref, m, i32[sp - arg - 3] as Ref); // CPython 3.13: callable, NULL, args, dict
      break;
    }
    case 57 /* UNPACK_EX */: {
      i32[fw + F_SP] = sp - sb;
      const seq = i32[--sp] as Ref;
      const before = arg & 0xff, after = arg >> 8;
      const items = S.unpackEx(rt, seq, before, after);
      for (let i = items.length - 1; i >= 0; i--) i32[sp++] = items[i];
      break;
    }
    case 58 /* CONVERT_VALUE */: {
      i32[fw + F_SP] = sp - sb;
      const v = i32[sp - 1] as Ref;
      i32[sp - 1] = arg === 1 ? str(rt, v) : arg === 2 ? repr(rt, v) : S.ascii(rt, v);
      break;
    }
    case 60 /* FORMAT_WITH_SPEC */: {
      i32[fw + F_SP] = sp - sb;
      const spec = i32[--sp] as Ref;
      i32[sp - 1] = S.format(rt, i32[sp - 1] as Ref, spec);
      break;
    }
    case 82 /* GET_AITER */:
      i32[fw + F_SP] = sp - sb;
      i32[sp - 1] = S.getAIter(rt, i32[sp - 1] as Ref);
      break;
    case 83 /* GET_ANEXT */:
      i32[fw + F_SP] = sp - sb;
      i32[sp] = S.getANext(rt, i32[sp - 1] as Ref);
      sp++;
      break;
    case 87 /* WITH_EXCEPT_START */: {
      const exc = i32[sp - 1] as Ref;
      const exit = i32[sp - 4] as Ref;
      i32[fw + F_LASTI] = ip; i32[fw + F_SP] = sp - sb;
      const r = callObject(rt, exit, [rt.typeOf(exc), exc, excTraceback(rt, exc) || rt.none]);
      i32[sp++] = r;
      break;
    }
    case 91 /* CHECK_EG_MATCH */: {
      i32[fw + F_SP] = sp - sb;
      const t = i32[sp - 1] as Ref, eg = i32[sp - 2] as Ref;
      const [rest, match] = S.exceptionGroupMatch(rt, eg, t);
      i32[sp - 2] = rest;
      i32[sp - 1] = match;
      break;
    }
    case 94 /* LOAD_ASSERTION_ERROR */:
      i32[sp++] = types.AssertionError;
      break;
    case 95 /* LOAD_BUILD_CLASS */: {
      const b = i32[fw + F_BUILTINS] as Ref;
      const bc = dictGetStr(rt, b, rt.intern('__build_class__'));
      if (bc === NULL) raise(rt, types.NameError, '__build_class__ not found');
      i32[sp++] = bc;
      break;
    }
    case 96 /* SETUP_ANNOTATIONS */:
      i32[fw + F_SP] = sp - sb;
      S.setupAnnotations(rt, f);
      break;
    case 97 /* IMPORT_NAME */: {
      const fromlist = i32[--sp] as Ref, level = i32[sp - 1] as Ref;
      i32[fw + F_LASTI] = ip; i32[fw + F_SP] = sp - sb;
      i32[sp - 1] = S.importName(rt, f, names[arg], fromlist, level);
      break;
    }
    case 98 /* IMPORT_FROM */:
      i32[fw + F_SP] = sp - sb;
      i32[sp] = S.importFrom(rt, i32[sp - 1] as Ref, names[arg]);
      sp++;
      break;
    case 99 /* CALL_INTRINSIC_1 */: {
      i32[fw + F_SP] = sp - sb;
      const v = i32[sp - 1] as Ref;
      i32[sp - 1] = S.intrinsic1(rt, f, arg, v);
      break;
    }
    case 100 /* CALL_INTRINSIC_2 */: {
      i32[fw + F_SP] = sp - sb;
      const b = i32[--sp] as Ref, a = i32[sp - 1] as Ref;
      i32[sp - 1] = S.intrinsic2(rt, arg, a, b);
      break;
    }
    default:
      throw new Error(`eval: opcode ${word & 0xff} is not a rare one`);
  }
  return sp;
}
