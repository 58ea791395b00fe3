// Parser for Python's regular-expression syntax (the `re` module, python3.11), producing a
// small AST that re-translate.ts turns into a JS RegExp. It follows the structure and the
// error messages/positions of CPython's Lib/re/_parser.py (_parse_sub, _parse, _escape,
// _class_escape, _parse_flags, parse_template), re-implemented over an array of code points
// so positions are Python indices (code points for str, bytes for bytes patterns).

export const F = {
  TEMPLATE: 1, IGNORECASE: 2, LOCALE: 4, MULTILINE: 8, DOTALL: 16, UNICODE: 32, VERBOSE: 64, DEBUG: 128, ASCII: 256,
} as const;
const FLAG_CHARS: Record<string, number> = { i: 2, L: 4, m: 8, s: 16, x: 64, a: 256, t: 1, u: 32 };
const TYPE_FLAGS = F.ASCII | F.LOCALE | F.UNICODE;
const GLOBAL_FLAGS = F.DEBUG | F.TEMPLATE;
export const MAXREPEAT = 4294967295;

/** A compile error: python3's re.error(msg, pattern, pos) (pos null when CPython gives none). */
export class ReError extends Error {
  constructor(readonly msg: string, readonly pos: number | null, readonly kind: 'error' | 'ValueError' | 'OverflowError' | 'NotImplementedError' | 'IndexError' = 'error') {
    super(msg);
  }
}

export type Cat = 'd' | 'D' | 'w' | 'W' | 's' | 'S';
export type ClassItem = { t: 'range'; lo: number; hi: number } | { t: 'cat'; c: Cat };
export type Node =
  | { t: 'lit'; cp: number; f: number }
  | { t: 'any'; f: number }
  | { t: 'class'; neg: boolean; items: ClassItem[]; f: number }
  | { t: 'cat'; c: Cat; f: number }
  | { t: 'at'; k: '^' | '$' | 'A' | 'Z' | 'b' | 'B'; f: number }
  | { t: 'group'; index: number | null; body: Node }
  | { t: 'look'; behind: boolean; neg: boolean; body: Node }
  | { t: 'atomic'; body: Node }
  | { t: 'backref'; index: number; f: number }
  | { t: 'repeat'; min: number; max: number; kind: 'greedy' | 'lazy' | 'possessive'; body: Node }
  | { t: 'cond'; index: number; yes: Node; no: Node | null }
  | { t: 'seq'; items: Node[] }
  | { t: 'alt'; branches: Node[] };

export interface Parsed {
  root: Node;
  flags: number;       // final flags, as Pattern.flags reports them
  groups: number;      // number of capturing groups
  groupindex: Map<string, number>;
  /** FutureWarning messages python3 gives for sets that may change meaning ("[[", "--"). */
  warnings: string[];
}

const DIGITS = /^[0-9]$/, OCT = /^[0-7]$/, HEX = /^[0-9a-fA-F]$/;
const ASCII_LETTERS = /^[a-zA-Z]$/;
const WHITESPACE = ' \t\n\r\v\f';
const SPECIAL = '.\\[{()*+?^$|';
const ESCAPES: Record<string, number> = { a: 7, b: 8, f: 12, n: 10, r: 13, t: 9, v: 11, '\\': 92 };
const CATS = 'dDwWsS';

/** JS's notion of an identifier is close to str.isidentifier() (both use ID_Start/ID_Continue). */
function isIdentifier(s: string): boolean {
  return /^[\p{ID_Start}_][\p{ID_Continue}]*$/u.test(s.normalize('NFKC'));
}

const q = (s: string): string => pyRepr(s);
/** Python's repr of a short str (for "unknown group name 'x'" messages). */
export function pyRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || c === 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + quote;
}

