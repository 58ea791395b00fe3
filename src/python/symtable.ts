// Symbol table: which scope each name of each block lives in. A port of the algorithm of
// CPython 3.11 Python/symtable.c (learned from, not copied): a first pass records, per block,
// each name's DEF_* flags (symtable_visit_*), then `analyze` walks the block tree with the
// sets of names bound / declared global in enclosing blocks and resolves every name to
// LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE or CELL (analyze_block / analyze_name /
// analyze_cells / update_symbols / drop_class_free).
//
// As in 3.11 (not 3.12), comprehensions are separate function blocks (`listcomp`, ...)
// receiving the outermost iterator as the implicit parameter `.0`; their walrus targets bind
// in the nearest enclosing function (or module) block. Class blocks are invisible to nested
// functions; a method that uses `super` or `__class__` makes `__class__` free in it and the
// class block gets needsClassClosure (the compiler then creates the `__class__` cell).
// Flag values and scope numbers equal CPython's, so tests can compare against python3's
// `_symtable` raw flags directly (tools/gen-symtable-expected.py).

import type * as A from './ast.ts';
import type { SourceInfo, Pos4 } from './compile-error.ts';

export const DEF_GLOBAL = 1;
export const DEF_LOCAL = 2;
export const DEF_PARAM = 4;
export const DEF_NONLOCAL = 8;
export const USE = 16;
export const DEF_FREE = 32;
export const DEF_FREE_CLASS = 64;
export const DEF_IMPORT = 128;
export const DEF_ANNOT = 256;
export const DEF_COMP_ITER = 512;
export const DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;
export const SCOPE_OFF = 11;
export const SCOPE_MASK = 15;

export const LOCAL = 1;
export const GLOBAL_EXPLICIT = 2;
export const GLOBAL_IMPLICIT = 3;
export const FREE = 4;
export const CELL = 5;

export type BlockType = 'module' | 'class' | 'function';
export type ComprehensionKind = 'none' | 'list' | 'set' | 'dict' | 'generator';

type ScopeNode = A.Module | A.FunctionDef | A.AsyncFunctionDef | A.ClassDef | A.Lambda | A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp;

/** One block (CPython's PySTEntryObject). */
export class Scope {
  /** name -> DEF_* flags | scope << SCOPE_OFF (after analysis). Insertion order as CPython. */
  readonly symbols = new Map<string, number>();
  readonly children: Scope[] = [];
  /** Parameters, in co_varnames order (posonly, args, kwonly, *args, **kwargs). */
  readonly varnames: string[] = [];
  /** First global/nonlocal/walrus directive per name (error locations). */
  readonly directives = new Map<string, Pos4>();
  generator = false;
  coroutine = false;
  comprehension: ComprehensionKind = 'none';
  varargs = false;
  varkeywords = false;
  nested = false;
  /** Has free variables of its own (ste_free). */
  free = false;
  /** A descendant has free variables (ste_child_free). */
  childFree = false;
  /** Class block whose methods use super()/__class__ (ste_needs_class_closure). */
  needsClassClosure = false;
  returnsValue = false;
  /** Name-mangling class name in effect inside this block (st_private), or null. */
  privateName: string | null = null;
  compIterTarget = false;
  compIterExpr = 0;

  constructor(
    readonly name: string,
    readonly type: BlockType,
    readonly node: ScopeNode,
    readonly lineno: number,
    readonly parent: Scope | null,
  ) {}

  flags(name: string): number {
    return (this.symbols.get(name) ?? 0) & ((1 << SCOPE_OFF) - 1);
  }

  /** Resolved scope (LOCAL..CELL) of an (already mangled) name, 0 if unknown here. */
  scopeOf(name: string): number {
    return ((this.symbols.get(name) ?? 0) >> SCOPE_OFF) & SCOPE_MASK;
  }

  isFunctionLike(): boolean {
    return this.type === 'function';
  }
}

export interface SymbolTable {
  top: Scope;
  /** The scope created by a def / class / lambda / comprehension / module node. */
  byNode: Map<object, Scope>;
}

