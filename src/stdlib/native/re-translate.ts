// Translates the AST of a Python regular expression (re-parse.ts) into JS RegExp source with
// python3's semantics: JS's own `.`, `^`, `$`, `\w`, `\d`, `\s`, `\b` differ from Python's
// (line terminators, Unicode categories, "$ before a final newline"), so every one of them is
// spelled out as an explicit class or lookaround. Python group numbers map onto JS groups,
// because the translation adds groups of its own:
//  - atomic groups and possessive repeats: `(?=(X))\N`;
//  - a group that a backreference or a conditional names, when it may not take part, gets two
//    one-character "participation markers" (a JS backreference to an unset group matches
//    empty where Python's fails; conditionals (?(g)yes|no) test the same markers);
//  - an outermost repeat whose body has groups captures its span and its last iteration, so
//    re-match.ts can recover the values sre keeps from earlier iterations.
// Scoped IGNORECASE and ASCII/bytes case-insensitivity are emulated by expanding literals
// and classes to their case variants; JS's `i` flag is used when the whole pattern is
// Unicode-case-insensitive (or a case-insensitive backreference needs it). Follows CPython's
// Lib/re/_compiler.py for getwidth() and the look-behind fixed-width rule.

import { F, MAXREPEAT, ReError, type Node, type ClassItem, type Cat, type Parsed } from './re-parse.ts';

export interface Translated {
  source: string;
  jsFlags: string;       // without g/y/d
  /** JS group number for each Python group (index 0 unused). */
  groupMap: number[];
  jsGroups: number;
  /** Per Python group, the order in which its closing parenthesis appears (for lastindex). */
  closeOrder: number[];
  /** True when, after an empty match, a non-empty match may exist at the same position. */
  mayPreferEmpty: boolean;
  /** Outermost repeats whose body has capture groups (see re-match.ts recoverLoopGroups). */
  loops: Loop[];
  /** Extra JS groups for a Python group, [python, js] in pattern order: a later one that
   *  took part overrides (the final empty iteration of a repeat, see emitEmptyIteration). */
  altGroups: [number, number][];
}

/** A repeat emitted as `((?:(BODY))Q)`: `span` captures the whole repeat and `iter` its last
 *  iteration, so the groups of earlier iterations can be recovered (Python keeps a group's
 *  value from the last iteration it took part in; JS resets it at every iteration). */
export interface Loop {
  span: number;
  iter: number;
  node: Extract<Node, { t: 'repeat' }>;
  groups: number[];      // Python groups inside the body
}

const hex = (c: number): string => `\\u{${c.toString(16)}}`;
function esc(c: number): string {
  if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return String.fromCharCode(c);
  return hex(c);
}

const U_SPACE = '\\t-\\r\\u{1c}-\\u{20}\\u{85}\\u{a0}\\u{1680}\\u{2000}-\\u{200a}\\u{2028}\\u{2029}\\u{202f}\\u{205f}\\u{3000}';
/** Class contents (inside [...]) for a category; `neg` categories return the positive set. */
function catBody(c: Cat, ascii: boolean): string {
  const k = c.toLowerCase();
  if (ascii) return k === 'd' ? '0-9' : k === 'w' ? 'A-Za-z0-9_' : '\\t-\\r ';
  return k === 'd' ? '\\p{Nd}' : k === 'w' ? '\\p{L}\\p{N}_' : U_SPACE;
}
const isNegCat = (c: Cat): boolean => c === 'D' || c === 'W' || c === 'S';

