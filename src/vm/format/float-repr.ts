// repr(float) exactly as python3 prints it (Python/pystrtod.c format_float_short with the
// 'r' mode and Py_DTSF_ADD_DOT_0): the shortest digit string that round-trips (the same
// digits JS's Number.prototype.toExponential() picks), laid out in fixed notation when the
// decimal exponent is in -4 < decpt <= 16, else as d.ddde±XX with at least two exponent
// digits; integral values keep a trailing ".0"; 'inf', '-inf', 'nan'.

/** The shortest round-trip digits of |x| (no leading/trailing zeros) and the decimal point
 *  position: |x| = 0.d1d2...dn × 10**decpt. x must be finite and non-zero. */
export function shortestDigits(x: number): { digits: string; decpt: number } {
  const e = Math.abs(x).toExponential(); // "d.ddde±N", shortest round-trip digits
  const k = e.indexOf('e');
  const mant = e.slice(0, k).replace('.', '');
  const exp = Number(e.slice(k + 1));
  return { digits: mant.replace(/0+$/, '') || '0', decpt: exp + 1 };
}

export function floatRepr(x: number): string {
  if (x !== x) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const sign = x < 0 ? '-' : '';
  const { digits, decpt } = shortestDigits(x);
  const n = digits.length;
  if (decpt <= -4 || decpt > 16) {
    const exp = decpt - 1;
    const mant = n > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const es = Math.abs(exp) < 10 ? `0${Math.abs(exp)}` : String(Math.abs(exp));
    return `${sign}${mant}e${exp < 0 ? '-' : '+'}${es}`;
  }
  if (decpt <= 0) return `${sign}0.${'0'.repeat(-decpt)}${digits}`;
  if (decpt >= n) return `${sign}${digits}${'0'.repeat(decpt - n)}.0`;
  return `${sign}${digits.slice(0, decpt)}.${digits.slice(decpt)}`;
}
