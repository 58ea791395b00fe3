// Entry points of the Python front end: `parse` (source -> Module, as python3.11's
// ast.parse) and `findSyntaxError` (for the editor: the SyntaxError python3 would raise,
// or null). The work is done by the tokenizer (tokenizer.ts) and the recursive-descent
// parser (parser-base.ts, parser-expr.ts, parser-stmt.ts, string-literal.ts).
//
// Which error wins follows CPython 3.11 Parser/pegen_errors.c _PyPegen_set_syntax_error:
// after a parser error CPython tokenizes the rest of the file and a tokenizer error found
// there replaces it, except for "unexpected indent/unindent" and "'(' was never closed";
// and end of file inside a bracket replaces an error on a later line than that bracket.

import type { Module, expr } from './ast.ts';
import { tokenize } from './tokenizer.ts';
import { Parser } from './parser-stmt.ts';
import { PySyntaxError, ParserStackOverflow } from './syntax-error.ts';

export function parse(source: string, filename = '<unknown>'): Module {
  return run(source, filename, true, (p) => p.fileInput());
}

/** The expression of eval input (`eval: expressions NEWLINE* ENDMARKER`), as python3.11
 *  parses eval() and compile(..., 'eval') sources, with their error positions. */
export function parseEval(source: string, filename = '<unknown>'): expr {
  return run(source, filename, false, (p) => p.evalInput());
}

function run<T>(source: string, filename: string, execInput: boolean, start: (p: Parser) => T): T {
  const tr = tokenize(source, { filename, execInput });
  const p = new Parser(tr, filename);
  try {
    return start(p);
  } catch (e) {
    if (e instanceof RangeError) throw new ParserStackOverflow(filename);
    if (!(e instanceof PySyntaxError) || p.final.has(e) || e === tr.error) throw e;
    if (tr.error && !tr.error.lazy) throw tr.error;
    const last = tr.tokens[tr.tokens.length - 1];
    if (last.type === 'EOF_IN_BRACKET' && tr.openBrackets.length) {
      const innermost = tr.openBrackets[tr.openBrackets.length - 1];
      const errTok = p.toks[p.farAll];
      // The error is replaced when the furthest token read is on a later line than the
      // bracket (_PyPegen_tokenize_full_source_to_check_for_errors).
      if (errTok.lineno > innermost.lineno + p.lineOffset) p.unclosedBracket();
    }
    throw e;
  }
}

/** The SyntaxError python3 would raise for `source`, or null (also for MemoryError cases). */
export function findSyntaxError(source: string, filename = '<unknown>'): PySyntaxError | null {
  try {
    parse(source, filename);
    return null;
  } catch (e) {
    if (e instanceof PySyntaxError) return e;
    if (e instanceof ParserStackOverflow) return null;
    throw e;
  }
}

export { PySyntaxError, ParserStackOverflow };
