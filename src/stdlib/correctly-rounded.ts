/**
 * log, exp, sin, cos and pow that are correctly rounded (except for inputs whose
 * exact result lies within about 2**-100 relative of a rounding midpoint).
 *
 * Why: CPython calls the C library, and glibc's log/exp/sin/cos/pow are accurate
 * to within a hair of half an ulp, while V8's Math.log/exp/sin/cos/pow (fdlibm
 * ports) are off by one ulp for several percent of inputs. random.gauss,
 * normalvariate, expovariate and friends, and the math module, then print different
 * last digits than python3. Computing each result in double-double arithmetic
 * (about 106 bits) and rounding once gives the correctly rounded value, which is
 * glibc's answer for all but roughly one input in a thousand (glibc itself is not
 * correctly rounded everywhere; no portable code can do better than this without
 * copying glibc's exact algorithms and tables).
 *
 * The algorithms are the textbook ones: log via atanh series on m in
 * [sqrt(1/2), sqrt(2)); exp via k*ln2 reduction, a further 2**-8 scaling, Taylor
 * series and squaring; sin/cos via reduction by pi/2 (three-part constant) and Taylor
 * series; pow(x, y) = exp(y * log(x)) with the log kept in double-double.
 * Very large sin/cos arguments (|x| > 2**20) fall back to Math.sin/Math.cos.
 */

type DD = [number, number];

const SPLITTER = 134217729; // 2**27 + 1

function twoSum(a: number, b: number): DD {
  const s = a + b;
  const bb = s - a;
  return [s, a - (s - bb) + (b - bb)];
}

function quickTwoSum(a: number, b: number): DD {
  const s = a + b;
  return [s, b - (s - a)];
}

function twoProd(a: number, b: number): DD {
  const p = a * b;
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b);
  const bl = b - bh;
  return [p, ah * bh - p + ah * bl + al * bh + al * bl];
}

function add(a: DD, b: DD): DD {
  const [s, e] = twoSum(a[0], b[0]);
  const [t, f] = twoSum(a[1], b[1]);
  const [s2, e2] = quickTwoSum(s, e + t);
  return quickTwoSum(s2, e2 + f);
}

function mul(a: DD, b: DD): DD {
  const [p, e] = twoProd(a[0], b[0]);
  return quickTwoSum(p, e + (a[0] * b[1] + a[1] * b[0]));
}

function mulNum(a: DD, b: number): DD {
  const [p, e] = twoProd(a[0], b);
  return quickTwoSum(p, e + a[1] * b);
}

function div(a: DD, b: DD): DD {
  const q1 = a[0] / b[0];
  let r = add(a, mulNum(b, -q1));
  const q2 = r[0] / b[0];
  r = add(r, mulNum(b, -q2));
  const q3 = r[0] / b[0];
  return add(quickTwoSum(q1, q2), [q3, 0]);
}

// ln 2 and pi/2 to about 160 bits, as sums of three doubles.
const LN2: DD = [0.6931471805599453, 2.3190468138462996e-17];
const LN2_3 = 5.707708438416212e-34;
const PIO2_1 = 1.5707963267948966;
const PIO2_2 = 6.123233995736766e-17;
const PIO2_3 = -1.4973849048591698e-33;

/** 1/n as double-double. */
function recip(n: number): DD {
  return div([1, 0], [n, 0]);
}

/** 1/(2k+1) for the atanh series, k = 0..24. */
const ODD_RECIP: DD[] = Array.from({ length: 25 }, (_, k) => recip(2 * k + 1));
/** 1/n! for n = 0..30. */
const INV_FACT: DD[] = (() => {
  const out: DD[] = [[1, 0]];
  for (let n = 1; n <= 30; n++) out.push(div(out[n - 1]!, [n, 0]));
  return out;
})();

const SQRT_HALF = Math.SQRT1_2;

/** log(x) as double-double, for finite x > 0. */
function logDD(x: number): DD {
  // x = m * 2**k with m in [sqrt(1/2), sqrt(2)); scaling by powers of two is exact.
  let m = x;
  let k = 0;
  if (m < 2.2250738585072014e-308) {
    m *= 2 ** 64;
    k -= 64;
  }
  const e = Math.floor(Math.log2(m));
  m = m * 2 ** -e;
  k += e;
  // log2 may be off by one near powers of two; fix the range exactly.
  while (m >= 2) {
    m /= 2;
    k++;
  }
  while (m < 1) {
    m *= 2;
    k--;
  }
  if (m > 2 * SQRT_HALF) {
    m /= 2;
    k++;
  }
  // log(m) = 2 atanh(s), s = (m-1)/(m+1); m-1 is exact (Sterbenz).
  const s = div([m - 1, 0], twoSum(m, 1));
  const s2 = mul(s, s);
  // Series sum_{j>=0} s2**j / (2j+1): the small high terms in doubles, then DD.
  let tail = 0;
  for (let j = 24; j >= 4; j--) tail = tail * s2[0] + ODD_RECIP[j]![0];
  let p: DD = [tail, 0];
  for (let j = 3; j >= 0; j--) p = add(mul(p, s2), ODD_RECIP[j]!);
  const logm = mulNum(mul(s, p), 2);
  if (k === 0) return logm;
  const kln2 = add(mulNum(LN2, k), [k * LN2_3, 0]);
  return add(kln2, logm);
}

