// The `math` module (CPython Modules/mathmodule.c), in TypeScript over JS numbers and
// BigInts. Errors follow python3: a domain error is ValueError("math domain error"), an
// overflow OverflowError("math range error"); integer functions take anything with
// __index__ and work on arbitrary-precision ints.
//
// log, exp, sin, cos, acos and pow use the correctly rounded versions in
// src/stdlib/correctly-rounded.ts: V8's libm differs from glibc's in the last digit for a
// few percent of inputs, while both agree with the correctly rounded result almost always.

import { type Ref, isSmallInt } from '../../vm/heap.ts';
import type { Runtime } from '../../vm/runtime.ts';
import { registerNatives } from '../../vm/registry.ts';
import { registerNativeModule } from '../../vm/import.ts';
import { nativeFunction } from '../../vm/objects/descriptors.ts';
import { moduleDict } from '../../vm/objects/module.ts';
import { dictSet } from '../../vm/objects/dict-core.ts';
import { raise, typeError, valueError, overflowError } from '../../vm/errors.ts';
import { floatFromObject } from '../../vm/objects/float.ts';
import { intToBigInt } from '../../vm/objects/int.ts';
import { index as pyIndex, isInstance, lookupSpecial, callObject, typeName, iterNext, getIter, binaryOp, richCompareBool } from '../../vm/abstract.ts';
import { NULL } from '../../vm/heap.ts';
import { crLog, crExp, crSin, crCos, crAcos, crPowPositive } from '../correctly-rounded.ts';

/** C99 pow, correctly rounded for finite positive bases (JS Math.pow differs from C for
 *  pow(1, nan) and pow(-1, ±inf), which C defines as 1). */
function crPow(x: number, y: number): number {
  if (x === 1 || y === 0) return 1;
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === -1 && !Number.isFinite(y)) return 1;
  if (!Number.isFinite(x) || !Number.isFinite(y) || x === 0) return Math.pow(x, y);
  if (x > 0) return crPowPositive(x, y);
  if (!Number.isInteger(y)) return NaN;
  const r = crPowPositive(-x, y);
  return Math.abs(y) % 2 === 1 ? -r : r;
}

type Fn = (rt: Runtime, self: Ref, args: Ref[], kwnames: Ref | null) => Ref;

const domain = (rt: Runtime): never => valueError(rt, 'math domain error');
const range = (rt: Runtime): never => overflowError(rt, 'math range error');

function nargs(rt: Runtime, name: string, args: Ref[], kwnames: Ref | null, min: number, max = min): void {
  if (kwnames !== null && kwnames !== NULL && args.length > 0) {
    // math functions take positional arguments only (isclose is handled separately)
    typeError(rt, `${name}() takes no keyword arguments`);
  }
  const n = args.length;
  if (n < min || n > max) {
    if (min === max) typeError(rt, `${name}() takes exactly ${min === 1 ? 'one argument' : `${min} arguments`} (${n} given)`);
    if (n < min) typeError(rt, `${name} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${n}`);
    typeError(rt, `${name} expected at most ${max} arguments, got ${n}`);
  }
}

const num = (rt: Runtime, x: Ref): number => floatFromObject(rt, x);
const big = (rt: Runtime, x: Ref): bigint => intToBigInt(rt, pyIndex(rt, x));

/** A one-argument float function with CPython's error classification. */
function unary(name: string, f: (x: number) => number, check: 'domain' | 'range' | 'both' = 'both'): Fn {
  return (rt, _s, args, kw) => {
    nargs(rt, name, args, kw, 1);
    const x = num(rt, args[0]!);
    const r = f(x);
    if (Number.isNaN(r) && !Number.isNaN(x)) domain(rt);
    if (!Number.isFinite(r) && Number.isFinite(x) && !Number.isNaN(r)) {
      if (check === 'domain') domain(rt);
      range(rt);
    }
    return rt.newFloat(r);
  };
}