/** The tokenizer of _parser.py: `next` is one char or a backslash escape pair. */
class Source {
  readonly cps: string[];
  index = 0;
  next: string | null = null;
  constructor(text: string, readonly isText: boolean) {
    this.cps = Array.from(text);
    this.advance();
  }
  private advance(): void {
    let i = this.index;
    if (i >= this.cps.length) { this.next = null; return; }
    let ch = this.cps[i]!;
    if (ch === '\\') {
      i++;
      if (i >= this.cps.length) throw new ReError('bad escape (end of pattern)', this.cps.length - 1);
      ch += this.cps[i]!;
    }
    this.index = i + 1;
    this.next = ch;
  }
  match(ch: string): boolean {
    if (ch === this.next) { this.advance(); return true; }
    return false;
  }
  get(): string | null { const t = this.next; this.advance(); return t; }
  getwhile(n: number, re: RegExp): string {
    let r = '';
    for (let k = 0; k < n; k++) {
      const c = this.next;
      if (c === null || !re.test(c)) break;
      r += c;
      this.advance();
    }
    return r;
  }
  getuntil(term: string, name: string): string {
    let r = '';
    for (;;) {
      const c = this.next;
      this.advance();
      if (c === null) {
        if (!r) throw this.error('missing ' + name);
        throw this.error(`missing ${term}, unterminated name`, len(r));
      }
      if (c === term) {
        if (!r) throw this.error('missing ' + name, 1);
        break;
      }
      r += c;
    }
    return r;
  }
  tell(): number { return this.index - (this.next === null ? 0 : len(this.next)); }
  seek(i: number): void { this.index = i; this.advance(); }
  error(msg: string, offset = 0): ReError {
    if (!this.isText) msg = asciiBackslash(msg);
    return new ReError(msg, this.tell() - offset);
  }
  checkgroupname(name: string, offset: number): void {
    if (!isIdentifier(name)) throw this.error(`bad character in group name ${q(name)}`, len(name) + offset);
  }
}

const len = (s: string): number => Array.from(s).length;
function asciiBackslash(s: string): string {
  return s.replace(/[^\x00-\x7f]/g, (c) => '\\x' + c.charCodeAt(0).toString(16).padStart(2, '0'));
}

class State {
  flags = 0;
  warnings: string[] = [];
  groupdict = new Map<string, number>();
  groupwidths: (boolean | null)[] = [true]; // closed? per group (group 0 always)
  lookbehindgroups: number | null = null;
  grouprefpos = new Map<number, number>();
  get groups(): number { return this.groupwidths.length; }
  opengroup(name: string | null): number {
    const gid = this.groups;
    this.groupwidths.push(null);
    if (name !== null) {
      const o = this.groupdict.get(name);
      if (o !== undefined) throw new ReError(`redefinition of group name ${q(name)} as group ${gid}; was group ${o}`, null);
      this.groupdict.set(name, gid);
    }
    return gid;
  }
  checkgroup(g: number): boolean { return g < this.groups && this.groupwidths[g] !== null; }
  checklookbehindgroup(g: number, src: Source): void {
    if (this.lookbehindgroups !== null) {
      if (!this.checkgroup(g)) throw src.error('cannot refer to an open group');
      if (g >= this.lookbehindgroups) throw src.error('cannot refer to group defined in the same lookbehind subpattern');
    }
  }
}

const cp = (s: string): number => s.codePointAt(0)!;
const lit = (c: number, st: State): Node => ({ t: 'lit', cp: c, f: st.flags });

function classEscape(src: Source, esc: string): ClassItem {
  const c = esc[1]!;
  if (c in ESCAPES) return { t: 'range', lo: ESCAPES[c]!, hi: ESCAPES[c]! };
  if (CATS.includes(c)) return { t: 'cat', c: c as Cat };
  const one = (v: number): ClassItem => ({ t: 'range', lo: v, hi: v });
  if (c === 'x') {
    esc += src.getwhile(2, HEX);
    if (esc.length !== 4) throw src.error(`incomplete escape ${esc}`, esc.length);
    return one(parseInt(esc.slice(2), 16));
  }
  if ((c === 'u' || c === 'U') && src.isText) {
    const n = c === 'u' ? 4 : 8;
    esc += src.getwhile(n, HEX);
    if (esc.length !== n + 2) throw src.error(`incomplete escape ${esc}`, esc.length);
    const v = parseInt(esc.slice(2), 16);
    if (v > 0x10ffff) throw src.error(`bad escape ${esc}`, esc.length);
    return one(v);
  }
  if (c === 'N' && src.isText) throw new ReError('\\N{...} named character escapes are not supported', src.tell() - 2, 'NotImplementedError');
  if (OCT.test(c)) {
    esc += src.getwhile(2, OCT);
    const v = parseInt(esc.slice(1), 8);
    if (v > 0o377) throw src.error(`octal escape value ${esc} outside of range 0-0o377`, esc.length);
    return one(v);
  }
  if (DIGITS.test(c) || ASCII_LETTERS.test(c)) throw src.error(`bad escape ${esc}`, esc.length);
  return one(cp(c));
}

