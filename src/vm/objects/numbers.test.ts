// int, float and bool semantics against python3: every case of
// __fixtures__/numbers.json was produced by tools/gen-number-fixtures.py running python3.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fixtures from './__fixtures__/numbers.json';
import { Runtime } from '../runtime.ts';
import { testHost } from '../test-host.ts';
import type { Ref } from '../heap.ts';
import * as A from '../abstract.ts';
import { CompareOp } from '../type-slots.ts';
import { PyError } from '../errors.ts';
import { intHashExact } from './int.ts';
import { floatHashExact } from './float.ts';
import { newComplex } from './complex.ts';

type Enc = { t: string; v: string; bits?: string; re?: string; im?: string };
type Res = { t?: string; r?: string; e?: string; m?: string };

const rt = Runtime.create({ host: testHost() });

function fromBits(hex: string): number {
  const dv = new DataView(new ArrayBuffer(8));
  dv.setBigUint64(0, BigInt('0x' + hex));
  return dv.getFloat64(0);
}
function dec(e: Enc): Ref {
  if (e.t === 'bool') return rt.bool(e.v === 'True');
  if (e.t === 'int') return rt.newInt(BigInt(e.v));
  if (e.t === 'complex') return newComplex(rt, fromBits(e.re!), fromBits(e.im!));
  return rt.newFloat(fromBits(e.bits!));
}
/** Outcome of running fn in our engine, in the fixture's shape. */
function run(fn: () => Ref): Res {
  try {
    const r = fn();
    return { t: A.typeName(rt, r), r: rt.jsStr(A.repr(rt, r)) };
  } catch (e) {
    if (!(e instanceof PyError)) throw e;
    return { e: A.typeName(rt, e.exc), m: rt.jsStr(A.str(rt, e.exc)) };
  }
}
let failures: string[] = [];
/** Record a mismatch; each test asserts at its end that none were recorded (so one run
 *  lists every wrong case, not only the first). */
function expectSame(got: Res, want: Res, label: string): void {
  const w = want.e !== undefined ? { e: want.e, m: want.m } : { t: want.t, r: want.r };
  if (JSON.stringify(got) !== JSON.stringify(w)) failures.push(`${label}: got ${JSON.stringify(got)} want ${JSON.stringify(w)}`);
}
beforeEach(() => { failures = []; });
afterEach(() => { expect(failures.slice(0, 30)).toEqual([]); });

const BIN: Record<string, number> = {
  '+': A.BinOp.ADD, '-': A.BinOp.SUBTRACT, '*': A.BinOp.MULTIPLY, '/': A.BinOp.TRUE_DIVIDE,
  '//': A.BinOp.FLOOR_DIVIDE, '%': A.BinOp.REMAINDER, '**': A.BinOp.POWER, '<<': A.BinOp.LSHIFT,
  '>>': A.BinOp.RSHIFT, '&': A.BinOp.AND, '|': A.BinOp.OR, '^': A.BinOp.XOR, divmod: A.BINOP_DIVMOD,
};
const CMP: Record<string, CompareOp> = { '<': CompareOp.LT, '<=': CompareOp.LE, '==': CompareOp.EQ, '!=': CompareOp.NE, '>': CompareOp.GT, '>=': CompareOp.GE };