/** CPython Python/compile.c _Py_Mangle: `__x` inside class `_Foo` becomes `_Foo__x`. */
export function mangle(privateName: string | null, name: string): string {
  if (privateName === null || !name.startsWith('__')) return name;
  if (name.endsWith('__') || name.includes('.')) return name;
  const stripped = privateName.replace(/^_+/, '');
  if (stripped === '') return name;
  return '_' + stripped + name;
}

const COMP_NAMES: Record<string, [string, ComprehensionKind]> = {
  ListComp: ['listcomp', 'list'],
  SetComp: ['setcomp', 'set'],
  DictComp: ['dictcomp', 'dict'],
  GeneratorExp: ['genexpr', 'generator'],
};

export function buildSymtable(mod: A.Module, src: SourceInfo): SymbolTable {
  const b = new Builder(mod, src);
  b.visitStmts(mod.body);
  analyze(b.top, src);
  return { top: b.top, byNode: b.byNode };
}

class Builder {
  readonly top: Scope;
  cur: Scope;
  readonly stack: Scope[] = [];
  readonly byNode = new Map<object, Scope>();
  privateName: string | null = null;

  constructor(mod: A.Module, readonly src: SourceInfo) {
    this.top = new Scope('top', 'module', mod, 0, null);
    this.byNode.set(mod, this.top);
    this.cur = this.top;
    this.stack.push(this.top);
  }

  err(msg: string, pos: Pos4 | null | undefined): never {
    throw this.src.error(msg, pos);
  }

  enter(name: string, type: BlockType, node: ScopeNode, lineno: number): Scope {
    const prev = this.cur;
    const s = new Scope(name, type, node, lineno, prev);
    if (prev.nested || prev.type === 'function') s.nested = true;
    s.privateName = this.privateName;
    prev.children.push(s);
    this.byNode.set(node, s);
    this.stack.push(s);
    this.cur = s;
    return s;
  }

  exit(): void {
    this.stack.pop();
    this.cur = this.stack[this.stack.length - 1];
  }

  /** symtable_add_def / symtable_add_def_helper. */
  addDef(rawName: string, flag: number, pos: Pos4 | null, ste: Scope = this.cur): void {
    const name = mangle(this.privateName, rawName);
    let val = ste.symbols.get(name);
    if (val !== undefined) {
      if (flag & DEF_PARAM && val & DEF_PARAM) this.err(`duplicate argument '${name}' in function definition`, pos);
      val |= flag;
    } else {
      val = flag;
    }
    if (ste.compIterTarget) {
      if (val & (DEF_GLOBAL | DEF_NONLOCAL)) {
        this.err(`comprehension inner loop cannot rebind assignment expression target '${name}'`, pos);
      }
      val |= DEF_COMP_ITER;
    }
    ste.symbols.set(name, val);
    if (flag & DEF_PARAM) {
      ste.varnames.push(name);
    } else if (flag & DEF_GLOBAL) {
      // CPython records explicit globals in the module block's symbols too.
      this.top.symbols.set(name, (this.top.symbols.get(name) ?? 0) | flag);
    }
  }

  lookup(rawName: string): number {
    return this.cur.flags(mangle(this.privateName, rawName));
  }

  recordDirective(rawName: string, pos: Pos4): void {
    const name = mangle(this.privateName, rawName);
    if (!this.cur.directives.has(name)) this.cur.directives.set(name, pos);
  }

  visitStmts(body: A.stmt[]): void {
    for (const s of body) this.visitStmt(s);
  }

  visitExprs(es: (A.expr | null)[]): void {
    for (const e of es) if (e) this.visitExpr(e);
  }

