// `_re`: the native core of our `re` module (src/stdlib/py/re.py), playing the part of
// CPython's `_sre`. Patterns are parsed (re-parse.ts), translated to JS RegExps
// (re-translate.ts) and run by V8 (re-match.ts); the heap holds no compiled state: each call
// names the pattern by its source and flags, and every worker keeps its own cache of
// compiled RegExps. bytes patterns and subjects are handled as latin-1 text.
//
// Errors come back as a tuple (None, kind, msg, pos) so that re.py raises its own re.error
// (a Python class) with python3's message and attributes.

import { type Ref, smallInt } from '../../vm/heap.ts';
import type { Runtime } from '../../vm/runtime.ts';
import { registerNatives } from '../../vm/registry.ts';
import { registerNativeModule } from '../../vm/import.ts';
import { nativeFunction } from '../../vm/objects/descriptors.ts';
import { moduleDict } from '../../vm/objects/module.ts';
import { dictSet, newDict } from '../../vm/objects/dict-core.ts';
import { typeError } from '../../vm/errors.ts';
import { isInstance, typeName, index as pyIndex } from '../../vm/abstract.ts';
import { intToBigInt } from '../../vm/objects/int.ts';
import { newTuple } from '../../vm/objects/tuple-core.ts';
import { newList } from '../../vm/objects/list-core.ts';
import { bytesLikeData, latin1, bytesFromUint8, fromLatin1 } from '../../vm/objects/bytes.ts';
import { ReError, parseTemplate } from './re-parse.ts';
import { compilePattern, execAt, scanAll, scanStep, textOf, purgeCache, type Compiled, type Spans, type Text } from './re-match.ts';

type Fn = (rt: Runtime, self: Ref, args: Ref[], kw: Ref | null) => Ref;

/** Text of a str, or latin-1 text of a bytes-like object; null for other types. */
function textArg(rt: Runtime, o: Ref): { s: string; isText: boolean } | null {
  if (isInstance(rt, o, rt.types.str)) return { s: rt.jsStr(o), isText: true };
  const d = bytesLikeData(rt, o);
  return d === null ? null : { s: latin1(d), isText: false };
}

const int = (rt: Runtime, o: Ref): number => {
  const v = intToBigInt(rt, pyIndex(rt, o));
  return v > 0x7fffffffn ? 0x7fffffff : v < -0x7fffffffn ? -0x7fffffff : Number(v);
};

function errTuple(rt: Runtime, e: unknown): Ref {
  if (e instanceof ReError) {
    return newTuple(rt, [rt.none, rt.newStr(e.kind), rt.newStr(e.msg), e.pos === null ? rt.none : smallInt(e.pos)]);
  }
  throw e;
}

function compiled(rt: Runtime, pattern: Ref, flags: Ref): Compiled {
  const p = textArg(rt, pattern);
  if (p === null) typeError(rt, `first argument must be string or compiled pattern`);
  // Errors were reported by compile(); this re-compiles after a cache purge only.
  return compilePattern(p.s, int(rt, flags), p.isText);
}

function subjectText(rt: Runtime, c: Compiled, string: Ref): string {
  const t = textArg(rt, string);
  if (t === null) typeError(rt, `expected string or bytes-like object, got '${typeName(rt, string)}'`);
  if (t.isText !== c.isText) {
    typeError(rt, c.isText ? 'cannot use a string pattern on a bytes-like object' : 'cannot use a bytes pattern on a string-like object');
  }
  return t.s;
}

/** Slices of the subject as python3's _sre getslice makes them: always str, or bytes. */
function slicer(rt: Runtime, c: Compiled, t: Text): (s: number, e: number) => Ref {
  if (c.isText) return (s, e) => rt.newStr(t.s.slice(t.u16(s), t.u16(e)));
  return (s, e) => bytesFromUint8(rt, fromLatin1(t.s.slice(s, e)));
}

function spansTuple(rt: Runtime, s: Spans): Ref {
  return newTuple(rt, s.map((v) => (v < 0 ? rt.none : smallInt(v))));
}

