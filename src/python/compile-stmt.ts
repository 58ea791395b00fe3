// Statements: assignment forms, control flow (if/while/for/async for, break/continue/return
// through finally and with blocks), try/except/else/finally and except*, with / async with,
// raise, assert, import forms, del, annotations. Follows CPython 3.12 Python/compile.c
// (compiler_visit_stmt, compiler_try_except, compiler_try_finally, compiler_try_star_*,
// compiler_with, compiler_async_with, compiler_for, compiler_async_for, compiler_while).

import type * as A from './ast.ts';
import { OP, PSEUDO, INTRINSIC_1, INTRINSIC_2 } from './opcodes.ts';
import type { Compiler } from './compiler.ts';
import { compileExpr, compileExprs, compileStore, compileDelete, compileJumpIf, compileAugAssign } from './compile-expr.ts';
import { compileFunctionDef, compileClassDef } from './compile-function.ts';
import { unparseExpr } from './unparse.ts';

export function compileStmts(c: Compiler, body: A.stmt[]): void {
  for (const s of body) compileStmt(c, s);
}

export function compileStmt(c: Compiler, s: A.stmt): void {
  c.at(s, () => compileStmt1(c, s));
}

function isConstTrue(e: A.expr): boolean {
  return e._type === 'Constant' && e.value !== null && e.value !== false && e.value !== 0n && e.value !== 0 && e.value !== '';
}

function compileStmt1(c: Compiler, s: A.stmt): void {
  switch (s._type) {
    case 'FunctionDef':
    case 'AsyncFunctionDef':
      return compileFunctionDef(c, s);
    case 'ClassDef':
      return compileClassDef(c, s);
    case 'Return':
      return compileReturn(c, s);
    case 'Delete':
      for (const t of s.targets) compileDelete(c, t);
      return;
    case 'Assign':
      compileExpr(c, s.value);
      for (let i = 0; i < s.targets.length; i++) {
        if (i < s.targets.length - 1) c.emit(OP.COPY, 1);
        compileStore(c, s.targets[i]);
      }
      return;
    case 'AugAssign':
      return compileAugAssign(c, s);
    case 'AnnAssign':
      return compileAnnAssign(c, s);
    case 'For':
      return compileFor(c, s);
    case 'AsyncFor':
      return compileAsyncFor(c, s);
    case 'While':
      return compileWhile(c, s);
    case 'If': {
      const end = c.label('if_end');
      const next = s.orelse.length ? c.label('if_else') : end;
      compileJumpIf(c, s.test, next, false);
      compileStmts(c, s.body);
      if (s.orelse.length) {
        c.jump(PSEUDO.JUMP, end);
        c.bind(next);
        compileStmts(c, s.orelse);
      }
      c.bind(end);
      return;
    }
    case 'With':
      return compileWith(c, s, 0);
    case 'AsyncWith':
      if (c.u.kind !== 'async_function') c.error("'async with' outside async function", s);
      return compileAsyncWith(c, s, 0);
    case 'Raise': {
      let n = 0;
      if (s.exc) {
        compileExpr(c, s.exc);
        n++;
        if (s.cause) {
          compileExpr(c, s.cause);
          n++;
        }
      }
      c.emit(OP.RAISE_VARARGS, n);
      return;
    }
    case 'Try':
      if (s.finalbody.length) return compileTryFinally(c, s);
      return compileTryExcept(c, s);
    case 'TryStar':
      if (s.finalbody.length) return compileTryFinally(c, s);
      return compileTryStarExcept(c, s);
    case 'Assert': {
      // python3's SyntaxWarning (compile-warnings.ts): `assert (x, 'msg')` tests a tuple.
      if (s.test._type === 'Tuple' && s.test.elts.length > 0) c.src.warn('assertion is always true, perhaps remove parentheses?', s);
      const end = c.label('assert_end');
      compileJumpIf(c, s.test, end, true);
      c.emit(OP.LOAD_ASSERTION_ERROR);
      if (s.msg) {
        compileExpr(c, s.msg);
        c.emit(OP.CALL, 0); // (AssertionError, msg) in the (callable, self) slots: AssertionError(msg)
      }
      c.emit(OP.RAISE_VARARGS, 1);
      c.bind(end);
      return;
    }
    case 'Import':
      for (const a of s.names) compileImportAlias(c, a);
      return;
    case 'ImportFrom':
      return compileImportFrom(c, s);
    case 'Global':
    case 'Nonlocal':
    case 'Pass':
      return;
    case 'Expr':
      // A bare constant (e.g. a string used as a comment) is dropped, as CPython does.
      if (s.value._type === 'Constant') return;
      compileExpr(c, s.value);
      c.emit(OP.POP_TOP);
      return;
    case 'Break': {
      const loop = c.unwindFBlockStack(false, true);
      if (!loop) c.error("'break' outside loop", s);
      c.unwindFBlock(loop, false);
      c.jump(PSEUDO.JUMP, loop.exit!);
      return;
    }
    case 'Continue': {
      const loop = c.unwindFBlockStack(false, true);
      if (!loop) c.error("'continue' not properly in loop", s);
      c.jump(PSEUDO.JUMP, loop.start!);
      return;
    }
  }
}

