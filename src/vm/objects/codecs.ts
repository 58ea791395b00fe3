// The three codecs courses use (utf-8, ascii, latin-1) for str.encode and bytes.decode,
// with the error handlers strict / ignore / replace / backslashreplace /
// xmlcharrefreplace (encode) and surrogateescape (decode).
//
// Errors are returned as data, not thrown: the heap layer (str-methods.ts, bytes.ts) turns
// a CodecError into UnicodeEncodeError / UnicodeDecodeError / LookupError with the text
// CPython prints. The UTF-8 decoder follows CPython 3.11 Objects/stringlib/codecs.h
// utf8_decode, including which bytes an error spans ("invalid continuation byte" covers
// the valid prefix; "unexpected end of data" covers the whole truncated tail), because the
// span decides both the message and how many U+FFFD 'replace' produces.

export type CodecName = 'utf-8' | 'ascii' | 'latin-1' | WideCodec;
/** UTF-16 and UTF-32, little- or big-endian, or with a byte order mark (CPython writes a
 *  little-endian BOM on encode, as on the little-endian machines it runs on). */
type WideCodec = 'utf-16' | 'utf-16-le' | 'utf-16-be' | 'utf-32' | 'utf-32-le' | 'utf-32-be';

export interface CodecError {
  kind: 'encode' | 'decode' | 'lookup-encoding' | 'lookup-handler';
  encoding: string;
  /** Code-point (encode) or byte (decode) positions, end exclusive. */
  start: number;
  end: number;
  reason: string;
}

/** encodings.normalize + the aliases of the three codecs; null if unknown. */
export function lookupCodec(name: string): CodecName | null {
  const n = name.toLowerCase().replace(/[-\s]/g, '_');
  switch (n) {
    case 'utf_8': case 'utf8': case 'u8': case 'utf': case 'cp65001': return 'utf-8';
    case 'ascii': case 'us_ascii': case '646': case 'us': return 'ascii';
    case 'latin_1': case 'latin1': case 'latin': case 'l1': case 'iso_8859_1': case 'iso8859_1':
    case '8859': case 'cp819': case 'iso_ir_100': return 'latin-1';
    case 'utf_16': case 'utf16': case 'u16': return 'utf-16';
    case 'utf_16le': case 'utf_16_le': case 'unicodelittleunmarked': return 'utf-16-le';
    case 'utf_16be': case 'utf_16_be': case 'unicodebigunmarked': return 'utf-16-be';
    case 'utf_32': case 'utf32': case 'u32': return 'utf-32';
    case 'utf_32le': case 'utf_32_le': return 'utf-32-le';
    case 'utf_32be': case 'utf_32_be': return 'utf-32-be';
    default: return null;
  }
}

const ENC_HANDLERS = new Set(['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace']);
const DEC_HANDLERS = new Set(['strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape']);

function hex(n: number, w: number): string { return n.toString(16).padStart(w, '0'); }

/** The exception text of UnicodeEncodeError / UnicodeDecodeError (Objects/exceptions.c). */
export function codecErrorMessage(e: CodecError, object: string | Uint8Array): string {
  if (e.kind === 'lookup-encoding') return `unknown encoding: ${e.encoding}`;
  if (e.kind === 'lookup-handler') return `unknown error handler name '${e.reason}'`;
  if (e.kind === 'encode') {
    if (e.end === e.start + 1) {
      const cps = [...(object as string)];
      const c = cps[e.start]!.codePointAt(0)!;
      const shown = c <= 0xff ? '\\x' + hex(c, 2) : c <= 0xffff ? '\\u' + hex(c, 4) : '\\U' + hex(c, 8);
      return `'${e.encoding}' codec can't encode character '${shown}' in position ${e.start}: ${e.reason}`;
    }
    return `'${e.encoding}' codec can't encode characters in position ${e.start}-${e.end - 1}: ${e.reason}`;
  }
  if (e.end === e.start + 1) {
    const b = (object as Uint8Array)[e.start]!;
    return `'${e.encoding}' codec can't decode byte 0x${hex(b, 2)} in position ${e.start}: ${e.reason}`;
  }
  return `'${e.encoding}' codec can't decode bytes in position ${e.start}-${e.end - 1}: ${e.reason}`;
}