/** exp(a) for a double-double argument; returns [hi, lo] unscaled and the power of two. */
function expCore(a: DD): { v: DD; k: number } {
  const k = Math.round(a[0] / LN2[0]);
  // r = a - k ln2, with k*ln2 exact enough as three products.
  let r = add(a, mulNum(LN2, -k));
  r = add(r, [-k * LN2_3, 0]);
  // exp(r) = exp(r / 256) ** 256
  r = [r[0] / 256, r[1] / 256];
  let sum: DD = INV_FACT[12]!;
  for (let n = 11; n >= 0; n--) sum = add(mul(sum, r), INV_FACT[n]!);
  for (let i = 0; i < 8; i++) sum = mul(sum, sum);
  return { v: sum, k };
}

function scale(v: DD, k: number): number {
  const hi = v[0] + v[1];
  if (k > 1000) return hi * 2 ** 1000 * 2 ** (k - 1000);
  if (k < -1000) {
    // Rounding twice here could differ from one correct rounding in the subnormal
    // range; such tiny results do not occur in the random distributions.
    return hi * 2 ** -1000 * 2 ** (k + 1000);
  }
  return hi * 2 ** k;
}

/** Correctly rounded natural logarithm (C99 log semantics for special values). */
export function crLog(x: number): number {
  if (!(x > 0) || x === Infinity) {
    if (x === 0) return -Infinity;
    if (x === Infinity) return Infinity;
    return NaN;
  }
  if (x === 1) return 0;
  const r = logDD(x);
  return r[0] + r[1];
}

/** Correctly rounded e**x. */
export function crExp(x: number): number {
  if (x !== x) return NaN;
  if (x > 709.8) return Infinity;
  if (x < -745.2) return 0;
  if (x === 0) return 1;
  const { v, k } = expCore([x, 0]);
  return scale(v, k);
}

/** x**y for finite x > 0 (the case the random module needs), correctly rounded. */
export function crPowPositive(x: number, y: number): number {
  if (!(x > 0) || !Number.isFinite(x) || !Number.isFinite(y) || y === 0 || x === 1) {
    return Math.pow(x, y);
  }
  if (Number.isInteger(y) && Math.abs(y) <= 64) {
    // Small integer powers: Math.pow is not always exact either; use DD repeated
    // squaring, which is exact to ~2**-100 for these sizes.
    let base: DD = y > 0 ? [x, 0] : div([1, 0], [x, 0]);
    let n = Math.abs(y);
    let acc: DD = [1, 0];
    while (n > 0) {
      if (n & 1) acc = mul(acc, base);
      base = mul(base, base);
      n >>= 1;
    }
    return acc[0] + acc[1];
  }
  const l = logDD(x);
  const t = mulNum(l, y);
  if (t[0] > 709.8) return Infinity;
  if (t[0] < -745.2) return 0;
  const { v, k } = expCore(t);
  return scale(v, k);
}

/** Reduces x by pi/2: x = n * pi/2 + r, |r| <= pi/4. */
function reduce(x: number): { n: number; r: DD } {
  const n = Math.round(x / PIO2_1);
  let r = add(twoSum(x, 0), twoProd(-n, PIO2_1) as DD);
  r = add(r, twoProd(-n, PIO2_2));
  r = add(r, [-n * PIO2_3, 0]);
  return { n, r };
}

function sinSeries(r: DD): DD {
  const r2 = mul(r, r);
  // sum (-1)^j r^(2j) / (2j+1)!, j = 0..13
  let s: DD = [0, 0];
  for (let j = 13; j >= 0; j--) {
    const c = INV_FACT[2 * j + 1]!;
    s = add(mul(s, r2), j % 2 ? [-c[0], -c[1]] : c);
  }
  return mul(s, r);
}

function cosSeries(r: DD): DD {
  const r2 = mul(r, r);
  let s: DD = [0, 0];
  for (let j = 14; j >= 0; j--) {
    const c = INV_FACT[2 * j]!;
    s = add(mul(s, r2), j % 2 ? [-c[0], -c[1]] : c);
  }
  return s;
}

function neg(v: DD): DD {
  return [-v[0], -v[1]];
}

/** sin(x) as double-double, |x| <= 2**20. */
function sinDD(x: number): DD {
  const { n, r } = reduce(x);
  switch (((n % 4) + 4) % 4) {
    case 0:
      return sinSeries(r);
    case 1:
      return cosSeries(r);
    case 2:
      return neg(sinSeries(r));
    default:
      return neg(cosSeries(r));
  }
}

/** cos(x) as double-double, |x| <= 2**20. */
function cosDD(x: number): DD {
  const { n, r } = reduce(x);
  switch (((n % 4) + 4) % 4) {
    case 0:
      return cosSeries(r);
    case 1:
      return neg(sinSeries(r));
    case 2:
      return neg(cosSeries(r));
    default:
      return sinSeries(r);
  }
}

/** Correctly rounded sine (|x| <= 2**20; Math.sin beyond). */
export function crSin(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) > 1048576) return Math.sin(x);
  if (x === 0) return x; // keeps the sign of -0.0
  const v = sinDD(x);
  return v[0] + v[1];
}

/** Correctly rounded cosine (|x| <= 2**20; Math.cos beyond). */
export function crCos(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) > 1048576) return Math.cos(x);
  const v = cosDD(x);
  return v[0] + v[1];
}

/**
 * arc cosine: Math.acos (within an ulp) refined by one Newton step on cos computed
 * in double-double. Correctly rounded except very close to x = ±1, where the
 * derivative vanishes.
 */
export function crAcos(x: number): number {
  if (!(x >= -1 && x <= 1)) return NaN;
  if (x === 1) return 0;
  if (x === -1) return Math.PI;
  const y0 = Math.acos(x);
  const c = cosDD(y0);
  const diff = add(c, [-x, 0]);
  const delta = (diff[0] + diff[1]) / (sinDD(y0)[0]);
  const r = quickTwoSum(y0, delta);
  return r[0] + r[1];
}
