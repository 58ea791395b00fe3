// Compares our symbol tables with python3's for every tests/symtable/*.py program. The
// expected JSON (ASTs and raw _symtable flags) is produced by tools/gen-symtable-expected.py.

import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildSymtable, type Scope } from './symtable.ts';
import { SourceInfo } from './compile-error.ts';
import { PySyntaxError } from './syntax-error.ts';
import { reviveModule } from './test-fixtures.ts';

const DIR = join(__dirname, '../../tests/symtable');
const files = readdirSync(DIR).filter((f) => f.endsWith('.py')).sort();

interface Dumped { type: string; name: string; lineno: number; nested: boolean; varnames: string[]; symbols: Record<string, number>; children: Dumped[] }

function dump(s: Scope): Dumped {
  const symbols: Record<string, number> = {};
  for (const k of [...s.symbols.keys()].sort()) symbols[k] = s.symbols.get(k)!;
  return { type: s.type, name: s.name, lineno: s.lineno, nested: s.nested, varnames: s.varnames, symbols, children: s.children.map(dump) };
}

describe('symtable vs python3', () => {
  it('has at least 40 programs', () => expect(files.length).toBeGreaterThanOrEqual(40));
  for (const f of files) {
    it(f, () => {
      const src = readFileSync(join(DIR, f), 'utf8');
      const exp = JSON.parse(readFileSync(join(DIR, f.replace(/\.py$/, '.json')), 'utf8'));
      const mod = reviveModule(exp.ast);
      if (exp.error) {
        let err: unknown = null;
        try {
          buildSymtable(mod, new SourceInfo(f, src));
        } catch (e) {
          err = e;
        }
        expect(err).toBeInstanceOf(PySyntaxError);
        const e = err as PySyntaxError;
        expect({ msg: e.msg, lineno: e.lineno, offset: e.offset }).toEqual(exp.error);
      } else {
        const st = buildSymtable(mod, new SourceInfo(f, src));
        expect(dump(st.top)).toEqual(exp.table);
      }
    });
  }
});