  visitStmt(s: A.stmt): void {
    switch (s._type) {
      case 'FunctionDef':
      case 'AsyncFunctionDef': {
        this.addDef(s.name, DEF_LOCAL, s);
        this.visitExprs(s.args.defaults);
        this.visitExprs(s.args.kw_defaults);
        this.visitAnnotations(s.args, s.returns);
        this.visitExprs(s.decorator_list);
        const fs = this.enter(s.name, 'function', s, s.lineno);
        if (s._type === 'AsyncFunctionDef') fs.coroutine = true;
        this.visitArguments(s.args);
        this.visitStmts(s.body);
        this.exit();
        break;
      }
      case 'ClassDef': {
        this.addDef(s.name, DEF_LOCAL, s);
        this.visitExprs(s.bases);
        for (const k of s.keywords) this.visitExpr(k.value);
        this.visitExprs(s.decorator_list);
        const saved = this.privateName;
        this.enter(s.name, 'class', s, s.lineno);
        this.privateName = s.name;
        this.cur.privateName = s.name;
        this.visitStmts(s.body);
        this.privateName = saved;
        this.exit();
        break;
      }
      case 'Return':
        if (s.value) {
          this.visitExpr(s.value);
          this.cur.returnsValue = true;
        }
        break;
      case 'Delete':
        this.visitExprs(s.targets);
        break;
      case 'Assign':
        this.visitExprs(s.targets);
        this.visitExpr(s.value);
        break;
      case 'AnnAssign': {
        const t = s.target;
        if (t._type === 'Name') {
          const cur = this.lookup(t.id);
          if (cur & (DEF_GLOBAL | DEF_NONLOCAL) && this.cur !== this.top && s.simple) {
            this.err(`annotated name '${t.id}' can't be ${cur & DEF_GLOBAL ? 'global' : 'nonlocal'}`, s);
          }
          if (s.simple) this.addDef(t.id, DEF_ANNOT | DEF_LOCAL, t);
          else if (s.value) this.addDef(t.id, DEF_LOCAL, t);
        } else {
          this.visitExpr(t);
        }
        this.visitExpr(s.annotation);
        if (s.value) this.visitExpr(s.value);
        break;
      }
      case 'AugAssign':
        this.visitExpr(s.target);
        this.visitExpr(s.value);
        break;
      case 'For':
      case 'AsyncFor':
        this.visitExpr(s.target);
        this.visitExpr(s.iter);
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        break;
      case 'While':
      case 'If':
        this.visitExpr(s.test);
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        break;
      case 'Raise':
        if (s.exc) this.visitExpr(s.exc);
        if (s.cause) this.visitExpr(s.cause);
        break;
      case 'Try':
      case 'TryStar':
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        for (const h of s.handlers) {
          if (h.type) this.visitExpr(h.type);
          if (h.name) this.addDef(h.name, DEF_LOCAL, h);
          this.visitStmts(h.body);
        }
        this.visitStmts(s.finalbody);
        break;
      case 'Assert':
        this.visitExpr(s.test);
        if (s.msg) this.visitExpr(s.msg);
        break;
      case 'Import':
      case 'ImportFrom':
        for (const a of s.names) {
          if (a.name === '*') {
            if (this.cur.type !== 'module') this.err('import * only allowed at module level', a);
          } else {
            const store = a.asname ?? a.name.split('.')[0];
            this.addDef(store, DEF_IMPORT, a);
          }
        }
        break;
      case 'Global':
      case 'Nonlocal': {
        const isGlobal = s._type === 'Global';
        const kw = isGlobal ? 'global' : 'nonlocal';
        for (const name of s.names) {
          const cur = this.lookup(name);
          if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
            let msg: string;
            if (cur & DEF_PARAM) msg = `name '${name}' is parameter and ${kw}`;
            else if (cur & USE) msg = `name '${name}' is used prior to ${kw} declaration`;
            else if (cur & DEF_ANNOT) msg = `annotated name '${name}' can't be ${kw}`;
            else msg = `name '${name}' is assigned to before ${kw} declaration`;
            this.err(msg, s);
          }
          this.addDef(name, isGlobal ? DEF_GLOBAL : DEF_NONLOCAL, s);
          this.recordDirective(name, s);
        }
        break;
      }
      case 'Expr':
        this.visitExpr(s.value);
        break;
      case 'Pass':
      case 'Break':
      case 'Continue':
        break;
      case 'With':
      case 'AsyncWith':
        for (const it of s.items) {
          this.visitExpr(it.context_expr);
          if (it.optional_vars) this.visitExpr(it.optional_vars);
        }
        this.visitStmts(s.body);
        break;
      default: {
        const never: never = s;
        throw new Error(`symtable: unknown statement ${(never as A.stmt)._type}`);
      }
    }
  }

  visitAnnotations(a: A.arguments, returns: A.expr | null): void {
    for (const p of [...a.posonlyargs, ...a.args]) if (p.annotation) this.visitExpr(p.annotation);
    if (a.vararg?.annotation) this.visitExpr(a.vararg.annotation);
    if (a.kwarg?.annotation) this.visitExpr(a.kwarg.annotation);
    for (const p of a.kwonlyargs) if (p.annotation) this.visitExpr(p.annotation);
    if (returns) this.visitExpr(returns);
  }

  visitArguments(a: A.arguments): void {
    for (const p of a.posonlyargs) this.addDef(p.arg, DEF_PARAM, p);
    for (const p of a.args) this.addDef(p.arg, DEF_PARAM, p);
    for (const p of a.kwonlyargs) this.addDef(p.arg, DEF_PARAM, p);
    if (a.vararg) {
      this.addDef(a.vararg.arg, DEF_PARAM, a.vararg);
      this.cur.varargs = true;
    }
    if (a.kwarg) {
      this.addDef(a.kwarg.arg, DEF_PARAM, a.kwarg);
      this.cur.varkeywords = true;
    }
  }

  visitExpr(e: A.expr): void {
    switch (e._type) {
      case 'NamedExpr':
        this.handleNamedExpr(e);
        break;
      case 'BoolOp':
        this.visitExprs(e.values);
        break;
      case 'BinOp':
        this.visitExpr(e.left);
        this.visitExpr(e.right);
        break;
      case 'UnaryOp':
        this.visitExpr(e.operand);
        break;
      case 'Lambda': {
        this.visitExprs(e.args.defaults);
        this.visitExprs(e.args.kw_defaults);
        this.enter('lambda', 'function', e, e.lineno);
        this.visitArguments(e.args);
        this.visitExpr(e.body);
        this.exit();
        break;
      }
      case 'IfExp':
        this.visitExpr(e.test);
        this.visitExpr(e.body);
        this.visitExpr(e.orelse);
        break;
      case 'Dict':
        this.visitExprs(e.keys);
        this.visitExprs(e.values);
        break;
      case 'Set':
        this.visitExprs(e.elts);
        break;
      case 'GeneratorExp':
        this.handleComprehension(e, e.generators, e.elt, null);
        break;
      case 'ListComp':
      case 'SetComp':
        this.handleComprehension(e, e.generators, e.elt, null);
        break;
      case 'DictComp':
        this.handleComprehension(e, e.generators, e.key, e.value);
        break;
      case 'Yield':
      case 'YieldFrom':
        if (e.value) this.visitExpr(e.value);
        this.cur.generator = true;
        if (this.cur.comprehension !== 'none') {
          const k = this.cur.comprehension;
          this.err(k === 'generator' ? "'yield' inside generator expression" : `'yield' inside ${k} comprehension`, e);
        }
        break;
      case 'Await':
        this.visitExpr(e.value);
        this.cur.coroutine = true;
        break;
      case 'Compare':
        this.visitExpr(e.left);
        this.visitExprs(e.comparators);
        break;
      case 'Call':
        this.visitExpr(e.func);
        this.visitExprs(e.args);
        for (const k of e.keywords) this.visitExpr(k.value);
        break;
      case 'FormattedValue':
        this.visitExpr(e.value);
        if (e.format_spec) this.visitExpr(e.format_spec);
        break;
      case 'JoinedStr':
        this.visitExprs(e.values);
        break;
      case 'Constant':
        break;
      case 'Attribute':
        this.visitExpr(e.value);
        break;
      case 'Subscript':
        this.visitExpr(e.value);
        this.visitExpr(e.slice);
        break;
      case 'Starred':
        this.visitExpr(e.value);
        break;
      case 'Slice':
        if (e.lower) this.visitExpr(e.lower);
        if (e.upper) this.visitExpr(e.upper);
        if (e.step) this.visitExpr(e.step);
        break;
      case 'Name':
        this.addDef(e.id, e.ctx._type === 'Load' ? USE : DEF_LOCAL, e);
        // CPython: a load of `super` in a function counts as a use of __class__.
        if (e.ctx._type === 'Load' && this.cur.type === 'function' && e.id === 'super') {
          this.addDef('__class__', USE, e);
        }
        break;
      case 'List':
      case 'Tuple':
        this.visitExprs(e.elts);
        break;
      default: {
        const never: never = e;
        throw new Error(`symtable: unknown expression ${(never as A.expr)._type}`);
      }
    }
  }

  handleNamedExpr(e: A.NamedExpr): void {
    if (this.cur.compIterExpr > 0) {
      this.err('assignment expression cannot be used in a comprehension iterable expression', e);
    }
    if (this.cur.comprehension !== 'none') this.extendNamedExprScope(e.target as A.Name);
    this.visitExpr(e.value);
    this.visitExpr(e.target);
  }

  /** symtable_extend_namedexpr_scope: a walrus in a comprehension binds in the enclosing function/module. */
  extendNamedExprScope(target: A.Name): void {
    const name = target.id;
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const ste = this.stack[i];
      if (ste.comprehension !== 'none') {
        if (ste.flags(mangle(this.privateName, name)) & DEF_COMP_ITER) {
          this.err(`assignment expression cannot rebind comprehension iteration variable '${name}'`, target);
        }
        continue;
      }
      if (ste.type === 'function') {
        const inScope = ste.flags(mangle(this.privateName, name));
        this.addDef(name, inScope & DEF_GLOBAL ? DEF_GLOBAL : DEF_NONLOCAL, target);
        this.recordDirective(name, target);
        this.addDef(name, DEF_LOCAL, target, ste);
        return;
      }
      if (ste.type === 'module') {
        this.addDef(name, DEF_GLOBAL, target);
        this.recordDirective(name, target);
        this.addDef(name, DEF_GLOBAL, target, ste);
        return;
      }
      this.err('assignment expression within a comprehension cannot be used in a class body', target);
    }
  }

  handleComprehension(e: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp, gens: A.comprehension[], elt: A.expr, value: A.expr | null): void {
    const outer = gens[0];
    const isGenerator = e._type === 'GeneratorExp';
    // The outermost iterable is evaluated in the enclosing scope.
    this.cur.compIterExpr++;
    this.visitExpr(outer.iter);
    this.cur.compIterExpr--;
    const [name, kind] = COMP_NAMES[e._type];
    const cs = this.enter(name, 'function', e, e.lineno);
    cs.comprehension = kind;
    if (outer.is_async) cs.coroutine = true;
    this.addDef('.0', DEF_PARAM, e);
    cs.compIterTarget = true;
    this.visitExpr(outer.target);
    cs.compIterTarget = false;
    this.visitExprs(outer.ifs);
    for (const g of gens.slice(1)) {
      cs.compIterTarget = true;
      this.visitExpr(g.target);
      cs.compIterTarget = false;
      cs.compIterExpr++;
      this.visitExpr(g.iter);
      cs.compIterExpr--;
      this.visitExprs(g.ifs);
      if (g.is_async) cs.coroutine = true;
    }
    if (value) this.visitExpr(value);
    this.visitExpr(elt);
    cs.generator = isGenerator;
    const isAsync = cs.coroutine && !isGenerator;
    this.exit();
    if (isAsync) this.cur.coroutine = true;
  }
}

