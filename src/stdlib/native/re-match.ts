// Running translated Python patterns (re-translate.ts) with JS RegExps: a per-worker cache of
// compiled patterns, search / match / fullmatch at a Python position with an end position,
// and the scanner that findall / finditer / split / sub share, with python3.7+'s rule for
// empty matches (CPython Modules/_sre/sre.c: after an empty match the next match may not be
// empty at the same position — `must_advance`). Positions are code points (Python indices):
// when a string holds astral characters, UTF-16 offsets are converted both ways.

import { parsePattern, ReError, type Parsed } from './re-parse.ts';
import { translate, loopProbe, type Translated } from './re-translate.ts';

export const SEARCH = 0, MATCH = 1, FULLMATCH = 2;

export interface Compiled {
  parsed: Parsed;
  tr: Translated;
  isText: boolean;
  re: (RegExp | undefined)[];   // by mode, built on first use
  advance?: RegExp;             // sticky, rejects an empty match at its start
  advanceTr?: Translated;
}

const CACHE_MAX = 512;
const cache = new Map<string, Compiled>();

function build(source: string, flags: string): RegExp {
  try {
    return new RegExp(source, flags);
  } catch (e) {
    // A translation bug, not a user error: say so plainly.
    throw new ReError(`internal error translating the pattern to a JS RegExp: ${(e as Error).message}`, null, 'NotImplementedError');
  }
}

/** Parses and translates `pattern` (latin-1 text for bytes patterns); throws ReError. */
export function compilePattern(pattern: string, flags: number, isText: boolean): Compiled {
  const key = `${isText ? 's' : 'b'}${flags}:${pattern}`;
  let c = cache.get(key);
  if (c !== undefined) return c;
  const parsed = parsePattern(pattern, flags, isText);
  const tr = translate(parsed, isText);
  c = { parsed, tr, isText, re: [] };
  build(tr.source, tr.jsFlags); // report translation problems at compile time
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(key, c);
  return c;
}

export function purgeCache(): void { cache.clear(); }

function regexFor(c: Compiled, mode: number): RegExp {
  let r = c.re[mode];
  if (r === undefined) {
    const d = c.tr.jsGroups > 0 ? 'd' : '';
    if (mode === SEARCH) r = build(c.tr.source, c.tr.jsFlags + 'g' + d);
    else if (mode === MATCH) r = build(c.tr.source, c.tr.jsFlags + 'y' + d);
    else r = build(`(?:${c.tr.source})$`, c.tr.jsFlags + 'y' + d);
    c.re[mode] = r;
  }
  return r;
}

function advanceRegex(c: Compiled): [RegExp, Translated] {
  if (c.advance === undefined) {
    // Group 1 captures the rest of the string at the start; at the end, the rest may not be
    // that same text again — i.e. the match is not empty.
    const tr = translate(c.parsed, c.isText, 1);
    c.advanceTr = tr;
    c.advance = build(`(?=([\\s\\S]*))(?:${tr.source})(?!\\1$)`, tr.jsFlags + 'yd');
  }
  return [c.advance, c.advanceTr!];
}

/** Code point <-> UTF-16 offset maps for one string (identity when it has no surrogates). */
export class Text {
  readonly length: number; // in code points
  private cpToU16: Int32Array | null = null;
  private u16ToCp: Int32Array | null = null;
  constructor(readonly s: string) {
    if (/[\uD800-\uDFFF]/.test(s)) {
      const cps: number[] = [];
      const back = new Int32Array(s.length + 1);
      let i = 0, k = 0;
      while (i < s.length) {
        cps.push(i);
        back[i] = k;
        const c = s.charCodeAt(i);
        const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
        if (pair) back[i + 1] = k;
        i += pair ? 2 : 1;
        k++;
      }
      cps.push(s.length);
      back[s.length] = k;
      this.cpToU16 = Int32Array.from(cps);
      this.u16ToCp = back;
      this.length = k;
    } else this.length = s.length;
  }
  u16(cp: number): number { return this.cpToU16 === null ? cp : this.cpToU16[cp]!; }
  cp(u: number): number { return this.u16ToCp === null ? u : this.u16ToCp[u]!; }
}

let lastText: Text | null = null;
/** The Text for `s`, reusing the previous one (loops call match on one string many times). */
export function textOf(s: string): Text {
  if (lastText !== null && lastText.s === s) return lastText;
  return (lastText = new Text(s));
}

/** A match as flat code-point spans [s0, e0, s1, e1, ...] (-1: group did not take part),
 *  followed by lastindex (-1: none); execAt and scanAll append the clamped pos and endpos. */
export type Spans = number[];

function spansOf(c: Compiled, tr: Translated, m: RegExpExecArray, t: Text): Spans {
  const g = c.parsed.groups;
  const out: Spans = new Array(2 * g + 3);
  out[0] = t.cp(m.index);
  out[1] = t.cp(m.index + m[0].length);
  let last = -1, lastOrder = -1;
  for (let i = 1; i <= g; i++) {
    const span = m.indices![tr.groupMap[i]!];
    if (span === undefined) { out[2 * i] = -1; out[2 * i + 1] = -1; continue; }
    out[2 * i] = t.cp(span[0]);
    out[2 * i + 1] = t.cp(span[1]);
  }
  // lastindex is the group whose closing parenthesis ran last (CPython's MARK opcode);
  // along one path through a pattern that is the one closing last in the pattern text.
  for (const [py, js] of tr.altGroups) {
    const span = m.indices![js];
    if (span !== undefined) { out[2 * py] = t.cp(span[0]); out[2 * py + 1] = t.cp(span[1]); }
  }
  if (tr.loops.length > 0) recoverLoopGroups(c, tr, m, t, out);
  for (let i = 1; i <= g; i++) {
    if (out[2 * i]! >= 0 && tr.closeOrder[i]! > lastOrder) { lastOrder = tr.closeOrder[i]!; last = i; }
  }
  out[2 * g + 2] = last;
  return out;
}

