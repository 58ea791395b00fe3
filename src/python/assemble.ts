// Assembler: turns a compiled Unit (symbolic instructions, labels, handler tags) into a
// CodeUnit: resolves labels to absolute instruction indices, picks JUMP_FORWARD /
// JUMP_BACKWARD for the pseudo jumps by direction, builds the exception table from the
// per-instruction handler tags (runs of equal handlers become one entry, as CPython's
// assemble_exception_table), lays out positions, and computes the maximum stack depth by
// flow analysis over opcodes.ts's stack effects (CPython flowgraph.c calculate_stackdepth),
// following fall-through, jump and exception-handler edges.

import { type CodeUnit, type ExceptionTableEntry, makeInstr, instrOp, instrArg } from './code.ts';
import { OP, PSEUDO, opInfo, stackEffect, stackPops } from './opcodes.ts';
import type { Unit, Handler } from './compile-unit.ts';

export function assemble(u: Unit, filename: string): CodeUnit {
  const n = u.instrs.length;
  const code = new Int32Array(n);
  const positions = new Int32Array(n * 4).fill(-1);
  for (let i = 0; i < n; i++) {
    const ins = u.instrs[i];
    let op = ins.op;
    let arg = ins.arg;
    if (ins.target) {
      const t = ins.target.index;
      if (t < 0 || t >= n) throw new Error(`compiler bug: jump to unbound/out-of-range label ${ins.target.name} (${t}) in ${u.qualname}`);
      arg = t;
      if (op === PSEUDO.JUMP) op = t <= i ? OP.JUMP_BACKWARD : OP.JUMP_FORWARD;
      else if (op === PSEUDO.JUMP_NO_INTERRUPT) op = t <= i ? OP.JUMP_BACKWARD_NO_INTERRUPT : OP.JUMP_FORWARD;
    }
    if (op >= 256) throw new Error(`compiler bug: pseudo op ${opInfo(op).name} left in ${u.qualname}`);
    if (arg < 0 || arg >= 1 << 24) throw new Error(`compiler bug: oparg ${arg} out of range in ${u.qualname}`);
    code[i] = makeInstr(op, arg);
    if (ins.pos) {
      positions[i * 4] = ins.pos.lineno;
      positions[i * 4 + 1] = ins.pos.col_offset;
      positions[i * 4 + 2] = ins.pos.end_lineno ?? ins.pos.lineno;
      positions[i * 4 + 3] = ins.pos.end_col_offset ?? -1;
    }
  }
  const exceptionTable: ExceptionTableEntry[] = [];
  let cur: Handler | null = null;
  let start = 0;
  const close = (end: number): void => {
    if (cur && end > start) {
      exceptionTable.push({ start, end, target: cur.label.index, depth: cur.depth, lasti: cur.lasti });
    }
  };
  for (let i = 0; i <= n; i++) {
    const h = i < n ? u.instrs[i].handler : null;
    if (h !== cur) {
      close(i);
      cur = h;
      start = i;
    }
  }
  const out: CodeUnit = {
    name: u.name,
    qualname: u.qualname,
    filename,
    firstlineno: u.firstlineno,
    argcount: u.argcount,
    posonlyargcount: u.posonlyargcount,
    kwonlyargcount: u.kwonlyargcount,
    flags: u.flags,
    varnames: u.varnames,
    cellvars: u.cellvars,
    freevars: u.freevars,
    names: u.names,
    consts: u.consts,
    code,
    positions,
    exceptionTable,
    stacksize: 0,
    docstring: u.docstring,
  };
  out.stacksize = computeStackDepths(out).max;
  return out;
}

export function handlerFor(code: CodeUnit, i: number): ExceptionTableEntry | null {
  for (const e of code.exceptionTable) if (e.start <= i && i < e.end) return e;
  return null;
}

/**
 * Stack depth before each instruction (-1 where unreachable) and the maximum, by a worklist
 * over fall-through, jump and exception edges. Throws if a path underflows the stack, two
 * paths reach an instruction with different depths, a jump target is out of range, or
 * control falls off the end of the code.
 */
export function computeStackDepths(code: CodeUnit): { depths: Int32Array; max: number } {
  const n = code.code.length;
  const depths = new Int32Array(n).fill(-1);
  let max = 0;
  const work: number[] = [];
  const where = (i: number): string => `${code.qualname}@${i}`;
  const reach = (i: number, d: number, from: number): void => {
    if (i < 0 || i >= n) throw new Error(`control flow leaves the code at ${i} (from ${where(from)})`);
    if (d < 0) throw new Error(`negative stack depth ${d} entering ${where(i)}`);
    if (depths[i] === -1) {
      depths[i] = d;
      if (d > max) max = d;
      work.push(i);
    } else if (depths[i] !== d) {
      throw new Error(`inconsistent stack depth at ${where(i)}: ${depths[i]} vs ${d} (from ${where(from)})`);
    }
  };
  if (n > 0) reach(0, 0, 0);
  while (work.length) {
    const i = work.pop()!;
    const d = depths[i];
    const op = instrOp(code.code[i]);
    const arg = instrArg(code.code[i]);
    const info = opInfo(op);
    const needs = stackPops(op, arg, false);
    if (needs > d) throw new Error(`stack underflow at ${where(i)} (${info.name} needs ${needs}, has ${d})`);
    const after = d + stackEffect(op, arg, false);
    if (after > max) max = after;
    if (info.arg === 'jump') {
      const jd = d + stackEffect(op, arg, true);
      if (jd > max) max = jd;
      reach(arg, jd, i);
    }
    if (!info.terminates) reach(i + 1, after, i);
    const h = handlerFor(code, i);
    if (h) {
      if (h.depth > d) throw new Error(`handler depth ${h.depth} above stack depth ${d} at ${where(i)}`);
      reach(h.target, h.depth + (h.lasti ? 1 : 0) + 1, i);
    }
  }
  return { depths, max };
}