class ByteSink {
  buf = new Uint8Array(64);
  n = 0;
  push(b: number): void {
    if (this.n === this.buf.length) { const nb = new Uint8Array(this.n * 2); nb.set(this.buf); this.buf = nb; }
    this.buf[this.n++] = b;
  }
  ascii(s: string): void { for (let i = 0; i < s.length; i++) this.push(s.charCodeAt(i)); }
  done(): Uint8Array { return this.buf.slice(0, this.n); }
}

/** str.encode(encoding, errors): bytes, or the error to raise. */
export function encode(s: string, encoding: string, errors: string): Uint8Array | CodecError {
  const codec = lookupCodec(encoding);
  if (codec === null) return { kind: 'lookup-encoding', encoding, start: 0, end: 0, reason: '' };
  const cps: number[] = [];
  for (const ch of s) cps.push(ch.codePointAt(0)!);
  if (codec.startsWith('utf-16') || codec.startsWith('utf-32')) return encodeWide(cps, codec as WideCodec, errors);
  const limit = codec === 'ascii' ? 0x80 : codec === 'latin-1' ? 0x100 : 0x110000;
  const bad = codec === 'utf-8' ? (c: number) => c >= 0xd800 && c <= 0xdfff : (c: number) => c >= limit;
  const reason = codec === 'utf-8' ? 'surrogates not allowed' : `ordinal not in range(${limit})`;
  const out = new ByteSink();
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i]!;
    if (!bad(c)) {
      if (codec !== 'utf-8' || c < 0x80) out.push(c);
      else if (c < 0x800) { out.push(0xc0 | (c >> 6)); out.push(0x80 | (c & 63)); }
      else if (c < 0x10000) { out.push(0xe0 | (c >> 12)); out.push(0x80 | ((c >> 6) & 63)); out.push(0x80 | (c & 63)); }
      else {
        out.push(0xf0 | (c >> 18)); out.push(0x80 | ((c >> 12) & 63));
        out.push(0x80 | ((c >> 6) & 63)); out.push(0x80 | (c & 63));
      }
      continue;
    }
    // A run of unencodable characters is reported (and handled) as one error span.
    let j = i + 1;
    while (j < cps.length && bad(cps[j]!)) j++;
    if (!ENC_HANDLERS.has(errors)) return { kind: 'lookup-handler', encoding: codec, start: i, end: j, reason: errors };
    if (errors === 'strict') return { kind: 'encode', encoding: codec, start: i, end: j, reason };
    for (let k = i; k < j; k++) {
      const b = cps[k]!;
      if (errors === 'replace') out.push(63);
      else if (errors === 'backslashreplace') {
        out.ascii(b <= 0xff ? '\\x' + hex(b, 2) : b <= 0xffff ? '\\u' + hex(b, 4) : '\\U' + hex(b, 8));
      } else if (errors === 'xmlcharrefreplace') out.ascii(`&#${b};`);
    }
    i = j - 1;
  }
  return out.done();
}

const isCont = (b: number) => (b & 0xc0) === 0x80;

