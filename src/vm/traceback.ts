// Printing an uncaught exception exactly as python3.11 does (CPython 3.11 Python/pythonrun.c
// print_exception_recursive / print_exception / print_exception_message, and
// Python/traceback.c for the entries, see traceback-format.ts): the cause / context chain
// with its two separator sentences, "Traceback (most recent call last):", one entry per
// traceback object, then "TypeName: message" (module-qualified unless builtins/__main__),
// SyntaxError's file/line/caret block, and __notes__.

import { type Ref, NULL } from './heap.ts';
import type { Runtime } from './runtime.ts';
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
      const raw = rt.jsStr(text).replace(/\n$/, '');
      const stripped = raw.replace(/^[ \t\f]+/, '');
      const lead = raw.length - stripped.length;
      out += `    ${stripped.replace(/\s+$/, '')}\n`;
      if (offset !== rt.none) {
        const off = Number(safeStr(rt, offset));
        let end = endOffset !== rt.none && (endLineno === rt.none || safeStr(rt, endLineno) === safeStr(rt, lineno)) ? Number(safeStr(rt, endOffset)) : off + 1;
        if (end <= off) end = off + 1;
        const col = Math.max(0, off - 1 - lead);
        const width = Math.max(1, Math.min(end - off, stripped.replace(/\s+$/, '').length - col + 1));
        out += `    ${' '.repeat(col)}${'^'.repeat(width)}\n`;
      }
    }
    const msg = g('msg');
    out += `${name}: ${msg === rt.none ? safeStr(rt, exc) : safeStr(rt, msg)}\n`;
  } else {
    const s = safeStr(rt, exc);
    out += s === '' ? `${name}\n` : `${name}: ${s}\n`;
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

/** The full text python3.11 prints for an uncaught `exc` (chain included). */
export function formatException(rt: Runtime, exc: Ref): string {
  const seen = new Set<number>();
  const one = (e: Ref): string => {
    seen.add(e);
    let out = '';
    const cause = excCause(rt, e);
    const ctx = excContext(rt, e);
    if (cause !== NULL && !seen.has(cause)) {
      out += one(cause) + '\nThe above exception was the direct cause of the following exception:\n\n';
    } else if (ctx !== NULL && !excSuppressContext(rt, e) && !seen.has(ctx)) {
      out += one(ctx) + '\nDuring handling of the above exception, another exception occurred:\n\n';
    }
    const tb = excTraceback(rt, e);
    if (tb !== NULL) out += formatTraceback(tracebackEntries(rt, tb), sourceLookup(rt), parseSegment);
    return out + formatExceptionOnly(rt, e);
  };
  return one(exc);
}

void [typeNameOf, isTrue];
