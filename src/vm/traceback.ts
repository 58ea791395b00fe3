// Printing an uncaught exception exactly as python3.11 does (CPython 3.11 Python/pythonrun.c
// print_exception_recursive / print_exception / print_exception_message, and
// Python/traceback.c for the entries, see traceback-format.ts): the cause / context chain
// with its two separator sentences, "Traceback (most recent call last):", one entry per
// traceback object, then "TypeName: message" (module-qualified unless builtins/__main__),
// SyntaxError's file/line/caret block, and __notes__.

import { type Ref, NULL } from './heap.ts';
import type { Runtime } from './runtime.ts';
import type { SyntaxErrorInfo } from '../python/syntax-error.ts';
import { str as pyStr, getAttrOpt, isInstance, typeNameOf, repr, isTrue } from './abstract.ts';
import { T_QUALNAME, T_DICT } from './type-layout.ts';
import { dictGetStr } from './objects/dict-core.ts';
import { TB_NEXT, TB_FRAME, TB_LASTI } from './objects/traceback.ts';
import { F_CODE } from './frame.ts';
import { decodeCode } from './code-object.ts';
import { excTraceback, excCause, excContext, excSuppressContext } from './exc-util.ts';
import { formatTraceback, type TracebackEntry } from './traceback-format.ts';
import { vm } from './vm-state.ts';
import { parse } from '../python/parser.ts';
import { iterateToArray } from './eval-support.ts';
import { suggestionFor } from './suggestions.ts';

/** Traceback entries of a traceback chain, oldest first. */
export function tracebackEntries(rt: Runtime, tb: Ref): TracebackEntry[] {
  const out: TracebackEntry[] = [];
  const i32 = rt.heap.i32;
  for (let t = tb; t !== NULL && t !== rt.none; t = i32[(t >> 2) + TB_NEXT] as Ref) {
    const f = i32[(t >> 2) + TB_FRAME] as Ref;
    const d = decodeCode(rt, i32[(f >> 2) + F_CODE] as Ref);
    const lasti = i32[(t >> 2) + TB_LASTI];
    const p = d.positions;
    const k = 4 * lasti;
    out.push({
      filename: d.filename,
      name: d.name,
      lineno: k >= 0 && k < p.length ? p[k] : -1,
      endLineno: k >= 0 && k < p.length ? p[k + 2] : -1,
      col: k >= 0 && k < p.length ? p[k + 1] : -1,
      endCol: k >= 0 && k < p.length ? p[k + 3] : -1,
    });
  }
  return out;
}

function safeStr(rt: Runtime, v: Ref): string {
  try { return rt.jsStr(pyStr(rt, v)); } catch { return '<exception str() failed>'; }
}

/** "module.Qualname" of an exception's type as print_exception shows it. */
function excTypeName(rt: Runtime, exc: Ref): string {
  const t = rt.typeOf(exc);
  const q = rt.jsStr(rt.heap.i32[(t >> 2) + T_QUALNAME] as Ref);
  const d = rt.heap.i32[(t >> 2) + T_DICT] as Ref;
  const m = d === NULL ? NULL : dictGetStr(rt, d, rt.intern('__module__'));
  const mod = m === NULL || rt.typeOf(m) !== rt.types.str ? 'builtins' : rt.jsStr(m);
  return mod === 'builtins' || mod === '__main__' ? q : `${mod}.${q}`;
}

function sourceLookup(rt: Runtime): (f: string) => string[] | null {
  const st = vm(rt);
  return (f) => st.sources.get(f) ?? null;
}

const parseSegment = (s: string): { body: unknown[] } => parse(s, '<segment>') as unknown as { body: unknown[] };

/** The exception line(s) after the traceback: "Type: msg", SyntaxError's block, notes. */
function formatExceptionOnly(rt: Runtime, exc: Ref): string {
  let out = '';
  let name = excTypeName(rt, exc);
  if (isInstance(rt, exc, rt.types.SyntaxError)) {
    const g = (n: string): Ref => { const v = getAttrOpt(rt, exc, rt.intern(n)); return v === NULL ? rt.none : v; };
    const filename = g('filename'), lineno = g('lineno'), text = g('text'), offset = g('offset'), endOffset = g('end_offset'), endLineno = g('end_lineno');
    const fn = filename === rt.none ? '<string>' : safeStr(rt, filename);
    if (lineno !== rt.none) out += `  File "${fn}", line ${safeStr(rt, lineno)}\n`;
    if (text !== rt.none) {
      const num = (v: Ref): number => (v === rt.none ? -1 : Number(safeStr(rt, v)));
      const off = num(offset);
      const t = rt.jsStr(text);
      const end = syntaxErrorEnd(rt.typeOf(exc) === rt.types.SyntaxError, t, num(lineno), num(endLineno), num(endOffset));
      out += syntaxErrorText(t, off, end);
    }
    const msg = g('msg');
    out += `${name}: ${msg === rt.none ? safeStr(rt, exc) : safeStr(rt, msg)}\n`;
  } else {
    const s = safeStr(rt, exc);
    const hint = suggestionFor(rt, exc);
    out += (s === '' ? name : `${name}: ${s}`) + (hint === null ? '' : `. Did you mean: '${hint}'?`) + '\n';
  }
  const notes = getAttrOpt(rt, exc, rt.intern('__notes__'));
  if (notes !== NULL && notes !== rt.none) {
    try {
      for (const n of iterateToArray(rt, notes)) out += `${rt.typeOf(n) === rt.types.str ? rt.jsStr(n) : safeStr(rt, repr(rt, n))}\n`;
    } catch { out += `${safeStr(rt, repr(rt, notes))}\n`; }
  }
  void name; name = '';
  return out;
}

