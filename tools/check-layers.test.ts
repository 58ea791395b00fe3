// Proves the layer check catches each kind of violation, by planting them in a temporary tree.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkLayers } from './check-layers.ts';

let root: string;
const plant = (path: string, text: string) => {
  const p = join(root, 'src', path);
  mkdirSync(dirname(p), { recursive: true });
  writeFileSync(p, text);
};
const messages = () => checkLayers(root).map((v) => `${v.file}:${v.line}: ${v.message}`);

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'layers-'));
  plant('python/ok.ts', "export const x = 1;\n");
  plant('vm/ok.ts', "import { x } from '../python/ok.ts';\nimport type { E } from '../trace/e.ts';\nexport const y = x;\n");
  plant('trace/e.ts', 'export interface E { t: number }\n');
  plant('engine/ok.ts', "import { y } from '../vm/ok.ts';\nimport { Worker } from 'node:worker_threads';\nsetTimeout(() => y, 1);\n");
  plant('ui/ok.tsx', "import '../engine/ok.ts';\nexport const el = document.body;\n");
  plant('cli/ok.ts', "import '../engine/ok.ts';\nimport { readFileSync } from 'node:fs';\n");
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('checkLayers', () => {
  it('accepts a clean tree, including locals and comments named like globals', () => {
    plant('vm/local.ts', "// uses setTimeout? no: a comment\nexport function f(window: number) { const s = 'document'; return window + s.length; }\nexport const o = { performance: 1 }.performance;\n");
    expect(messages()).toEqual([]);
  });

  it('catches a pure layer importing engine, ui or cli', () => {
    plant('vm/bad.ts', "\nimport { y } from '../engine/ok.ts';\n");
    plant('stdlib/bad.ts', "export * from '../ui/ok.tsx';\n");
    plant('trace/bad.ts', "const m = await import('../cli/ok.ts');\n");
    expect(messages()).toEqual([
      "src/stdlib/bad.ts:1: 'stdlib' may not import from 'ui' ('../ui/ok.tsx'); allowed: python, vm, trace",
      "src/trace/bad.ts:1: 'trace' may not import from 'cli' ('../cli/ok.ts'); allowed: nothing",
      "src/vm/bad.ts:2: 'vm' may not import from 'engine' ('../engine/ok.ts'); allowed: python, trace",
    ]);
  });

  it('catches a lower layer importing a higher one, and engine importing ui, ui importing cli', () => {
    plant('python/bad.ts', "import { y } from '../vm/ok.ts';\n");
    plant('engine/bad.ts', "import '../ui/ok.tsx';\n");
    plant('ui/bad.ts', "import '../cli/ok.ts';\n");
    expect(messages().map((m) => m.split(':')[0])).toEqual(['src/engine/bad.ts', 'src/python/bad.ts', 'src/ui/bad.ts']);
  });

  it('catches Node modules and packages in pure layers', () => {
    plant('python/node.ts', "import { readFileSync } from 'node:fs';\nimport path from 'path';\nimport React from 'react';\n");
    expect(messages()).toEqual([
      "src/python/node.ts:1: the pure layer 'python' imports the Node module 'node:fs'",
      "src/python/node.ts:2: the pure layer 'python' imports the Node module 'path'",
      "src/python/node.ts:3: the pure layer 'python' imports the package 'react'",
    ]);
  });

  it('catches DOM, worker and timer globals in pure layers', () => {
    plant('stdlib/globals.ts', [
      'export const a = document.title;',
      'setTimeout(() => 0, 1);',
      'export const t = performance.now();',
      'self.postMessage(1);',
      'globalThis.setInterval(() => 0, 1);',
      'export const w = new Worker("x.js");',
      'fetch("/x");',
    ].join('\n'));
    const lines = checkLayers(root).filter((v) => v.file === 'src/stdlib/globals.ts').map((v) => v.line);
    expect(lines).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('lets unit tests beside pure code use Node and Vitest, but not higher layers', () => {
    plant('vm/x.test.ts', "import { it } from 'vitest';\nimport { readFileSync } from 'node:fs';\nimport '../ui/ok.tsx';\n");
    expect(messages()).toEqual(["src/vm/x.test.ts:3: 'vm' may not import from 'ui' ('../ui/ok.tsx'); allowed: python, trace"]);
  });
});
