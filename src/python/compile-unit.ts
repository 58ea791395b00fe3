// The compiler's per-code-object state (CPython 3.11+ Python/compile.c `struct compiler_unit`)
// and the instruction emitter. Instructions are kept symbolic (jump targets are Label
// objects) until assemble.ts resolves them.
//
// Exception handling: instead of CPython's SETUP_*/POP_BLOCK pseudo ops and a later flow
// pass (flowgraph.c label_exception_targets), the emitter tracks the current *handler
// stack* as part of the straight-line state, together with the stack depth. Both travel
// along jumps: a jump records the state at its target label, and binding a label that is
// not reached by fall-through restores the recorded state. `pushHandler` is SETUP_FINALLY /
// SETUP_CLEANUP / SETUP_WITH, `popBlock` is POP_BLOCK; each emitted instruction is tagged
// with the innermost handler, from which assemble.ts builds the exception table. Code that
// cannot be reached (after return/raise/jump, until a reached label) is not emitted at all,
// which is what CPython's dead-block elimination produces.

import type { Const, CodeUnit } from './code.ts';
import type { Scope } from './symtable.ts';
import type { Pos4 } from './compile-error.ts';
import { opInfo, stackEffect } from './opcodes.ts';

export class Label {
  /** Instruction index once bound, -1 before. */
  index = -1;
  /** Straight-line state recorded by the first jump (or handler) that targets this label. */
  state: State | null = null;
  constructor(readonly name = '') {}
}

/** One entry of the handler stack: where exceptions raised in the covered code go. */
export class Handler {
  used = false;
  constructor(
    readonly label: Label,
    /** Stack items kept below the pushed (lasti,) exc. */
    readonly depth: number,
    readonly lasti: boolean,
  ) {}
}

export interface State {
  depth: number;
  handlers: readonly Handler[];
}

export interface Instr {
  op: number;
  arg: number;
  target: Label | null;
  pos: Pos4 | null;
  handler: Handler | null;
}

export type FBlockType =
  | 'WHILE_LOOP' | 'FOR_LOOP' | 'ASYNC_FOR_LOOP' | 'TRY_EXCEPT' | 'FINALLY_TRY' | 'FINALLY_END' | 'WITH'
  | 'ASYNC_WITH' | 'HANDLER_CLEANUP' | 'POP_VALUE' | 'EXCEPTION_HANDLER' | 'EXCEPTION_GROUP_HANDLER'
  | 'ASYNC_COMPREHENSION_GENERATOR' | 'STOP_ITERATION';

/** Compile-time block (CPython struct fblockinfo), used to unwind for return/break/continue. */
export interface FBlock {
  type: FBlockType;
  start: Label | null;
  exit: Label | null;
  /** FINALLY_TRY: the finally body to inline. HANDLER_CLEANUP: the `as` name (or null). */
  finalbody?: import('./ast.ts').stmt[];
  name?: string | null;
  pos: Pos4 | null;
}

function sameHandlers(a: readonly Handler[], b: readonly Handler[]): boolean {
  return a.length === b.length && a.every((h, i) => h === b[i]);
}

export type UnitKind = 'module' | 'class' | 'function' | 'async_function' | 'lambda' | 'comprehension';

function constKey(c: Const): string | null {
  if (c === null) return 'n';
  switch (typeof c) {
    case 'boolean': return c ? 'T' : 'F';
    case 'bigint': return 'i' + c.toString();
    case 'number': return 'f' + (Object.is(c, -0) ? '-0' : String(c));
    case 'string': return 's' + c;
  }
  if ('bytes' in c) return 'y' + Array.from(c.bytes).join(',');
  if ('complex' in c) return 'c' + (Object.is(c.complex, -0) ? '-0' : String(c.complex));
  if ('ellipsis' in c) return 'e';
  if ('tuple' in c) {
    const parts = c.tuple.map(constKey);
    return parts.includes(null) ? null : 't(' + parts.join('|') + ')';
  }
  return null; // code objects and frozensets are never merged
}

export class Unit {
  readonly instrs: Instr[] = [];
  readonly consts: Const[] = [];
  private readonly constIndex = new Map<string, number>();
  readonly names: string[] = [];
  private readonly nameIndex = new Map<string, number>();
  readonly varnames: string[];
  readonly cellvars: string[];
  readonly freevars: string[];
  /** localsplus index by name for fast locals, cells and free vars. */
  readonly fastIndex = new Map<string, number>();
  readonly derefIndex = new Map<string, number>();
  /** Parameters that are never deleted or rebound by `except ... as` (safe for LOAD_FAST). */
  safeParams = new Set<string>();
  argcount = 0;
  posonlyargcount = 0;
  kwonlyargcount = 0;
  flags = 0;
  docstring: string | null = null;
  fblocks: FBlock[] = [];
  depth = 0;
  handlers: readonly Handler[] = [];
  reachable = true;
  pos: Pos4 | null = null;

