// The bytecode compiler: AST (ast.ts) + symbol table (symtable.ts) -> CodeUnit tree (code.ts).
// Follows CPython 3.12/3.13 Python/compile.c code shapes (exception tables, CALL with a
// self_or_null slot, RETURN_CONST, 3.13 f-string ops) except that comprehensions are
// compiled as nested functions as in 3.11 (our oracle's tracebacks show <listcomp> frames).
// This file holds the Compiler (unit stack, name resolution, fblock unwinding) and the entry
// points; expressions, statements and function/class/comprehension bodies live in
// compile-expr.ts, compile-stmt.ts and compile-function.ts; assemble.ts produces CodeUnits.

import type * as A from './ast.ts';
import type { CodeUnit, Const } from './code.ts';
import { OP, PSEUDO, INTRINSIC_1 } from './opcodes.ts';
import { buildSymtable, mangle, type Scope, type SymbolTable, LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE, CELL } from './symtable.ts';
import { SourceInfo, type Pos4 } from './compile-error.ts';
import { Label, Unit, type FBlock, type FBlockType } from './compile-unit.ts';
import { compileModuleBody } from './compile-function.ts';
import { compileStmts } from './compile-stmt.ts';
import { parse } from './parser.ts';

export type NameCtx = 'load' | 'store' | 'del';

export class Compiler {
  readonly units: Unit[] = [];
  /** `from __future__ import annotations`: annotations are stored as source strings. */
  futureAnnotations = false;
  u!: Unit;

  constructor(readonly st: SymbolTable, readonly src: SourceInfo) {}

  get filename(): string {
    return this.src.filename;
  }

  error(msg: string, pos: Pos4 | null | undefined): never {
    throw this.src.error(msg, pos ?? this.u?.pos ?? null);
  }

  scopeOf(node: object): Scope {
    const s = this.st.byNode.get(node);
    if (!s) throw new Error('compiler bug: no symbol table scope for node');
    return s;
  }

  pushUnit(u: Unit): void {
    this.units.push(u);
    this.u = u;
  }

  popUnit(): Unit {
    const u = this.units.pop()!;
    this.u = this.units[this.units.length - 1];
    return u;
  }

  // ---- emit shorthands (on the current unit) ----

  emit(op: number, arg = 0): void {
    this.u.emit(op, arg);
  }

  jump(op: number, label: Label): void {
    this.u.emitJump(op, label);
  }

  label(name = ''): Label {
    return new Label(name);
  }

  bind(label: Label): void {
    this.u.bind(label);
  }

  loadConst(c: Const): void {
    this.emit(OP.LOAD_CONST, this.u.addConst(c));
  }

  /** Run `f` with the unit's current source position set to `pos` (CPython SET_LOC). */
  at<T>(pos: Pos4 | null, f: () => T): T {
    const saved = this.u.pos;
    this.u.pos = pos;
    try {
      return f();
    } finally {
      this.u.pos = saved;
    }
  }

  mangle(name: string): string {
    return mangle(this.u.privateName, name);
  }

  // ---- names (CPython compiler_nameop) ----