function compileReturn(c: Compiler, s: A.Return): void {
  if (c.u.scope.type !== 'function') c.error("'return' outside function", s);
  const v = s.value;
  if (v && c.u.kind === 'async_function' && c.u.scope.generator) c.error("'return' with value in async generator", s);
  const preserveTos = v !== null && v._type !== 'Constant';
  if (preserveTos) compileExpr(c, v);
  c.unwindFBlockStack(preserveTos, false);
  if (preserveTos) c.emit(OP.RETURN_VALUE);
  else c.emit(OP.RETURN_CONST, c.u.addConst(v === null ? null : ((v as A.Constant).value as never)));
}

function compileAnnAssign(c: Compiler, s: A.AnnAssign): void {
  const t = s.target;
  if (s.value) {
    compileExpr(c, s.value);
    compileStore(c, t);
  }
  const moduleOrClass = c.u.kind === 'module' || c.u.kind === 'class';
  if (t._type === 'Name') {
    if (s.simple && moduleOrClass) {
      if (c.futureAnnotations) c.loadConst(unparseExpr(s.annotation));
      else compileExpr(c, s.annotation);
      c.emit(OP.LOAD_NAME, c.u.addName('__annotations__'));
      c.loadConst(c.mangle(t.id));
      c.emit(OP.STORE_SUBSCR);
    }
    return;
  }
  // Non-name targets: evaluate the target's parts when there is no value (check_ann_expr).
  if (!s.value) {
    if (t._type === 'Attribute') {
      compileExpr(c, t.value);
      c.emit(OP.POP_TOP);
    } else if (t._type === 'Subscript') {
      compileExpr(c, t.value);
      c.emit(OP.POP_TOP);
      compileExpr(c, t.slice);
      c.emit(OP.POP_TOP);
    }
  }
  if (moduleOrClass && !c.futureAnnotations) {
    compileExpr(c, s.annotation);
    c.emit(OP.POP_TOP);
  }
}

// ---- loops ----

function compileFor(c: Compiler, s: A.For): void {
  const start = c.label('for_start');
  const cleanup = c.label('for_cleanup');
  const end = c.label('for_end');
  compileExpr(c, s.iter);
  c.emit(OP.GET_ITER);
  c.bind(start);
  c.jump(OP.FOR_ITER, cleanup);
  compileStore(c, s.target);
  c.pushFBlock('FOR_LOOP', start, end);
  compileStmts(c, s.body);
  c.popFBlock('FOR_LOOP');
  c.jump(PSEUDO.JUMP, start);
  c.bind(cleanup);
  compileStmts(c, s.orelse);
  c.bind(end);
}