function caseVariants(c: number, ascii: boolean): number[] {
  if (ascii) {
    if (c >= 65 && c <= 90) return [c, c + 32];
    if (c >= 97 && c <= 122) return [c - 32, c];
    return [c];
  }
  const s = String.fromCodePoint(c);
  const out = new Set<number>([c]);
  for (const v of [s.toLowerCase(), s.toUpperCase(), s.toUpperCase().toLowerCase(), s.toLowerCase().toUpperCase()]) {
    const cps = Array.from(v);
    if (cps.length === 1) out.add(cps[0]!.codePointAt(0)!);
  }
  // Python also equates a few characters through their common lowercase (Lib/re/_casefix.py).
  const extra = CASEFIX[c];
  if (extra) for (const e of extra) out.add(e);
  return [...out];
}
// A subset of _casefix.py: characters JS's toLowerCase/toUpperCase do not relate.
const CASEFIX: Record<number, number[]> = {
  0x73: [0x17f], 0x53: [0x17f], 0x17f: [0x73, 0x53], 0x6b: [0x212a], 0x4b: [0x212a], 0x212a: [0x6b, 0x4b],
  0x3b8: [0x3d1], 0x3d1: [0x3b8, 0x398], 0x3c3: [0x3c2], 0x3c2: [0x3c3, 0x3a3], 0x3bc: [0xb5], 0xb5: [0x3bc, 0x39c],
};

interface Ctx {
  isText: boolean;
  jsI: boolean;
  next: number;          // next JS group number
  groupMap: number[];
  closeOrder: number[];
  closeCounter: number;
  widths: Map<number, [number, number]>;
  referenced: Set<number>;           // Python groups some backreference names
  optional: number;                  // > 0 inside an alternative or a repeat that may run 0 times
  markers: Map<number, [number, number]>;
  /** The markers of a first pass, so a conditional can name a group defined after it. */
  knownMarkers: Map<number, [number, number]> | null;
  condRefs: Set<number>;
  loopDepth: number;
  loops: Loop[];
  emptyMode: boolean;
  altGroups: [number, number][];
}

const isAscii = (f: number, ctx: Ctx): boolean => !ctx.isText || (f & (F.ASCII | F.LOCALE)) !== 0;
const manualI = (f: number, ctx: Ctx): boolean => (f & F.IGNORECASE) !== 0 && !ctx.jsI;

function rangeText(lo: number, hi: number): string {
  return lo === hi ? esc(lo) : `${esc(lo)}-${esc(hi)}`;
}

/** [lo, hi] ranges with their case variants added (for emulated IGNORECASE). */
function expandRanges(ranges: [number, number][], ascii: boolean): [number, number][] {
  const out: [number, number][] = [...ranges];
  for (const [lo, hi] of ranges) {
    if (hi - lo > 5000) continue; // huge ranges: their case variants are (almost always) inside already
    for (let c = lo; c <= hi; c++) for (const v of caseVariants(c, ascii)) if (v < lo || v > hi) out.push([v, v]);
  }
  return out;
}

function emitClass(items: ClassItem[], neg: boolean, f: number, ctx: Ctx): string {
  const ascii = isAscii(f, ctx);
  let ranges: [number, number][] = [];
  let pos = '';
  const negs: string[] = [];
  for (const it of items) {
    if (it.t === 'range') ranges.push([it.lo, it.hi]);
    else if (it.c === 'D' && !ascii) pos += '\\P{Nd}';
    else if (isNegCat(it.c)) negs.push(catBody(it.c, ascii));
    else pos += catBody(it.c, ascii);
  }
  if (manualI(f, ctx)) ranges = expandRanges(ranges, ascii);
  pos = ranges.map(([lo, hi]) => rangeText(lo, hi)).join('') + pos;
  if (negs.length === 0) return neg ? `[^${pos}]` : `[${pos}]`;
  const parts = [...(pos ? [`[${pos}]`] : []), ...negs.map((n) => `[^${n}]`)];
  if (!neg) return `(?:${parts.join('|')})`;
  return `(?:(?!${parts.join('|')})[\\s\\S])`;
}

function wordBoundary(f: number, ctx: Ctx, not: boolean): string {
  const w = `[${catBody('w', isAscii(f, ctx))}]`;
  if (!not) return `(?:(?<=${w})(?!${w})|(?<!${w})(?=${w}))`;
  // CPython's \B never matches in an empty string (SRE_AT_NON_BOUNDARY).
  return `(?:(?<=${w})(?=${w})|(?<!${w})(?!${w})(?:(?<=[\\s\\S])|(?=[\\s\\S])))`;
}

