// Formatting of traceback entries exactly as python3.11 prints an uncaught exception.
//
// Implementation notes. An uncaught exception is printed by CPython's C code (3.11
// Python/pythonrun.c print_exception → Python/traceback.c tb_displayline /
// print_error_location_carets), not by Lib/traceback.py; the two differ in details, and
// we follow the C one:
//   * The source line is printed after 4 spaces with its LEADING whitespace removed only
//     (trailing blanks stay).
//   * Carets come from the instruction's position (col offsets in UTF-8 bytes, converted to
//     characters). A position spanning several lines extends to the end of the first line.
//   * For a one-line position, the segment is re-parsed: a lone expression statement that is
//     a BinOp gets `~` under the operands and `^` under the operator (skipping `)` closing a
//     parenthesised left operand, and covering a two-character operator); a Subscript gets
//     `~` under the value and `^` from the end of the value to the end of the slice + 1.
//   * Without anchors, carets are omitted when they would cover the whole (left-stripped)
//     line.
//   * Runs of identical (file, line, name) entries longer than 3 are elided with
//     "  [Previous line repeated N more times]" (traceback.c TB_RECURSIVE_CUTOFF).

export interface TracebackEntry {
  filename: string;
  lineno: number; // -1 = unknown
  name: string;
  /** Instruction position; -1 where unknown. Columns are UTF-8 byte offsets. */
  endLineno: number;
  col: number;
  endCol: number;
}

/** Parse a source segment and return the AST module (python/parser's parse), or throw. */
export type SegmentParser = (source: string) => { body: unknown[] };

/** Returns the source lines of a file (1-based access via lines[lineno-1]), or null. */
export type SourceLookup = (filename: string) => string[] | null;

const RECURSIVE_CUTOFF = 3;

/** Character index in `line` of the UTF-8 byte offset `byteOff` (CPython
 * _PyPegen_byte_offset_to_character_offset). Counts UTF-16 units, matching JS indexing. */
export function byteToCharOffset(line: string, byteOff: number): number {
  let bytes = 0;
  let i = 0;
  while (i < line.length && bytes < byteOff) {
    const c = line.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) { bytes += 4; i++; }
    else bytes += 3;
    i++;
  }
  return i;
}

interface Anchors { left: number; right: number }

interface AstNode { _type: string; [k: string]: unknown }

/** CPython 3.11 Python/traceback.c extract_anchors_from_expr, on a JS segment. */
function extractAnchors(segment: string, parse: SegmentParser): Anchors | null {
  let mod: { body: unknown[] };
  try {
    mod = parse(segment);
  } catch {
    return null;
  }
  if (mod.body.length !== 1) return null;
  const stmt = mod.body[0] as AstNode;
  if (stmt._type !== 'Expr') return null;
  const expr = stmt.value as AstNode;
  const norm = (b: number): number => byteToCharOffset(segment, b);
  if (expr._type === 'BinOp') {
    const left = expr.left as AstNode;
    const right = expr.right as AstNode;
    const from = norm(left.end_col_offset as number);
    const to = norm(right.col_offset as number);
    let la = -1;
    let ra = -1;
    for (let i = from; i < to; i++) {
      const ch = segment[i];
      if (ch === ' ' || ch === '\t' || ch === '\f') continue;
      la = i;
      ra = i + 1;
      const next = segment[i + 1];
      if (i + 1 < to && next !== ' ' && next !== '\t' && next !== '\f') ra++;
      if (i + 1 < to && ch === ')') continue;
      break;
    }
    if (la < 0) return null;
    return { left: la, right: ra };
  }
  if (expr._type === 'Subscript') {
    const value = expr.value as AstNode;
    const slice = expr.slice as AstNode;
    return { left: norm(value.end_col_offset as number), right: norm((slice.end_col_offset as number) + 1) };
  }
  return null;
}

/** Lines of one entry: the File line, and when the source is known the code line and carets. */
export function formatEntry(e: TracebackEntry, source: SourceLookup, parse: SegmentParser | null): string {
  let out = `  File "${e.filename}", line ${e.lineno}, in ${e.name}\n`;
  if (e.lineno < 1) return out;
  const lines = source(e.filename);
  if (!lines || e.lineno > lines.length) return out;
  const raw = lines[e.lineno - 1].replace(/\r?\n$/, '');
  const stripped = raw.replace(/^[ \t\f\v]+/, '');
  if (stripped.length === 0) return out;
  out += `    ${stripped}\n`;
  if (e.col < 0 || e.endCol < 0 || e.endLineno < 0) return out;
  const lead = raw.length - stripped.length;
  const start = byteToCharOffset(raw, e.col);
  let end = e.endLineno !== e.lineno ? raw.length : byteToCharOffset(raw, e.endCol);
  if (end > raw.length) end = raw.length;
  if (start < lead || end <= start) return out;
  let anchors: Anchors | null = null;
  if (e.endLineno === e.lineno && parse) anchors = extractAnchors(raw.slice(start, end), parse);
  if (!anchors && end - start >= stripped.length) return out;
  let carets = ' '.repeat(start - lead);
  if (anchors) {
    carets += '~'.repeat(anchors.left) + '^'.repeat(anchors.right - anchors.left) + '~'.repeat(Math.max(0, end - start - anchors.right));
  } else {
    carets += '^'.repeat(end - start);
  }
  return out + `    ${carets}\n`;
}

/** "Traceback (most recent call last):" followed by the entries, oldest first, with
 * CPython's elision of long runs of the same line (recursion). */
export function formatTraceback(entries: TracebackEntry[], source: SourceLookup, parse: SegmentParser | null): string {
  let out = 'Traceback (most recent call last):\n';
  let last: TracebackEntry | null = null;
  let count = 0;
  const flushRepeat = (): void => {
    if (count > RECURSIVE_CUTOFF) {
      const n = count - RECURSIVE_CUTOFF;
      out += `  [Previous line repeated ${n} more time${n > 1 ? 's' : ''}]\n`;
    }
  };
  for (const e of entries) {
    if (!last || last.filename !== e.filename || last.lineno !== e.lineno || last.name !== e.name) {
      flushRepeat();
      last = e;
      count = 0;
    }
    count++;
    if (count > RECURSIVE_CUTOFF) continue;
    out += formatEntry(e, source, parse);
  }
  flushRepeat();
  return out;
}