describe('numbers vs python3', () => {
  it(`binary operators and comparisons (${fixtures.binary.length} cases)`, () => {
    for (const c of fixtures.binary) {
      const a = dec(c.a as Enc), b = dec(c.b as Enc);
      const got = run(() => (c.op in CMP ? A.richCompare(rt, a, b, CMP[c.op]) : A.binaryOp(rt, a, b, BIN[c.op])));
      expectSame(got, c.res, `${c.a.v} ${c.op} ${c.b.v}`);
    }
  });

  it(`unary operators, int(), float(), repr, bool (${fixtures.unary.length} cases)`, () => {
    const un: Record<string, (a: Ref) => Ref> = {
      neg: (a) => A.unaryOp(rt, a, A.UnOp.NEG), pos: (a) => A.unaryOp(rt, a, A.UnOp.POS),
      abs: (a) => A.unaryOp(rt, a, A.UnOp.ABS), invert: (a) => A.unaryOp(rt, a, A.UnOp.INVERT),
      int: (a) => A.callObject(rt, rt.types.int, [a]), float: (a) => A.callObject(rt, rt.types.float, [a]),
      repr: (a) => A.repr(rt, a), bool: (a) => rt.bool(A.isTrue(rt, a)),
    };
    for (const c of fixtures.unary) {
      const a = dec(c.a as Enc);
      expectSame(run(() => un[c.op](a)), c.res, `${c.op}(${c.a.v})`);
    }
  });

  it(`float ** float, random fractional exponents (${fixtures.pow_float.length} cases): within 1 ulp, 99.5% exact`, () => {
    let exact = 0;
    for (const c of fixtures.pow_float) {
      const res = run(() => A.binaryOp(rt, dec(c.a as Enc), dec(c.b as Enc), A.BinOp.POWER));
      if (c.res.e !== undefined || res.e !== undefined) { expectSame(res, c.res, `${c.a.v} ** ${c.b.v}`); exact++; continue; }
      const got = Number(res.r), want = Number(c.res.r);
      if (got === want) { exact++; continue; }
      const ulp = Math.abs(want) * 2 ** -52;
      if (!(Math.abs(got - want) <= ulp)) failures.push(`${c.a.v} ** ${c.b.v}: got ${got} want ${want}`);
    }
    expect(exact / fixtures.pow_float.length).toBeGreaterThan(0.995);
  });

  it(`complex arithmetic, ==, repr, abs (${fixtures.complex.length} cases)`, () => {
    for (const c of fixtures.complex) {
      const a = dec(c.a as Enc);
      let got: Res;
      if (c.b === null) {
        const un: Record<string, (x: Ref) => Ref> = {
          neg: (x) => A.unaryOp(rt, x, A.UnOp.NEG), abs: (x) => A.unaryOp(rt, x, A.UnOp.ABS),
          repr: (x) => A.repr(rt, x), bool: (x) => rt.bool(A.isTrue(rt, x)),
        };
        got = run(() => un[c.op](a));
      } else {
        const b = dec(c.b as Enc);
        got = run(() => (c.op in CMP ? A.richCompare(rt, a, b, CMP[c.op]) : A.binaryOp(rt, a, b, BIN[c.op])));
      }
      // complex ** non-integer goes through atan2/log/exp/cos/sin, where V8 and glibc may
      // differ in the last bits: compare those results numerically (1e-13 relative).
      const nonIntPow = c.op === '**' && got.t === 'complex' && c.res.t === 'complex' && !/^-?\d+$/.test(c.b?.v ?? '');
      if (nonIntPow && got.r !== c.res.r) {
        const parse = (r: string): number[] => (r.match(/-?(?:\d+\.?\d*(?:e[-+]\d+)?|inf|nan)/g) ?? []).map((x) => (x === 'inf' ? Infinity : x === '-inf' ? -Infinity : Number(x)));
        const g = parse(got.r!), w = parse(c.res.r!);
        const close = g.length === w.length && g.every((x, i) => x === w[i] || (x !== x && w[i] !== w[i]) || Math.abs(x - w[i]) <= 1e-13 * Math.max(Math.abs(w[0]), Math.abs(w[w.length - 1]), 1e-300));
        if (!close) failures.push(`${c.a.v} ** ${c.b!.v}: got ${got.r} want ${c.res.r}`);
        continue;
      }
      expectSame(got, c.res, `${c.a.v} ${c.op} ${c.b?.v ?? ''}`);
    }
  });

  it(`pow(a, b, m) (${fixtures.pow3.length} cases)`, () => {
    for (const c of fixtures.pow3) {
      const got = run(() => A.ternaryPow(rt, dec(c.a as Enc), dec(c.b as Enc), dec(c.m as Enc)));
      expectSame(got, c.res, `pow(${c.a.v}, ${c.b.v}, ${c.m.v})`);
    }
  });

  it(`int(str, base) (${fixtures.parse_int.length} cases)`, () => {
    for (const c of fixtures.parse_int) {
      const got = run(() => A.callObject(rt, rt.types.int, [rt.newStr(c.s), rt.newInt(c.base)]));
      expectSame(got, c.res, `int(${JSON.stringify(c.s)}, ${c.base})`);
    }
  });

  it(`float(str) (${fixtures.parse_float.length} cases)`, () => {
    for (const c of fixtures.parse_float) {
      expectSame(run(() => A.callObject(rt, rt.types.float, [rt.newStr(c.s)])), c.res, `float(${JSON.stringify(c.s)})`);
    }
  });

  it(`round (${fixtures.round.length} cases)`, () => {
    for (const c of fixtures.round) {
      const a = dec(c.a as Enc);
      const m = A.getAttr(rt, a, rt.intern('__round__'));
      const got = run(() => A.callObject(rt, m, c.n === null ? [] : [rt.newInt(c.n)]));
      expectSame(got, c.res, `round(${c.a.v}, ${c.n})`);
    }
  });

  it(`hash (${fixtures.hash.length} cases)`, () => {
    for (const c of fixtures.hash) {
      const a = dec(c.a as Enc);
      const exact = c.a.t === 'float' ? floatHashExact(fromBits(c.a.bits!), 0) : intHashExact(BigInt(c.a.v));
      expect(exact.toString(), `hash(${c.a.v}) exact`).toBe(c.h);
      expect(A.hash(rt, a), `hash(${c.a.v})`).toBe(Number(BigInt(c.h)));
    }
  });

  it('float(int) rounding and overflow, big int true division', () => {
    for (const c of fixtures.float_conv) expectSame(run(() => A.callObject(rt, rt.types.float, [dec(c.a as Enc)])), c.res, `float(${c.a.v})`);
    for (const c of fixtures.big_div) {
      expectSame(run(() => A.binaryOp(rt, dec(c.a as Enc), dec(c.b as Enc), A.BinOp.TRUE_DIVIDE)), c.res, `${c.a.v} / ${c.b.v}`);
    }
  });

  it('int and float methods', () => {
    for (const c of fixtures.methods) {
      const a = dec(c.a as Enc);
      expectSame(run(() => A.callObject(rt, A.getAttr(rt, a, rt.intern(c.m)), [])), c.res, `${c.a.v}.${c.m}()`);
    }
  });
});
