// Test helper: turns the JSON ASTs written by tools/gen-symtable-expected.py (python3's own
// `ast` output, ints as {"$int": "..."}, bytes as {"$bytes": [...]}) back into ast.ts nodes,
// so compiler/symtable tests can run on python3's AST without depending on our parser.

import type * as A from './ast.ts';

export function reviveAst(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(reviveAst);
  if (v !== null && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if ('$int' in o) return BigInt(o.$int as string);
    if ('$bytes' in o) return { bytes: new Uint8Array(o.$bytes as number[]) };
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(o)) out[k] = reviveAst(x);
    return out;
  }
  return v;
}

export function reviveModule(json: unknown): A.Module {
  return reviveAst(json) as A.Module;
}