function escape(src: Source, esc: string, st: State): Node {
  const c = esc[1]!;
  if (CATS.includes(c)) return { t: 'cat', c: c as Cat, f: st.flags };
  if (c === 'A' || c === 'Z' || c === 'b' || c === 'B') return { t: 'at', k: c, f: st.flags };
  if (c in ESCAPES && c !== 'b') return lit(ESCAPES[c]!, st);
  if (c === 'x') {
    esc += src.getwhile(2, HEX);
    if (esc.length !== 4) throw src.error(`incomplete escape ${esc}`, esc.length);
    return lit(parseInt(esc.slice(2), 16), st);
  }
  if ((c === 'u' || c === 'U') && src.isText) {
    const n = c === 'u' ? 4 : 8;
    esc += src.getwhile(n, HEX);
    if (esc.length !== n + 2) throw src.error(`incomplete escape ${esc}`, esc.length);
    const v = parseInt(esc.slice(2), 16);
    if (v > 0x10ffff) throw src.error(`bad escape ${esc}`, esc.length);
    return lit(v, st);
  }
  if (c === 'N' && src.isText) throw new ReError('\\N{...} named character escapes are not supported', src.tell() - 2, 'NotImplementedError');
  if (c === '0') {
    esc += src.getwhile(2, OCT);
    return lit(parseInt(esc.slice(1), 8), st);
  }
  if (DIGITS.test(c)) {
    if (src.next !== null && DIGITS.test(src.next)) {
      esc += src.get()!;
      if (OCT.test(esc[1]!) && OCT.test(esc[2]!) && src.next !== null && OCT.test(src.next)) {
        esc += src.get()!;
        const v = parseInt(esc.slice(1), 8);
        if (v > 0o377) throw src.error(`octal escape value ${esc} outside of range 0-0o377`, esc.length);
        return lit(v, st);
      }
    }
    const group = parseInt(esc.slice(1), 10);
    if (group < st.groups) {
      if (!st.checkgroup(group)) throw src.error('cannot refer to an open group', esc.length);
      st.checklookbehindgroup(group, src);
      return { t: 'backref', index: group, f: st.flags };
    }
    throw src.error(`invalid group reference ${group}`, esc.length - 1);
  }
  if (ASCII_LETTERS.test(c)) throw src.error(`bad escape ${esc}`, esc.length);
  return lit(cp(c), st);
}

const seq = (items: Node[]): Node => (items.length === 1 ? items[0]! : { t: 'seq', items });

function parseSub(src: Source, st: State, verbose: boolean, nested: number): Node {
  const branches: Node[] = [];
  for (;;) {
    branches.push(parseSeq(src, st, verbose, nested + 1, nested === 0 && branches.length === 0));
    if (!src.match('|')) break;
    if (nested === 0) verbose = (st.flags & F.VERBOSE) !== 0;
  }
  return branches.length === 1 ? branches[0]! : { t: 'alt', branches };
}

function parseFlags(src: Source, st: State, ch: string): [number, number] | null {
  let add = 0, del = 0;
  let char: string | null = ch;
  if (char !== '-') {
    for (;;) {
      const flag = FLAG_CHARS[char!]!;
      if (src.isText) {
        if (char === 'L') throw src.error("bad inline flags: cannot use 'L' flag with a str pattern");
      } else if (char === 'u') throw src.error("bad inline flags: cannot use 'u' flag with a bytes pattern");
      add |= flag;
      if ((flag & TYPE_FLAGS) && (add & TYPE_FLAGS) !== flag) throw src.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible");
      char = src.get();
      if (char === null) throw src.error('missing -, : or )');
      if (')-:'.includes(char)) break;
      if (!(char in FLAG_CHARS)) throw src.error(/^\p{L}$/u.test(char) ? 'unknown flag' : 'missing -, : or )', len(char));
    }
  }
  if (char === ')') { st.flags |= add; return null; }
  if (add & GLOBAL_FLAGS) throw src.error('bad inline flags: cannot turn on global flag', 1);
  if (char === '-') {
    char = src.get();
    if (char === null) throw src.error('missing flag');
    if (!(char in FLAG_CHARS)) throw src.error(/^\p{L}$/u.test(char) ? 'unknown flag' : 'missing flag', len(char));
    for (;;) {
      const flag = FLAG_CHARS[char!]!;
      if (flag & TYPE_FLAGS) throw src.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'");
      del |= flag;
      char = src.get();
      if (char === null) throw src.error('missing :');
      if (char === ':') break;
      if (!(char in FLAG_CHARS)) throw src.error(/^\p{L}$/u.test(char) ? 'unknown flag' : 'missing :', len(char));
    }
  }
  if (del & GLOBAL_FLAGS) throw src.error('bad inline flags: cannot turn off global flag', 1);
  if (add & del) throw src.error('bad inline flags: flag turned on and off', 1);
  return [add, del];
}

