// Code-object-creating constructs: the module body, def / async def, lambda, class bodies
// (LOAD_BUILD_CLASS + __build_class__(func, name, *bases, **kw) with __module__ /
// __qualname__ / __doc__ / __classcell__ set up as CPython does) and comprehensions, which
// are compiled as nested functions taking the outermost iterator as `.0`, as in CPython 3.11.
// Each new code object gets the 3.11+ prefix: COPY_FREE_VARS, MAKE_CELL for its cells,
// RETURN_GENERATOR + POP_TOP for generators/coroutines, then RESUME 0; generator-like bodies
// are wrapped in the PEP 479 StopIteration -> RuntimeError handler.
// Follows CPython Python/compile.c compiler_function, compiler_lambda, compiler_class,
// compiler_comprehension, compiler_make_closure, compiler_set_qualname, compute_code_flags.

import type * as A from './ast.ts';
import {
  type CodeUnit, CO_OPTIMIZED, CO_NEWLOCALS, CO_VARARGS, CO_VARKEYWORDS, CO_NESTED, CO_GENERATOR, CO_NOFREE,
  CO_COROUTINE, CO_ASYNC_GENERATOR,
} from './code.ts';
import { OP, PSEUDO, INTRINSIC_1, FN_DEFAULTS, FN_KWDEFAULTS, FN_ANNOTATIONS, FN_CLOSURE } from './opcodes.ts';
import type { Compiler } from './compiler.ts';
import { Unit, type UnitKind } from './compile-unit.ts';
import { type Scope, LOCAL, FREE, CELL, DEF_FREE_CLASS, DEF_PARAM, mangle } from './symtable.ts';
import { compileStmts } from './compile-stmt.ts';
import { compileExpr, compileExprs, compileStore, compileJumpIf, callHelper } from './compile-expr.ts';
import { assemble } from './assemble.ts';
import { unparseExpr } from './unparse.ts';

// ---- units ----

function sortedNames(scope: Scope, pred: (scope: number, flags: number) => boolean): string[] {
  const out: string[] = [];
  for (const [name] of scope.symbols) if (pred(scope.scopeOf(name), scope.flags(name))) out.push(name);
  return out.sort();
}

function computeQualname(c: Compiler, kind: UnitKind, name: string): string {
  const parent = c.units.length ? c.u : null;
  if (!parent || parent.kind === 'module') return name;
  if (kind === 'function' || kind === 'async_function' || kind === 'class') {
    const mangled = mangle(parent.privateName, name);
    if (parent.scope.scopeOf(mangled) === 2 /* GLOBAL_EXPLICIT */) return name;
  }
  const pk = parent.kind;
  const base = pk === 'function' || pk === 'async_function' || pk === 'lambda' ? parent.qualname + '.<locals>' : parent.qualname;
  return base + '.' + name;
}

function newUnit(c: Compiler, kind: UnitKind, scope: Scope, name: string, firstlineno: number, privateName: string | null): Unit {
  const qualname = computeQualname(c, kind, name);
  const isFunction = scope.type === 'function';
  const varnames = isFunction ? [...scope.varnames] : [];
  if (isFunction) {
    const params = new Set(varnames);
    for (const [n] of scope.symbols) if (scope.scopeOf(n) === LOCAL && !params.has(n)) varnames.push(n);
  }
  const cellvars = sortedNames(scope, (sc) => sc === CELL);
  if (scope.type === 'class' && scope.needsClassClosure) cellvars.push('__class__');
  const freevars = sortedNames(scope, (sc, fl) => sc === FREE || (fl & DEF_FREE_CLASS) !== 0);
  const u = new Unit(kind, scope, name, qualname, firstlineno, privateName, varnames, cellvars, freevars);
  if (isFunction) {
    let flags = CO_OPTIMIZED | CO_NEWLOCALS;
    if (scope.nested) flags |= CO_NESTED;
    if (scope.generator && !scope.coroutine) flags |= CO_GENERATOR;
    if (!scope.generator && scope.coroutine) flags |= CO_COROUTINE;
    if (scope.generator && scope.coroutine) flags |= CO_ASYNC_GENERATOR;
    if (scope.varargs) flags |= CO_VARARGS;
    if (scope.varkeywords) flags |= CO_VARKEYWORDS;
    u.flags = flags;
  }
  if (freevars.length === 0 && cellvars.length === 0) u.flags |= CO_NOFREE;
  return u;
}

function isGeneratorLike(u: Unit): boolean {
  return (u.flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) !== 0;
}

