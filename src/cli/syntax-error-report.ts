// How python3 reports a SyntaxError in a script it cannot compile, for `kitchen ast` and
// `kitchen dis`. Follows CPython 3.11 Lib/traceback.py TracebackException._format_syntax_error:
// the file and line, the offending line without its indentation, carets from offset to
// end_offset (at least one), then `Type: message`.

import type { SyntaxErrorInfo } from '../python/syntax-error.ts';

export function formatSyntaxError(e: SyntaxErrorInfo): string {
  let out = `  File "${e.filename}", line ${e.lineno}\n`;
  if (e.text !== null && e.text !== undefined) {
    const rtext = e.text.replace(/\n+$/, '');
    const ltext = rtext.replace(/^[ \n\f]+/, '');
    const spaces = [...rtext].length - [...ltext].length;
    out += `    ${ltext}\n`;
    if (e.offset) {
      const offset = e.offset;
      let end = e.end_offset ? e.end_offset : offset;
      if (offset === end || end === -1) end = offset + 1;
      const col = offset - 1 - spaces;
      const endCol = end - 1 - spaces;
      if (col >= 0) {
        const lead = [...ltext].slice(0, col).map((c) => (/\s/.test(c) ? c : ' ')).join('');
        out += `    ${lead}${'^'.repeat(Math.max(0, endCol - col))}\n`;
      }
    }
  }
  return out + `${e.type}: ${e.msg || '<no detail available>'}\n`;
}