/** bytes.decode(encoding, errors): the str, or the error to raise. */
export function decode(b: Uint8Array, encoding: string, errors: string): string | CodecError {
  const codec = lookupCodec(encoding);
  if (codec === null) return { kind: 'lookup-encoding', encoding, start: 0, end: 0, reason: '' };
  if (codec.startsWith('utf-16') || codec.startsWith('utf-32')) return decodeWide(b, codec as WideCodec, errors);
  let out = '';
  const parts: string[] = [];
  const flush = () => { if (out.length > 4096) { parts.push(out); out = ''; } };
  const n = b.length;
  let i = 0;
  while (i < n) {
    const c = b[i]!;
    if (c < 0x80 || codec === 'latin-1') { out += String.fromCharCode(c); i++; flush(); continue; }
    let errEnd = 0;
    let reason = '';
    if (codec === 'ascii') { errEnd = i + 1; reason = 'ordinal not in range(128)'; }
    else {
      // utf8_decode: returns the sequence or classifies the error.
      const avail = n - i;
      if (c < 0xc2 || c > 0xf4) { errEnd = i + 1; reason = 'invalid start byte'; }
      else if (c < 0xe0) {
        if (avail < 2) { errEnd = n; reason = 'unexpected end of data'; }
        else if (!isCont(b[i + 1]!)) { errEnd = i + 1; reason = 'invalid continuation byte'; }
        else { out += String.fromCharCode(((c & 0x1f) << 6) | (b[i + 1]! & 63)); i += 2; flush(); continue; }
      } else if (c < 0xf0) {
        const c2 = b[i + 1];
        const badSecond = (x: number) => !isCont(x) || (x < 0xa0 ? c === 0xe0 : c === 0xed);
        if (avail < 3) {
          if (avail >= 2 && badSecond(c2!)) { errEnd = i + 1; reason = 'invalid continuation byte'; }
          else { errEnd = n; reason = 'unexpected end of data'; }
        } else if (badSecond(c2!)) { errEnd = i + 1; reason = 'invalid continuation byte'; }
        else if (!isCont(b[i + 2]!)) { errEnd = i + 2; reason = 'invalid continuation byte'; }
        else {
          out += String.fromCharCode(((c & 0xf) << 12) | ((c2! & 63) << 6) | (b[i + 2]! & 63));
          i += 3; flush(); continue;
        }
      } else {
        const c2 = b[i + 1];
        const badSecond = (x: number) => !isCont(x) || (x < 0x90 ? c === 0xf0 : c === 0xf4);
        if (avail < 4) {
          if (avail >= 2 && badSecond(c2!)) { errEnd = i + 1; reason = 'invalid continuation byte'; }
          else if (avail >= 3 && !isCont(b[i + 2]!)) { errEnd = i + 2; reason = 'invalid continuation byte'; }
          else { errEnd = n; reason = 'unexpected end of data'; }
        } else if (badSecond(c2!)) { errEnd = i + 1; reason = 'invalid continuation byte'; }
        else if (!isCont(b[i + 2]!)) { errEnd = i + 2; reason = 'invalid continuation byte'; }
        else if (!isCont(b[i + 3]!)) { errEnd = i + 3; reason = 'invalid continuation byte'; }
        else {
          const cp = ((c & 7) << 18) | ((c2! & 63) << 12) | ((b[i + 2]! & 63) << 6) | (b[i + 3]! & 63);
          out += String.fromCodePoint(cp);
          i += 4; flush(); continue;
        }
      }
    }
    if (!DEC_HANDLERS.has(errors)) return { kind: 'lookup-handler', encoding: codec, start: i, end: errEnd, reason: errors };
    if (errors === 'strict') return { kind: 'decode', encoding: codec, start: i, end: errEnd, reason };
    if (errors === 'replace') out += '\ufffd';
    else if (errors === 'backslashreplace') for (let k = i; k < errEnd; k++) out += '\\x' + hex(b[k]!, 2);
    else if (errors === 'surrogateescape') for (let k = i; k < errEnd; k++) out += String.fromCharCode(0xdc00 + b[k]!);
    i = errEnd;
    flush();
  }
  parts.push(out);
  return parts.join('');
}

// ---- UTF-16 / UTF-32 (CPython 3.11 Objects/unicodeobject.c PyUnicode_EncodeUTF16/32 and
// PyUnicode_DecodeUTF16Stateful/32Stateful, with their error reasons).

function wideShape(codec: WideCodec): { unit: 2 | 4; little: boolean; bom: boolean } {
  return { unit: codec.startsWith('utf-16') ? 2 : 4, little: !codec.endsWith('-be'), bom: !codec.endsWith('e') };
}

