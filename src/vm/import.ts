// The import system: sys.modules, `import a.b.c`, from-imports, relative imports within
// packages, `import *` with __all__, and the registry where modules come from.
//
// After CPython 3.11 Lib/importlib/_bootstrap.py (_gcd_import, _find_and_load,
// _handle_fromlist, _calc___package__, _resolve_name) and Python/ceval.c import_from /
// import_all_from, with python3's messages. Two kinds of module exist:
//   * TS-native modules: `registerNativeModule(name, init)`; init fills the module's dict.
//   * Our Python-source stdlib: src/stdlib/py/**/*.py, shipped as strings in the generated
//     src/stdlib/py-sources.ts (tools/gen-py-sources.ts), compiled on first import.
//   * Files beside the program, when the Host has a file system (Host.programDir: the Node
//     CLI and the conformance runner; the browser has none, its program is one file).
// The search order is CPython's: its built-in and frozen modules, then sys.path[0] (the
// program's folder, so a student's random.py shadows the standard one, as in python3), then
// the standard library; a submodule is looked for along its package's __path__.

import { type Ref, NULL, isSmallInt } from './heap.ts';
import { type Runtime, R_SYS_MODULES } from './runtime.ts';
import { PyError, raise } from './errors.ts';
import { getAttr, getAttrOpt, isInstance, isTrue, typeName, setAttr, callObject } from './abstract.ts';
import { setPyHelperCaller } from './py-helpers.ts';
import { dictGetStr, dictSet, dictDel, dictNext, dictEntryKey, dictEntryValue } from './objects/dict-core.ts';
import { newModule, moduleDict } from './objects/module.ts';
import { newExceptionObject } from './objects/exceptions.ts';
import { newList } from './objects/list-core.ts';
import { iterateToArray } from './eval-support.ts';

export type NativeModuleInit = (rt: Runtime, module: Ref) => void;

const nativeModules = new Map<string, NativeModuleInit>();

/** Python-source modules by dotted name (src/stdlib/py-sources.ts registers them: the vm
 *  layer may not import stdlib). */
export interface PySource { isPackage: boolean; source: string }
const PY_SOURCES: Record<string, PySource> = Object.create(null);
export function registerPySources(sources: Readonly<Record<string, PySource>>): void {
  Object.assign(PY_SOURCES, sources);
}

/** Register a module implemented in TypeScript (call at module load). */
export function registerNativeModule(name: string, init: NativeModuleInit): void {
  nativeModules.set(name, init);
}

/** Hook: run a Python-source module's code in its namespace (installed by run.ts, which
 *  owns the compiler pipeline; keeps this file free of the compiler import). */
let execSource: ((rt: Runtime, source: string, filename: string, globals: Ref) => void) | null = null;
export function setSourceExecutor(f: (rt: Runtime, source: string, filename: string, globals: Ref) => void): void {
  execSource = f;
}

export function sysModules(rt: Runtime): Ref { return rt.root(R_SYS_MODULES); }

function moduleNotFound(rt: Runtime, msg: string, name: string): never {
  const e = newExceptionObject(rt, rt.types.ModuleNotFoundError, [rt.newStr(msg)]);
  try { setAttr(rt, e, rt.intern('name'), rt.newStr(name)); } catch { /* exceptions.ts may not expose .name */ }
  throw new PyError(e);
}

/** Is `name` importable from our registries (without importing it)? */
export function moduleExists(name: string): boolean { return nativeModules.has(name) || name in PY_SOURCES; }

/** Modules python3.11 finds before sys.path: sys.builtin_module_names of a Linux build
 *  (its BuiltinImporter) and the frozen modules it imports at startup (FrozenImporter;
 *  Python/frozen.c). A file of the same name beside the program does not shadow these. */
const BEFORE_PATH = new Set([
  'builtins', 'sys', '_thread', 'time', 'gc', 'itertools', 'errno', 'atexit', 'marshal', 'posix', 'pwd',
  'faulthandler', '_abc', '_ast', '_codecs', '_collections', '_functools', '_imp', '_io', '_locale',
  '_operator', '_signal', '_sre', '_stat', '_string', '_symtable', '_tokenize', '_tracemalloc',
  '_warnings', '_weakref', 'abc', 'codecs', 'io', 'os', 'posixpath', 'genericpath', 'stat', 'site',
  '_collections_abc', '_sitebuiltins',
]);