/** python3.11's report of a SyntaxError met compiling the program, before anything runs:
 *  the File line, the source line with its carets, then `Type: msg`. */
export function syntaxErrorReport(e: SyntaxErrorInfo): string {
  let out = `  File "${e.filename}", line ${e.lineno}\n`;
  if (e.text !== null) out += syntaxErrorText(e.text, e.offset, syntaxErrorEnd(e.type === 'SyntaxError', e.text, e.lineno, e.end_lineno, e.end_offset));
  return out + `${e.type}: ${e.msg}\n`;
}

/** The end offset python3.11 draws carets to (Python/pythonrun.c parse_syntax_error and
 *  print_exception): only SyntaxError itself has one, its subclasses (IndentationError,
 *  TabError) get a single caret; an error running onto later lines is drawn to the end of
 *  its first line; never past the end of the text. -1 = none. */
export function syntaxErrorEnd(exactSyntaxError: boolean, text: string, lineno: number, endLineno: number, endOffset: number): number {
  if (!exactSyntaxError) return -1;
  let end = endOffset;
  if (endLineno > lineno) end = text.length;
  if (end > text.length + 1) end = text.length + 1;
  return end;
}

/** The source line and caret line of a SyntaxError (CPython 3.11 Python/pythonrun.c
 *  print_error_text): leading blanks stripped with the offset moved along, no caret when the
 *  offset then points left of the text, end - offset carets (at least one). */
export function syntaxErrorText(text: string, offset: number, endOffset: number): string {
  const reps = endOffset > 0 && endOffset > offset ? endOffset - offset : 1;
  let t = text;
  let off = offset - 1;
  while (t.length && (t[0] === ' ' || t[0] === '\t' || t[0] === '\f')) { t = t.slice(1); off--; }
  t = t.replace(/\n$/, '');
  if (off > t.length) off = t.length;
  let out = `    ${t}\n`;
  if (offset < 0 || off < 0) return out;
  out += `    ${' '.repeat(off)}${'^'.repeat(reps)}\n`;
  return out;
}

/** The full text python3.11 prints for an uncaught `exc` (chain included; exception groups
 *  drawn with CPython 3.11 Lib/traceback.py TracebackException.format's margins and boxes,
 *  max_group_width 15, max_group_depth 10). */
export function formatException(rt: Runtime, exc: Ref): string {
  const seen = new Set<number>();
  let depth = 0;
  let needClose = false;
  const indent = (): string => ' '.repeat(2 * depth);
  const emit = (text: string, margin = '|'): string => {
    const pre = indent() + (depth ? `${margin} ` : '');
    if (pre === '') return text;
    return text.split('\n').map((l, i, a) => (i === a.length - 1 && l === '' ? '' : pre + l)).join('\n');
  };
  const groupItems = (e: Ref): Ref[] | null => {
    if (!isInstance(rt, e, rt.types.BaseExceptionGroup)) return null;
    const ex = getAttrOpt(rt, e, rt.intern('exceptions'));
    return ex === NULL ? [] : iterateToArray(rt, ex);
  };
  const format = (top: Ref): string => {
    const chain: [string | null, Ref][] = [];
    for (let e: Ref = top; e !== NULL;) {
      seen.add(e);
      const cause = excCause(rt, e), ctx = excContext(rt, e);
      if (cause !== NULL && !seen.has(cause)) { chain.push(['\nThe above exception was the direct cause of the following exception:\n\n', e]); e = cause; }
      else if (ctx !== NULL && !excSuppressContext(rt, e) && !seen.has(ctx)) { chain.push(['\nDuring handling of the above exception, another exception occurred:\n\n', e]); e = ctx; }
      else { chain.push([null, e]); e = NULL; }
    }
    let out = '';
    for (let k = chain.length - 1; k >= 0; k--) {
      const [, e] = chain[k];
      const tb = excTraceback(rt, e);
      const items = groupItems(e);
      const stack = tb !== NULL ? formatTraceback(tracebackEntries(rt, tb), sourceLookup(rt), parseSegment).replace(/^Traceback \(most recent call last\):\n/, '') : '';
      if (items === null) {
        if (tb !== NULL) out += emit('Traceback (most recent call last):\n') + emit(stack);
        out += emit(formatExceptionOnly(rt, e));
      } else if (depth > 10) {
        out += emit('... (max_group_depth is 10)\n');
      } else {
        const isTop = depth === 0;
        if (isTop) depth++;
        if (tb !== NULL) out += emit('Exception Group Traceback (most recent call last):\n', isTop ? '+' : '|') + emit(stack);
        out += emit(formatExceptionOnly(rt, e));
        const n = items.length <= 15 ? items.length : 16;
        needClose = false;
        for (let i = 0; i < n; i++) {
          const last = i === n - 1;
          if (last) needClose = true;
          const truncated = i >= 15;
          out += `${indent()}${i === 0 ? '+-' : '  '}+---------------- ${truncated ? '...' : i + 1} ----------------\n`;
          depth++;
          if (!truncated) out += format(items[i]);
          else { const rem = items.length - 15; out += emit(`and ${rem} more exception${rem > 1 ? 's' : ''}\n`); }
          if (last && needClose) { out += `${indent()}+------------------------------------\n`; needClose = false; }
          depth--;
        }
        if (isTop) depth = 0;
      }
      if (k > 0) out += emit(chain[k - 1][0]!);
    }
    return out;
  };
  return format(exc);
}

void [typeNameOf, isTrue];
