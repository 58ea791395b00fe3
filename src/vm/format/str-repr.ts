/**
 * repr() of a Python str, as a pure function on a JS string.
 *
 * The format helpers need it for error messages ("invalid literal for int()
 * with base 10: 'abc'") and for %r / !r; the str type can use it too.
 *
 * Follows CPython 3.11 Objects/unicodeobject.c unicode_repr: the quote is ' unless
 * the text contains ' and no ", backslash and the quote are escaped, \t \n \r get
 * their short escapes, other non-printable characters become \xNN, \uNNNN or
 * \UNNNNNNNN. "Printable" is Py_UNICODE_ISPRINTABLE: everything except the general
 * categories Cc Cf Cs Co Cn Zl Zp and Zs other than the ASCII space. JS's Unicode
 * tables may be a version apart from python3's for newly assigned characters.
 */

const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

/** Py_UNICODE_ISPRINTABLE for one code point. */
export function isPrintable(cp: number): boolean {
  if (cp < 0x7f) return cp >= 0x20;
  if (cp < 0xa1) return false; // DEL, C1 controls, NBSP (Zs)
  return !NON_PRINTABLE.test(String.fromCodePoint(cp));
}

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}

/** repr(s) for a Python str. `asciiOnly` gives ascii(s): every non-ASCII char escaped. */
export function pyStrRepr(s: string, asciiOnly = false): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  // Fast scan: plain printable ASCII without quote or backslash copies as is.
  let plainUpTo = 0;
  while (plainUpTo < s.length) {
    const c = s.charCodeAt(plainUpTo);
    if (c < 0x20 || c >= 0x7f || c === 0x5c || c === quote.charCodeAt(0)) break;
    plainUpTo++;
  }
  if (plainUpTo === s.length) return quote + s + quote;
  out += s.slice(0, plainUpTo);
  for (const ch of s.slice(plainUpTo)) {
    const cp = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\t') out += '\\t';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (cp < 0x20 || cp === 0x7f) out += '\\x' + hex(cp, 2);
    else if (cp < 0x7f) out += ch;
    else if (!asciiOnly && isPrintable(cp)) out += ch;
    else if (cp < 0x100) out += '\\x' + hex(cp, 2);
    else if (cp < 0x10000) out += '\\u' + hex(cp, 4);
    else out += '\\U' + hex(cp, 8);
  }
  return out + quote;
}

/**
 * repr() of a bytes value given as a latin-1 string (one char per byte), after
 * CPython 3.11 Objects/bytesobject.c PyBytes_Repr: b'...', the quote chosen as for
 * str, \t \n \r and \\ escaped, other bytes outside 0x20..0x7e as \xNN.
 */
export function pyBytesRepr(latin1: string): string {
  const quote = latin1.includes("'") && !latin1.includes('"') ? '"' : "'";
  let out = 'b' + quote;
  for (let i = 0; i < latin1.length; i++) {
    const c = latin1.charCodeAt(i);
    const ch = latin1[i]!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\t') out += '\\t';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + hex(c, 2);
    else out += ch;
  }
  return out + quote;
}