// ---- analysis (CPython symtable.c analyze_*) ----

function analyze(top: Scope, src: SourceInfo): void {
  analyzeBlock(top, null, new Set(), new Set(), src);
}

function setScope(scopes: Map<string, number>, name: string, scope: number): void {
  scopes.set(name, scope);
}

function directiveError(ste: Scope, name: string, msg: string, src: SourceInfo): never {
  throw src.error(msg, ste.directives.get(name) ?? null);
}

function analyzeName(
  ste: Scope, scopes: Map<string, number>, name: string, flags: number,
  bound: Set<string> | null, local: Set<string>, free: Set<string>, global: Set<string>, src: SourceInfo,
): void {
  if (flags & DEF_GLOBAL) {
    if (flags & DEF_NONLOCAL) directiveError(ste, name, `name '${name}' is nonlocal and global`, src);
    setScope(scopes, name, GLOBAL_EXPLICIT);
    global.add(name);
    bound?.delete(name);
    return;
  }
  if (flags & DEF_NONLOCAL) {
    if (!bound) directiveError(ste, name, 'nonlocal declaration not allowed at module level', src);
    if (!bound.has(name)) directiveError(ste, name, `no binding for nonlocal '${name}' found`, src);
    setScope(scopes, name, FREE);
    ste.free = true;
    free.add(name);
    return;
  }
  if (flags & DEF_BOUND) {
    setScope(scopes, name, LOCAL);
    local.add(name);
    global.delete(name);
    return;
  }
  if (bound && bound.has(name)) {
    setScope(scopes, name, FREE);
    ste.free = true;
    free.add(name);
    return;
  }
  if (global.has(name)) {
    setScope(scopes, name, GLOBAL_IMPLICIT);
    return;
  }
  if (ste.nested) ste.free = true;
  setScope(scopes, name, GLOBAL_IMPLICIT);
}