const FNS: Record<string, Fn> = {
  /** compile(pattern, flags) -> (flags, groups, groupindex, warnings) or (None, kind, msg, pos). */
  compile(rt, _s, args) {
    const p = textArg(rt, args[0]!);
    if (p === null) typeError(rt, 'first argument must be string or compiled pattern');
    let c: Compiled;
    try { c = compilePattern(p.s, int(rt, args[1]!), p.isText); } catch (e) { return errTuple(rt, e); }
    const gi = newDict(rt);
    for (const [name, g] of c.parsed.groupindex) dictSet(rt, gi, rt.newStr(name), smallInt(g));
    const warnings = newList(rt, c.parsed.warnings.map((w) => rt.newStr(w)));
    return newTuple(rt, [rt.newInt(c.parsed.flags), smallInt(c.parsed.groups), gi, warnings]);
  },
  /** exec(pattern, flags, string, pos, endpos, mode) -> spans + (lastindex,) or None. */
  exec(rt, _s, args) {
    const c = compiled(rt, args[0]!, args[1]!);
    const t = textOf(subjectText(rt, c, args[2]!));
    const m = execAt(c, t, int(rt, args[3]!), int(rt, args[4]!), int(rt, args[5]!));
    return m === null ? rt.none : spansTuple(rt, m);
  },
  /** scan(pattern, flags, string, pos, endpos, limit) -> list of spans tuples. */
  scan(rt, _s, args) {
    const c = compiled(rt, args[0]!, args[1]!);
    const t = textOf(subjectText(rt, c, args[2]!));
    const all = scanAll(c, t, int(rt, args[3]!), int(rt, args[4]!), int(rt, args[5]!));
    return newList(rt, all.map((m) => spansTuple(rt, m)));
  },
  /** template(pattern, flags, repl) -> list of literal pieces and group numbers. */
  template(rt, _s, args) {
    const c = compiled(rt, args[0]!, args[1]!);
    const r = textArg(rt, args[2]!);
    if (r === null) typeError(rt, `expected str instance, ${typeName(rt, args[2]!)} found`);
    let parts;
    try { parts = parseTemplate(r.s, r.isText, c.parsed.groups, c.parsed.groupindex); } catch (e) { return errTuple(rt, e); }
    return newList(rt, parts.map((x) => (typeof x === 'number' ? smallInt(x) : r.isText ? rt.newStr(x) : bytesFromUint8(rt, fromLatin1(x)))));
  },
  /** step(pattern, flags, string, at, pos, endpos, mode, must_advance) -> spans or None:
   *  one match of a Pattern.scanner() (mode 0 search, 1 match). */
  step(rt, _s, args) {
    const c = compiled(rt, args[0]!, args[1]!);
    const t = textOf(subjectText(rt, c, args[2]!));
    const m = scanStep(c, t, int(rt, args[3]!), int(rt, args[4]!), int(rt, args[5]!), int(rt, args[6]!), args[7]! === rt.true);
    return m === null ? rt.none : spansTuple(rt, m);
  },
  /** findall(pattern, flags, string, pos, endpos) -> list, as Pattern.findall. */
  findall(rt, _s, args) {
    const c = compiled(rt, args[0]!, args[1]!);
    const t = textOf(subjectText(rt, c, args[2]!));
    const slice = slicer(rt, c, t);
    const g = c.parsed.groups;
    const item = (m: Spans): Ref => {
      if (g === 0) return slice(m[0]!, m[1]!);
      if (g === 1) return m[2]! < 0 ? slice(0, 0) : slice(m[2]!, m[3]!);
      const parts: Ref[] = [];
      for (let i = 1; i <= g; i++) parts.push(m[2 * i]! < 0 ? slice(0, 0) : slice(m[2 * i]!, m[2 * i + 1]!));
      return newTuple(rt, parts);
    };
    const all = scanAll(c, t, int(rt, args[3]!), int(rt, args[4]!), 0);
    return newList(rt, all.map(item));
  },
  /** split(pattern, flags, string, maxsplit) -> list, as Pattern.split. */
  split(rt, _s, args) {
    const c = compiled(rt, args[0]!, args[1]!);
    const t = textOf(subjectText(rt, c, args[2]!));
    const maxsplit = int(rt, args[3]!);
    if (maxsplit < 0) return newList(rt, [args[2]!]);
    const slice = slicer(rt, c, t);
    const g = c.parsed.groups;
    const out: Ref[] = [];
    let last = 0;
    for (const m of scanAll(c, t, 0, t.length, maxsplit)) {
      out.push(slice(last, m[0]!));
      for (let i = 1; i <= g; i++) out.push(m[2 * i]! < 0 ? rt.none : slice(m[2 * i]!, m[2 * i + 1]!));
      last = m[1]!;
    }
    out.push(slice(last, t.length));
    return newList(rt, out);
  },
  /** sub(pattern, flags, repl, string, count) -> (new string, n) for a str/bytes template,
   *  or (None, kind, msg, pos) when the template is bad. */
  sub(rt, _s, args) {
    const c = compiled(rt, args[0]!, args[1]!);
    const r = textArg(rt, args[2]!);
    if (r === null) typeError(rt, `expected str instance, ${typeName(rt, args[2]!)} found`);
    const subj = subjectText(rt, c, args[3]!);
    let parts;
    try { parts = parseTemplate(r.s, r.isText, c.parsed.groups, c.parsed.groupindex); } catch (e) { return errTuple(rt, e); }
    const t = textOf(subj);
    const count = int(rt, args[4]!);
    const matches = count < 0 ? [] : scanAll(c, t, 0, t.length, count);
    // Build the result in UTF-16 units (latin-1 units for bytes) from the JS string.
    const s = t.s;
    let out = '', last = 0;
    for (const m of matches) {
      const b = t.u16(m[0]!);
      if (last < b) out += s.slice(last, b);
      for (const p of parts) {
        if (typeof p === 'string') out += p;
        else if (m[2 * p]! >= 0) out += s.slice(t.u16(m[2 * p]!), t.u16(m[2 * p + 1]!));
      }
      last = t.u16(m[1]!);
    }
    out += s.slice(last);
    const res = c.isText ? rt.newStr(out) : bytesFromUint8(rt, fromLatin1(out));
    return newTuple(rt, [res, rt.newInt(matches.length)]);
  },
  purge(rt) { purgeCache(); return rt.none; },
};

registerNatives({ key: '_re', fns: FNS });

registerNativeModule('_re', (rt, m) => {
  const d = moduleDict(rt, m);
  for (const name of Object.keys(FNS)) dictSet(rt, d, rt.intern(name), nativeFunction(rt, '_re', name, m, rt.intern('_re')));
  dictSet(rt, d, rt.intern('MAXREPEAT'), rt.newInt(4294967295));
});