function compileAsyncFor(c: Compiler, s: A.AsyncFor): void {
  if (c.u.kind !== 'async_function') c.error("'async for' outside async function", s);
  const start = c.label('afor_start');
  const except = c.label('afor_except');
  const end = c.label('afor_end');
  compileExpr(c, s.iter);
  c.emit(OP.GET_AITER);
  c.bind(start);
  c.u.pushHandler(except, c.u.depth, false);
  c.emit(OP.GET_ANEXT);
  c.loadConst(null);
  c.yieldFrom(true);
  c.u.popBlock();
  compileStore(c, s.target);
  c.pushFBlock('ASYNC_FOR_LOOP', start, end);
  compileStmts(c, s.body);
  c.popFBlock('ASYNC_FOR_LOOP');
  c.jump(PSEUDO.JUMP, start);
  c.bind(except);
  c.at(s, () => c.emit(OP.END_ASYNC_FOR));
  compileStmts(c, s.orelse);
  c.bind(end);
}

function compileWhile(c: Compiler, s: A.While): void {
  const loop = c.label('while_loop');
  const anchor = c.label('while_anchor');
  const end = c.label('while_end');
  c.bind(loop);
  if (!isConstTrue(s.test)) compileJumpIf(c, s.test, anchor, false);
  c.pushFBlock('WHILE_LOOP', loop, end);
  compileStmts(c, s.body);
  c.popFBlock('WHILE_LOOP');
  c.jump(PSEUDO.JUMP, loop);
  c.bind(anchor);
  compileStmts(c, s.orelse);
  c.bind(end);
}

// ---- try ----

/** COPY 3; POP_EXCEPT; RERAISE 1 — the cleanup that restores the previous handled exception. */
function popExceptAndReraise(c: Compiler): void {
  c.emit(OP.COPY, 3);
  c.emit(OP.POP_EXCEPT);
  c.emit(OP.RERAISE, 1);
}

function compileTryFinally(c: Compiler, s: A.Try | A.TryStar): void {
  const end = c.label('finally_end');
  const exit = c.label('finally_exit');
  const cleanup = c.label('finally_cleanup');
  c.u.pushHandler(end, c.u.depth, false);
  c.pushFBlock('FINALLY_TRY', null, end, { finalbody: s.finalbody });
  if (s.handlers.length) {
    if (s._type === 'TryStar') compileTryStarExcept(c, s);
    else compileTryExcept(c, s);
  } else {
    compileStmts(c, s.body);
  }
  c.popFBlock('FINALLY_TRY');
  c.u.popBlock();
  compileStmts(c, s.finalbody);
  c.jump(PSEUDO.JUMP, exit);
  // Exceptional path: the finally body runs with the exception as the handled one.
  c.bind(end);
  c.u.pushHandler(cleanup, c.u.depth, true);
  c.emit(OP.PUSH_EXC_INFO);
  c.pushFBlock('FINALLY_END', null, null);
  compileStmts(c, s.finalbody);
  c.popFBlock('FINALLY_END');
  c.emit(OP.RERAISE, 0);
  c.bind(cleanup);
  popExceptAndReraise(c);
  c.bind(exit);
}