/** min/max width as _parser.py SubPattern.getwidth (capped at MAXREPEAT). */
export function width(n: Node, ctx: { widths: Map<number, [number, number]> }): [number, number] {
  switch (n.t) {
    case 'lit': case 'any': case 'class': case 'cat': return [1, 1];
    case 'at': case 'look': return [0, 0];
    case 'group': case 'atomic': return width(n.body, ctx);
    case 'backref': return ctx.widths.get(n.index) ?? [0, MAXREPEAT];
    case 'repeat': {
      const [lo, hi] = width(n.body, ctx);
      return [Math.min(lo * n.min, MAXREPEAT), Math.min(hi * n.max, MAXREPEAT)];
    }
    case 'cond': {
      const a = width(n.yes, ctx), b = n.no ? width(n.no, ctx) : [0, 0] as [number, number];
      return [Math.min(a[0], b[0]), Math.max(a[1], b[1])];
    }
    case 'seq': {
      let lo = 0, hi = 0;
      for (const x of n.items) { const [a, b] = width(x, ctx); lo += a; hi += b; }
      return [Math.min(lo, MAXREPEAT), Math.min(hi, MAXREPEAT)];
    }
    case 'alt': {
      let lo = MAXREPEAT, hi = 0;
      for (const x of n.branches) { const [a, b] = width(x, ctx); lo = Math.min(lo, a); hi = Math.max(hi, b); }
      return [lo, hi];
    }
  }
}

function quant(min: number, max: number, lazy: boolean): string {
  let q: string;
  if (min === 0 && max === MAXREPEAT) q = '*';
  else if (min === 1 && max === MAXREPEAT) q = '+';
  else if (min === 0 && max === 1) q = '?';
  else if (max === MAXREPEAT) q = `{${min},}`;
  else if (min === max) q = `{${min}}`;
  else q = `{${min},${max}}`;
  return lazy ? q + '?' : q;
}

const ATOMS = new Set(['lit', 'any', 'class', 'cat']);