/** The 3.11+ code prefix; returns the StopIteration handler label for generator-like code. */
function emitPrefix(c: Compiler, u: Unit, pos: A.Pos | null): import('./compile-unit.ts').Label | null {
  c.at(pos, () => {
    if (u.freevars.length) u.emit(OP.COPY_FREE_VARS, u.freevars.length);
    for (const cell of u.cellvars) u.emit(OP.MAKE_CELL, u.derefIndex.get(cell)!);
    if (isGeneratorLike(u)) {
      u.emit(OP.RETURN_GENERATOR);
      u.emit(OP.POP_TOP);
    }
  });
  let handler = null;
  if (isGeneratorLike(u)) {
    handler = c.label('stopiteration_handler');
    u.pushHandler(handler, 0, true);
  }
  c.at(pos, () => u.emit(OP.RESUME, 0));
  return handler;
}

/** Implicit `return None` at the end of a body, then the generator handler if any. */
function finishBody(c: Compiler, handler: import('./compile-unit.ts').Label | null): void {
  c.at(null, () => {
    c.emit(OP.RETURN_CONST, c.u.addConst(null));
    if (handler) c.stopIterationHandlerEnd(handler);
  });
}

function docstringOf(body: A.stmt[]): string | null {
  const first = body[0];
  if (first && first._type === 'Expr' && first.value._type === 'Constant' && typeof first.value.value === 'string') return first.value.value;
  return null;
}

/** CPython find_ann: does the body (not nested scopes) contain an annotated assignment? */
function findAnn(body: A.stmt[]): boolean {
  for (const s of body) {
    switch (s._type) {
      case 'AnnAssign':
        return true;
      case 'For': case 'AsyncFor': case 'While': case 'If':
        if (findAnn(s.body) || findAnn(s.orelse)) return true;
        break;
      case 'With': case 'AsyncWith':
        if (findAnn(s.body)) return true;
        break;
      case 'Try': case 'TryStar':
        if (findAnn(s.body) || findAnn(s.orelse) || findAnn(s.finalbody) || s.handlers.some((h) => findAnn(h.body))) return true;
        break;
    }
  }
  return false;
}

/** Names deleted (`del x`) or bound by `except ... as x` anywhere below `node`. */
function collectUnbindings(node: unknown, out: Set<string>): void {
  if (Array.isArray(node)) {
    for (const x of node) collectUnbindings(x, out);
    return;
  }
  if (node === null || typeof node !== 'object' || !('_type' in node)) return;
  const n = node as A.Node;
  if (n._type === 'Name' && n.ctx._type === 'Del') out.add(n.id);
  if (n._type === 'ExceptHandler' && n.name) out.add(n.name);
  for (const v of Object.values(n)) if (v !== null && typeof v === 'object') collectUnbindings(v, out);
}

function setSafeParams(u: Unit, body: unknown): void {
  const unbound = new Set<string>();
  collectUnbindings(body, unbound);
  for (const [name, flags] of u.scope.symbols) {
    if (flags & DEF_PARAM && !unbound.has(name)) u.safeParams.add(name);
  }
}

function finishUnit(c: Compiler): CodeUnit {
  const u = c.popUnit();
  return assemble(u, c.filename);
}

// ---- module ----

export function compileModuleBody(c: Compiler, mod: A.Module): CodeUnit {
  const u = newUnit(c, 'module', c.st.top, '<module>', 1, null);
  c.pushUnit(u);
  c.at(null, () => c.emit(OP.RESUME, 0));
  if (findAnn(mod.body)) c.emit(OP.SETUP_ANNOTATIONS);
  checkFutureImports(c, mod.body);
  c.futureAnnotations = hasFutureAnnotations(mod.body);
  let body = mod.body;
  const doc = docstringOf(body);
  if (doc !== null) {
    c.at(body[0], () => {
      c.loadConst(doc);
      c.emit(OP.STORE_NAME, u.addName('__doc__'));
    });
    body = body.slice(1);
    u.docstring = doc;
  }
  compileStmts(c, body);
  c.at(null, () => c.emit(OP.RETURN_CONST, u.addConst(null)));
  return finishUnit(c);
}

const FUTURE_FEATURES = new Set([
  'nested_scopes', 'generators', 'division', 'absolute_import', 'with_statement', 'print_function',
  'unicode_literals', 'barry_as_FLUFL', 'generator_stop', 'annotations',
]);