function parseSeq(src: Source, st: State, verbose: boolean, nested: number, first: boolean): Node {
  const items: Node[] = [];
  for (;;) {
    const ch = src.next;
    if (ch === null || ch === '|' || ch === ')') break;
    src.get();
    if (verbose) {
      if (WHITESPACE.includes(ch)) continue;
      if (ch === '#') {
        for (;;) { const c = src.get(); if (c === null || c === '\n') break; }
        continue;
      }
    }
    if (ch[0] === '\\' && ch.length > 1) { items.push(escape(src, ch, st)); continue; }
    if (!SPECIAL.includes(ch)) { items.push(lit(cp(ch), st)); continue; }
    if (ch === '[') {
      const here = src.tell() - 1;
      const set: ClassItem[] = [];
      if (src.next === '[') st.warnings.push(`Possible nested set at position ${src.tell()}`);
      const neg = src.match('^');
      for (;;) {
        let t = src.get();
        if (t === null) throw src.error('unterminated character set', src.tell() - here);
        if (t === ']' && set.length > 0) break;
        if (set.length > 0 && t.length === 1 && '-&~|'.includes(t) && src.next === t) {
          const kind = t === '-' ? 'difference' : t === '&' ? 'intersection' : t === '~' ? 'symmetric difference' : 'union';
          st.warnings.push(`Possible set ${kind} at position ${src.tell() - 1}`);
        }
        const code1: ClassItem = t[0] === '\\' && t.length > 1 ? classEscape(src, t) : { t: 'range', lo: cp(t), hi: cp(t) };
        if (src.match('-')) {
          const that = src.get();
          if (that === null) throw src.error('unterminated character set', src.tell() - here);
          if (that === ']') { set.push(code1, { t: 'range', lo: 45, hi: 45 }); break; }
          if (that === '-') st.warnings.push(`Possible set difference at position ${src.tell() - 2}`);
          const code2: ClassItem = that[0] === '\\' && that.length > 1 ? classEscape(src, that) : { t: 'range', lo: cp(that), hi: cp(that) };
          const bad = (): ReError => src.error(`bad character range ${t}-${that}`, len(t!) + 1 + len(that));
          if (code1.t !== 'range' || code2.t !== 'range' || code1.lo !== code1.hi || code2.lo !== code2.hi) throw bad();
          if (code2.lo < code1.lo) throw bad();
          set.push({ t: 'range', lo: code1.lo, hi: code2.lo });
        } else set.push(code1);
        t = null;
      }
      items.push({ t: 'class', neg, items: set, f: st.flags });
      continue;
    }
    if ('*+?{'.includes(ch)) {
      const here = src.tell();
      let min = 0, max = MAXREPEAT;
      if (ch === '?') max = 1;
      else if (ch === '+') min = 1;
      else if (ch === '{') {
        if (src.next === '}') { items.push(lit(123, st)); continue; }
        let lo = '', hi = '';
        while (src.next !== null && DIGITS.test(src.next)) lo += src.get();
        if (src.match(',')) { while (src.next !== null && DIGITS.test(src.next)) hi += src.get(); } else hi = lo;
        if (!src.match('}')) { items.push(lit(123, st)); src.seek(here); continue; }
        if (lo) { min = Number(lo); if (min >= MAXREPEAT) throw new ReError('the repetition number is too large', null, 'OverflowError'); }
        if (hi) {
          max = Number(hi);
          if (max >= MAXREPEAT) throw new ReError('the repetition number is too large', null, 'OverflowError');
          if (max < min) throw src.error('min repeat greater than max repeat', src.tell() - here);
        }
      }
      const item = items[items.length - 1];
      if (item === undefined || item.t === 'at') throw src.error('nothing to repeat', src.tell() - here + len(ch));
      if (item.t === 'repeat') throw src.error('multiple repeat', src.tell() - here + len(ch));
      const kind = src.match('?') ? 'lazy' : src.match('+') ? 'possessive' : 'greedy';
      items[items.length - 1] = { t: 'repeat', min, max, kind, body: item };
      continue;
    }
    if (ch === '.') { items.push({ t: 'any', f: st.flags }); continue; }
    if (ch === '^' || ch === '$') { items.push({ t: 'at', k: ch, f: st.flags }); continue; }
    if (ch === '(') {
      const start = src.tell() - 1;
      let capture = true, atomic = false, name: string | null = null;
      let add = 0, del = 0;
      if (src.match('?')) {
        const c = src.get();
        if (c === null) throw src.error('unexpected end of pattern');
        if (c === 'P') {
          if (src.match('<')) {
            name = src.getuntil('>', 'group name');
            src.checkgroupname(name, 1);
          } else if (src.match('=')) {
            const nm = src.getuntil(')', 'group name');
            src.checkgroupname(nm, 1);
            const gid = st.groupdict.get(nm);
            if (gid === undefined) throw src.error(`unknown group name ${q(nm)}`, len(nm) + 1);
            if (!st.checkgroup(gid)) throw src.error('cannot refer to an open group', len(nm) + 1);
            st.checklookbehindgroup(gid, src);
            items.push({ t: 'backref', index: gid, f: st.flags });
            continue;
          } else {
            const c2 = src.get();
            if (c2 === null) throw src.error('unexpected end of pattern');
            throw src.error('unknown extension ?P' + c2, len(c2) + 2);
          }
        } else if (c === ':') capture = false;
        else if (c === '#') {
          for (;;) {
            if (src.next === null) throw src.error('missing ), unterminated comment', src.tell() - start);
            if (src.get() === ')') break;
          }
          continue;
        } else if ('=!<'.includes(c)) {
          let behind = false, kind = c;
          let saved: number | null = null;
          if (c === '<') {
            const c2 = src.get();
            if (c2 === null) throw src.error('unexpected end of pattern');
            if (c2 !== '=' && c2 !== '!') throw src.error('unknown extension ?<' + c2, len(c2) + 2);
            kind = c2;
            behind = true;
            saved = st.lookbehindgroups;
            if (saved === null) st.lookbehindgroups = st.groups;
          }
          const body = parseSub(src, st, verbose, nested + 1);
          if (behind && saved === null) st.lookbehindgroups = null;
          if (!src.match(')')) throw src.error('missing ), unterminated subpattern', src.tell() - start);
          items.push({ t: 'look', behind, neg: kind === '!', body });
          continue;
        } else if (c === '(') {
          const condname = src.getuntil(')', 'group name');
          let g: number;
          if (isIdentifier(condname)) {
            const gid = st.groupdict.get(condname);
            if (gid === undefined) throw src.error(`unknown group name ${q(condname)}`, len(condname) + 1);
            g = gid;
          } else {
            if (!/^[0-9]+$/.test(condname)) throw src.error(`bad character in group name ${q(condname)}`, len(condname) + 1);
            g = Number(condname);
            if (g === 0) throw src.error('bad group number', len(condname) + 1);
            if (!st.grouprefpos.has(g)) st.grouprefpos.set(g, src.tell() - len(condname) - 1);
          }
          st.checklookbehindgroup(g, src);
          const yes = parseSeq(src, st, verbose, nested + 1, false);
          let no: Node | null = null;
          if (src.match('|')) {
            no = parseSeq(src, st, verbose, nested + 1, false);
            if (src.next === '|') throw src.error('conditional backref with more than two branches');
          }
          if (!src.match(')')) throw src.error('missing ), unterminated subpattern', src.tell() - start);
          items.push({ t: 'cond', index: g, yes, no });
          continue;
        } else if (c === '>') { capture = false; atomic = true; }
        else if (c in FLAG_CHARS || c === '-') {
          const fl = parseFlags(src, st, c);
          if (fl === null) {
            if (!first || items.length > 0) throw src.error('global flags not at the start of the expression', src.tell() - start);
            verbose = (st.flags & F.VERBOSE) !== 0;
            continue;
          }
          [add, del] = fl;
          capture = false;
        } else throw src.error('unknown extension ?' + c, len(c) + 1);
      }
      let group: number | null = null;
      if (capture) {
        try { group = st.opengroup(name); } catch (e) {
          if (e instanceof ReError) throw src.error(e.msg, len(name ?? '') + 1);
          throw e;
        }
      }
      const subVerbose = (verbose || (add & F.VERBOSE) !== 0) && !(del & F.VERBOSE);
      const savedFlags = st.flags;
      st.flags = (st.flags | add) & ~del;
      const body = parseSub(src, st, subVerbose, nested + 1);
      st.flags = savedFlags;
      if (!src.match(')')) throw src.error('missing ), unterminated subpattern', src.tell() - start);
      if (group !== null) st.groupwidths[group] = true;
      if (atomic) items.push({ t: 'atomic', body });
      else items.push({ t: 'group', index: group, body });
      continue;
    }
    throw new Error('unreachable: ' + ch);
  }
  return seq(items);
}