interface FoundFile { file: string; source: string; isPackage: boolean }

/** CPython FileFinder for `leaf` in the folder `dir`: a package (`leaf/__init__.py`) before a
 *  module (`leaf.py`). Namespace packages (a folder without __init__.py) are not supported. */
function findInFolder(rt: Runtime, dir: string, leaf: string): FoundFile | null {
  const host = rt.host.programDir;
  if (!host) return null;
  const join = (a: string, b: string): string => (a === '' ? b : `${a}/${b}`);
  const init = join(join(dir, leaf), '__init__.py');
  let source = host.readFile(init);
  if (source !== null) return { file: init, source, isPackage: true };
  const file = join(dir, `${leaf}.py`);
  source = host.readFile(file);
  return source === null ? null : { file, source, isPackage: false };
}

/** A module beside the program: a top-level name in the program's folder, a submodule along
 *  its package's __path__ (entries like `<frozen json>` belong to our stdlib, not to files). */
function findFile(rt: Runtime, name: string, parent: Ref): FoundFile | null {
  const host = rt.host.programDir;
  if (!host) return null;
  if (parent === NULL) return findInFolder(rt, host.path, name);
  const path = getAttrOpt(rt, parent, rt.intern('__path__'));
  if (path === NULL) return null;
  const leaf = name.slice(name.lastIndexOf('.') + 1);
  let entries: Ref[];
  try { entries = iterateToArray(rt, path); } catch { return null; }
  for (const e of entries) {
    if (rt.typeOf(e) !== rt.types.str) continue;
    const dir = rt.jsStr(e);
    if (dir.startsWith('<')) continue;
    const hit = findInFolder(rt, dir, leaf);
    if (hit) return hit;
  }
  return null;
}

/** Run Python source as the module `name` (our stdlib's or a file's), registered in
 *  sys.modules while it runs and removed again if it fails, as importlib does. */
function execModule(rt: Runtime, name: string, file: string, source: string, isPackage: boolean, pathEntry: string): Ref {
  if (!execSource) throw new Error('import: no source executor installed');
  const modules = sysModules(rt);
  const m = newModule(rt, name);
  const d = moduleDict(rt, m);
  dictSet(rt, d, rt.intern('__file__'), rt.newStr(file));
  const pkg = isPackage ? name : name.includes('.') ? name.slice(0, name.lastIndexOf('.')) : '';
  dictSet(rt, d, rt.intern('__package__'), rt.intern(pkg));
  if (isPackage) dictSet(rt, d, rt.intern('__path__'), newList(rt, [rt.newStr(pathEntry)]));
  dictSet(rt, modules, rt.intern(name), m);
  try {
    execSource(rt, source, file, d);
  } catch (e) {
    dictDel(rt, modules, rt.intern(name));
    throw e;
  }
  // The module may have replaced itself in sys.modules.
  const final = dictGetStr(rt, modules, rt.intern(name));
  return final === NULL ? m : final;
}

/** Load a module that is not yet in sys.modules; `parent` is its package module or NULL. */
function loadModule(rt: Runtime, name: string, parent: Ref): Ref {
  if (!BEFORE_PATH.has(name)) {
    const found = findFile(rt, name, parent);
    if (found) {
      const dir = found.isPackage ? found.file.slice(0, Math.max(0, found.file.lastIndexOf('/'))) : '';
      return execModule(rt, name, found.file, found.source, found.isPackage, dir);
    }
  }
  const modules = sysModules(rt);
  const native = nativeModules.get(name);
  if (native) {
    const m = newModule(rt, name);
    dictSet(rt, modules, rt.intern(name), m);
    try {
      native(rt, m);
    } catch (e) {
      dictDel(rt, modules, rt.intern(name));
      throw e;
    }
    return m;
  }
  const src = PY_SOURCES[name];
  if (src) {
    const file = `<frozen ${name}>`;
    return execModule(rt, name, file, src.source, src.isPackage, file);
  }
  const dot = name.lastIndexOf('.');
  if (dot >= 0 && parent !== NULL && getAttrOpt(rt, parent, rt.intern('__path__')) === NULL) {
    return moduleNotFound(rt, `No module named '${name}'; '${name.slice(0, dot)}' is not a package`, name);
  }
  return moduleNotFound(rt, `No module named '${name}'`, name);
}

