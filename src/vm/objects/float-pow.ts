// x ** y for a finite positive x and a finite non-integral y, correctly rounded, to agree
// with python3, whose float pow is C's pow (glibc's is correctly rounded); V8's Math.pow is
// often one ulp off. We evaluate exp(y * ln x) in 128-bit fixed point with BigInt (ln by
// the atanh series after scaling x to [1, 2), exp by Taylor after reducing by ln 2) and
// round the result once. About 20 µs a call: float.ts uses it only for exponents that are
// neither integers (exact path) nor 0.5 (sqrt).

import { decompose } from './float.ts';

const P = 128n;
const ONE = 1n << P;

/** ln(F / ONE) * ONE for ONE <= F <= 2*ONE: 2 * atanh((f-1)/(f+1)). */
function lnFrac(F: bigint): bigint {
  const z = ((F - ONE) << P) / (F + ONE);
  const z2 = (z * z) >> P;
  let term = z, sum = 0n, k = 1n;
  while (term !== 0n) {
    sum += term / k;
    term = (term * z2) >> P;
    k += 2n;
  }
  return 2n * sum;
}

const LN2 = lnFrac(2n * ONE);

function bitLength(v: bigint): number { return v === 0n ? 0 : v.toString(2).length; }

/** ln(x) * ONE for a finite x > 0. */
function lnFixed(x: number): bigint {
  const { m, e } = decompose(x);
  const bl = bitLength(m);
  const k = e + bl - 1;
  const shift = BigInt(Number(P) - (bl - 1));
  const F = shift >= 0n ? m << shift : m >> -shift;
  return BigInt(k) * LN2 + lnFrac(F);
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}

/** Correctly rounded num / den as a double (num, den > 0). */
function toDouble(num: bigint, den: bigint): number {
  const shift = 55 - (bitLength(num) - bitLength(den));
  let a = num, b = den;
  if (shift > 0) a <<= BigInt(shift); else b <<= BigInt(-shift);
  let q = a / b;
  const sticky = a % b !== 0n;
  const qbits = bitLength(q);
  const lead = qbits - 1 - shift;
  if (lead > 1023) return Infinity;
  const keep = lead >= -1022 ? 53 : Math.max(0, 53 - (-1022 - lead));
  const drop = qbits - keep;
  if (drop > 0) {
    const D = BigInt(drop);
    const rem = q & ((1n << D) - 1n), half = 1n << (D - 1n);
    q >>= D;
    if (rem > half || (rem === half && (sticky || (q & 1n) === 1n))) q += 1n;
  }
  const exp = drop - shift;
  return exp > 1000 ? Number(q) * 2 ** 1000 * 2 ** (exp - 1000) : exp < -1000 ? Number(q) * 2 ** -1000 * 2 ** (exp + 1000) : Number(q) * 2 ** exp;
}

/** x ** y, x > 0 finite, y finite: correctly rounded (Infinity on overflow, 0 on underflow). */
export function powPrecise(x: number, y: number): number {
  const { m: my, e: ey } = decompose(y);
  let T = lnFixed(x) * my;
  T = ey >= 0 ? T << BigInt(ey) : T >> BigInt(-ey);
  if (T > 800n * ONE) return Infinity;
  if (T < -800n * ONE) return 0;
  const n = floorDiv(T + LN2 / 2n, LN2);
  const r = T - n * LN2;
  let sum = ONE, term = ONE, k = 1n;
  while (term !== 0n) {
    term = ((term * r) >> P) / k;
    sum += term;
    k += 1n;
  }
  const nn = Number(n);
  return nn >= 0 ? toDouble(sum << BigInt(nn), ONE) : toDouble(sum, ONE << BigInt(-nn));
}