function bigIsqrt(n: bigint): bigint {
  if (n < 2n) return n;
  // Newton's method from above: 2**ceil(bits/2) >= sqrt(n), and from an upper bound the
  // iterates decrease monotonically to floor(sqrt(n)). (Starting from the double estimate
  // can land below the root, where the steps stop at once and stepping up by one is
  // hopeless for big n.)
  let x = 1n << BigInt(Math.ceil(n.toString(2).length / 2));
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

function bigGcd(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  while (b) [a, b] = [b, a % b];
  return a;
}

function factorial(n: bigint): bigint {
  // Split the product in halves so the multiplications stay balanced.
  const prod = (lo: bigint, hi: bigint): bigint => {
    if (hi - lo < 8n) {
      let r = 1n;
      for (let k = lo; k <= hi; k++) r *= k;
      return r;
    }
    const mid = (lo + hi) >> 1n;
    return prod(lo, mid) * prod(mid + 1n, hi);
  };
  return n < 2n ? 1n : prod(2n, n);
}

// Lanczos approximation for gamma, with the reflection formula for x < 0.5.
const LANCZOS_G = 7;
const LANCZOS = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
  -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
  1.5056327351493116e-7];
function gammaFn(x: number): number {
  if (x < 0.5) return Math.PI / (Math.sin(Math.PI * x) * gammaFn(1 - x));
  if (Number.isInteger(x) && x <= 23) {
    let r = 1;
    for (let k = 2; k < x; k++) r *= k;
    return r;
  }
  x -= 1;
  let a = LANCZOS[0]!;
  const t = x + LANCZOS_G + 0.5;
  for (let i = 1; i < LANCZOS_G + 2; i++) a += LANCZOS[i]! / (x + i);
  return Math.sqrt(2 * Math.PI) * Math.pow(t, x + 0.5) * Math.exp(-t) * a;
}

function erf(x: number): number {
  // Series for small |x|, continued fraction through erfc for large |x| (after Numerical
  // Recipes-style methods, as CPython's own fallback does).
  const ax = Math.abs(x);
  if (ax < 1.5) {
    let acc = 0;
    let fk = 25 + 0.5;
    const x2 = x * x;
    for (let i = 0; i < 25; i++) {
      acc = 2.0 + x2 * acc / fk;
      fk -= 1.0;
    }
    return acc * x * Math.exp(-x2) / Math.sqrt(Math.PI);
  }
  return x > 0 ? 1 - erfcContFrac(ax) : erfcContFrac(ax) - 1;
}

function erfcContFrac(x: number): number {
  if (x >= 30) return 0;
  const x2 = x * x;
  let a = 0, da = 0.5, p = 1, pLast = 0, q = da + x2, qLast = 1;
  for (let i = 0; i < 50; i++) {
    a += da;
    da += 2;
    const b = da + x2;
    [p, pLast] = [b * p - a * pLast, p];
    [q, qLast] = [b * q - a * qLast, q];
  }
  return p / q * x * Math.exp(-x2) / Math.sqrt(Math.PI);
}

function erfc(x: number): number {
  const ax = Math.abs(x);
  if (ax < 1.5) return 1 - erf(x);
  const r = erfcContFrac(ax);
  return x > 0 ? r : 2 - r;
}

function fsum(values: number[]): number {
  // Shewchuk's exact partial sums (the algorithm math.fsum documents).
  const partials: number[] = [];
  let special = 0;
  let infSum = 0;
  for (let x of values) {
    if (!Number.isFinite(x)) {
      if (Number.isNaN(x)) special = NaN;
      else infSum += x;
      continue;
    }
    let i = 0;
    for (let y of partials) {
      if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) partials[i++] = lo;
      x = hi;
    }
    partials.length = i;
    partials.push(x);
  }
  if (Number.isNaN(special) || Number.isNaN(infSum)) return NaN;
  if (infSum !== 0) return infSum;
  let n = partials.length;
  let hi = 0;
  if (n > 0) {
    hi = partials[--n]!;
    let lo = 0;
    while (n > 0) {
      const x = hi;
      const y = partials[--n]!;
      hi = x + y;
      const yr = hi - x;
      lo = y - yr;
      if (lo !== 0) break;
    }
    if (n > 0 && ((lo < 0 && partials[n - 1]! < 0) || (lo > 0 && partials[n - 1]! > 0))) {
      const y = lo * 2;
      const x = hi + y;
      const yr = x - hi;
      if (y === yr) hi = x;
    }
  }
  return hi;
}

function iterate(rt: Runtime, o: Ref): Ref[] {
  const it = getIter(rt, o);
  const out: Ref[] = [];
  for (let v = iterNext(rt, it); v !== NULL; v = iterNext(rt, it)) out.push(v);
  return out;
}

function intOnly(rt: Runtime, name: string, x: Ref): bigint {
  if (isInstance(rt, x, rt.types.float)) typeError(rt, `'float' object cannot be interpreted as an integer`);
  void name;
  return big(rt, x);
}

