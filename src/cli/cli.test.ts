// The `kitchen` command as a user runs it: through bin/kitchen.mjs, in a child process.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../../bin/kitchen.mjs', import.meta.url));
const kitchen = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 60_000 });
const dir = mkdtempSync(join(tmpdir(), 'kitchen-cli-'));
const file = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};

describe('kitchen CLI', () => {
  it('prints help listing the commands', () => {
    const r = kitchen('--help');
    expect(r.status).toBe(0);
    for (const word of ['run FILE.py', 'ast FILE.py', 'dis FILE.py', '--heap-cap']) expect(r.stdout).toContain(word);
  });

  it('exits 2 on usage errors and on a missing file, as python3 does', () => {
    expect(kitchen('bake').status).toBe(2);
    const r = kitchen('run', join(dir, 'nope.py'));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("can't open file");
  });

  it('prints the AST as python3.11 ast.dump does', () => {
    // Expected text produced by python3.11: ast.dump(ast.parse("print(2 ** 10)\n")).
    const r = kitchen('ast', file('p.py', 'print(2 ** 10)\n'));
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe("Module(body=[Expr(value=Call(func=Name(id='print', ctx=Load()), args=[BinOp(left=Constant(value=2), op=Pow(), right=Constant(value=10))], keywords=[]))], type_ignores=[])\n");
    expect(r.status).toBe(0);
  });

  it('reports a syntax error in `ast` as python3 does, with status 1', () => {
    const p = file('bad.py', 'x = = 1\n');
    const r = kitchen('ast', p);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`  File "${p}", line 1\n    x = = 1\n        ^\nSyntaxError: invalid syntax\n`);
  });
});
