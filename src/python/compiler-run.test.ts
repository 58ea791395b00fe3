// Runs compiled programs (tests/symtable/run/*.py) on the small reference interpreter in
// test-vm.ts and compares what they print with python3's output (P.out, written by
// tools/gen-symtable-expected.py). This checks the compiler's control flow — finally
// unwinding, exception tables, with, generators, closures, calls — before the real VM exists.

import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { compileSource } from './compiler.ts';
import { TestVM, PyExc } from './test-vm.ts';

const DIR = join(__dirname, '../../tests/symtable/run');

describe('compiled programs print what python3 prints', () => {
  for (const f of readdirSync(DIR).filter((x) => x.endsWith('.py')).sort()) {
    it(f, () => {
      const src = readFileSync(join(DIR, f), 'utf8');
      const expected = readFileSync(join(DIR, f.replace(/\.py$/, '.out')), 'utf8');
      const vm = new TestVM();
      try {
        vm.runModule(compileSource(src, f));
      } catch (e) {
        if (e instanceof PyExc) vm.out.push(`<uncaught ${vm.repr(e.exc)}>\n`);
        else throw e;
      }
      expect(vm.out.join('')).toEqual(expected);
    });
  }
});