  nameOp(rawName: string, ctx: NameCtx): void {
    const u = this.u;
    if (rawName === '__debug__') {
      if (ctx === 'load') return this.loadConst(true);
      this.error(ctx === 'store' ? 'cannot assign to __debug__' : 'cannot delete __debug__', u.pos);
    }
    const name = this.mangle(rawName);
    const scope = u.scope.scopeOf(name);
    const isFunction = u.scope.type === 'function';
    let kind: 'deref' | 'fast' | 'global' | 'name' = 'name';
    switch (scope) {
      case FREE:
      case CELL:
        kind = 'deref';
        break;
      case LOCAL:
        if (isFunction) kind = 'fast';
        break;
      case GLOBAL_IMPLICIT:
        if (isFunction) kind = 'global';
        break;
      case GLOBAL_EXPLICIT:
        kind = 'global';
        break;
    }
    // A class body name that is also free in a method (DEF_FREE_CLASS) is LOCAL: plain name op.
    if (kind === 'deref') {
      const idx = u.derefIndex.get(name);
      if (idx === undefined) throw new Error(`compiler bug: no cell/free slot for ${name} in ${u.qualname}`);
      if (ctx === 'load') {
        if (u.scope.type === 'class') {
          this.emit(OP.LOAD_LOCALS);
          this.emit(OP.LOAD_FROM_DICT_OR_DEREF, idx);
        } else {
          this.emit(OP.LOAD_DEREF, idx);
        }
      } else {
        this.emit(ctx === 'store' ? OP.STORE_DEREF : OP.DELETE_DEREF, idx);
      }
      return;
    }
    if (kind === 'fast') {
      const idx = u.fastIndex.get(name);
      if (idx === undefined) throw new Error(`compiler bug: no fast slot for ${name} in ${u.qualname}`);
      if (ctx === 'load') this.emit(u.safeParams.has(name) ? OP.LOAD_FAST : OP.LOAD_FAST_CHECK, idx);
      else this.emit(ctx === 'store' ? OP.STORE_FAST : OP.DELETE_FAST, idx);
      return;
    }
    const ni = u.addName(name);
    if (kind === 'global') {
      if (ctx === 'load') this.emit(OP.LOAD_GLOBAL, ni << 1);
      else this.emit(ctx === 'store' ? OP.STORE_GLOBAL : OP.DELETE_GLOBAL, ni);
      return;
    }
    this.emit(ctx === 'load' ? OP.LOAD_NAME : ctx === 'store' ? OP.STORE_NAME : OP.DELETE_NAME, ni);
  }

  /** True if loading `rawName` would be a LOAD_GLOBAL (so a call can use its NULL bit). */
  isGlobalLoad(rawName: string): boolean {
    if (rawName === '__debug__') return false;
    const scope = this.u.scope.scopeOf(this.mangle(rawName));
    return scope === GLOBAL_EXPLICIT || (scope === GLOBAL_IMPLICIT && this.u.scope.type === 'function');
  }

  // ---- fblocks and unwinding (CPython compiler_push_fblock / compiler_unwind_fblock) ----

  pushFBlock(type: FBlockType, start: Label | null, exit: Label | null, extra: Partial<FBlock> = {}): void {
    this.u.fblocks.push({ type, start, exit, pos: this.u.pos, ...extra });
  }

  popFBlock(type: FBlockType): void {
    const f = this.u.fblocks.pop();
    if (!f || f.type !== type) throw new Error(`compiler bug: fblock mismatch ${f?.type} vs ${type}`);
  }

  /** Emit the cleanup for leaving fblock `f` (return/break/continue). preserveTos: a return value is on top. */
  unwindFBlock(f: FBlock, preserveTos: boolean): void {
    switch (f.type) {
      case 'WHILE_LOOP':
      case 'EXCEPTION_HANDLER':
      case 'EXCEPTION_GROUP_HANDLER':
      case 'ASYNC_COMPREHENSION_GENERATOR':
      case 'STOP_ITERATION':
        return;
      case 'FOR_LOOP':
      case 'ASYNC_FOR_LOOP':
        // Pop the iterator (under the return value, if any).
        if (preserveTos) this.emit(OP.SWAP, 2);
        this.emit(OP.POP_TOP);
        return;
      case 'TRY_EXCEPT':
        this.u.popBlock();
        return;
      case 'FINALLY_TRY':
        this.u.popBlock();
        if (preserveTos) this.pushFBlock('POP_VALUE', null, null);
        compileStmts(this, f.finalbody!);
        if (preserveTos) this.popFBlock('POP_VALUE');
        return;
      case 'FINALLY_END':
        if (preserveTos) this.emit(OP.SWAP, 2);
        this.emit(OP.POP_TOP); // the exception being handled by the finally body
        if (preserveTos) this.emit(OP.SWAP, 2);
        this.u.popBlock();
        this.emit(OP.POP_EXCEPT);
        return;
      case 'WITH':
      case 'ASYNC_WITH':
        this.at(f.pos, () => {
          this.u.popBlock();
          if (preserveTos) this.emit(OP.SWAP, 2);
          this.callExitWithNones();
          if (f.type === 'ASYNC_WITH') {
            this.emit(OP.GET_AWAITABLE, 2);
            this.loadConst(null);
            this.yieldFrom(true);
          }
          this.emit(OP.POP_TOP);
        });
        return;
      case 'HANDLER_CLEANUP':
        if (f.name) this.u.popBlock();
        if (preserveTos) this.emit(OP.SWAP, 2);
        this.u.popBlock();
        this.emit(OP.POP_EXCEPT);
        if (f.name) {
          this.loadConst(null);
          this.nameOp(f.name, 'store');
          this.nameOp(f.name, 'del');
        }
        return;
      case 'POP_VALUE':
        if (preserveTos) this.emit(OP.SWAP, 2);
        this.emit(OP.POP_TOP);
        return;
    }
  }