function compileTryExcept(c: Compiler, s: A.Try): void {
  const except = c.label('try_except');
  const end = c.label('try_end');
  const cleanup = c.label('try_cleanup');
  c.u.pushHandler(except, c.u.depth, false);
  c.pushFBlock('TRY_EXCEPT', null, null);
  compileStmts(c, s.body);
  c.popFBlock('TRY_EXCEPT');
  c.u.popBlock();
  compileStmts(c, s.orelse);
  c.jump(PSEUDO.JUMP, end);
  c.bind(except);
  c.u.pushHandler(cleanup, c.u.depth, true);
  c.emit(OP.PUSH_EXC_INFO);
  c.pushFBlock('EXCEPTION_HANDLER', null, null);
  const n = s.handlers.length;
  s.handlers.forEach((h, i) => {
    c.at(h, () => {
      if (!h.type && i < n - 1) c.error("default 'except:' must be last", h);
      const next = c.label('next_except');
      if (h.type) {
        compileExpr(c, h.type);
        c.emit(OP.CHECK_EXC_MATCH);
        c.jump(OP.POP_JUMP_IF_FALSE, next);
      }
      if (h.name) {
        const cleanupEnd = c.label('handler_cleanup_end');
        c.nameOp(h.name, 'store');
        c.u.pushHandler(cleanupEnd, c.u.depth, true);
        c.pushFBlock('HANDLER_CLEANUP', null, null, { name: h.name });
        compileStmts(c, h.body);
        c.popFBlock('HANDLER_CLEANUP');
        c.at(null, () => {
          c.u.popBlock();
          c.u.popBlock();
          c.emit(OP.POP_EXCEPT);
          c.loadConst(null);
          c.nameOp(h.name!, 'store');
          c.nameOp(h.name!, 'del');
          c.jump(PSEUDO.JUMP, end);
          c.bind(cleanupEnd);
          c.loadConst(null);
          c.nameOp(h.name!, 'store');
          c.nameOp(h.name!, 'del');
          c.emit(OP.RERAISE, 1);
        });
      } else {
        c.emit(OP.POP_TOP);
        c.pushFBlock('HANDLER_CLEANUP', null, null, { name: null });
        compileStmts(c, h.body);
        c.popFBlock('HANDLER_CLEANUP');
        c.at(null, () => {
          c.u.popBlock();
          c.emit(OP.POP_EXCEPT);
          c.jump(PSEUDO.JUMP, end);
        });
      }
      c.bind(next);
    });
  });
  c.popFBlock('EXCEPTION_HANDLER');
  c.at(null, () => {
    c.emit(OP.RERAISE, 0);
    c.bind(cleanup);
    popExceptAndReraise(c);
  });
  c.bind(end);
}

/**
 * except* (CPython 3.12 compiler_try_star_except). Stack inside the handlers section:
 * prev_exc, orig, list_of_raised, rest. Each clause splits `rest` with CHECK_EG_MATCH; a
 * clause body that raises appends its exception to the list; at the end
 * CALL_INTRINSIC_2 PREP_RERAISE_STAR(orig, list) computes what to re-raise (or None).
 */
