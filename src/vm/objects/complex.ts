// complex: two doubles. Basic arithmetic, comparison for equality, hash, repr after CPython
// Objects/complexobject.c (repr: "(1+2j)", "2j", "(-0-1j)"; components printed like float
// repr but without ".0" for integral values, "inf"/"nan" as is).
//
// Layout: header; real at byte 8; imag at byte 16.

import { type Ref, NULL, isSmallInt } from '../heap.ts';
import type { Runtime } from '../runtime.ts';
import { CompareOp, type TypeSlots } from '../type-slots.ts';
import { registerType } from '../registry.ts';
import { T_FLAGS, TF_LONG_SUBCLASS, TF_FLOAT_SUBCLASS, T_BASICSIZE } from '../type-layout.ts';
import { typeError, zeroDivisionError, overflowError, valueError, raise } from '../errors.ts';
import { parseFormatSpec, formatFloat, FormatError } from '../format/format-spec.ts';
import { typeName, isSubtype } from '../abstract.ts';
import { floatRepr } from '../format/float-repr.ts';
import { floatValue, floatHashExact, newFloatObject, floatFromObject } from './float.ts';
import { intToFloatChecked, HASH_MODULUS } from './int.ts';
import { complexPowHook } from './complex-hooks.ts';

export const COMPLEX_BASICSIZE = 24;

export function newComplex(rt: Runtime, re: number, im: number, type: Ref = rt.types.complex): Ref {
  const r = rt.heap.alloc(type, type === rt.types.complex ? COMPLEX_BASICSIZE : rt.heap.i32[(type >> 2) + T_BASICSIZE]);
  rt.heap.f64[(r + 8) >> 3] = re;
  rt.heap.f64[(r + 16) >> 3] = im;
  return r;
}
export const complexReal = (rt: Runtime, r: Ref): number => rt.heap.f64[(r + 8) >> 3];
export const complexImag = (rt: Runtime, r: Ref): number => rt.heap.f64[(r + 16) >> 3];

/** (re, im) of a complex, float or int operand; null when not a number. */
function operand(rt: Runtime, r: Ref): [number, number] | null {
  if (isSmallInt(r)) return [r >> 1, 0];
  const t = rt.typeOf(r);
  const f = rt.heap.i32[(t >> 2) + T_FLAGS];
  if ((f & TF_FLOAT_SUBCLASS) !== 0) return [floatValue(rt, r), 0];
  if ((f & TF_LONG_SUBCLASS) !== 0) return [intToFloatChecked(rt, r), 0];
  if (isSubtype(rt, t, rt.types.complex)) return [complexReal(rt, r), complexImag(rt, r)];
  return null;
}

/** format(complex, spec), after CPython 3.11 Python/formatter_unicode.c
 *  format_complex_internal: each part formatted as a float (the imaginary one always
 *  signed), no type means repr-style parts in parentheses (the real part left out when it
 *  is +0), and the whole result is padded to the width (right-aligned by default). */
function formatComplex(re: number, im: number, specText: string): string {
  if (specText === '') return complexRepr(re, im);
  const spec = parseFormatSpec(specText);
  if (spec.zero && spec.fill === '0' && spec.align === '') throw new FormatError('ValueError', 'Zero padding is not allowed in complex format specifier');
  if (spec.align === '=') throw new FormatError('ValueError', "'=' alignment flag is not allowed in complex format specifier");
  let type = spec.type;
  if (type !== '' && !'eEfFgGn'.includes(type)) throw new FormatError('ValueError', `Unknown format code '${type}' for object of type 'complex'`);
  const parens = type === '';
  let reStr: string, imStr: string;
  const prec = spec.precision >= 0 ? `.${spec.precision}` : '';
  const sign = spec.sign === '' ? '' : spec.sign;
  const z = spec.z ? 'z' : '';
  const alt = spec.alternate ? '#' : '';
  if (type === '' && spec.precision < 0) {
    reStr = (sign === '+' && !(re < 0 || Object.is(re, -0)) ? '+' : sign === ' ' && !(re < 0 || Object.is(re, -0)) ? ' ' : '') + part(re);
    imStr = (im < 0 || Object.is(im, -0) ? '' : '+') + part(im);
  } else {
    if (type === '') type = 'g';
    if (type === 'n') type = 'g';
    reStr = formatFloat(re, `${sign}${z}${alt}${prec}${type}`);
    imStr = formatFloat(im, `+${z}${alt}${prec}${type}`);
  }
  const skipRe = parens && re === 0 && !Object.is(re, -0);
  let body = skipRe ? `${sign === '+' && !imStr.startsWith('-') ? '+' : ''}${imStr.startsWith('+') ? imStr.slice(1) : imStr}j` : `${reStr}${imStr}j`;
  if (skipRe && sign === ' ' && !imStr.startsWith('-')) body = ' ' + body;
  if (parens && !skipRe) body = `(${body})`;
  const width = spec.width;
  const n = [...body].length;
  if (width <= n) return body;
  const fill = spec.fill || ' ';
  const pad = width - n;
  const align = spec.align || '>';
  if (align === '<') return body + fill.repeat(pad);
  if (align === '^') return fill.repeat(pad >> 1) + body + fill.repeat(pad - (pad >> 1));
  return fill.repeat(pad) + body;
}