function emit(n: Node, ctx: Ctx): string {
  if (ctx.emptyMode) {
    // Emptied copy of a repeat body (emitEmptyIteration): nothing may be consumed.
    if (n.t === 'lit' || n.t === 'any' || n.t === 'class' || n.t === 'cat') return '[]';
    if (n.t === 'group' && n.index !== null) {
      const js = ctx.next++;
      ctx.altGroups.push([n.index, js]);
      return `(${emit(n.body, ctx)})`;
    }
    if (n.t === 'look') {
      ctx.emptyMode = false;
      try { return emit(n, ctx); } finally { ctx.emptyMode = true; }
    }
  }
  switch (n.t) {
    case 'lit': {
      if (manualI(n.f, ctx)) {
        const vs = caseVariants(n.cp, isAscii(n.f, ctx));
        if (vs.length > 1) return `[${vs.map(esc).join('')}]`;
      }
      return esc(n.cp);
    }
    case 'any': return n.f & F.DOTALL ? '[\\s\\S]' : '[^\\n]';
    case 'cat': {
      const ascii = isAscii(n.f, ctx);
      if (n.c === 'D' && !ascii) return '\\P{Nd}';
      return isNegCat(n.c) ? `[^${catBody(n.c, ascii)}]` : `[${catBody(n.c, ascii)}]`;
    }
    case 'class': return emitClass(n.items, n.neg, n.f, ctx);
    case 'at':
      switch (n.k) {
        case '^': return n.f & F.MULTILINE ? '(?<![^\\n])' : '^';
        case '$': return n.f & F.MULTILINE ? '(?![^\\n])' : '(?=\\n?$)';
        case 'A': return '^';
        case 'Z': return '$';
        case 'b': return wordBoundary(n.f, ctx, false);
        case 'B': return wordBoundary(n.f, ctx, true);
      }
      break;
    case 'group': {
      if (n.index === null) return `(?:${emit(n.body, ctx)})`;
      const js = ctx.next++;
      ctx.groupMap[n.index] = js;
      let body = emit(n.body, ctx);
      if ((ctx.optional > 0 && ctx.referenced.has(n.index)) || ctx.condRefs.has(n.index)) {
        // A backreference to a group that did not take part fails in Python but matches
        // empty in JS. Mark participation: capture the characters after and before the
        // group's end (atomic lookarounds; at least one exists in a non-empty string).
        const m1 = ctx.next++, m2 = ctx.next++;
        ctx.markers.set(n.index, [m1, m2]);
        body += '(?=([\\s\\S])?)(?<=([\\s\\S])?)';
      }
      ctx.closeOrder[n.index] = ctx.closeCounter++;
      ctx.widths.set(n.index, width(n.body, ctx));
      return `(${body})`;
    }
    case 'look': {
      if (n.behind) {
        const [lo, hi] = width(n.body, ctx);
        if (lo !== hi) throw new ReError('look-behind requires fixed-width pattern', null);
      }
      return `(?${n.behind ? '<' : ''}${n.neg ? '!' : '='}${emit(n.body, ctx)})`;
    }
    case 'atomic': {
      const g = ctx.next++;
      return `(?=(${emit(n.body, ctx)}))\\${g}(?:)`;
    }
    case 'backref': {
      if (manualI(n.f, ctx)) throw new ReError('case-insensitive backreferences inside a pattern that is not case-insensitive as a whole are not supported', null, 'NotImplementedError');
      const mk = ctx.markers.get(n.index);
      // Participation test: both markers unset <=> `\m1\m2` matches at the end of the
      // string (a set marker is one character). An empty string cannot tell: let it pass.
      const test = mk === undefined ? '' : `(?:(?<![\\s\\S])(?![\\s\\S])|(?![\\s\\S]*(?![\\s\\S])\\${mk[0]}\\${mk[1]}))`;
      return `${test}\\${ctx.groupMap[n.index]}(?:)`;
    }
    case 'repeat': {
      const nullable = width(n.body, ctx)[0] === 0;
      if (nullable && n.min === 0 && n.max === 1) {
        // sre takes an iteration of `?` that matches empty; JS's `?` rejects it, an
        // alternation does not.
        ctx.optional++;
        const body = emit(n.body, ctx);
        ctx.optional--;
        const alt = n.kind === 'lazy' ? `(?:|${body})` : `(?:${body}|)`;
        if (n.kind !== 'possessive') return alt;
        const g = ctx.next++;
        return `(?=(${alt}))\\${g}(?:)`;
      }
      const out = emitRepeat(n, ctx);
      if (nullable && n.kind === 'greedy' && n.max === MAXREPEAT && !ctx.emptyMode && !hasBackref(n.body)
        && hasGroup(n.body)) {
        return out + emitEmptyIteration(n.body, ctx);
      }
      return out;
    }
    case 'cond': {
      // (?(g)yes|no): the participation test of the group's markers picks the branch.
      const mk = ctx.markers.get(n.index) ?? ctx.knownMarkers?.get(n.index) ?? [1, 1];
      ctx.optional++;
      const yes = emit(n.yes, ctx), no = n.no === null ? '' : emit(n.no, ctx);
      ctx.optional--;
      const unset = `[\\s\\S]*(?![\\s\\S])\\${mk[0]}\\${mk[1]}`;
      return `(?:(?:(?<![\\s\\S])(?![\\s\\S])|(?!${unset}))${yes}|(?=${unset})${no})`;
    }
    case 'seq': return n.items.map((x) => emit(x, ctx)).join('');
    case 'alt': {
      ctx.optional++;
      const out = `(?:${n.branches.map((x) => emit(x, ctx)).join('|')})`;
      ctx.optional--;
      return out;
    }
  }
  throw new Error('unreachable');
}

