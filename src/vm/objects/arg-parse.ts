// Argument checking for the native methods of the container and text types, with the
// TypeError texts python3.11 prints. CPython has three families, and which one a method
// uses decides the wording, so each native says which it is:
// - METH_O (list.append, str.join):          "list.append() takes exactly one argument (0 given)"
// - positional-only Argument Clinic
//   (_PyArg_CheckPositional: list.index, dict.get):  "index expected at least 1 argument, got 0"
// - keyword-capable Argument Clinic
//   (_PyArg_UnpackKeywords: str.split, list.sort):  "split() takes at most 2 arguments (3 given)",
//   "'x' is an invalid keyword argument for split()".

import { type Ref, NULL } from '../heap.ts';
import type { Runtime } from '../runtime.ts';
import { typeError } from '../errors.ts';
import { tupleLen, tupleGet } from './tuple-core.ts';

const plural = (n: number) => (n === 1 ? '' : 's');

/** METH_O: exactly one positional argument, no keywords. */
export function oneArg(rt: Runtime, qualname: string, args: Ref[], kwnames: Ref | null): Ref {
  if (kwnames !== null && kwnames !== NULL && tupleLen(rt, kwnames) > 0) typeError(rt, `${qualname}() takes no keyword arguments`);
  if (args.length !== 1) typeError(rt, `${qualname}() takes exactly one argument (${args.length} given)`);
  return args[0]!;
}

/** METH_NOARGS. */
export function noArgs(rt: Runtime, qualname: string, args: Ref[], kwnames: Ref | null): void {
  if (kwnames !== null && kwnames !== NULL && tupleLen(rt, kwnames) > 0) typeError(rt, `${qualname}() takes no keyword arguments`);
  if (args.length !== 0) typeError(rt, `${qualname}() takes no arguments (${args.length} given)`);
}

/** Positional-only clinic method: min..max positional args, no keywords. */
export function posArgs(rt: Runtime, name: string, args: Ref[], kwnames: Ref | null, min: number, max: number): void {
  if (kwnames !== null && kwnames !== NULL && tupleLen(rt, kwnames) > 0) typeError(rt, `${name}() takes no keyword arguments`);
  const n = args.length;
  if (n < min || n > max) {
    if (min === max) typeError(rt, `${name} expected ${min} argument${plural(min)}, got ${n}`);
    if (n < min) typeError(rt, `${name} expected at least ${min} argument${plural(min)}, got ${n}`);
    typeError(rt, `${name} expected at most ${max} argument${plural(max)}, got ${n}`);
  }
}

/**
 * Keyword-capable clinic method with parameters `names` (the first `posOnly` positional
 * only, the rest positional-or-keyword, or keyword-only from `kwOnlyFrom`), of which the
 * first `min` are required. Returns one Ref per name, NULL where not given.
 */
export function kwArgs(
  rt: Runtime, name: string, args: Ref[], kwnames: Ref | null, names: readonly string[], min: number,
  posOnly = 0, kwOnlyFrom = names.length,
): Ref[] {
  const nkw = kwnames !== null && kwnames !== NULL ? tupleLen(rt, kwnames) : 0;
  const npos = args.length - nkw;
  const out: Ref[] = new Array(names.length).fill(NULL);
  if (npos + nkw > names.length) {
    typeError(rt, `${name}() takes at most ${names.length} ${npos === 0 ? 'keyword ' : ''}argument${plural(names.length)} (${npos + nkw} given)`);
  }
  if (npos > kwOnlyFrom) {
    if (kwOnlyFrom === 0) typeError(rt, `${name}() takes no positional arguments`);
    typeError(rt, `${name}() takes ${min < kwOnlyFrom ? 'at most' : 'exactly'} ${kwOnlyFrom} positional argument${plural(kwOnlyFrom)} (${npos} given)`);
  }
  for (let i = 0; i < npos; i++) out[i] = args[i]!;
  for (let k = 0; k < nkw; k++) {
    const kn = rt.jsStr(tupleGet(rt, kwnames!, k));
    const idx = names.indexOf(kn);
    if (idx < 0 || idx < posOnly) typeError(rt, `'${kn}' is an invalid keyword argument for ${name}()`);
    if (out[idx] !== NULL) typeError(rt, `argument for ${name}() given by name ('${kn}') and position (${idx + 1})`);
    out[idx] = args[npos + k]!;
  }
  for (let i = 0; i < min; i++) {
    if (out[i] === NULL) {
      if (i < npos || npos + nkw < min && nkw === 0) {
        typeError(rt, `${name}() takes at least ${min} positional argument${plural(min)} (${npos} given)`);
      }
      typeError(rt, `${name}() missing required argument '${names[i]}' (pos ${i + 1})`);
    }
  }
  return out;
}

/** Old-style PyArg_ParseTuple method ("O|OO:find"): positional only, min..max. */
export function tupleArgs(rt: Runtime, name: string, args: Ref[], kwnames: Ref | null, min: number, max: number): void {
  if (kwnames !== null && kwnames !== NULL && tupleLen(rt, kwnames) > 0) typeError(rt, `${name}() takes no keyword arguments`);
  const n = args.length;
  if (n < min) typeError(rt, `${name}() takes ${min === max ? 'exactly' : 'at least'} ${min} argument${plural(min)} (${n} given)`);
  if (n > max) typeError(rt, `${name}() takes ${min === max ? 'exactly' : 'at most'} ${max} argument${plural(max)} (${n} given)`);
}