function part(x: number): string {
  const s = floatRepr(x);
  return s.endsWith('.0') ? s.slice(0, -2) : s;
}

export function complexRepr(re: number, im: number): string {
  if (re === 0 && !Object.is(re, -0)) return `${part(im)}j`;
  const sign = im < 0 || Object.is(im, -0) || (im !== im && false) ? '-' : '+';
  return `(${part(re)}${sign}${part(Math.abs(im))}j)`;
}

function div(rt: Runtime, a: [number, number], b: [number, number]): [number, number] {
  // CPython _Py_c_quot (Smith's algorithm).
  const [ar, ai] = a, [br, bi] = b;
  const absBr = Math.abs(br), absBi = Math.abs(bi);
  if (absBr >= absBi) {
    if (absBr === 0) zeroDivisionError(rt, 'complex division by zero');
    const ratio = bi / br, denom = br + bi * ratio;
    return [(ar + ai * ratio) / denom, (ai - ar * ratio) / denom];
  }
  if (absBi >= absBr) {
    const ratio = br / bi, denom = br * ratio + bi;
    return [(ar * ratio + ai) / denom, (ai * ratio - ar) / denom];
  }
  return [NaN, NaN];
}

export function complexPow(rt: Runtime, a: [number, number], b: [number, number]): [number, number] {
  const [ar, ai] = a, [br, bi] = b;
  if (br === 0 && bi === 0) return [1, 0];
  if (ar === 0 && ai === 0) {
    if (bi !== 0 || br < 0) zeroDivisionError(rt, '0.0 to a negative or complex power');
    return [0, 0];
  }
  if (bi === 0 && br === Math.trunc(br) && Math.abs(br) <= 100) {
    // c_powi: repeated multiplication, as CPython does for small integral exponents.
    let n = Math.abs(br);
    let rr = 1, ri = 0, xr = ar, xi = ai;
    while (n > 0) {
      if (n & 1) [rr, ri] = [rr * xr - ri * xi, rr * xi + ri * xr];
      [xr, xi] = [xr * xr - xi * xi, 2 * xr * xi];
      n >>= 1;
    }
    return br < 0 ? div(rt, [1, 0], [rr, ri]) : [rr, ri];
  }
  const vabs = Math.hypot(ar, ai);
  let len = Math.pow(vabs, br);
  const at = Math.atan2(ai, ar);
  let phase = at * br;
  if (bi !== 0) { len /= Math.exp(at * bi); phase += bi * Math.log(vabs); }
  // CPython complex_pow reports libm's errno: cos/sin of an infinite phase is EDOM
  // (ZeroDivisionError), an infinite component is ERANGE (OverflowError); NaNs pass.
  if (phase === Infinity || phase === -Infinity) zeroDivisionError(rt, '0.0 to a negative or complex power');
  const r: [number, number] = [len * Math.cos(phase), len * Math.sin(phase)];
  if (Math.abs(r[0]) === Infinity || Math.abs(r[1]) === Infinity) overflowError(rt, 'complex exponentiation');
  return r;
}

complexPowHook.f = (rt, x, y) => { const [re, im] = complexPow(rt, [x, 0], [y, 0]); return newComplex(rt, re, im); };

function bin(f: (rt: Runtime, a: [number, number], b: [number, number]) => [number, number]): (rt: Runtime, a: Ref, b: Ref) => Ref {
  return (rt, a, b) => {
    const x = operand(rt, a); if (x === null) return rt.notImplemented;
    const y = operand(rt, b); if (y === null) return rt.notImplemented;
    const [re, im] = f(rt, x, y);
    return newComplex(rt, re, im);
  };
}