/** A repeat as JS spells it (an outermost repeat with groups records a Loop). */
function emitRepeat(n: Extract<Node, { t: 'repeat' }>, ctx: Ctx): string {
  if (n.min === 0) ctx.optional++;
  const groups: number[] = [];
  collectGroups(n.body, groups);
  if (ctx.loopDepth === 0 && n.kind !== 'possessive' && n.max > 1 && groups.length > 0 && !hasBackref(n.body)) {
    const span = ctx.next++, iter = ctx.next++;
    ctx.loopDepth++;
    const body = emit(n.body, ctx);
    ctx.loopDepth--;
    if (n.min === 0) ctx.optional--;
    ctx.loops.push({ span, iter, node: n, groups });
    return `((?:(${body}))${quant(n.min, n.max, n.kind === 'lazy')})`;
  }
  ctx.loopDepth++;
  const body = ATOMS.has(n.body.t) ? emit(n.body, ctx) : `(?:${emit(n.body, ctx)})`;
  ctx.loopDepth--;
  if (n.min === 0) ctx.optional--;
  if (n.kind === 'possessive') {
    const g = ctx.next++;
    return `(?=(${body}${quant(n.min, n.max, false)}))\\${g}(?:)`;
  }
  return body + quant(n.min, n.max, n.kind === 'lazy');
}

/** sre ends a greedy repeat with one more iteration when the body can match empty there,
 *  setting its groups; JS rejects empty iterations. Append that iteration: the body with
 *  every consuming atom made impossible, its groups as extra JS groups (altGroups). */
function emitEmptyIteration(body: Node, ctx: Ctx): string {
  ctx.emptyMode = true;
  ctx.loopDepth++;
  try { return `(?:${emit(body, ctx)}|)`; } finally { ctx.emptyMode = false; ctx.loopDepth--; }
}

function hasGroup(n: Node): boolean {
  const g: number[] = [];
  collectGroups(n, g);
  return g.length > 0;
}

function everyCharNode(n: Node, pred: (f: number) => boolean): boolean {
  switch (n.t) {
    case 'lit': case 'class': case 'backref': return pred(n.f);
    case 'any': case 'cat': case 'at': return true;
    case 'group': case 'look': case 'atomic': case 'repeat': return everyCharNode(n.body, pred);
    case 'cond': return everyCharNode(n.yes, pred) && (n.no === null || everyCharNode(n.no, pred));
    case 'seq': return n.items.every((x) => everyCharNode(x, pred));
    case 'alt': return n.branches.every((x) => everyCharNode(x, pred));
  }
}

function collectBackrefs(n: Node, out: Set<number>): void {
  switch (n.t) {
    case 'backref': out.add(n.index); break;
    case 'group': case 'look': case 'atomic': case 'repeat': collectBackrefs(n.body, out); break;
    case 'cond': out.add(n.index); collectBackrefs(n.yes, out); if (n.no) collectBackrefs(n.no, out); break;
    case 'seq': n.items.forEach((x) => collectBackrefs(x, out)); break;
    case 'alt': n.branches.forEach((x) => collectBackrefs(x, out)); break;
  }
}

function collectGroups(n: Node, out: number[]): void {
  switch (n.t) {
    case 'group': if (n.index !== null) out.push(n.index); collectGroups(n.body, out); break;
    case 'look': case 'atomic': case 'repeat': collectGroups(n.body, out); break;
    case 'cond': collectGroups(n.yes, out); if (n.no) collectGroups(n.no, out); break;
    case 'seq': n.items.forEach((x) => collectGroups(x, out)); break;
    case 'alt': n.branches.forEach((x) => collectGroups(x, out)); break;
    default: break;
  }
}

/** A probe for the iterations of `loop` before its last `done` ones: the body repeated
 *  (remaining bounds), its last iteration captured as group 1, ending where `suffix` (the
 *  rest of the subject, as a literal) begins. */
export function loopProbe(loop: Loop, isText: boolean, jsI: boolean, done: number, suffix: string): { source: string; groupMap: number[] } {
  const ctx: Ctx = {
    isText, jsI, next: 2, groupMap: [0], closeOrder: [0], closeCounter: 1, widths: new Map(),
    referenced: new Set(), optional: 1, markers: new Map(), knownMarkers: null, condRefs: new Set(), loopDepth: 1, loops: [],
    emptyMode: false, altGroups: [],
  };
  const n = loop.node;
  const body = emit(n.body, ctx);
  const min = Math.max(0, n.min - done), max = n.max === MAXREPEAT ? MAXREPEAT : Math.max(0, n.max - done);
  const lit = Array.from(suffix).map((c) => esc(c.codePointAt(0)!)).join('');
  return { source: `(?:(${body}))${quant(min, max, n.kind === 'lazy')}(?=${lit}$)`, groupMap: ctx.groupMap };
}

