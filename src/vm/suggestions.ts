// "Did you mean: ...?" after a NameError or AttributeError (python3.10+): the nearest name by
// an edit distance in which a change of letter case costs half of any other edit. Written
// from CPython 3.11's documented behaviour (Python/suggestions.c, what print_exception
// shows): the candidates of an AttributeError are dir(obj); those of a NameError the code's
// local variable names, then the frame's globals, then its builtins, each list searched in
// turn until one gives a name. A name is offered only when at most about a third of the
// characters involved need changing; no name is offered for a name of over 40 characters
// or from a list of 750 or more. Distances are counted over UTF-8 bytes, as python3 does.
// (The traceback module's Python formatter, src/stdlib/py/traceback.py, has its own
// version, as python3's has.)

import { type Ref, NULL } from './heap.ts';
import type { Runtime } from './runtime.ts';
import { callObject, isInstance } from './abstract.ts';
import { iterateToArray } from './eval-support.ts';
import { TB_NEXT, TB_FRAME } from './objects/traceback.ts';
import { F_CODE, F_GLOBALS, F_BUILTINS } from './frame.ts';
import { decodeCode } from './code-object.ts';
import { excTraceback } from './exc-util.ts';
import { E_F0, E_F1 } from './objects/exceptions.ts';
import { encode } from './objects/codecs.ts';
import { R_BUILTINS } from './runtime.ts';
import { dictGetStr, dictNext, dictEntryKey } from './objects/dict-core.ts';

const MOVE_COST = 2;
const CASE_COST = 1;
const MAX_STRING_SIZE = 40;
const MAX_CANDIDATE_ITEMS = 750;

/** s as UTF-8 bytes; null for a lone surrogate, which python3 cannot encode (it then
 *  offers no suggestion). */
function utf8(s: string): Uint8Array | null {
  const b = encode(s, 'utf-8', 'strict');
  return b instanceof Uint8Array ? b : null;
}

/** What replacing byte `a` by byte `b` costs: nothing, a case flip of an ASCII letter, or a
 *  full edit. */
function substitution(a: number, b: number): number {
  if (a === b) return 0;
  const la = a >= 65 && a <= 90 ? a + 32 : a, lb = b >= 65 && b <= 90 ? b + 32 : b;
  return la === lb && la >= 97 && la <= 122 ? CASE_COST : MOVE_COST;
}

/** The edit distance of a and b, or maxCost + 1 as soon as it must exceed maxCost. */
export function editDistance(a: Uint8Array, b: Uint8Array, maxCost: number): number {
  let s = 0, ea = a.length, eb = b.length;
  while (s < ea && s < eb && a[s] === b[s]) s++; // a shared prefix costs nothing
  while (ea > s && eb > s && a[ea - 1] === b[eb - 1]) { ea--; eb--; } // nor a shared suffix
  let x = a.subarray(s, ea), y = b.subarray(s, eb);
  if (x.length === 0 || y.length === 0) return (x.length + y.length) * MOVE_COST;
  if (x.length > MAX_STRING_SIZE || y.length > MAX_STRING_SIZE) return maxCost + 1;
  if (y.length < x.length) { const t = x; x = y; y = t; }
  if ((y.length - x.length) * MOVE_COST > maxCost) return maxCost + 1;
  // One row of the classic table, over the shorter string, updated in place.
  const row = new Array<number>(x.length);
  for (let i = 0; i < x.length; i++) row[i] = (i + 1) * MOVE_COST;
  let result = 0;
  for (let j = 0; j < y.length; j++) {
    let diagonal = j * MOVE_COST; // the cell above-left
    result = diagonal;
    let rowMin = Infinity;
    for (let i = 0; i < x.length; i++) {
      const substitute = diagonal + substitution(y[j]!, x[i]!);
      diagonal = row[i]!;
      result = Math.min(Math.min(result, diagonal) + MOVE_COST, substitute);
      row[i] = result;
      if (result < rowMin) rowMin = result;
    }
    if (rowMin > maxCost) return maxCost + 1;
  }
  return result;
}

/** The candidate nearest to `name`, or null (see the header for the limits). */
export function nearestName(candidates: readonly string[], name: string): string | null {
  if (candidates.length >= MAX_CANDIDATE_ITEMS) return null;
  const want = utf8(name);
  if (want === null) return null;
  let best: string | null = null, bestDistance = Infinity;
  for (const c of candidates) {
    if (c === name) continue;
    const have = utf8(c);
    if (have === null) return null;
    // No more than about a third of the characters may need changing, and a candidate must
    // beat the best one so far.
    const max = Math.min(Math.floor((want.length + have.length + 3) * MOVE_COST / 6), bestDistance - 1);
    const d = editDistance(want, have, max);
    if (d > max) continue;
    if (best === null || d < bestDistance) { best = c; bestDistance = d; }
  }
  return best;
}

/** A dict's str keys, in its order. */
function strKeys(rt: Runtime, dict: Ref): string[] {
  const out: string[] = [];
  if (dict === NULL || rt.typeOf(dict) !== rt.types.dict) return out;
  for (let e = dictNext(rt, dict, 0); e >= 0; e = dictNext(rt, dict, e + 1)) {
    const k = dictEntryKey(rt, dict, e);
    if ((k & 1) === 0 && rt.typeOf(k) === rt.types.str) out.push(rt.jsStr(k));
  }
  return out;
}

/** The name python3 would suggest for `exc`, a NameError or AttributeError carrying the
 *  missing name (and, for an AttributeError, the object); null for anything else, or when
 *  listing the candidates fails (a __dir__ that raises). */
export function suggestionFor(rt: Runtime, exc: Ref): string | null {
  const i32 = rt.heap.i32;
  const isAttr = isInstance(rt, exc, rt.types.AttributeError);
  if (!isAttr && !isInstance(rt, exc, rt.types.NameError)) return null;
  const name = i32[(exc >> 2) + E_F0] as Ref;
  if (name === NULL || (name & 1) !== 0 || rt.typeOf(name) !== rt.types.str) return null;
  const wanted = rt.jsStr(name);
  try {
    if (isAttr) {
      const obj = i32[(exc >> 2) + E_F1] as Ref;
      if (obj === NULL) return null;
      const dir = dictGetStr(rt, rt.root(R_BUILTINS), rt.intern('dir'));
      if (dir === NULL) return null;
      const names = iterateToArray(rt, callObject(rt, dir, [obj]));
      return nearestName(names.filter((n) => rt.typeOf(n) === rt.types.str).map((n) => rt.jsStr(n)), wanted);
    }
    let tb = excTraceback(rt, exc);
    if (tb === NULL || rt.typeOf(tb) !== rt.types.traceback) return null;
    while (i32[(tb >> 2) + TB_NEXT] !== NULL && rt.typeOf(i32[(tb >> 2) + TB_NEXT] as Ref) === rt.types.traceback) tb = i32[(tb >> 2) + TB_NEXT] as Ref;
    const f = i32[(tb >> 2) + TB_FRAME] as Ref;
    if (f === NULL) return null;
    const d = decodeCode(rt, i32[(f >> 2) + F_CODE] as Ref);
    return nearestName(d.lpNames.slice(0, d.nvarnames), wanted)
      ?? nearestName(strKeys(rt, i32[(f >> 2) + F_GLOBALS] as Ref), wanted)
      ?? nearestName(strKeys(rt, i32[(f >> 2) + F_BUILTINS] as Ref), wanted);
  } catch {
    return null;
  }
}
