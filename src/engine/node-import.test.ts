// Imports of the files beside a program in Node (python3's sys.path[0] is the script's
// folder): modules, packages with relative imports, the search order, and what a program
// without a folder can import. Expected values come from running python3 on the same files.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeProgramDir } from './node-host.ts';
import { runCaptured } from './node-run.ts';

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'imp-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe('importing files beside the program', () => {
  const dir = folder({
    'helper.py': 'def twice(x):\n    return 2 * x\n',
    'pkg/__init__.py': 'from .core import VALUE\n',
    'pkg/core.py': 'VALUE = 7\n',
    'pkg/inner/__init__.py': '',
    'pkg/inner/deep.py': 'from .. import core\nX = core.VALUE + 1\n',
    'boom.py': 'def explode(x):\n    return 1 / x\n',
    // Shadows our stdlib json from the program's folder, as in python3.
    'json.py': 'def dumps(o):\n    return "local"\n',
  });

  it('finds modules and packages in the folder given to the host', () => {
    const src = [
      'import helper, pkg, json',
      'from pkg.inner import deep',
      'print(helper.twice(3), pkg.VALUE, deep.X, deep.__name__, deep.__package__, json.dumps(1))',
      'try:\n    from pkg import missing\nexcept ImportError as e:\n    print(type(e).__name__)',
      'try:\n    import pkg.nope\nexcept ImportError as e:\n    print(type(e).__name__, e)',
      'import sys\nprint(sys.modules["pkg.inner.deep"] is deep)',
    ].join('\n');
    const r = runCaptured(src, { filename: 'main.py', programDir: nodeProgramDir(dir, ''), readStdin: () => '' });
    expect(r.stderr).toBe('');
    // python3 -S (no site-packages imports json first) prints exactly this.
    expect(r.stdout).toBe("6 7 8 pkg.inner.deep pkg.inner local\nImportError\nModuleNotFoundError No module named 'pkg.nope'\nTrue\n");
  });

  it('shows module files under the folder name in tracebacks', () => {
    const r = runCaptured('import boom\nboom.explode(0)\n', { filename: join(dir, 'main.py'), readStdin: () => '' });
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain(`  File "${join(dir, 'boom.py')}", line 2, in explode\n    return 1 / x\n`);
  });

  it('imports only the standard library without a folder', () => {
    const r = runCaptured('import json\nprint(json.dumps(1))\nimport helper\n', { filename: join(dir, 'main.py'), programDir: null, readStdin: () => '' });
    expect(r.stdout).toBe('1\n');
    expect(r.stderr).toContain("ModuleNotFoundError: No module named 'helper'\n");
  });
});

describe('importing files beside the program on the virtual platform', () => {
  const dir = folder({
    'helper_mod.py': 'def hello():\n    return "hi from helper"\n',
    'main.py': [
      'import multiprocessing as mp',
      'import helper_mod',
      '',
      'def work(q):',
      '    q.put(helper_mod.hello())',
      '',
      'if __name__ == "__main__":',
      '    mp.set_start_method("spawn")',
      '    print(helper_mod.hello())',
      '    q = mp.Queue()',
      '    p = mp.Process(target=work, args=(q,))',
      '    p.start(); print(q.get()); p.join(); print(p.exitcode)',
    ].join('\n') + '\n',
  });

  it('finds sibling modules in the program and in its spawned children', async () => {
    const { runVirtual } = await import('./virtual/run-virtual.ts');
    const { readFileSync } = await import('node:fs');
    const file = join(dir, 'main.py');
    const r = runVirtual(readFileSync(file, 'utf8'), { filename: file, programDir: nodeProgramDir(dir) });
    expect(r.stderr).toBe('');
    // python3 main.py prints exactly this.
    expect(r.stdout).toBe('hi from helper\nhi from helper\n0\n');
  });
});