/** CPython Python/future.c: `from __future__` only at the top (after the docstring), known features only. */
/** True if the module starts with `from __future__ import annotations` (PEP 563). */
export function hasFutureAnnotations(body: A.stmt[]): boolean {
  return body.some((s) => s._type === 'ImportFrom' && s.module === '__future__' && s.names.some((a) => a.name === 'annotations'));
}

function checkFutureImports(c: Compiler, body: A.stmt[]): void {
  let atTop = true;
  body.forEach((s, i) => {
    const isFuture = s._type === 'ImportFrom' && s.module === '__future__' && s.level === 0;
    if (isFuture) {
      if (!atTop) c.error('from __future__ imports must occur at the beginning of the file', s);
      for (const a of (s as A.ImportFrom).names) {
        if (a.name === 'braces') c.error('not a chance', s);
        if (!FUTURE_FEATURES.has(a.name)) c.error(`future feature ${a.name} is not defined`, s);
      }
      return;
    }
    if (i === 0 && docstringOf(body) !== null) return;
    atTop = false;
  });
}

// ---- functions ----

function compileDefaults(c: Compiler, args: A.arguments): number {
  let flags = 0;
  if (args.defaults.length) {
    compileExprs(c, args.defaults);
    c.emit(OP.BUILD_TUPLE, args.defaults.length);
    flags |= FN_DEFAULTS;
  }
  let n = 0;
  args.kwonlyargs.forEach((a, i) => {
    const d = args.kw_defaults[i];
    if (d) {
      c.loadConst(c.mangle(a.arg));
      compileExpr(c, d);
      n++;
    }
  });
  if (n) {
    c.emit(OP.BUILD_MAP, n);
    flags |= FN_KWDEFAULTS;
  }
  return flags;
}

function compileAnnotations(c: Compiler, args: A.arguments, returns: A.expr | null): number {
  let n = 0;
  const one = (name: string, ann: A.expr | null): void => {
    if (!ann) return;
    c.loadConst(c.mangle(name));
    if (c.futureAnnotations) {
      c.loadConst(unparseExpr(ann));
    } else if (ann._type === 'Starred') {
      // `*args: *Ts` (PEP 646): the annotation is the single item of [*Ts], as CPython 3.11.
      compileExpr(c, ann.value);
      c.emit(OP.UNPACK_SEQUENCE, 1);
    } else {
      compileExpr(c, ann);
    }
    n++;
  };
  for (const a of args.args) one(a.arg, a.annotation);
  for (const a of args.posonlyargs) one(a.arg, a.annotation);
  if (args.vararg) one(args.vararg.arg, args.vararg.annotation);
  for (const a of args.kwonlyargs) one(a.arg, a.annotation);
  if (args.kwarg) one(args.kwarg.arg, args.kwarg.annotation);
  one('return', returns);
  if (!n) return 0;
  c.emit(OP.BUILD_MAP, n);
  return FN_ANNOTATIONS;
}

/** Push the closure tuple (if needed), the code, MAKE_FUNCTION and the attribute setters. */
function makeFunction(c: Compiler, code: CodeUnit, flags: number): void {
  if (code.freevars.length) {
    const u = c.u;
    for (const name of code.freevars) {
      const idx = u.derefIndex.get(name);
      if (idx === undefined) throw new Error(`compiler bug: ${u.qualname} has no cell for ${name} needed by ${code.qualname}`);
      c.emit(OP.LOAD_CLOSURE, idx);
    }
    c.emit(OP.BUILD_TUPLE, code.freevars.length);
    flags |= FN_CLOSURE;
  }
  c.loadConst(code);
  c.emit(OP.MAKE_FUNCTION);
  for (const f of [FN_CLOSURE, FN_ANNOTATIONS, FN_KWDEFAULTS, FN_DEFAULTS]) {
    if (flags & f) c.emit(OP.SET_FUNCTION_ATTRIBUTE, f);
  }
}

/** CPython compiler_check_debug_args: a parameter may not be named __debug__. */
function checkDebugArgs(c: Compiler, args: A.arguments, node: A.Pos): void {
  const all = [...args.posonlyargs, ...args.args, ...args.kwonlyargs, ...(args.vararg ? [args.vararg] : []), ...(args.kwarg ? [args.kwarg] : [])];
  if (all.some((a) => a.arg === '__debug__')) c.error('cannot assign to __debug__', node);
}

function setArgCounts(u: Unit, args: A.arguments): void {
  u.argcount = args.posonlyargs.length + args.args.length;
  u.posonlyargcount = args.posonlyargs.length;
  u.kwonlyargcount = args.kwonlyargs.length;
}

