// The import-layer check (DESIGN.md §2, docs/architecture.md "Layers"), run by `npm test`.
//
// Rules:
//  1. Imports between layers go downward only: python < vm < stdlib; trace imports no other
//     layer (every layer may import trace); engine may import the pure layers; ui and cli may
//     import engine and the pure layers, and not each other.
//  2. The pure layers (python, vm, stdlib, trace) import no Node module (node:*, or a bare
//     builtin such as 'fs') and no npm package.
//  3. The pure layers use no DOM, worker or timer global: document, window, navigator, fetch,
//     Worker, setTimeout, setInterval, performance, importScripts, postMessage, process,
//     require, nor self.postMessage / globalThis.setTimeout and the like. A file that
//     declares a local of the same name (a parameter called `window`) may use it.
// Files are parsed with the TypeScript compiler, so comments and strings never count.
// Unit tests (*.test.ts) obey rule 1 only: they run in Node, under Vitest.
//
// Usage: node --import tsx tools/check-layers.ts [ROOT]   (exit status 1 on any violation)

import { builtinModules } from 'node:module';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export const LAYERS = ['python', 'vm', 'stdlib', 'trace', 'engine', 'ui', 'cli'] as const;
export type Layer = (typeof LAYERS)[number];
const PURE: ReadonlySet<Layer> = new Set(['python', 'vm', 'stdlib', 'trace']);

/** Which layers each layer may import (besides itself). */
const ALLOWED: Record<Layer, readonly Layer[]> = {
  python: ['trace'],
  vm: ['python', 'trace'],
  stdlib: ['python', 'vm', 'trace'],
  trace: [],
  engine: ['python', 'vm', 'stdlib', 'trace'],
  ui: ['engine', 'python', 'vm', 'stdlib', 'trace'],
  cli: ['engine', 'python', 'vm', 'stdlib', 'trace'],
};

const BANNED_GLOBALS = new Set([
  'document', 'window', 'navigator', 'fetch', 'Worker', 'SharedWorker', 'setTimeout', 'setInterval',
  'setImmediate', 'requestAnimationFrame', 'performance', 'importScripts', 'postMessage', 'process',
  'require', 'localStorage', 'XMLHttpRequest', 'WebSocket',
]);
/** Objects through which a global can be reached: `self.postMessage`, `globalThis.fetch`. */
const GLOBAL_OBJECTS = new Set(['self', 'globalThis', 'window']);
const SELF_MEMBERS = new Set([...BANNED_GLOBALS, 'onmessage', 'addEventListener', 'close']);

const NODE_BUILTINS = new Set(builtinModules);

export interface Violation {
  file: string;
  line: number;
  message: string;
}

