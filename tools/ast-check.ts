// Runs our parser and dumpAst over the AST corpus (tests/ast/*.py) and compares with what
// python3.11 produced (tools/gen-ast-expected.py): the .ast dump and the .pos positions of
// every node in ast.walk order; and the SyntaxErrors of tests/syntax-errors/*.py against
// python3's .json. Prints each mismatch and a final "N passed, N failed".
// Run: node --import tsx tools/ast-check.ts [filter]

import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse, findSyntaxError } from '../src/python/parser.ts';
import { dumpAst } from '../src/python/ast-dump.ts';
import { FIELDS, type Node } from '../src/python/ast.ts';

export const AST_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'tests', 'ast');

export type PosRow = [string, number, number, number, number];

/** ast.walk order: breadth first, children in _fields order. */
export function walkPositions(root: Node): PosRow[] {
  const out: PosRow[] = [];
  const queue: Node[] = [root];
  for (let qi = 0; qi < queue.length; qi++) {
    const n = queue[qi] as Node & Record<string, unknown>;
    if (typeof n.lineno === 'number') out.push([n._type, n.lineno, n.col_offset as number, n.end_lineno as number, n.end_col_offset as number]);
    for (const f of FIELDS[n._type]) {
      const v = n[f];
      if (Array.isArray(v)) {
        for (const x of v) if (x && typeof x === 'object' && '_type' in x) queue.push(x as Node);
      } else if (v && typeof v === 'object' && '_type' in v) queue.push(v as Node);
    }
  }
  return out;
}

export interface CaseResult { name: string; ok: boolean; problem?: string }

export function checkOne(name: string, dir = AST_DIR): CaseResult {
  const src = readFileSync(join(dir, name + '.py'), 'utf8');
  const expected = readFileSync(join(dir, name + '.ast'), 'utf8').trimEnd();
  const expectedPos = JSON.parse(readFileSync(join(dir, name + '.pos'), 'utf8')) as PosRow[];
  let tree: Node;
  try {
    tree = parse(src, name + '.py');
  } catch (e) {
    return { name, ok: false, problem: 'raised ' + String((e as Error).message) };
  }
  const got = dumpAst(tree);
  if (got !== expected) {
    let i = 0;
    while (i < got.length && got[i] === expected[i]) i++;
    return { name, ok: false, problem: `dump differs at char ${i}:\n  expected …${expected.slice(Math.max(0, i - 60), i + 80)}\n  got      …${got.slice(Math.max(0, i - 60), i + 80)}` };
  }
  const pos = walkPositions(tree);
  for (let i = 0; i < Math.max(pos.length, expectedPos.length); i++) {
    const a = JSON.stringify(pos[i]), b = JSON.stringify(expectedPos[i]);
    if (a !== b) return { name, ok: false, problem: `position #${i} differs: expected ${b}, got ${a}` };
  }
  return { name, ok: true };
}

export const ERRORS_DIR = join(AST_DIR, '..', 'syntax-errors');
const ERROR_FIELDS = ['type', 'msg', 'filename', 'lineno', 'offset', 'end_lineno', 'end_offset', 'text'] as const;

/** Parses tests/syntax-errors/NAME.py and compares the error with python3's NAME.json. */
export function checkError(name: string, dir = ERRORS_DIR): CaseResult {
  const src = readFileSync(join(dir, name + '.py'), 'utf8');
  const expected = JSON.parse(readFileSync(join(dir, name + '.json'), 'utf8')) as Record<string, unknown>;
  const err = findSyntaxError(src, name + '.py');
  if (!err) return { name, ok: false, problem: `parsed without error; python3 says ${expected.type}: ${expected.msg}` };
  const got = err.toJSON() as unknown as Record<string, unknown>;
  const diffs = ERROR_FIELDS.filter((f) => got[f] !== expected[f]).map((f) => `${f}: expected ${JSON.stringify(expected[f])}, got ${JSON.stringify(got[f])}`);
  return diffs.length ? { name, ok: false, problem: diffs.join('; ') } : { name, ok: true };
}

export function errorNames(dir = ERRORS_DIR): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.py')).map((f) => f.slice(0, -3)).sort();
}

export function corpusNames(dir = AST_DIR): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.py')).map((f) => f.slice(0, -3)).sort();
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const filter = process.argv[2] ?? '';
  let passed = 0, failed = 0;
  for (const name of corpusNames()) {
    if (!name.includes(filter)) continue;
    const r = checkOne(name);
    if (r.ok) passed++;
    else {
      failed++;
      console.log(`FAIL ${name}: ${r.problem}`);
    }
  }
  let epassed = 0, efailed = 0;
  for (const name of errorNames()) {
    if (!name.includes(filter)) continue;
    const r = checkError(name);
    if (r.ok) epassed++;
    else {
      efailed++;
      console.log(`FAIL syntax-errors/${name}: ${r.problem}`);
    }
  }
  console.log(`syntax errors: ${epassed} passed, ${efailed} failed`);
  passed += epassed;
  failed += efailed;
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
}
