// Sanity of the single opcode table: numbering, the dispatch map, stack effects and the
// properties the eval loop relies on (check points, terminators, branch effects).

import { describe, it, expect } from 'vitest';
import { OP, OPCODES, PSEUDO_OPCODES, PSEUDO, stackEffect, opInfo, BINARY_OPS, NB_INPLACE_OFFSET } from './opcodes.ts';

describe('opcode table', () => {
  it('numbers real ops densely below 256 and pseudo ops from 256', () => {
    OPCODES.forEach((o, i) => expect(o.num).toBe(i));
    expect(OPCODES.length).toBeLessThan(256);
    PSEUDO_OPCODES.forEach((o, i) => expect(o.num).toBe(256 + i));
  });
  it('has unique names and OP maps each name to its number', () => {
    const names = new Set(OPCODES.map((o) => o.name));
    expect(names.size).toBe(OPCODES.length);
    for (const o of OPCODES) expect((OP as Record<string, number>)[o.name]).toBe(o.num);
    expect(PSEUDO.JUMP).toBeGreaterThanOrEqual(256);
  });
  it('gives branch effects to every conditional jump and FOR_ITER/SEND', () => {
    for (const o of OPCODES) {
      if (o.arg === 'jump' && !o.terminates) expect(o.jumpPops, o.name).toBeDefined();
    }
    expect(stackEffect(OP.FOR_ITER, 0, false)).toBe(1);
    expect(stackEffect(OP.FOR_ITER, 0, true)).toBe(-1);
    expect(stackEffect(OP.POP_JUMP_IF_FALSE, 0, true)).toBe(-1);
  });
  it('computes oparg-dependent effects', () => {
    expect(stackEffect(OP.CALL, 3)).toBe(-4);
    expect(stackEffect(OP.CALL_KW, 2)).toBe(-4);
    expect(stackEffect(OP.CALL_FUNCTION_EX, 1)).toBe(-3);
    expect(stackEffect(OP.LOAD_GLOBAL, (7 << 1) | 1)).toBe(2);
    expect(stackEffect(OP.LOAD_ATTR, 7 << 1)).toBe(0);
    expect(stackEffect(OP.BUILD_MAP, 3)).toBe(-5);
    expect(stackEffect(OP.UNPACK_EX, 1 | (2 << 8))).toBe(3);
    expect(stackEffect(OP.COPY, 3)).toBe(1);
  });
  it('marks exactly RESUME(arg 0), JUMP_BACKWARD and the calls as check points', () => {
    const cps = OPCODES.filter((o) => o.checkpoint !== 'never').map((o) => o.name).sort();
    expect(cps).toEqual(['CALL', 'CALL_FUNCTION_EX', 'CALL_KW', 'JUMP_BACKWARD', 'RESUME']);
    expect(opInfo(OP.RESUME).checkpoint).toBe('arg0');
    expect(opInfo(OP.BINARY_OP).checkpoint).toBe('never');
    expect(opInfo(OP.STORE_FAST).checkpoint).toBe('never');
  });
  it('numbers binary ops as CPython NB_*', () => {
    expect(BINARY_OPS[0].name).toBe('NB_ADD');
    expect(BINARY_OPS[10].name).toBe('NB_SUBTRACT');
    expect(BINARY_OPS[0 + NB_INPLACE_OFFSET].name).toBe('NB_INPLACE_ADD');
    expect(BINARY_OPS.length).toBe(26);
  });
});