export function compileFunctionDef(c: Compiler, s: A.FunctionDef | A.AsyncFunctionDef): void {
  checkDebugArgs(c, s.args, s);
  compileExprs(c, s.decorator_list);
  const firstlineno = s.decorator_list.length ? s.decorator_list[0].lineno : s.lineno;
  let flags = compileDefaults(c, s.args);
  flags |= compileAnnotations(c, s.args, s.returns);
  const scope = c.scopeOf(s);
  const u = newUnit(c, s._type === 'AsyncFunctionDef' ? 'async_function' : 'function', scope, s.name, firstlineno, c.u.privateName);
  setArgCounts(u, s.args);
  setSafeParams(u, s.body);
  c.pushUnit(u);
  const handler = emitPrefix(c, u, s);
  let body = s.body;
  const doc = docstringOf(body);
  // As CPython 3.11: consts[0] is the docstring, or None when there is none (so a VM that
  // reads __doc__ from consts[0] never mistakes a first string literal for it).
  u.addConst(doc);
  if (doc !== null) {
    u.docstring = doc;
    body = body.slice(1);
  }
  compileStmts(c, body);
  finishBody(c, handler);
  const code = finishUnit(c);
  makeFunction(c, code, flags);
  for (let i = 0; i < s.decorator_list.length; i++) c.emit(OP.CALL, 0); // (decorator, func) -> decorator(func)
  c.nameOp(s.name, 'store');
}

export function compileLambda(c: Compiler, e: A.Lambda): void {
  checkDebugArgs(c, e.args, e);
  const flags = compileDefaults(c, e.args);
  const scope = c.scopeOf(e);
  const u = newUnit(c, 'lambda', scope, '<lambda>', e.lineno, c.u.privateName);
  setArgCounts(u, e.args);
  setSafeParams(u, e.body);
  c.pushUnit(u);
  const handler = emitPrefix(c, u, e);
  compileExpr(c, e.body);
  if (scope.generator) {
    c.emit(OP.POP_TOP);
    finishBody(c, handler);
  } else {
    c.emit(OP.RETURN_VALUE);
    if (handler) c.at(null, () => c.stopIterationHandlerEnd(handler));
  }
  const code = finishUnit(c);
  makeFunction(c, code, flags);
}

// ---- classes ----

export function compileClassDef(c: Compiler, s: A.ClassDef): void {
  compileExprs(c, s.decorator_list);
  const firstlineno = s.decorator_list.length ? s.decorator_list[0].lineno : s.lineno;
  const scope = c.scopeOf(s);
  const u = newUnit(c, 'class', scope, s.name, firstlineno, s.name);
  c.pushUnit(u);
  emitPrefix(c, u, s);
  c.at(s, () => {
    c.emit(OP.LOAD_NAME, u.addName('__name__'));
    c.emit(OP.STORE_NAME, u.addName('__module__'));
    c.loadConst(u.qualname);
    c.emit(OP.STORE_NAME, u.addName('__qualname__'));
  });
  if (findAnn(s.body)) c.emit(OP.SETUP_ANNOTATIONS);
  let body = s.body;
  const doc = docstringOf(body);
  if (doc !== null) {
    c.at(body[0], () => {
      c.loadConst(doc);
      c.emit(OP.STORE_NAME, u.addName('__doc__'));
    });
    u.docstring = doc;
    body = body.slice(1);
  }
  compileStmts(c, body);
  c.at(null, () => {
    if (scope.needsClassClosure) {
      c.emit(OP.LOAD_CLOSURE, u.derefIndex.get('__class__')!);
      c.emit(OP.COPY, 1);
      c.emit(OP.STORE_NAME, u.addName('__classcell__'));
      c.emit(OP.RETURN_VALUE);
    } else {
      c.emit(OP.RETURN_CONST, u.addConst(null));
    }
  });
  const code = finishUnit(c);
  c.emit(OP.LOAD_BUILD_CLASS);
  c.emit(OP.PUSH_NULL);
  makeFunction(c, code, 0);
  c.loadConst(s.name);
  callHelper(c, 2, s.bases, s.keywords, s);
  for (let i = 0; i < s.decorator_list.length; i++) c.emit(OP.CALL, 0);
  c.nameOp(s.name, 'store');
}

// ---- comprehensions ----

type Comp = A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp;