const MAX_PROBES = 200;

/**
 * Python keeps a group's value from the last iteration of a repeat it took part in; JS
 * resets the groups of a repeated body at each iteration. When a group of a repeat is unset
 * after a match, walk back over the earlier iterations: each probe matches the repeat's
 * remaining iterations, anchored to end where the later ones began, and captures the last
 * of them (the same iterations the match chose: any earlier choice would have matched).
 */
function recoverLoopGroups(c: Compiled, tr: Translated, m: RegExpExecArray, t: Text, out: Spans): void {
  const ind = m.indices!;
  for (const loop of tr.loops) {
    const whole = ind[loop.span], lastIter = ind[loop.iter];
    if (whole === undefined || lastIter === undefined) continue;
    let missing = loop.groups.filter((g) => out[2 * g]! < 0);
    let end = lastIter[0]!, done = 1;
    const start = whole[0]!;
    for (let k = 0; missing.length > 0 && end > start && k < MAX_PROBES; k++, done++) {
      const probe = loopProbe(loop, c.isText, tr.jsFlags.includes('i'), done, m.input.slice(end));
      let re: RegExp;
      try { re = new RegExp(probe.source, tr.jsFlags + 'yd'); } catch { return; }
      re.lastIndex = start;
      const x = re.exec(m.input);
      if (x === null || x.indices![1] === undefined) return;
      for (const g of missing) {
        const sp = x.indices![probe.groupMap[g]!];
        if (sp !== undefined) { out[2 * g] = t.cp(sp[0]); out[2 * g + 1] = t.cp(sp[1]); }
      }
      missing = missing.filter((g) => out[2 * g]! < 0);
      end = x.indices![1]![0];
    }
  }
}

/** Clamps pos/endpos like CPython's state_init. */
export function clamp(t: Text, pos: number, endpos: number): [number, number] {
  const n = t.length;
  pos = pos < 0 ? 0 : pos > n ? n : pos;
  endpos = endpos < 0 ? 0 : endpos > n ? n : endpos;
  return [pos, endpos];
}

function subject(t: Text, endpos: number): string {
  return endpos >= t.length ? t.s : t.s.slice(0, t.u16(endpos));
}

/** search / match / fullmatch at code point `pos`, the string ending at `endpos`. */
export function execAt(c: Compiled, t: Text, pos: number, endpos: number, mode: number): Spans | null {
  [pos, endpos] = clamp(t, pos, endpos);
  if (pos > endpos) return null;
  const r = regexFor(c, mode);
  r.lastIndex = t.u16(pos);
  const m = r.exec(subject(t, endpos));
  if (m === null) return null;
  const sp = spansOf(c, c.tr, m, t);
  sp.push(pos, endpos);
  return sp;
}

/** All matches from `pos` as finditer sees them (at most `limit`, 0: no limit). */
/**
 * The next match at or after `p` (SEARCH) or at `p` (MATCH) in subject `s`, as sre's scanner
 * finds it: when `mustAdvance` (the previous match was empty and ended at `p`), a match may
 * not be empty at `p` (CPython's state->must_advance).
 */
function nextMatch(c: Compiled, t: Text, s: string, p: number, endpos: number, mode: number, mustAdvance: boolean): Spans | null {
  if (!mustAdvance) {
    const r = regexFor(c, mode);
    r.lastIndex = t.u16(p);
    const x = r.exec(s);
    return x === null ? null : spansOf(c, c.tr, x, t);
  }
  if (c.tr.mayPreferEmpty) {
    const [adv, tr] = advanceRegex(c);
    adv.lastIndex = t.u16(p);
    const x = adv.exec(s);
    if (x !== null) return spansOf(c, tr, x, t);
  } else if (mode === MATCH) {
    // Without a preference for empty matches, an empty result means nothing longer exists.
    const m = nextMatch(c, t, s, p, endpos, MATCH, false);
    return m !== null && m[1] !== m[0] ? m : null;
  }
  if (mode === MATCH || p >= endpos) return null;
  const search = regexFor(c, SEARCH);
  search.lastIndex = t.u16(p + 1);
  const x = search.exec(s);
  return x === null ? null : spansOf(c, c.tr, x, t);
}

/** One step of a Pattern.scanner(): the match at/after `p`, with pos/endpos appended. */
export function scanStep(c: Compiled, t: Text, p: number, pos: number, endpos: number, mode: number, mustAdvance: boolean): Spans | null {
  [pos, endpos] = clamp(t, pos, endpos);
  if (p > endpos) return null;
  const m = nextMatch(c, t, subject(t, endpos), p, endpos, mode, mustAdvance);
  if (m !== null) m.push(pos, endpos);
  return m;
}

/** All matches from `pos` as finditer sees them (at most `limit`, 0: no limit). */
export function scanAll(c: Compiled, t: Text, pos: number, endpos: number, limit: number): Spans[] {
  [pos, endpos] = clamp(t, pos, endpos);
  const out: Spans[] = [];
  if (pos > endpos) return out;
  const s = subject(t, endpos);
  let p = pos, mustAdvance = false;
  while (p <= endpos && (limit === 0 || out.length < limit)) {
    const m = nextMatch(c, t, s, p, endpos, SEARCH, mustAdvance);
    if (m === null) break;
    m.push(pos, endpos);
    out.push(m);
    mustAdvance = m[1] === m[0];
    p = m[1]!;
  }
  return out;
}