  constructor(
    readonly kind: UnitKind,
    readonly scope: Scope,
    readonly name: string,
    readonly qualname: string,
    readonly firstlineno: number,
    /** Name-mangling class name (CPython u_private). */
    readonly privateName: string | null,
    varnames: string[],
    cellvars: string[],
    freevars: string[],
  ) {
    this.varnames = varnames;
    this.cellvars = cellvars;
    this.freevars = freevars;
    varnames.forEach((n, i) => this.fastIndex.set(n, i));
    let next = varnames.length;
    for (const c of cellvars) {
      const vi = this.fastIndex.get(c);
      this.derefIndex.set(c, vi ?? next++);
    }
    for (const f of freevars) this.derefIndex.set(f, next++);
  }

  addConst(c: Const): number {
    const key = constKey(c);
    if (key !== null) {
      const i = this.constIndex.get(key);
      if (i !== undefined) return i;
      this.constIndex.set(key, this.consts.length);
    }
    this.consts.push(c);
    return this.consts.length - 1;
  }

  addName(n: string): number {
    let i = this.nameIndex.get(n);
    if (i === undefined) {
      i = this.names.length;
      this.names.push(n);
      this.nameIndex.set(n, i);
    }
    return i;
  }

  // ---- emitting ----

  private push(op: number, arg: number, target: Label | null): void {
    const handler = this.handlers.length ? this.handlers[this.handlers.length - 1] : null;
    if (handler) handler.used = true;
    this.instrs.push({ op, arg, target, pos: this.pos, handler });
  }

  emit(op: number, arg = 0): void {
    if (!this.reachable) return;
    if (opInfo(op).arg === 'jump') throw new Error(`emit: ${opInfo(op).name} needs emitJump`);
    this.push(op, arg, null);
    this.depth += stackEffect(op, arg, false);
    if (this.depth < 0) throw new Error(`compiler bug: negative stack depth after ${opInfo(op).name} in ${this.qualname}`);
    if (opInfo(op).terminates) this.reachable = false;
  }

  emitJump(op: number, target: Label): void {
    if (!this.reachable) return;
    this.push(op, 0, target);
    this.jumpedTo.add(target);
    this.record(target, { depth: this.depth + stackEffect(op, 0, true), handlers: this.handlers });
    this.depth += stackEffect(op, 0, false);
    if (opInfo(op).terminates) this.reachable = false;
  }

  private record(label: Label, st: State): void {
    if (label.state === null) {
      label.state = st;
    } else if (!sameHandlers(label.state.handlers, st.handlers)) {
      throw new Error(`compiler bug: handler stack differs between jumps to label ${label.name} in ${this.qualname}`);
    } else if (label.state.depth !== st.depth) {
      throw new Error(`compiler bug: inconsistent stack depth at label ${label.name} (${label.state.depth} vs ${st.depth}) in ${this.qualname}`);
    }
  }

  bind(label: Label): void {
    if (label.index !== -1) throw new Error(`compiler bug: label ${label.name} bound twice`);
    label.index = this.instrs.length;
    if (this.reachable) {
      if (label.state && label.state.depth !== this.depth) {
        throw new Error(`compiler bug: depth ${this.depth} falling into label ${label.name} recorded ${label.state.depth} in ${this.qualname}`);
      }
      if (label.state && !sameHandlers(label.state.handlers, this.handlers)) {
        throw new Error(`compiler bug: handler stack differs between paths into label ${label.name} in ${this.qualname}`);
      }
      if (!label.state) label.state = { depth: this.depth, handlers: this.handlers };
      return;
    }
    if (label.state && (this.jumpedTo.has(label) || this.handlerOf.get(label)?.used)) {
      this.depth = label.state.depth;
      this.handlers = label.state.handlers;
      this.reachable = true;
    }
  }

  /** Labels that some emitted jump targets. */
  private readonly jumpedTo = new Set<Label>();
  private readonly handlerOf = new Map<Label, Handler>();

  /** SETUP_FINALLY / SETUP_CLEANUP / SETUP_WITH: exceptions in following code go to `label`. */
  pushHandler(label: Label, depth: number, lasti: boolean): Handler {
    const h = new Handler(label, depth, lasti);
    this.handlerOf.set(label, h);
    if (this.reachable) this.record(label, { depth: depth + (lasti ? 1 : 0) + 1, handlers: this.handlers });
    this.handlers = [...this.handlers, h];
    return h;
  }

  /** POP_BLOCK: leave the innermost handler (on the current path only). */
  popBlock(): void {
    if (!this.reachable) return;
    this.handlers = this.handlers.slice(0, -1);
  }

}

export type { CodeUnit };
