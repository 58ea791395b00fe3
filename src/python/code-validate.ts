// Structural validation of compiled code (used by tests and available to the loader as a
// debugging aid): every oparg indexes something that exists, every jump stays inside the
// code, the exception table is well formed, and the stack depth is never negative and is
// consistent wherever control-flow paths meet (assemble.ts computeStackDepths).

import { type CodeUnit, isCodeUnit, nlocalsplus, instrOp, instrArg, CO_VARARGS, CO_VARKEYWORDS } from './code.ts';
import { OPCODES } from './opcodes.ts';
import { computeStackDepths } from './assemble.ts';

/** Problems found in `code` and its nested code objects (empty when valid). */
export function validateCode(code: CodeUnit): string[] {
  const errors: string[] = [];
  validateOne(code, errors);
  return errors;
}

function validateOne(code: CodeUnit, errors: string[]): void {
  const where = (i: number): string => `${code.filename}:${code.qualname}@${i}`;
  const n = code.code.length;
  const nlocals = nlocalsplus(code);
  if (code.positions.length !== n * 4) errors.push(`${code.qualname}: positions length ${code.positions.length} != 4*${n}`);
  const nargs = code.argcount + code.kwonlyargcount + (code.flags & CO_VARARGS ? 1 : 0) + (code.flags & CO_VARKEYWORDS ? 1 : 0);
  if (nargs > code.varnames.length) errors.push(`${code.qualname}: ${nargs} args but ${code.varnames.length} varnames`);
  if (code.posonlyargcount > code.argcount) errors.push(`${code.qualname}: posonlyargcount > argcount`);
  for (let i = 0; i < n; i++) {
    const op = instrOp(code.code[i]);
    const arg = instrArg(code.code[i]);
    const info = OPCODES[op];
    if (!info) {
      errors.push(`${where(i)}: unknown opcode ${op}`);
      continue;
    }
    const bad = (what: string): void => void errors.push(`${where(i)}: ${info.name} ${arg}: ${what}`);
    switch (info.arg) {
      case 'const': if (arg >= code.consts.length) bad('const index out of range'); break;
      case 'name': if (arg >= code.names.length) bad('name index out of range'); break;
      case 'global': case 'attr': if (arg >> 1 >= code.names.length) bad('name index out of range'); break;
      case 'local': if (arg >= nlocals) bad('local index out of range'); break;
      case 'jump': if (arg >= n) bad('jump target out of range'); break;
      case 'compare': if (arg > 5) bad('bad comparison'); break;
      case 'binop': if (arg > 25) bad('bad binary op'); break;
      case 'resume': if (arg > 3) bad('bad resume kind'); break;
      case 'none': if (arg !== 0) bad('unexpected argument'); break;
    }
    if (info.name === 'COPY_FREE_VARS' && arg !== code.freevars.length) bad('COPY_FREE_VARS count != freevars');
  }
  let prevEnd = 0;
  for (const e of code.exceptionTable) {
    const w = `${code.qualname} exception entry ${e.start}-${e.end}->${e.target}`;
    if (!(e.start >= 0 && e.start < e.end && e.end <= n)) errors.push(`${w}: bad range`);
    if (e.start < prevEnd) errors.push(`${w}: overlaps or unsorted`);
    if (e.target < 0 || e.target >= n) errors.push(`${w}: target out of range`);
    if (e.depth < 0) errors.push(`${w}: negative depth`);
    prevEnd = e.end;
  }
  try {
    const { max } = computeStackDepths(code);
    if (max !== code.stacksize) errors.push(`${code.qualname}: stacksize ${code.stacksize} != computed ${max}`);
  } catch (err) {
    errors.push(`${code.filename}: ${(err as Error).message}`);
  }
  for (const c of code.consts) if (isCodeUnit(c)) validateOne(c, errors);
}