function analyzeBlock(ste: Scope, bound: Set<string> | null, free: Set<string>, global: Set<string>, src: SourceInfo): void {
  const local = new Set<string>();
  const scopes = new Map<string, number>();
  const newglobal = new Set<string>();
  const newfree = new Set<string>();
  const newbound = new Set<string>();
  // Class bindings are invisible to nested functions: compute what children see first.
  if (ste.type === 'class') {
    for (const n of global) newglobal.add(n);
    if (bound) for (const n of bound) newbound.add(n);
  }
  for (const [name, flags] of ste.symbols) analyzeName(ste, scopes, name, flags, bound, local, free, global, src);
  if (ste.type !== 'class') {
    if (ste.type === 'function') for (const n of local) newbound.add(n);
    if (bound) for (const n of bound) newbound.add(n);
    for (const n of global) newglobal.add(n);
  } else {
    newbound.add('__class__');
  }
  const allfree = new Set<string>();
  for (const child of ste.children) {
    const tempFree = new Set(newfree);
    analyzeBlock(child, new Set(newbound), tempFree, new Set(newglobal), src);
    for (const n of tempFree) allfree.add(n);
    if (child.free || child.childFree) ste.childFree = true;
  }
  for (const n of allfree) newfree.add(n);
  if (ste.type === 'function') {
    // analyze_cells: locals that children need become cells.
    for (const [name, sc] of scopes) {
      if (sc === LOCAL && newfree.has(name)) {
        scopes.set(name, CELL);
        newfree.delete(name);
      }
    }
  } else if (ste.type === 'class') {
    if (newfree.delete('__class__')) ste.needsClassClosure = true;
  }
  updateSymbols(ste, scopes, bound, newfree, ste.type === 'class');
  for (const n of newfree) free.add(n);
}

function updateSymbols(ste: Scope, scopes: Map<string, number>, bound: Set<string> | null, free: Set<string>, classflag: boolean): void {
  for (const [name, flags] of ste.symbols) ste.symbols.set(name, flags | ((scopes.get(name) ?? 0) << SCOPE_OFF));
  for (const name of free) {
    const v = ste.symbols.get(name);
    if (v !== undefined) {
      if (classflag && v & (DEF_BOUND | DEF_GLOBAL)) ste.symbols.set(name, v | DEF_FREE_CLASS);
      continue;
    }
    if (bound && !bound.has(name)) continue;
    ste.symbols.set(name, FREE << SCOPE_OFF);
  }
}
