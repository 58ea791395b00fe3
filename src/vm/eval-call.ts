// Binding call arguments to a new frame's parameters, with python3's error messages.
//
// After CPython 3.11 Python/ceval.c initialize_locals / too_many_positional /
// missing_arguments / positional_only_passed_as_keyword. The parameter layout in localsplus
// is code.ts's: positional (posonly first), keyword-only, then *args, then **kwargs.

import { type Ref, NULL } from './heap.ts';
import type { Runtime } from './runtime.ts';
import { CO_VARARGS, CO_VARKEYWORDS } from '../python/code.ts';
import type { DecodedCode } from './code-object.ts';
import { typeError } from './errors.ts';
import { newTuple, tupleLen, tupleGet } from './objects/tuple-core.ts';
import { newDict, dictGetStr, dictSet, dictGet } from './objects/dict-core.ts';
import { FN_DEFAULTS, FN_KWDEFAULTS, FN_QUALNAME } from './objects/function.ts';
import { strEquals } from './objects/str-core.ts';

function quoteList(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0];
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return `${q.slice(0, -1).join(', ')}, and ${q[q.length - 1]}`;
}

function missing(rt: Runtime, qual: string, kind: string, names: string[]): never {
  return typeError(rt, `${qual}() missing ${names.length} required ${kind} argument${names.length === 1 ? '' : 's'}: ${quoteList(names)}`);
}

function tooManyPositional(rt: Runtime, qual: string, d: DecodedCode, given: number, ndefaults: number, lp: Int32Array | null, base: number, i32: Int32Array): never {
  const a = d.argcount;
  let kwonlyGiven = 0;
  for (let i = a; i < a + d.kwonly; i++) if (i32[base + i] !== NULL) kwonlyGiven++;
  void lp;
  let sig: string;
  let plural: boolean;
  if (ndefaults > 0) { sig = `from ${a - ndefaults} to ${a}`; plural = true; } else { sig = `${a}`; plural = a !== 1; }
  const kwSig = kwonlyGiven ? ` positional argument${given !== 1 ? 's' : ''} (and ${kwonlyGiven} keyword-only argument${kwonlyGiven !== 1 ? 's' : ''})` : '';
  return typeError(rt, `${qual}() takes ${sig} positional argument${plural ? 's' : ''} but ${given}${kwSig} ${given === 1 && !kwonlyGiven ? 'was' : 'were'} given`);
}

/**
 * Fill localsplus (i32 words from `base`) of a fresh frame for `func` (code `d`) from
 * positional `args` [argOff, argOff + npos) and keyword values after them named by `kwnames`.
 */
export function bindArgs(rt: Runtime, func: Ref, d: DecodedCode, base: number, args: ArrayLike<number>, npos: number, kwnames: Ref | null, argOff = 0): void {
  // The arguments are args[argOff ..]: a JS array, or the caller's value stack in the heap
  // (args = the heap's i32), so the eval loop need not copy them into a JS array first.
  const i32 = rt.heap.i32;
  const a = d.argcount, k = d.kwonly;
  const varargs = (d.flags & CO_VARARGS) !== 0, varkw = (d.flags & CO_VARKEYWORDS) !== 0;
  const qual = (): string => rt.jsStr(i32[(func >> 2) + FN_QUALNAME] as Ref);
  let kwdict: Ref = NULL;
  if (varkw) {
    kwdict = newDict(rt);
    i32[base + a + k + (varargs ? 1 : 0)] = kwdict;
  }
  const n = npos < a ? npos : a;
  for (let i = 0; i < n; i++) i32[base + i] = args[argOff + i];
  if (varargs) {
    const extra: Ref[] = [];
    for (let i = a; i < npos; i++) extra.push(args[argOff + i] as Ref);
    i32[base + a + k] = extra.length ? newTuple(rt, extra) : rt.emptyTuple;
  }
  if (kwnames !== null) {
    const nk = tupleLen(rt, kwnames);
    let posonlyAsKw: string[] | null = null;
    for (let j = 0; j < nk; j++) {
      const name = tupleGet(rt, kwnames, j);
      const value = args[argOff + npos + j] as Ref;
      let idx = -1;
      for (let p = 0; p < a + k; p++) {
        const pn = d.lpNameRefs[p];
        if (pn === name || strEquals(rt, pn, name)) { idx = p; break; }
      }
      if (idx >= 0 && idx < d.posonly) {
        if (varkw) { dictSet(rt, kwdict, name, value); continue; }
        (posonlyAsKw ??= []).push(rt.jsStr(name));
        continue;
      }
      if (idx < 0) {
        if (varkw) { dictSet(rt, kwdict, name, value); continue; }
        if (rt.typeOf(name) !== rt.types.str) typeError(rt, `${qual()}() keywords must be strings`);
        typeError(rt, `${qual()}() got an unexpected keyword argument '${rt.jsStr(name)}'`);
      }
      if (i32[base + idx] !== NULL) typeError(rt, `${qual()}() got multiple values for argument '${rt.jsStr(name)}'`);
      i32[base + idx] = value;
    }
    if (posonlyAsKw) typeError(rt, `${qual()}() got some positional-only arguments passed as keyword arguments: '${posonlyAsKw.join(', ')}'`);
  }
  const defaults = i32[(func >> 2) + FN_DEFAULTS] as Ref;
  const ndef = defaults === NULL ? 0 : tupleLen(rt, defaults);
  if (npos > a && !varargs) tooManyPositional(rt, qual(), d, npos, ndef, null, base, i32);
  if (npos < a) {
    const m = a - ndef;
    let miss: string[] | null = null;
    for (let i = npos; i < a; i++) {
      if (i32[base + i] !== NULL) continue;
      if (i >= m) i32[base + i] = tupleGet(rt, defaults, i - m);
      else (miss ??= []).push(d.lpNames[i]);
    }
    if (miss) missing(rt, qual(), 'positional', miss);
  }
  if (k > 0) {
    const kwdefs = i32[(func >> 2) + FN_KWDEFAULTS] as Ref;
    let miss: string[] | null = null;
    for (let i = a; i < a + k; i++) {
      if (i32[base + i] !== NULL) continue;
      const v = kwdefs === NULL ? NULL : dictGetStr(rt, kwdefs, d.lpNameRefs[i]);
      if (v !== NULL) i32[base + i] = v;
      else (miss ??= []).push(d.lpNames[i]);
    }
    if (miss) missing(rt, qual(), 'keyword-only', miss);
  }
  void dictGet;
}