function compileTryStarExcept(c: Compiler, s: A.TryStar): void {
  const except = c.label('trystar_except');
  const orelse = c.label('trystar_orelse');
  const end = c.label('trystar_end');
  const cleanup = c.label('trystar_cleanup');
  const reraiseStar = c.label('trystar_reraise_star');
  c.u.pushHandler(except, c.u.depth, false);
  c.pushFBlock('TRY_EXCEPT', null, null);
  compileStmts(c, s.body);
  c.popFBlock('TRY_EXCEPT');
  c.u.popBlock();
  c.jump(PSEUDO.JUMP, orelse);
  c.bind(except);
  c.u.pushHandler(cleanup, c.u.depth, true);
  c.emit(OP.PUSH_EXC_INFO); // prev_exc, exc
  c.pushFBlock('EXCEPTION_GROUP_HANDLER', null, null);
  const n = s.handlers.length;
  s.handlers.forEach((h, i) => {
    c.at(h, () => {
      if (!h.type) c.error('expected exception type', h);
      const nextExcept = c.label('trystar_next');
      const exceptWithError = c.label('trystar_except_with_error');
      const noMatch = c.label('trystar_no_match');
      if (i === 0) {
        // prev_exc, orig -> prev_exc, orig, [], rest (= orig)
        c.emit(OP.BUILD_LIST, 0);
        c.emit(OP.COPY, 2);
      }
      compileExpr(c, h.type!);
      c.emit(OP.CHECK_EG_MATCH); // ..., rest, match
      c.emit(OP.COPY, 1);
      c.jump(OP.POP_JUMP_IF_NONE, noMatch);
      const cleanupEnd = c.label('trystar_cleanup_end');
      if (h.name) c.nameOp(h.name, 'store');
      else c.emit(OP.POP_TOP);
      c.u.pushHandler(cleanupEnd, c.u.depth, true);
      c.pushFBlock('HANDLER_CLEANUP', null, null, { name: h.name });
      compileStmts(c, h.body);
      c.popFBlock('HANDLER_CLEANUP');
      c.at(null, () => {
        c.u.popBlock();
        if (h.name) {
          c.loadConst(null);
          c.nameOp(h.name, 'store');
          c.nameOp(h.name, 'del');
        }
        c.jump(PSEUDO.JUMP, nextExcept);
        // A clause body raised: remember the new exception in the list.
        c.bind(cleanupEnd); // ..., list, rest, lasti, exc
        if (h.name) {
          c.loadConst(null);
          c.nameOp(h.name, 'store');
          c.nameOp(h.name, 'del');
        }
        c.emit(OP.LIST_APPEND, 3); // exc into the list
        c.emit(OP.POP_TOP); // lasti
        c.jump(PSEUDO.JUMP, exceptWithError);
        c.bind(noMatch);
        c.emit(OP.POP_TOP); // match (None)
        c.jump(PSEUDO.JUMP, exceptWithError);
        c.bind(exceptWithError);
        c.bind(nextExcept);
        if (i === n - 1) {
          // ..., prev_exc, orig, list, rest: the unhandled rest goes to the list too.
          c.emit(OP.LIST_APPEND, 1);
          c.jump(PSEUDO.JUMP, reraiseStar);
        }
      });
    });
  });
  c.popFBlock('EXCEPTION_GROUP_HANDLER');
  c.at(null, () => {
    const reraise = c.label('trystar_reraise');
    c.bind(reraiseStar); // prev_exc, orig, list
    c.emit(OP.CALL_INTRINSIC_2, INTRINSIC_2.INTRINSIC_PREP_RERAISE_STAR); // prev_exc, result
    c.emit(OP.COPY, 1);
    c.jump(OP.POP_JUMP_IF_NOT_NONE, reraise);
    // Nothing left to raise.
    c.emit(OP.POP_TOP);
    c.u.popBlock();
    c.emit(OP.POP_EXCEPT);
    c.jump(PSEUDO.JUMP, end);
    c.bind(reraise); // prev_exc, result
    c.u.popBlock();
    c.emit(OP.SWAP, 2);
    c.emit(OP.POP_EXCEPT);
    c.emit(OP.RERAISE, 0);
    c.bind(cleanup);
    popExceptAndReraise(c);
  });
  c.bind(orelse);
  compileStmts(c, s.orelse);
  c.bind(end);
}

// ---- with ----

/** Exceptional exit of a with block (CPython compiler_with_except_finish). Stack: exit, lasti,
 * prev_exc, exc, res, under the cleanup handler pushed before PUSH_EXC_INFO. */
function withExceptFinish(c: Compiler, exit: import('./compile-unit.ts').Label): void {
  const suppress = c.label('with_suppress');
  c.jump(OP.POP_JUMP_IF_TRUE, suppress);
  c.emit(OP.RERAISE, 2);
  c.bind(suppress);
  c.emit(OP.POP_TOP); // exc
  c.u.popBlock();
  c.emit(OP.POP_EXCEPT);
  c.emit(OP.POP_TOP); // lasti
  c.emit(OP.POP_TOP); // exit
  c.jump(PSEUDO.JUMP, exit);
}

function compileWith(c: Compiler, s: A.With, pos: number): void {
  const item = s.items[pos];
  const final = c.label('with_final');
  const exit = c.label('with_exit');
  const cleanup = c.label('with_cleanup');
  compileExpr(c, item.context_expr);
  c.emit(OP.BEFORE_WITH); // exit, enter_result
  c.u.pushHandler(final, c.u.depth - 1, true);
  c.pushFBlock('WITH', null, null);
  if (item.optional_vars) compileStore(c, item.optional_vars);
  else c.emit(OP.POP_TOP);
  if (pos + 1 === s.items.length) compileStmts(c, s.body);
  else compileWith(c, s, pos + 1);
  c.popFBlock('WITH');
  c.at(s, () => {
    c.u.popBlock();
    c.callExitWithNones();
    c.emit(OP.POP_TOP);
    c.jump(PSEUDO.JUMP, exit);
    c.bind(final); // exit, lasti, exc
    c.u.pushHandler(cleanup, c.u.depth, true);
    c.emit(OP.PUSH_EXC_INFO);
    c.emit(OP.WITH_EXCEPT_START);
    withExceptFinish(c, exit);
    c.bind(cleanup);
    popExceptAndReraise(c);
  });
  c.bind(exit);
}