function roundingViaDunder(rt: Runtime, x: Ref, dunder: '__floor__' | '__ceil__' | '__trunc__', f: (v: number) => number): Ref {
  if (isSmallInt(x)) return x;
  if (rt.typeOf(x) === rt.types.float) {
    const v = num(rt, x);
    if (!Number.isFinite(v)) {
      if (Number.isNaN(v)) valueError(rt, 'cannot convert float NaN to integer');
      overflowError(rt, 'cannot convert float infinity to integer');
    }
    const r = f(v);
    return Number.isSafeInteger(r) ? rt.newInt(r) : rt.newInt(BigInt(r));
  }
  const m = lookupSpecial(rt, x, rt.intern(dunder));
  if (m !== NULL) return callObject(rt, m, []);
  if (dunder === '__trunc__') typeError(rt, `type ${typeName(rt, x)} doesn't define __trunc__ method`);
  const v = num(rt, x);
  const r = f(v);
  return Number.isSafeInteger(r) ? rt.newInt(r) : rt.newInt(BigInt(r));
}

const FNS: Record<string, Fn> = {
  sqrt: unary('sqrt', Math.sqrt),
  exp: unary('exp', crExp),
  exp2: unary('exp2', (x) => crPow(2, x)),
  expm1: unary('expm1', Math.expm1),
  log2: unary('log2', (x) => (x < 0 ? NaN : x === 0 ? -Infinity : Math.log2(x)), 'domain'),
  log10: unary('log10', (x) => (x < 0 ? NaN : x === 0 ? -Infinity : Math.log10(x)), 'domain'),
  log1p: unary('log1p', (x) => (x < -1 ? NaN : x === -1 ? -Infinity : Math.log1p(x)), 'domain'),
  sin: unary('sin', (x) => (Number.isFinite(x) ? crSin(x) : NaN)),
  cos: unary('cos', (x) => (Number.isFinite(x) ? crCos(x) : NaN)),
  tan: unary('tan', (x) => (Number.isFinite(x) ? Math.tan(x) : NaN)),
  asin: unary('asin', Math.asin),
  acos: unary('acos', crAcos),
  atan: unary('atan', Math.atan),
  sinh: unary('sinh', Math.sinh),
  cosh: unary('cosh', Math.cosh),
  tanh: unary('tanh', Math.tanh),
  asinh: unary('asinh', Math.asinh),
  acosh: unary('acosh', Math.acosh),
  atanh: unary('atanh', (x) => (Math.abs(x) >= 1 ? NaN : Math.atanh(x)), 'domain'),
  fabs: unary('fabs', Math.abs),
  cbrt: unary('cbrt', Math.cbrt),
  erf: unary('erf', erf),
  erfc: unary('erfc', erfc),
  degrees: unary('degrees', (x) => x * (180 / Math.PI)),
  radians: unary('radians', (x) => x * (Math.PI / 180)),
  gamma(rt, _s, args, kw) {
    nargs(rt, 'gamma', args, kw, 1);
    const x = num(rt, args[0]!);
    if (Number.isNaN(x)) return rt.newFloat(x);
    if (x === -Infinity || (x <= 0 && Number.isInteger(x))) domain(rt);
    if (x === Infinity) return rt.newFloat(x);
    const r = gammaFn(x);
    if (!Number.isFinite(r)) range(rt);
    return rt.newFloat(r);
  },
  lgamma(rt, _s, args, kw) {
    nargs(rt, 'lgamma', args, kw, 1);
    const x = num(rt, args[0]!);
    if (Number.isNaN(x)) return rt.newFloat(x);
    if (!Number.isFinite(x)) return rt.newFloat(Infinity);
    if (x <= 0 && Number.isInteger(x)) domain(rt);
    if (x === 1 || x === 2) return rt.newFloat(0);
    const g = gammaFn(x);
    const r = Number.isFinite(g) ? Math.log(Math.abs(g)) : NaN;
    if (!Number.isFinite(r)) range(rt);
    return rt.newFloat(r);
  },
  log(rt, _s, args, kw) {
    nargs(rt, 'log', args, kw, 1, 2);
    const ln = (o: Ref): number => {
      if (!isInstance(rt, o, rt.types.float) && isInstance(rt, o, rt.types.int)) {
        const v = big(rt, o);
        if (v <= 0n) domain(rt);
        const bits = v.toString(2).length;
        if (bits > 1000) {
          // Too big for a double: log(v) = log(v >> k) + k*log(2).
          const k = bits - 60;
          return crLog(Number(v >> BigInt(k))) + k * Math.LN2;
        }
        return crLog(Number(v));
      }
      const x = num(rt, o);
      if (x < 0 || x === 0) domain(rt);
      return crLog(x);
    };
    const a = ln(args[0]!);
    if (args.length === 1) return rt.newFloat(a);
    const b = ln(args[1]!);
    if (b === 0) raise(rt, rt.types.ZeroDivisionError, 'float division by zero');
    return rt.newFloat(a / b);
  },
  pow(rt, _s, args, kw) {
    nargs(rt, 'pow', args, kw, 2);
    const x = num(rt, args[0]!), y = num(rt, args[1]!);
    if (x === 0 && y < 0 && Number.isFinite(y)) domain(rt);
    if (x < 0 && Number.isFinite(x) && Number.isFinite(y) && !Number.isInteger(y)) domain(rt);
    const r = x === 1 || y === 0 ? 1 : crPow(x, y);
    if (!Number.isFinite(r) && Number.isFinite(x) && Number.isFinite(y)) range(rt);
    return rt.newFloat(r);
  },
  atan2(rt, _s, args, kw) {
    nargs(rt, 'atan2', args, kw, 2);
    return rt.newFloat(Math.atan2(num(rt, args[0]!), num(rt, args[1]!)));
  },
  hypot(rt, _s, args) {
    return rt.newFloat(Math.hypot(...args.map((a) => num(rt, a))));
  },
  dist(rt, _s, args, kw) {
    nargs(rt, 'dist', args, kw, 2);
    const p = iterate(rt, args[0]!).map((v) => num(rt, v));
    const q = iterate(rt, args[1]!).map((v) => num(rt, v));
    if (p.length !== q.length) valueError(rt, 'both points must have the same number of dimensions');
    return rt.newFloat(Math.hypot(...p.map((v, i) => v - q[i]!)));
  },
  copysign(rt, _s, args, kw) {
    nargs(rt, 'copysign', args, kw, 2);
    const x = Math.abs(num(rt, args[0]!)), y = num(rt, args[1]!);
    return rt.newFloat(y < 0 || Object.is(y, -0) || (Number.isNaN(y) && false) ? -x : x);
  },
  fmod(rt, _s, args, kw) {
    nargs(rt, 'fmod', args, kw, 2);
    const x = num(rt, args[0]!), y = num(rt, args[1]!);
    if (Number.isNaN(x) || Number.isNaN(y)) return rt.newFloat(NaN);
    if (!Number.isFinite(x) || y === 0) domain(rt);
    return rt.newFloat(x % y);
  },
  remainder(rt, _s, args, kw) {
    nargs(rt, 'remainder', args, kw, 2);
    const x = num(rt, args[0]!), y = num(rt, args[1]!);
    if (Number.isNaN(x) || Number.isNaN(y)) return rt.newFloat(NaN);
    if (!Number.isFinite(x) || y === 0) domain(rt);
    if (!Number.isFinite(y)) return rt.newFloat(x);
    const n = x / y;
    let r = Math.round(n);
    if (Math.abs(n - Math.trunc(n)) === 0.5) r = 2 * Math.round(n / 2);
    return rt.newFloat(x - r * y);
  },
  modf(rt, _s, args, kw) {
    nargs(rt, 'modf', args, kw, 1);
    const x = num(rt, args[0]!);
    if (!Number.isFinite(x)) {
      if (Number.isNaN(x)) return tuple(rt, [rt.newFloat(x), rt.newFloat(x)]);
      return tuple(rt, [rt.newFloat(x > 0 ? 0 : -0), rt.newFloat(x)]);
    }
    const i = Math.trunc(x);
    return tuple(rt, [rt.newFloat(Object.is(x - i, 0) && x < 0 ? -0 : x - i), rt.newFloat(i)]);
  },
  frexp(rt, _s, args, kw) {
    nargs(rt, 'frexp', args, kw, 1);
    const x = num(rt, args[0]!);
    if (x === 0 || !Number.isFinite(x)) return tuple(rt, [rt.newFloat(x), rt.newInt(0)]);
    let e = Math.max(-1073, Math.floor(Math.log2(Math.abs(x))) + 1);
    let m = x * Math.pow(2, -e);
    while (Math.abs(m) < 0.5) { m *= 2; e--; }
    while (Math.abs(m) >= 1) { m /= 2; e++; }
    return tuple(rt, [rt.newFloat(m), rt.newInt(e)]);
  },
  ldexp(rt, _s, args, kw) {
    nargs(rt, 'ldexp', args, kw, 2);
    const x = num(rt, args[0]!);
    if (isInstance(rt, args[1]!, rt.types.float)) typeError(rt, 'Expected an int as second argument to ldexp.');
    const e = Number(big(rt, args[1]!));
    let r = x;
    let k = e;
    // Scale in steps so intermediate powers of two stay finite.
    while (k > 1000) { r *= 2 ** 1000; k -= 1000; }
    while (k < -1000) { r *= 2 ** -1000; k += 1000; }
    r *= 2 ** k;
    if (!Number.isFinite(r) && Number.isFinite(x)) range(rt);
    return rt.newFloat(r);
  },
  floor(rt, _s, args, kw) {
    nargs(rt, 'floor', args, kw, 1);
    return roundingViaDunder(rt, args[0]!, '__floor__', Math.floor);
  },
  ceil(rt, _s, args, kw) {
    nargs(rt, 'ceil', args, kw, 1);
    return roundingViaDunder(rt, args[0]!, '__ceil__', Math.ceil);
  },
  trunc(rt, _s, args, kw) {
    nargs(rt, 'trunc', args, kw, 1);
    return roundingViaDunder(rt, args[0]!, '__trunc__', Math.trunc);
  },
  isfinite(rt, _s, args, kw) { nargs(rt, 'isfinite', args, kw, 1); return rt.bool(Number.isFinite(num(rt, args[0]!))); },
  isinf(rt, _s, args, kw) { nargs(rt, 'isinf', args, kw, 1); const x = num(rt, args[0]!); return rt.bool(x === Infinity || x === -Infinity); },
  isnan(rt, _s, args, kw) { nargs(rt, 'isnan', args, kw, 1); return rt.bool(Number.isNaN(num(rt, args[0]!))); },
  isclose(rt, _s, args, kwnames) {
    // isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)
    const nkw = kwnames !== null && kwnames !== NULL ? kwLen(rt, kwnames) : 0;
    const npos = args.length - nkw;
    if (npos !== 2) typeError(rt, npos < 2 ? `isclose() missing required argument '${npos === 0 ? 'a' : 'b'}' (pos ${npos + 1})` : `isclose() takes exactly 2 positional arguments (${npos} given)`);
    let relTol = 1e-9, absTol = 0;
    for (let i = 0; i < nkw; i++) {
      const name = rt.jsStr(kwItem(rt, kwnames!, i));
      const v = num(rt, args[npos + i]!);
      if (name === 'rel_tol') relTol = v;
      else if (name === 'abs_tol') absTol = v;
      else typeError(rt, `isclose() got an unexpected keyword argument '${name}'`);
    }
    if (relTol < 0 || absTol < 0) valueError(rt, 'tolerances must be non-negative');
    const a = num(rt, args[0]!), b = num(rt, args[1]!);
    if (a === b) return rt.true;
    if (!Number.isFinite(a) || !Number.isFinite(b)) return rt.false;
    const diff = Math.abs(b - a);
    return rt.bool(diff <= Math.abs(relTol * b) || diff <= Math.abs(relTol * a) || diff <= absTol);
  },
  fsum(rt, _s, args, kw) {
    nargs(rt, 'fsum', args, kw, 1);
    const r = fsum(iterate(rt, args[0]!).map((v) => num(rt, v)));
    if (!Number.isFinite(r) && !Number.isNaN(r)) {
      // An infinite total of finite inputs overflowed.
      const anyInf = iterate(rt, args[0]!).some((v) => !Number.isFinite(num(rt, v)));
      if (!anyInf) overflowError(rt, 'intermediate overflow in fsum');
    }
    return rt.newFloat(r);
  },
  prod(rt, _s, args, kwnames) {
    const nkw = kwnames !== null && kwnames !== NULL ? kwLen(rt, kwnames) : 0;
    let start: Ref = rt.newInt(1);
    if (nkw === 1 && rt.jsStr(kwItem(rt, kwnames!, 0)) === 'start') start = args[args.length - 1]!;
    else if (nkw > 0) typeError(rt, `prod() got an unexpected keyword argument '${rt.jsStr(kwItem(rt, kwnames!, 0))}'`);
    let acc = start;
    for (const v of iterate(rt, args[0]!)) acc = binaryOp(rt, acc, v, 5 /* NB_MULTIPLY */);
    return acc;
  },
  factorial(rt, _s, args, kw) {
    nargs(rt, 'factorial', args, kw, 1);
    const n = intOnly(rt, 'factorial', args[0]!);
    if (n < 0n) valueError(rt, 'factorial() not defined for negative values');
    return rt.newInt(factorial(n));
  },
  gcd(rt, _s, args) {
    let g = 0n;
    for (const a of args) g = bigGcd(g, intOnly(rt, 'gcd', a));
    return rt.newInt(g);
  },
  lcm(rt, _s, args) {
    let l = 1n;
    for (const a of args) {
      const v = intOnly(rt, 'lcm', a);
      if (v === 0n) return rt.newInt(0);
      l = (l / bigGcd(l, v)) * (v < 0n ? -v : v);
    }
    return rt.newInt(l);
  },
  isqrt(rt, _s, args, kw) {
    nargs(rt, 'isqrt', args, kw, 1);
    const n = intOnly(rt, 'isqrt', args[0]!);
    if (n < 0n) valueError(rt, 'isqrt() argument must be nonnegative');
    return rt.newInt(bigIsqrt(n));
  },
  comb(rt, _s, args, kw) {
    nargs(rt, 'comb', args, kw, 2);
    const n = intOnly(rt, 'comb', args[0]!), k = intOnly(rt, 'comb', args[1]!);
    if (n < 0n) valueError(rt, 'n must be a non-negative integer');
    if (k < 0n) valueError(rt, 'k must be a non-negative integer');
    if (k > n) return rt.newInt(0);
    const kk = k < n - k ? k : n - k;
    let r = 1n;
    for (let i = 1n; i <= kk; i++) r = (r * (n - kk + i)) / i;
    return rt.newInt(r);
  },
  perm(rt, _s, args, kw) {
    nargs(rt, 'perm', args, kw, 1, 2);
    const n = intOnly(rt, 'perm', args[0]!);
    const k = args.length > 1 && args[1] !== rt.none ? intOnly(rt, 'perm', args[1]!) : n;
    if (n < 0n) valueError(rt, 'n must be a non-negative integer');
    if (k < 0n) valueError(rt, 'k must be a non-negative integer');
    if (k > n) return rt.newInt(0);
    let r = 1n;
    for (let i = 0n; i < k; i++) r *= n - i;
    return rt.newInt(r);
  },
  nextafter(rt, _s, args, kw) {
    nargs(rt, 'nextafter', args, kw, 2);
    const x = num(rt, args[0]!), y = num(rt, args[1]!);
    return rt.newFloat(nextAfter(x, y));
  },
  ulp(rt, _s, args, kw) {
    nargs(rt, 'ulp', args, kw, 1);
    let x = Math.abs(num(rt, args[0]!));
    if (!Number.isFinite(x)) return rt.newFloat(x);
    if (x === Number.MAX_VALUE) return rt.newFloat(x - nextAfter(x, 0));
    return rt.newFloat(nextAfter(x, Infinity) - x);
  },
};