function collectConds(n: Node, out: Set<number>): void {
  switch (n.t) {
    case 'group': case 'look': case 'atomic': case 'repeat': collectConds(n.body, out); break;
    case 'cond': out.add(n.index); collectConds(n.yes, out); if (n.no) collectConds(n.no, out); break;
    case 'seq': n.items.forEach((x) => collectConds(x, out)); break;
    case 'alt': n.branches.forEach((x) => collectConds(x, out)); break;
    default: break;
  }
}

function hasBackref(n: Node): boolean {
  switch (n.t) {
    case 'backref': return true;
    case 'group': case 'look': case 'atomic': case 'repeat': return hasBackref(n.body);
    case 'cond': return hasBackref(n.yes) || (n.no !== null && hasBackref(n.no));
    case 'seq': return n.items.some(hasBackref);
    case 'alt': return n.branches.some(hasBackref);
    default: return false;
  }
}

/** Whether an empty match may be preferred over a non-empty one at the same position: a lazy
 *  repeat, or an alternative that can match empty before another alternative. */
function mayPreferEmpty(n: Node, ctx: Ctx): boolean {
  switch (n.t) {
    case 'repeat': return n.kind === 'lazy' || mayPreferEmpty(n.body, ctx);
    case 'group': case 'atomic': return mayPreferEmpty(n.body, ctx);
    case 'cond': return true;
    case 'seq': return n.items.some((x) => mayPreferEmpty(x, ctx));
    case 'alt':
      return n.branches.some((x, i) => mayPreferEmpty(x, ctx) || (i < n.branches.length - 1 && width(x, ctx)[0] === 0));
    default: return false;
  }
}

/** Translates a parsed pattern; `base` JS groups come before it (a prefix the caller adds). */
export function translate(p: Parsed, isText: boolean, base = 0): Translated {
  const unicodeI = isText && (p.flags & (F.ASCII | F.LOCALE)) === 0;
  const allI = everyCharNode(p.root, (f) => (f & F.IGNORECASE) !== 0 && (!isText || (f & (F.ASCII | F.LOCALE)) === 0));
  const anyI = !everyCharNode(p.root, (f) => (f & F.IGNORECASE) === 0);
  // JS's `i` flag folds Unicode case; ASCII/bytes patterns expand cases themselves, unless a
  // backreference must compare case-insensitively (then non-ASCII letters fold too).
  const allCaseless = everyCharNode(p.root, (f) => (f & F.IGNORECASE) !== 0);
  const jsI = anyI && ((unicodeI && allI) || (allCaseless && hasBackref(p.root)));
  const condRefs = new Set<number>();
  collectConds(p.root, condRefs);
  const newCtx = (known: Map<number, [number, number]> | null): Ctx => ({
    isText, jsI, next: base + 1, groupMap: [base], closeOrder: [0], closeCounter: 1, widths: new Map(),
    referenced: new Set(), optional: 0, markers: new Map(), knownMarkers: known, condRefs, loopDepth: 0, loops: [], emptyMode: false, altGroups: [],
  });
  let ctx = newCtx(null);
  collectBackrefs(p.root, ctx.referenced);
  let source = emit(p.root, ctx);
  if (condRefs.size > 0) {
    // Second pass: conditionals before their group now know its marker groups.
    const referenced = ctx.referenced;
    ctx = newCtx(ctx.markers);
    ctx.referenced = referenced;
    source = emit(p.root, ctx);
  }
  return {
    source,
    jsFlags: ctx.jsI ? 'iu' : 'u',
    groupMap: ctx.groupMap,
    jsGroups: ctx.next - 1,
    closeOrder: ctx.closeOrder,
    mayPreferEmpty: mayPreferEmpty(p.root, ctx),
    loops: ctx.loops,
    altGroups: ctx.altGroups,
  };
}