/** Import the fully qualified `name` (parents first), returning the leaf module. */
export function importModule(rt: Runtime, name: string): Ref {
  const modules = sysModules(rt);
  const hit = dictGetStr(rt, modules, rt.intern(name));
  if (hit !== NULL) {
    if (hit === rt.none) moduleNotFound(rt, `import of ${name} halted; None in sys.modules`, name);
    return hit;
  }
  let parent: Ref = NULL;
  const dot = name.lastIndexOf('.');
  if (dot >= 0) {
    parent = importModule(rt, name.slice(0, dot));
    const again = dictGetStr(rt, modules, rt.intern(name));
    if (again !== NULL) return again;
  }
  const m = loadModule(rt, name, parent);
  if (parent !== NULL) setAttr(rt, parent, rt.intern(name.slice(dot + 1)), m);
  return m;
}

// Builtin behaviour written in our Python modules (py-helpers.ts) is reached through here.
setPyHelperCaller((rt, module, name, args) => callObject(rt, getAttr(rt, importModule(rt, module), rt.intern(name)), args));

/** CPython _calc___package__ + _resolve_name for a relative import of `level`. */
function resolveName(rt: Runtime, name: string, globals: Ref, level: number): string {
  const pkgRef = dictGetStr(rt, globals, rt.intern('__package__'));
  let pkg: string | null = null;
  if (pkgRef !== NULL && pkgRef !== rt.none) {
    if (rt.typeOf(pkgRef) !== rt.types.str) raise(rt, rt.types.TypeError, 'package must be a string');
    pkg = rt.jsStr(pkgRef);
  } else {
    const modName = dictGetStr(rt, globals, rt.intern('__name__'));
    if (modName === NULL) raise(rt, rt.types.KeyError, "'__name__' not in globals");
    pkg = rt.jsStr(modName);
    if (dictGetStr(rt, globals, rt.intern('__path__')) === NULL) pkg = pkg.includes('.') ? pkg.slice(0, pkg.lastIndexOf('.')) : '';
  }
  if (!pkg) raise(rt, rt.types.ImportError, 'attempted relative import with no known parent package');
  const bits = pkg.split('.');
  if (bits.length < level) raise(rt, rt.types.ImportError, 'attempted relative import beyond top-level package');
  const base = bits.slice(0, bits.length - (level - 1)).join('.');
  return name ? `${base}.${name}` : base;
}

/** IMPORT_NAME / __import__(name, globals, locals, fromlist, level). */
export function importName(rt: Runtime, nameRef: Ref, globals: Ref, fromlist: Ref, levelRef: Ref): Ref {
  const level = isSmallInt(levelRef) ? levelRef >> 1 : 0;
  let name = rt.jsStr(nameRef);
  if (level < 0) raise(rt, rt.types.ValueError, 'level must be >= 0');
  if (level > 0) name = resolveName(rt, name, globals, level);
  else if (name === '') raise(rt, rt.types.ValueError, 'Empty module name');
  const mod = importModule(rt, name);
  const hasFrom = fromlist !== NULL && fromlist !== rt.none && isTrue(rt, fromlist);
  if (!hasFrom) {
    if (level === 0 || rt.jsStr(nameRef) !== '') {
      const first = (level === 0 ? name : rt.jsStr(nameRef)).split('.')[0];
      if (level === 0) return importModule(rt, first);
      // Relative `from . import x` is handled by fromlist; `import .a` is not valid syntax.
      const cut = name.length - rt.jsStr(nameRef).length;
      return importModule(rt, name.slice(0, cut) + first);
    }
    return mod;
  }
  // _handle_fromlist: import submodules named in fromlist when mod is a package.
  if (getAttrOpt(rt, mod, rt.intern('__path__')) !== NULL) {
    for (const x of iterateToArray(rt, fromlist)) {
      const xs = rt.jsStr(x);
      if (xs === '*') {
        const all = getAttrOpt(rt, mod, rt.intern('__all__'));
        if (all !== NULL) for (const y of iterateToArray(rt, all)) importSub(rt, mod, name, rt.jsStr(y));
        continue;
      }
      importSub(rt, mod, name, xs);
    }
  }
  return mod;
}