function encodeWide(cps: number[], codec: WideCodec, errors: string): Uint8Array | CodecError {
  const { unit, little, bom } = wideShape(codec);
  const out = new ByteSink();
  const put = (v: number): void => {
    if (unit === 2) {
      if (little) { out.push(v & 0xff); out.push(v >> 8); } else { out.push(v >> 8); out.push(v & 0xff); }
    } else if (little) { out.push(v & 0xff); out.push((v >> 8) & 0xff); out.push((v >> 16) & 0xff); out.push(v >>> 24); }
    else { out.push(v >>> 24); out.push((v >> 16) & 0xff); out.push((v >> 8) & 0xff); out.push(v & 0xff); }
  };
  const putCp = (c: number): void => {
    if (unit === 4 || c < 0x10000) put(c);
    else { put(0xd800 + ((c - 0x10000) >> 10)); put(0xdc00 + ((c - 0x10000) & 0x3ff)); }
  };
  if (bom) put(0xfeff);
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i]!;
    if (c < 0xd800 || c > 0xdfff) { putCp(c); continue; }
    let j = i + 1;
    while (j < cps.length && cps[j]! >= 0xd800 && cps[j]! <= 0xdfff) j++;
    if (!ENC_HANDLERS.has(errors)) return { kind: 'lookup-handler', encoding: codec, start: i, end: j, reason: errors };
    if (errors === 'strict') return { kind: 'encode', encoding: codec, start: i, end: j, reason: 'surrogates not allowed' };
    for (let k = i; k < j; k++) {
      const b = cps[k]!;
      const text = errors === 'replace' ? '?' : errors === 'backslashreplace' ? '\\u' + hex(b, 4)
        : errors === 'xmlcharrefreplace' ? `&#${b};` : '';
      for (const ch of text) putCp(ch.charCodeAt(0));
    }
    i = j - 1;
  }
  return out.done();
}

function decodeWide(b: Uint8Array, codec: WideCodec, errors: string): string | CodecError {
  const shape = wideShape(codec);
  const { unit } = shape;
  let little = shape.little;
  let i = 0;
  const n = b.length;
  if (shape.bom && n >= unit) {
    // A byte order mark picks the order and is dropped; without one, little-endian.
    const first = unit === 2 ? b[0]! | (b[1]! << 8) : (b[0]! | (b[1]! << 8) | (b[2]! << 16) | (b[3]! << 24)) >>> 0;
    if (first === 0xfeff) { little = true; i = unit; }
    else if (unit === 2 ? first === 0xfffe : first === 0xfffe0000) { little = false; i = unit; }
  }
  const read = (k: number): number => unit === 2
    ? (little ? b[k]! | (b[k + 1]! << 8) : (b[k]! << 8) | b[k + 1]!)
    : (little ? (b[k]! | (b[k + 1]! << 8) | (b[k + 2]! << 16) | (b[k + 3]! << 24)) >>> 0
      : ((b[k]! << 24) | (b[k + 1]! << 16) | (b[k + 2]! << 8) | b[k + 3]!) >>> 0);
  let out = '';
  while (i < n) {
    let errEnd = 0, reason = '';
    if (n - i < unit) { errEnd = n; reason = 'truncated data'; }
    else {
      const v = read(i);
      if (unit === 4) {
        if (v >= 0x110000) { errEnd = i + 4; reason = 'code point not in range(0x110000)'; }
        else if (v >= 0xd800 && v < 0xe000) { errEnd = i + 4; reason = 'code point in surrogate code point range(0xd800, 0xe000)'; }
        else { out += String.fromCodePoint(v); i += 4; continue; }
      } else if (v < 0xd800 || v > 0xdfff) { out += String.fromCharCode(v); i += 2; continue; }
      else if (v >= 0xdc00) { errEnd = i + 2; reason = 'illegal encoding'; }
      else if (n - i < 4) { errEnd = n; reason = 'unexpected end of data'; }
      else {
        const w = read(i + 2);
        if (w >= 0xdc00 && w <= 0xdfff) { out += String.fromCharCode(v, w); i += 4; continue; }
        errEnd = i + 2; reason = 'illegal UTF-16 surrogate';
      }
    }
    if (!DEC_HANDLERS.has(errors)) return { kind: 'lookup-handler', encoding: codec, start: i, end: errEnd, reason: errors };
    if (errors === 'strict') return { kind: 'decode', encoding: codec, start: i, end: errEnd, reason };
    if (errors === 'replace') out += '\ufffd';
    else if (errors === 'backslashreplace') for (let k = i; k < errEnd; k++) out += '\\x' + hex(b[k]!, 2);
    else if (errors === 'surrogateescape') for (let k = i; k < errEnd; k++) out += String.fromCharCode(0xdc00 + b[k]!);
    i = errEnd;
  }
  return out;
}