function compileAsyncWith(c: Compiler, s: A.AsyncWith, pos: number): void {
  const item = s.items[pos];
  const final = c.label('awith_final');
  const exit = c.label('awith_exit');
  const cleanup = c.label('awith_cleanup');
  compileExpr(c, item.context_expr);
  c.emit(OP.BEFORE_ASYNC_WITH);
  c.emit(OP.GET_AWAITABLE, 1);
  c.loadConst(null);
  c.yieldFrom(true);
  c.u.pushHandler(final, c.u.depth - 1, true);
  c.pushFBlock('ASYNC_WITH', null, null);
  if (item.optional_vars) compileStore(c, item.optional_vars);
  else c.emit(OP.POP_TOP);
  if (pos + 1 === s.items.length) compileStmts(c, s.body);
  else compileAsyncWith(c, s, pos + 1);
  c.popFBlock('ASYNC_WITH');
  c.at(s, () => {
    c.u.popBlock();
    c.callExitWithNones();
    c.emit(OP.GET_AWAITABLE, 2);
    c.loadConst(null);
    c.yieldFrom(true);
    c.emit(OP.POP_TOP);
    c.jump(PSEUDO.JUMP, exit);
    c.bind(final);
    c.u.pushHandler(cleanup, c.u.depth, true);
    c.emit(OP.PUSH_EXC_INFO);
    c.emit(OP.WITH_EXCEPT_START);
    c.emit(OP.GET_AWAITABLE, 2);
    c.loadConst(null);
    c.yieldFrom(true);
    withExceptFinish(c, exit);
    c.bind(cleanup);
    popExceptAndReraise(c);
  });
  c.bind(exit);
}

// ---- imports ----

// Import instructions carry the whole statement's position, not the alias's (CPython
// compiler_import / compiler_from_import use LOC(s)): a failing import shows no carets.
function compileImportAlias(c: Compiler, a: A.alias): void {
  c.loadConst(0n);
  c.loadConst(null);
  c.emit(OP.IMPORT_NAME, c.u.addName(a.name));
  if (!a.asname) {
    c.nameOp(a.name.split('.')[0], 'store');
    return;
  }
  const parts = a.name.split('.');
  if (parts.length === 1) {
    c.nameOp(a.asname, 'store');
    return;
  }
  // __import__ returned the top package; walk down to the leaf module.
  for (let i = 1; i < parts.length; i++) {
    c.emit(OP.IMPORT_FROM, c.u.addName(parts[i]));
    if (i < parts.length - 1) {
      c.emit(OP.SWAP, 2);
      c.emit(OP.POP_TOP);
    }
  }
  c.nameOp(a.asname, 'store');
  c.emit(OP.POP_TOP);
}

function compileImportFrom(c: Compiler, s: A.ImportFrom): void {
  c.loadConst(BigInt(s.level ?? 0));
  c.loadConst({ tuple: s.names.map((a) => a.name) });
  c.emit(OP.IMPORT_NAME, c.u.addName(s.module ?? ''));
  if (s.names.length === 1 && s.names[0].name === '*') {
    c.emit(OP.CALL_INTRINSIC_1, INTRINSIC_1.INTRINSIC_IMPORT_STAR);
    c.emit(OP.POP_TOP);
    return;
  }
  for (const a of s.names) {
    c.emit(OP.IMPORT_FROM, c.u.addName(a.name));
    c.nameOp(a.asname ?? a.name, 'store');
  }
  c.emit(OP.POP_TOP);
}

export { compileExprs };