function importSub(rt: Runtime, mod: Ref, name: string, sub: string): void {
  if (getAttrOpt(rt, mod, rt.intern(sub)) !== NULL) return;
  const full = `${name}.${sub}`;
  if (moduleExists(full)) {
    importModule(rt, full);
    return;
  }
  if (!rt.host.programDir) return;
  // A package beside the program: try it, and as importlib's _handle_fromlist ignore only
  // "no module named exactly this" (IMPORT_FROM then reports the missing name).
  try {
    importModule(rt, full);
  } catch (e) {
    if (!(e instanceof PyError) || !isInstance(rt, e.exc, rt.types.ModuleNotFoundError)) throw e;
    const n = getAttrOpt(rt, e.exc, rt.intern('name'));
    if (n === NULL || rt.typeOf(n) !== rt.types.str || rt.jsStr(n) !== full) throw e;
  }
}

/** IMPORT_FROM (CPython import_from). */
export function importFrom(rt: Runtime, mod: Ref, name: Ref): Ref {
  const v = getAttrOpt(rt, mod, name);
  if (v !== NULL) return v;
  const pkgName = getAttrOpt(rt, mod, rt.intern('__name__'));
  if (pkgName !== NULL && rt.typeOf(pkgName) === rt.types.str) {
    const full = `${rt.jsStr(pkgName)}.${rt.jsStr(name)}`;
    const hit = dictGetStr(rt, sysModules(rt), rt.intern(full));
    if (hit !== NULL) return hit;
  }
  const modName = pkgName !== NULL && rt.typeOf(pkgName) === rt.types.str ? rt.jsStr(pkgName) : '<unknown module name>';
  const file = getAttrOpt(rt, mod, rt.intern('__file__'));
  const where = file !== NULL && rt.typeOf(file) === rt.types.str ? rt.jsStr(file) : 'unknown location';
  const e = newExceptionObject(rt, rt.types.ImportError, [rt.newStr(`cannot import name '${rt.jsStr(name)}' from '${modName}' (${where})`)]);
  // ImportError.name is the module the name was looked for in (CPython import_from).
  if (pkgName !== NULL && rt.typeOf(pkgName) === rt.types.str) setAttr(rt, e, rt.intern('name'), pkgName);
  throw new PyError(e);
}

/** `from mod import *` into `locals` (CPython import_all_from). */
export function importStar(rt: Runtime, mod: Ref, locals: Ref): void {
  const all = getAttrOpt(rt, mod, rt.intern('__all__'));
  let names: Ref[];
  let skipPrivate = false;
  if (all !== NULL) {
    names = iterateToArray(rt, all);
  } else {
    const d = getAttrOpt(rt, mod, rt.intern('__dict__'));
    if (d === NULL) raise(rt, rt.types.ImportError, 'from-import-* object has no __dict__ and no __all__');
    names = [];
    for (let e = dictNext(rt, d, 0); e >= 0; e = dictNext(rt, d, e + 1)) names.push(dictEntryKey(rt, d, e));
    skipPrivate = true;
  }
  for (const n of names) {
    if (!isInstance(rt, n, rt.types.str)) {
      raise(rt, rt.types.TypeError, `${all !== NULL ? 'Item in ' + rt.jsStr(getAttr(rt, mod, rt.intern('__name__'))) + '.__all__' : 'Key in ' + rt.jsStr(getAttr(rt, mod, rt.intern('__name__'))) + '.__dict__'} must be str, not ${typeName(rt, n)}`);
    }
    if (skipPrivate && rt.jsStr(n).startsWith('_')) continue;
    dictSet(rt, locals, n, getAttr(rt, mod, n));
  }
  void dictEntryValue;
}
