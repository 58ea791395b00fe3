// Disassembler (`kitchen dis`): a readable listing of a CodeUnit in the style of CPython's
// dis module (Lib/dis.py): line numbers where they change, `>>` on jump targets, instruction
// index, opname, oparg and its meaning in parentheses, then the exception table, then each
// nested code object. Everything about operands comes from opcodes.ts's table.

import { type CodeUnit, type Const, constKind, isCodeUnit, localsplusNames, instrOp, instrArg } from './code.ts';
import { opInfo, BINARY_OPS, COMPARE_OPS, INTRINSIC_1_NAMES, INTRINSIC_2_NAMES } from './opcodes.ts';

function pyStr(s: string): string {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = q;
  for (const ch of s) {
    if (ch === q || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (ch < ' ' || ch === '\x7f') out += '\\x' + ch.charCodeAt(0).toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + q;
}

/** A Python-like repr of a constant (floats approximate CPython's repr). */
export function constRepr(c: Const): string {
  switch (constKind(c)) {
    case 'none': return 'None';
    case 'bool': return c ? 'True' : 'False';
    case 'int': return (c as bigint).toString();
    case 'float': {
      const f = c as number;
      if (Number.isNaN(f)) return 'nan';
      if (!Number.isFinite(f)) return f > 0 ? 'inf' : '-inf';
      return Number.isInteger(f) && Math.abs(f) < 1e16 ? f.toFixed(1) : String(f);
    }
    case 'str': return pyStr(c as string);
    case 'bytes': return 'b' + pyStr(String.fromCharCode(...(c as { bytes: Uint8Array }).bytes));
    case 'complex': return `${(c as { complex: number }).complex}j`;
    case 'ellipsis': return 'Ellipsis';
    case 'tuple': {
      const t = (c as { tuple: Const[] }).tuple;
      return t.length === 1 ? `(${constRepr(t[0])},)` : `(${t.map(constRepr).join(', ')})`;
    }
    case 'frozenset': return `frozenset({${(c as { frozenset: Const[] }).frozenset.map(constRepr).join(', ')}})`;
    case 'code': {
      const k = c as CodeUnit;
      return `<code object ${k.name}, file "${k.filename}", line ${k.firstlineno}>`;
    }
  }
}

/** The meaning of an instruction's oparg, e.g. `x`, `to 12`, `NULL + print`. */
export function argRepr(code: CodeUnit, op: number, arg: number): string {
  const info = opInfo(op);
  switch (info.arg) {
    case 'none': return '';
    case 'const': return constRepr(code.consts[arg]);
    case 'name': return code.names[arg] ?? `<bad name ${arg}>`;
    case 'global': return (arg & 1 ? 'NULL + ' : '') + (code.names[arg >> 1] ?? `<bad name ${arg >> 1}>`);
    case 'attr': return (code.names[arg >> 1] ?? `<bad name ${arg >> 1}>`) + (arg & 1 ? ' + NULL|self' : '');
    case 'local': return localsplusNames(code)[arg] ?? `<bad local ${arg}>`;
    case 'jump': return `to ${arg}`;
    case 'compare': return COMPARE_OPS[arg] ?? `<bad cmp ${arg}>`;
    case 'binop': return BINARY_OPS[arg]?.symbol ?? `<bad binop ${arg}>`;
    case 'invert': return arg ? 'not' : '';
    case 'intrinsic1': return INTRINSIC_1_NAMES[arg] ?? `<bad intrinsic ${arg}>`;
    case 'intrinsic2': return INTRINSIC_2_NAMES[arg] ?? `<bad intrinsic ${arg}>`;
    case 'conversion': return ['', 'str', 'repr', 'ascii'][arg] ?? '';
    case 'fnattr': return ({ 1: 'defaults', 2: 'kwdefaults', 4: 'annotations', 8: 'closure' } as Record<number, string>)[arg] ?? '';
    case 'unpackex': return `${arg & 0xff} before, ${arg >> 8} after`;
    case 'resume': return ['start', 'after yield', 'after yield from', 'after await'][arg] ?? '';
    case 'callex': return arg & 1 ? 'with kwargs' : '';
    default: return '';
  }
}

export function disassemble(code: CodeUnit): string {
  const out: string[] = [];
  disassembleOne(code, out);
  return out.join('\n') + '\n';
}

function disassembleOne(code: CodeUnit, out: string[]): void {
  out.push(`Disassembly of <code object ${code.name} (${code.qualname}), file "${code.filename}", line ${code.firstlineno}>:`);
  out.push(`  flags=0x${code.flags.toString(16).padStart(4, '0')} args=${code.argcount} posonly=${code.posonlyargcount} kwonly=${code.kwonlyargcount} stacksize=${code.stacksize}`);
  if (code.varnames.length) out.push(`  varnames: ${code.varnames.join(', ')}`);
  if (code.cellvars.length) out.push(`  cellvars: ${code.cellvars.join(', ')}`);
  if (code.freevars.length) out.push(`  freevars: ${code.freevars.join(', ')}`);
  const targets = new Set<number>();
  for (let i = 0; i < code.code.length; i++) {
    const op = instrOp(code.code[i]);
    if (opInfo(op).arg === 'jump') targets.add(instrArg(code.code[i]));
  }
  for (const e of code.exceptionTable) targets.add(e.target);
  let lastLine = -2;
  for (let i = 0; i < code.code.length; i++) {
    const op = instrOp(code.code[i]);
    const arg = instrArg(code.code[i]);
    const info = opInfo(op);
    const line = code.positions[i * 4];
    let lineCol = '    ';
    if (line !== lastLine) {
      if (line !== -1 || lastLine !== -2) out.push('');
      lineCol = line === -1 ? '  --' : String(line).padStart(4);
      lastLine = line;
    }
    const mark = targets.has(i) ? '>>' : '  ';
    let text = `${lineCol}  ${mark} ${String(i).padStart(4)} ${info.name.padEnd(26)}`;
    if (info.arg !== 'none') {
      text += String(arg).padStart(4);
      const r = argRepr(code, op, arg);
      if (r) text += ` (${r})`;
    }
    out.push(text.trimEnd());
  }
  if (code.exceptionTable.length) {
    out.push('ExceptionTable:');
    for (const e of code.exceptionTable) {
      out.push(`  ${e.start} to ${e.end - 1} -> ${e.target} [${e.depth}]${e.lasti ? ' lasti' : ''}`);
    }
  }
  for (const c of code.consts) {
    if (isCodeUnit(c)) {
      out.push('');
      disassembleOne(c, out);
    }
  }
}