const slots: TypeSlots = {
  repr: (rt, self) => rt.newStr(complexRepr(complexReal(rt, self), complexImag(rt, self))),
  hash(rt, self) {
    const re = floatHashExact(complexReal(rt, self), self >>> 3), im = floatHashExact(complexImag(rt, self), self >>> 3);
    // CPython complex_hash: hashreal + 1000003 * hashimag, in unsigned 64-bit arithmetic.
    let h = BigInt.asIntN(64, re + 1000003n * im);
    if (h === -1n) h = -2n;
    void HASH_MODULUS;
    return Number(h);
  },
  bool: (rt, self) => complexReal(rt, self) !== 0 || complexImag(rt, self) !== 0,
  richcompare(rt, a, b, op) {
    if (op !== CompareOp.EQ && op !== CompareOp.NE) return rt.notImplemented;
    const x = operand(rt, a), y = operand(rt, b);
    if (x === null || y === null) return rt.notImplemented;
    const eq = x[0] === y[0] && x[1] === y[1];
    return rt.bool(op === CompareOp.EQ ? eq : !eq);
  },
  add: bin((_rt, a, b) => [a[0] + b[0], a[1] + b[1]]),
  sub: bin((_rt, a, b) => [a[0] - b[0], a[1] - b[1]]),
  mul: bin((_rt, a, b) => [a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]]),
  truediv: bin(div),
  pow(rt, a, b, m) {
    if (m !== rt.none && m !== NULL) valueError(rt, 'complex modulo');
    return bin(complexPow)(rt, a, b);
  },
  neg: (rt, a) => newComplex(rt, -complexReal(rt, a), -complexImag(rt, a)),
  pos: (rt, a) => newComplex(rt, complexReal(rt, a), complexImag(rt, a)),
  abs(rt, a) {
    const r = Math.hypot(complexReal(rt, a), complexImag(rt, a));
    if (!Number.isFinite(r) && Number.isFinite(complexReal(rt, a)) && Number.isFinite(complexImag(rt, a))) overflowError(rt, 'absolute value too large');
    return newFloatObject(rt, r);
  },
  new(rt, type, args) {
    if (args.length > 2) typeError(rt, `complex() takes at most 2 arguments (${args.length} given)`);
    if (args.length === 0) return newComplex(rt, 0, 0, type);
    const one = (r: Ref): [number, number] => {
      const o = operand(rt, r);
      if (o !== null) return o;
      if (isSubtype(rt, rt.typeOf(r), rt.types.str)) return parseComplex(rt, rt.jsStr(r));
      return [floatFromObject(rt, r), 0];
    };
    if (args.length === 1 && isSubtype(rt, rt.typeOf(args[0]), rt.types.str)) {
      const [re, im] = parseComplex(rt, rt.jsStr(args[0]));
      return newComplex(rt, re, im, type);
    }
    if (args.length === 2 && isSubtype(rt, rt.typeOf(args[1]), rt.types.str)) typeError(rt, "complex() second arg can't be a string");
    if (args.length === 2 && isSubtype(rt, rt.typeOf(args[0]), rt.types.str)) typeError(rt, "complex() can't take second arg if first is a string");
    // complex_new: only a complex operand contributes its other part, so that
    // complex(1.5, -0.0) keeps the sign of its imaginary zero.
    const a = one(args[0]);
    const aComplex = !isSmallInt(args[0]!) && isSubtype(rt, rt.typeOf(args[0]!), rt.types.complex);
    if (args.length === 1) return newComplex(rt, a[0], a[1], type);
    const b = one(args[1]);
    const bComplex = !isSmallInt(args[1]!) && isSubtype(rt, rt.typeOf(args[1]!), rt.types.complex);
    const re = bComplex ? a[0] - b[1] : a[0];
    const im = aComplex ? a[1] + b[0] : b[0];
    return newComplex(rt, re, im, type);
  },
};

function parseComplex(rt: Runtime, text: string): [number, number] {
  const s = text.trim().replace(/^\((.*)\)$/, '$1').trim();
  const num = '(?:[0-9](?:_?[0-9])*(?:\\.(?:[0-9](?:_?[0-9])*)?)?|\\.[0-9](?:_?[0-9])*)(?:[eE][+-]?[0-9](?:_?[0-9])*)?|inf|infinity|nan';
  const re = new RegExp(`^([+-]?(?:${num}))?(?:([+-](?:${num})?)j)?$`, 'i');
  const m = re.exec(s);
  const conv = (x: string): number => {
    const t = x.replace(/_/g, '').toLowerCase();
    if (/^[+-]?(inf|infinity)$/.test(t)) return t.startsWith('-') ? -Infinity : Infinity;
    if (/^[+-]?nan$/.test(t)) return NaN;
    return Number(t);
  };
  if (m && (m[1] !== undefined || m[2] !== undefined) && s !== '') {
    if (m[2] === undefined) return [conv(m[1]), 0];
    const im = m[2] === '+' ? 1 : m[2] === '-' ? -1 : conv(m[2]);
    return [m[1] === undefined ? 0 : conv(m[1]), im];
  }
  const j = new RegExp(`^([+-]?(?:${num})?)j$`, 'i').exec(s);
  if (j) return [0, j[1] === '' || j[1] === '+' ? 1 : j[1] === '-' ? -1 : conv(j[1])];
  return valueError(rt, 'complex() arg is a malformed string');
}

registerType({
  key: 'complex', name: 'complex', basicsize: COMPLEX_BASICSIZE, flags: 2, slots,
  methods: {
    conjugate: (rt, self) => newComplex(rt, complexReal(rt, self), -complexImag(rt, self)),
    __format__(rt, self, args) {
      if (args.length !== 1 || rt.typeOf(args[0]!) !== rt.types.str) typeError(rt, 'complex.__format__() argument must be str');
      try {
        return rt.newStr(formatComplex(complexReal(rt, self), complexImag(rt, self), rt.jsStr(args[0]!)));
      } catch (e) {
        if (e instanceof FormatError) raise(rt, (rt.types as unknown as Record<string, Ref>)[e.excType] ?? rt.types.ValueError, e.message);
        throw e;
      }
    },
  },
  getsets: {
    real: { get: (rt, self) => newFloatObject(rt, complexReal(rt, self)) },
    imag: { get: (rt, self) => newFloatObject(rt, complexImag(rt, self)) },
  },
});

export { typeName };
