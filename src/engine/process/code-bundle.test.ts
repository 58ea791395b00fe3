// The compiled code a parent hands to its children: it holds the parent thread's compiled
// library modules and the main program, exactly as compiled; once installed, compiling
// the very same source takes the unit from the bundle, and any other source is compiled.

import { describe, expect, it } from 'vitest';
import '../python-entry';
import { runVirtual } from '../virtual/run-virtual';
import { compileSource } from '../../python/compiler.ts';
import { CodeBundle, bundleEntry, writeBundle } from '../../python/code-serial.ts';
import { compiledLibraryUnits } from '../../vm/compile-bridge.ts';
import { PY_SOURCES } from '../../stdlib/py-sources.ts';
import { codeBundleForChild, installCodeBundle } from './code-bundle.ts';

describe('code bundles for child processes', () => {
  it("carries the thread's compiled modules and the main program", () => {
    const main = 'import collections\nprint(collections.Counter("abca").most_common(1))\n';
    expect(runVirtual(main, { filename: 'prog.py' }).stdout).toBe("[('a', 2)]\n");
    const bundle = new CodeBundle(codeBundleForChild('prog.py', main));
    const compiled = compiledLibraryUnits().get('<frozen collections>');
    expect(compiled).toBeDefined();
    expect(bundle.lookup('<frozen collections>', PY_SOURCES.collections!.source)).toStrictEqual(compiled!.unit);
    expect(bundle.lookup('prog.py', main)).toStrictEqual(compileSource(main, 'prog.py'));
    expect(bundle.lookup('prog.py', `${main}\n`)).toBeUndefined();
  });

  it('is what compile() uses for the same file name and source, and only then', () => {
    // A bundle whose unit for fake.py was compiled from other text: seeing its output
    // proves the unit came from the bundle.
    const source = 'print("compiled here")\n';
    const other = 'print("from the bundle")\n';
    installCodeBundle(writeBundle([bundleEntry('fake.py', source, compileSource(other, 'fake.py'))!], true));
    const run = (src: string) => runVirtual(`exec(compile(${JSON.stringify(src)}, "fake.py", "exec"))\n`, { filename: 'prog.py' }).stdout;
    expect(run(source)).toBe('from the bundle\n');
    expect(run('print("compiled  here")\n')).toBe('compiled  here\n');
  });
});
