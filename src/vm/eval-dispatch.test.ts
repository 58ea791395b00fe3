// The eval loop's switch uses numeric literals as case labels (`case 9 /* LOAD_FAST */:`):
// V8 compiles a switch over Smi literals into a jump table, but over named constants into a
// chain of comparisons. This test keeps those literals true to the opcode table
// (src/python/opcodes.ts), which stays the single definition of the numbers.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OP } from '../python/opcodes.ts';

describe('eval.ts dispatch labels', () => {
  const src = readFileSync(join(import.meta.dirname, 'eval.ts'), 'utf8');
  const labels = [...src.matchAll(/^\s*case (\d+) \/\* ([A-Z_0-9]+) \*\/:/gm)].map((m) => [Number(m[1]), m[2]] as const);
  it('every literal label is its opcode number', () => {
    expect(labels.length).toBeGreaterThan(90);
    for (const [num, name] of labels) expect([name, num]).toEqual([name, (OP as Record<string, number>)[name]]);
  });
  it('every opcode has exactly one case', () => {
    const seen = labels.map(([, name]) => name).sort();
    expect(seen).toEqual(Object.keys(OP).sort());
  });
  // The rare opcodes' bodies live in eval-rare.ts; execute sends exactly those there.
  const rare = readFileSync(join(import.meta.dirname, 'eval-rare.ts'), 'utf8');
  const rareLabels = [...rare.matchAll(/^\s*case (\d+) \/\* ([A-Z_0-9]+) \*\/:/gm)].map((m) => [Number(m[1]), m[2]] as const);
  it('the rare opcodes have true labels and are the ones execute hands to rareOp', () => {
    expect(rareLabels.length).toBeGreaterThan(20);
    for (const [num, name] of rareLabels) expect([name, num]).toEqual([name, (OP as Record<string, number>)[name]]);
    const handedOver = /((?:\s*case \d+ \/\* [A-Z_0-9]+ \*\/:)+)\s*sp = rareOp\(/.exec(src);
    expect(handedOver).not.toBeNull();
    const names = [...handedOver![1]!.matchAll(/\/\* ([A-Z_0-9]+) \*\//g)].map((m) => m[1]).sort();
    expect(names).toEqual(rareLabels.map(([, name]) => name).sort());
  });
  // A Python exception the loop raises itself goes to the unwinding code by `break dispatch`
  // (see `raised` in execute): a JS throw caught by execute's baseline code costs ~40 µs.
  it('execute raises Python exceptions without a JS throw of its own', () => {
    const body = src.slice(src.indexOf('function execute('), src.indexOf('// Silence unused-import diagnostics'));
    expect(body.length).toBeGreaterThan(20_000);
    expect(body.match(/throw new PyError\(/g)).toBeNull();
    expect(body.match(/break dispatch;/g)!.length).toBeGreaterThanOrEqual(8);
  });
});