const COMP_UNIT_NAMES: Record<Comp['_type'], string> = {
  ListComp: '<listcomp>', SetComp: '<setcomp>', DictComp: '<dictcomp>', GeneratorExp: '<genexpr>',
};

export function compileComprehension(c: Compiler, e: Comp): void {
  const scope = c.scopeOf(e);
  const isGenexp = e._type === 'GeneratorExp';
  const isAsync = scope.coroutine;
  const outer = c.u;
  if (isAsync && !isGenexp && outer.kind !== 'async_function' && outer.kind !== 'comprehension') {
    c.error('asynchronous comprehension outside of an asynchronous function', e);
  }
  const u = newUnit(c, 'comprehension', scope, COMP_UNIT_NAMES[e._type], e.lineno, outer.privateName);
  u.argcount = 1;
  u.safeParams.add('.0');
  c.pushUnit(u);
  const handler = emitPrefix(c, u, e);
  c.at(e, () => {
    if (e._type === 'ListComp') c.emit(OP.BUILD_LIST, 0);
    else if (e._type === 'SetComp') c.emit(OP.BUILD_SET, 0);
    else if (e._type === 'DictComp') c.emit(OP.BUILD_MAP, 0);
  });
  c.at(e, () => comprehensionGenerator(c, e, 0, 0));
  if (isGenexp) {
    finishBody(c, handler);
  } else {
    c.at(e, () => c.emit(OP.RETURN_VALUE));
    if (handler) c.at(null, () => c.stopIterationHandlerEnd(handler));
  }
  const code = finishUnit(c);
  makeFunction(c, code, 0);
  const first = e.generators[0];
  compileExpr(c, first.iter);
  c.at(e, () => {
    c.emit(first.is_async ? OP.GET_AITER : OP.GET_ITER);
    c.emit(OP.CALL, 0); // (func, iterator) -> func(iterator)
    if (isAsync && !isGenexp) {
      c.emit(OP.GET_AWAITABLE, 0);
      c.loadConst(null);
      c.yieldFrom(true);
    }
  });
}

/** One `for` clause (and, recursively, the following ones) of a comprehension body. */
function comprehensionGenerator(c: Compiler, e: Comp, index: number, depth: number): void {
  const gen = e.generators[index];
  const start = c.label('comp_start');
  const ifCleanup = c.label('comp_if_cleanup');
  const anchor = c.label('comp_anchor');
  if (index === 0) {
    c.emit(OP.LOAD_FAST, 0); // .0, already an iterator (or async iterator)
  } else {
    compileExpr(c, gen.iter);
    c.emit(gen.is_async ? OP.GET_AITER : OP.GET_ITER);
  }
  c.bind(start);
  if (gen.is_async) {
    c.u.pushHandler(anchor, c.u.depth, false);
    c.emit(OP.GET_ANEXT);
    c.loadConst(null);
    c.yieldFrom(true);
    c.u.popBlock();
    c.pushFBlock('ASYNC_COMPREHENSION_GENERATOR', start, null);
  } else {
    c.jump(OP.FOR_ITER, anchor);
  }
  compileStore(c, gen.target);
  for (const cond of gen.ifs) compileJumpIf(c, cond, ifCleanup, false);
  depth++;
  if (index + 1 < e.generators.length) {
    comprehensionGenerator(c, e, index + 1, depth);
  } else {
    c.at(e, () => {
      switch (e._type) {
        case 'GeneratorExp':
          compileExpr(c, e.elt);
          if (c.u.flags & CO_ASYNC_GENERATOR) c.emit(OP.CALL_INTRINSIC_1, INTRINSIC_1.INTRINSIC_ASYNC_GEN_WRAP);
          c.emit(OP.YIELD_VALUE, 0);
          c.emit(OP.RESUME, 1);
          c.emit(OP.POP_TOP);
          break;
        case 'ListComp':
          compileExpr(c, e.elt);
          c.emit(OP.LIST_APPEND, depth + 1);
          break;
        case 'SetComp':
          compileExpr(c, e.elt);
          c.emit(OP.SET_ADD, depth + 1);
          break;
        case 'DictComp':
          compileExpr(c, e.key);
          compileExpr(c, e.value);
          c.emit(OP.MAP_ADD, depth + 1);
          break;
      }
    });
  }
  c.bind(ifCleanup);
  c.jump(PSEUDO.JUMP, start);
  if (gen.is_async) c.popFBlock('ASYNC_COMPREHENSION_GENERATOR');
  c.bind(anchor);
  if (gen.is_async) c.emit(OP.END_ASYNC_FOR);
}
