// From findings of the blocking-call lint (src/python/lint-async.ts) to Monaco warning
// markers: a blocking call inside `async def` (time.sleep, a threading lock, input, ...)
// freezes the event loop, and the marker says so and names the non-blocking alternative.
// Pure functions (no Monaco import) so they are unit-tested in Node; async-lint.ts attaches
// them to the editor.

import type { LintFinding } from '../../python/lint-async.ts';

/** The owner of these markers in Monaco (the syntax check uses its own). */
export const ASYNC_LINT_OWNER = 'python-async-lint';
export const ASYNC_LINT_SOURCE = 'asyncio';

export interface LintMarker {
  startLineNumber: number;
  startColumn: number;
  endLineNumber: number;
  endColumn: number;
  message: string;
  source: string;
}

/** The 1-based UTF-16 column of UTF-8 byte `offset` in `line` (the AST's col_offset counts
 *  UTF-8 bytes, as CPython's does; Monaco counts UTF-16 code units). */
export function utf8OffsetToColumn(line: string, offset: number): number {
  let bytes = 0;
  let i = 0;
  while (i < line.length && bytes < offset) {
    const c = line.codePointAt(i)!;
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    i += c >= 0x10000 ? 2 : 1;
  }
  return i + 1;
}

/** The marker for one finding: the call's range, the reason, then what to write instead. */
export function lintMarker(f: LintFinding, lineText: (n: number) => string, lineCount: number): LintMarker {
  const startLine = Math.min(Math.max(1, f.lineno), lineCount);
  const endLine = Math.min(Math.max(startLine, f.end_lineno), lineCount);
  const startColumn = utf8OffsetToColumn(lineText(startLine), f.col_offset);
  let endColumn = utf8OffsetToColumn(lineText(endLine), f.end_col_offset);
  if (endLine === startLine && endColumn <= startColumn) endColumn = startColumn + 1;
  return {
    startLineNumber: startLine,
    startColumn,
    endLineNumber: endLine,
    endColumn,
    message: `${f.message}\nInstead: ${f.suggestion}.`,
    source: ASYNC_LINT_SOURCE,
  };
}