function fixFlags(isText: boolean, flags: number): number {
  if (isText) {
    if (flags & F.LOCALE) throw new ReError('cannot use LOCALE flag with a str pattern', null, 'ValueError');
    if (!(flags & F.ASCII)) flags |= F.UNICODE;
    else if (flags & F.UNICODE) throw new ReError('ASCII and UNICODE flags are incompatible', null, 'ValueError');
  } else {
    if (flags & F.UNICODE) throw new ReError('cannot use UNICODE flag with a bytes pattern', null, 'ValueError');
    if (flags & F.LOCALE && flags & F.ASCII) throw new ReError('ASCII and LOCALE flags are incompatible', null, 'ValueError');
  }
  return flags;
}

/** Parses `pattern` (a str, or a bytes pattern decoded as latin-1) with the given flags. */
export function parsePattern(pattern: string, flags: number, isText: boolean): Parsed {
  let st = new State();
  st.flags = flags;
  let src = new Source(pattern, isText);
  let root = parseSub(src, st, (flags & F.VERBOSE) !== 0, 0);
  if (!(flags & F.VERBOSE) && (st.flags & F.VERBOSE)) {
    // (?x) at the start: parse again in verbose mode, as _compiler.compile does.
    const f2 = st.flags;
    st = new State();
    st.flags = f2;
    src = new Source(pattern, isText);
    root = parseSub(src, st, true, 0);
  }
  const finalFlags = fixFlags(isText, st.flags);
  if (src.next !== null) throw src.error('unbalanced parenthesis');
  for (const [g, pos] of st.grouprefpos) {
    if (g >= st.groups) throw new ReError(`invalid group reference ${g}`, pos);
  }
  return { root, flags: finalFlags, groups: st.groups - 1, groupindex: st.groupdict, warnings: st.warnings };
}

