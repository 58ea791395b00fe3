// Minimal slot tables for str, tuple, list and dict, registered only when their real modules
// (str.ts, tuple.ts, list.ts, dict.ts) have not registered theirs: enough for the object
// model to print its own error messages and for its unit tests (repr, hash, ==, len).
// The real types replace these entirely.

import { type Ref, isSmallInt } from '../heap.ts';
import { CompareOp } from '../type-slots.ts';
import { registerTypeFallback } from '../registry.ts';
import { strEquals, strCompareUnits, S_HASH, strLen } from './str-core.ts';
import { tupleLen, tupleGet } from './tuple-core.ts';
import { listLen, listGet } from './list-core.ts';
import { dictLen, dictNext, dictEntryKey, dictEntryValue } from './dict-core.ts';
import { reprJs, hash, richCompareBool } from '../abstract.ts';

function strReprJs(s: string): string {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = q;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === q || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || c === 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + q;
}

function cmp(c: number, op: CompareOp): boolean {
  return [c < 0, c <= 0, c === 0, c !== 0, c > 0, c >= 0][op];
}

registerTypeFallback({
  key: 'str', name: 'str', basicsize: 24, varsize: true, flags: 2,
  slots: {
    repr: (rt, s) => rt.newStr(strReprJs(rt.jsStr(s))),
    str: (_rt, s) => s,
    hash: (rt, s) => rt.heap.i32[(s >> 2) + S_HASH],
    len: (rt, s) => strLen(rt, s),
    richcompare(rt, a, b, op) {
      if (isSmallInt(b) || rt.typeOf(b) !== rt.types.str) return rt.notImplemented;
      if (op === CompareOp.EQ) return rt.bool(strEquals(rt, a, b));
      if (op === CompareOp.NE) return rt.bool(!strEquals(rt, a, b));
      return rt.bool(cmp(strCompareUnits(rt, a, b), op));
    },
  },
});

registerTypeFallback({
  key: 'tuple', name: 'tuple', basicsize: 12, varsize: true, flags: 2,
  slots: {
    repr(rt, t) {
      const n = tupleLen(rt, t);
      const parts: string[] = [];
      for (let i = 0; i < n; i++) parts.push(reprJs(rt, tupleGet(rt, t, i)));
      return rt.newStr(n === 1 ? `(${parts[0]},)` : `(${parts.join(', ')})`);
    },
    len: (rt, t) => tupleLen(rt, t),
    hash(rt, t) {
      let h = 0x345678;
      for (let i = 0; i < tupleLen(rt, t); i++) h = (Math.imul(h ^ (hash(rt, tupleGet(rt, t, i)) | 0), 1000003)) | 0;
      return h === -1 ? -2 : h;
    },
    richcompare(rt, a, b, op) {
      if (rt.typeOf(b) !== rt.types.tuple || (op !== CompareOp.EQ && op !== CompareOp.NE)) return rt.notImplemented;
      let eq = tupleLen(rt, a) === tupleLen(rt, b);
      for (let i = 0; eq && i < tupleLen(rt, a); i++) eq = richCompareBool(rt, tupleGet(rt, a, i), tupleGet(rt, b, i), CompareOp.EQ);
      return rt.bool(op === CompareOp.EQ ? eq : !eq);
    },
    traverse(rt, t, visit) { for (let i = 0; i < tupleLen(rt, t); i++) visit(tupleGet(rt, t, i)); },
  },
});

registerTypeFallback({
  key: 'list', name: 'list', basicsize: 24, flags: 2, unhashable: true,
  slots: {
    repr(rt, l) {
      const parts: string[] = [];
      for (let i = 0; i < listLen(rt, l); i++) parts.push(reprJs(rt, listGet(rt, l, i)));
      return rt.newStr(`[${parts.join(', ')}]`);
    },
    len: (rt, l) => listLen(rt, l),
    traverse(rt, l, visit) { visit(rt.heap.i32[(l >> 2) + 3] as Ref); },
  },
});

registerTypeFallback({
  key: 'dict', name: 'dict', basicsize: 32, flags: 2, unhashable: true,
  slots: {
    repr(rt, d) {
      const parts: string[] = [];
      for (let e = dictNext(rt, d, 0); e >= 0; e = dictNext(rt, d, e + 1)) {
        parts.push(`${reprJs(rt, dictEntryKey(rt, d, e))}: ${reprJs(rt, dictEntryValue(rt, d, e))}`);
      }
      return rt.newStr(`{${parts.join(', ')}}`);
    },
    len: (rt, d) => dictLen(rt, d),
    traverse(rt, d, visit) {
      const i32 = rt.heap.i32;
      visit(i32[(d >> 2) + 4] as Ref);
      visit(i32[(d >> 2) + 5] as Ref);
      for (let e = dictNext(rt, d, 0); e >= 0; e = dictNext(rt, d, e + 1)) { visit(dictEntryKey(rt, d, e)); visit(dictEntryValue(rt, d, e)); }
    },
  },
});