function layerOf(root: string, file: string): Layer | null {
  const parts = relative(join(root, 'src'), file).split(sep);
  if (parts.length < 2 || parts[0] === '..') return null;
  return (LAYERS as readonly string[]).includes(parts[0]) ? (parts[0] as Layer) : null;
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of entries) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (name !== 'node_modules') out.push(...sourceFiles(p));
    } else if (/\.(ts|tsx|mts|js|mjs)$/.test(name) && !name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

function moduleSpecifiers(sf: ts.SourceFile): { spec: string; node: ts.Node }[] {
  const out: { spec: string; node: ts.Node }[] = [];
  const visit = (n: ts.Node) => {
    if ((ts.isImportDeclaration(n) || ts.isExportDeclaration(n)) && n.moduleSpecifier && ts.isStringLiteral(n.moduleSpecifier)) {
      out.push({ spec: n.moduleSpecifier.text, node: n });
    } else if (ts.isCallExpression(n) && n.arguments.length > 0 && ts.isStringLiteralLike(n.arguments[0]) &&
      (n.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(n.expression) && n.expression.text === 'require'))) {
      out.push({ spec: n.arguments[0].text, node: n });
    } else if (ts.isImportTypeNode(n) && ts.isLiteralTypeNode(n.argument) && ts.isStringLiteral(n.argument.literal)) {
      out.push({ spec: n.argument.literal.text, node: n });
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

function declaredNames(sf: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  const visit = (n: ts.Node) => {
    const name = (n as { name?: ts.Node }).name;
    if (name && ts.isIdentifier(name) && (ts.isVariableDeclaration(n) || ts.isParameter(n) || ts.isFunctionDeclaration(n) ||
      ts.isClassDeclaration(n) || ts.isImportSpecifier(n) || ts.isImportClause(n) || ts.isNamespaceImport(n) || ts.isBindingElement(n))) {
      names.add(name.text);
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return names;
}

/** Is this identifier a use of a global (not a property name, a declaration or a label)? */
function isValueUse(id: ts.Identifier): boolean {
  const p = id.parent;
  if ((ts.isPropertyAccessExpression(p) || ts.isQualifiedName(p)) && (p as ts.PropertyAccessExpression).name === id) return false;
  if ((ts.isPropertyAssignment(p) || ts.isPropertyDeclaration(p) || ts.isPropertySignature(p) || ts.isMethodDeclaration(p) ||
    ts.isMethodSignature(p) || ts.isGetAccessor(p) || ts.isSetAccessor(p) || ts.isEnumMember(p)) && p.name === id) return false;
  if (ts.isLabeledStatement(p) || ts.isBreakOrContinueStatement(p)) return false;
  if (ts.isImportSpecifier(p) || ts.isExportSpecifier(p)) return false;
  return true;
}

export function checkFile(root: string, file: string): Violation[] {
  const layer = layerOf(root, file);
  if (!layer) return [];
  const text = readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const rel = relative(root, file).split(sep).join('/');
  const out: Violation[] = [];
  const at = (n: ts.Node, message: string) =>
    out.push({ file: rel, line: sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1, message });
  // Unit tests beside pure code run only in Node under Vitest: the import direction still
  // applies to them, the purity rules (no Node, no packages, no platform globals) do not.
  const pure = PURE.has(layer) && !/\.test\.tsx?$/.test(file);

  for (const { spec, node } of moduleSpecifiers(sf)) {
    if (spec.startsWith('.') || spec.startsWith('/')) {
      const target = layerOf(root, resolve(dirname(file), spec));
      if (target === null) {
        if (pure) at(node, `the pure layer '${layer}' imports '${spec}', which is outside src/<layer>/`);
      } else if (target !== layer && !ALLOWED[layer].includes(target)) {
        at(node, `'${layer}' may not import from '${target}' ('${spec}'); allowed: ${ALLOWED[layer].join(', ') || 'nothing'}`);
      }
    } else if (pure) {
      const bare = spec.startsWith('node:') || NODE_BUILTINS.has(spec.split('/')[0]);
      at(node, bare ? `the pure layer '${layer}' imports the Node module '${spec}'` : `the pure layer '${layer}' imports the package '${spec}'`);
    }
  }

  if (pure) {
    const local = declaredNames(sf);
    const visit = (n: ts.Node) => {
      if (ts.isIdentifier(n) && BANNED_GLOBALS.has(n.text) && !local.has(n.text) && isValueUse(n) && !ts.isTypeReferenceNode(n.parent)) {
        at(n, `the pure layer '${layer}' uses the platform global '${n.text}'; reach the platform through Host (src/vm/host.ts)`);
      } else if (ts.isPropertyAccessExpression(n) && ts.isIdentifier(n.expression) && GLOBAL_OBJECTS.has(n.expression.text) &&
        !local.has(n.expression.text) && SELF_MEMBERS.has(n.name.text) && !BANNED_GLOBALS.has(n.expression.text)) {
        at(n, `the pure layer '${layer}' uses '${n.expression.text}.${n.name.text}'; reach the platform through Host (src/vm/host.ts)`);
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  return out;
}

export function checkLayers(root: string): Violation[] {
  return sourceFiles(join(root, 'src')).flatMap((f) => checkFile(root, f));
}

function main() {
  const root = resolve(process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '..'));
  const found = checkLayers(root);
  for (const v of found) console.log(`${v.file}:${v.line}: ${v.message}`);
  const files = sourceFiles(join(root, 'src')).length;
  console.log(found.length === 0 ? `layers: ${files} files checked, no violations` : `layers: ${found.length} violation(s) in ${files} files`);
  process.exitCode = found.length === 0 ? 0 : 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