/** A parsed replacement template: literal pieces and group references, in order. */
export type TemplatePart = string | number;

/** parse_template of _parser.py: `\1`, `\g<name>`, `\g<0>`, escapes; errors as python3. */
export function parseTemplate(repl: string, isText: boolean, groups: number, groupindex: Map<string, number>): TemplatePart[] {
  const s = new Source(repl, isText);
  const out: TemplatePart[] = [];
  let literal = '';
  const addgroup = (index: number, pos: number): void => {
    if (index > groups) throw s.error(`invalid group reference ${index}`, pos);
    if (literal) { out.push(literal); literal = ''; }
    out.push(index);
  };
  for (;;) {
    let t = s.get();
    if (t === null) break;
    if (t[0] === '\\' && t.length > 1) {
      const c = t[1]!;
      if (c === 'g') {
        if (!s.match('<')) throw s.error('missing <');
        const name = s.getuntil('>', 'group name');
        let index: number;
        if (isIdentifier(name)) {
          const gi = groupindex.get(name);
          if (gi === undefined) throw new ReError(`unknown group name ${q(name)}`, null, 'IndexError');
          index = gi;
        } else {
          if (!/^[0-9]+$/.test(name)) throw s.error(`bad character in group name ${q(name)}`, len(name) + 1);
          index = Number(name);
        }
        addgroup(index, len(name) + 1);
      } else if (c === '0') {
        if (s.next !== null && OCT.test(s.next)) { t += s.get(); if (s.next !== null && OCT.test(s.next)) t += s.get(); }
        literal += String.fromCodePoint(parseInt(t.slice(1), 8) & 0xff);
      } else if (DIGITS.test(c)) {
        let isOctal = false;
        if (s.next !== null && DIGITS.test(s.next)) {
          t += s.get();
          if (OCT.test(c) && OCT.test(t[2]!) && s.next !== null && OCT.test(s.next)) {
            t += s.get();
            isOctal = true;
            const v = parseInt(t.slice(1), 8);
            if (v > 0o377) throw s.error(`octal escape value ${t} outside of range 0-0o377`, t.length);
            literal += String.fromCodePoint(v);
          }
        }
        if (!isOctal) addgroup(Number(t.slice(1)), t.length - 1);
      } else if (c in ESCAPES) literal += String.fromCodePoint(ESCAPES[c]!);
      else if (ASCII_LETTERS.test(c)) throw s.error(`bad escape ${t}`, t.length);
      else literal += t;
    } else literal += t;
  }
  if (literal) out.push(literal);
  return out;
}