function nextAfter(x: number, y: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === y) return y;
  if (x === 0) return y > 0 ? 5e-324 : -5e-324;
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, x);
  let bits = buf.getBigUint64(0);
  if ((y > x) === (x > 0)) bits += 1n;
  else bits -= 1n;
  buf.setBigUint64(0, bits);
  return buf.getFloat64(0);
}

// Small adapters so this file does not depend on tuple internals beyond their constructors.
import { newTuple, tupleLen, tupleGet } from '../../vm/objects/tuple-core.ts';
const tuple = (rt: Runtime, items: Ref[]): Ref => newTuple(rt, items);
const kwLen = (rt: Runtime, t: Ref): number => tupleLen(rt, t);
const kwItem = (rt: Runtime, t: Ref, i: number): Ref => tupleGet(rt, t, i);
void richCompareBool;

registerNatives({ key: 'math', fns: FNS });

registerNativeModule('math', (rt, m) => {
  const d = moduleDict(rt, m);
  for (const name of Object.keys(FNS)) dictSet(rt, d, rt.intern(name), nativeFunction(rt, 'math', name, m, rt.intern('math')));
  dictSet(rt, d, rt.intern('pi'), rt.newFloat(Math.PI));
  dictSet(rt, d, rt.intern('e'), rt.newFloat(Math.E));
  dictSet(rt, d, rt.intern('tau'), rt.newFloat(2 * Math.PI));
  dictSet(rt, d, rt.intern('inf'), rt.newFloat(Infinity));
  dictSet(rt, d, rt.intern('nan'), rt.newFloat(NaN));
});