  /** Unwind every fblock down to the innermost loop (returned) or all of them (loop = false). */
  unwindFBlockStack(preserveTos: boolean, toLoop: boolean): FBlock | null {
    const fbs = this.u.fblocks;
    if (fbs.length === 0) return null;
    const top = fbs[fbs.length - 1];
    if (top.type === 'EXCEPTION_GROUP_HANDLER') {
      this.error("'break', 'continue' and 'return' cannot appear in an except* block", this.u.pos);
    }
    if (toLoop && (top.type === 'WHILE_LOOP' || top.type === 'FOR_LOOP' || top.type === 'ASYNC_FOR_LOOP')) return top;
    fbs.pop();
    try {
      this.unwindFBlock(top, preserveTos);
      return this.unwindFBlockStack(preserveTos, toLoop);
    } finally {
      fbs.push(top);
    }
  }

  /** `with` exit on the normal path: exit(None, None, None). An empty self slot (PUSH_NULL)
   *  lets CALL unwrap the bound __exit__ and push its frame, so an __exit__ that blocks
   *  (ThreadPoolExecutor.shutdown joining its workers) waits like any call instead of
   *  running nested. */
  callExitWithNones(): void {
    this.emit(OP.PUSH_NULL);
    this.loadConst(null);
    this.loadConst(null);
    this.loadConst(null);
    this.emit(OP.CALL, 3);
  }

  /** CPython compiler_add_yield_from: the SEND loop shared by `yield from` and `await`. */
  yieldFrom(isAwait: boolean): void {
    const send = this.label('send');
    const fail = this.label('fail');
    const exit = this.label('exit');
    this.bind(send);
    this.jump(OP.SEND, exit);
    // A throw()/close() into the suspended frame lands in CLEANUP_THROW.
    this.u.pushHandler(fail, this.u.depth, false);
    this.emit(OP.YIELD_VALUE, 0);
    this.u.popBlock();
    this.emit(OP.RESUME, isAwait ? 3 : 2);
    this.jump(PSEUDO.JUMP_NO_INTERRUPT, send);
    this.bind(fail);
    this.emit(OP.CLEANUP_THROW);
    this.bind(exit);
    this.emit(OP.END_SEND);
  }

  /** Handler that turns StopIteration escaping a generator body into RuntimeError (PEP 479). */
  stopIterationHandlerEnd(handlerLabel: Label): void {
    this.bind(handlerLabel);
    this.emit(OP.CALL_INTRINSIC_1, INTRINSIC_1.INTRINSIC_STOPITERATION_ERROR);
    this.emit(OP.RERAISE, 1);
  }
}

/** Compile a parsed module. `source` (optional) gives SyntaxErrors their text and char offsets. */
export function compile(module: A.Module, filename: string, source?: string): CodeUnit {
  const src = new SourceInfo(filename, source);
  const st = buildSymtable(module, src);
  const c = new Compiler(st, src);
  const unit = compileModuleBody(c, module);
  if (src.warnings.length > 0) unit.syntaxWarnings = src.warnings;
  return unit;
}

/** Parse and compile Python source. Throws PySyntaxError. */
export function compileSource(source: string, filename: string): CodeUnit {
  return compile(parse(source, filename), filename, source);
}
