"""Writes src/python/unicode-names.ts: the Unicode character names python3.11 knows
(unicodedata, Unicode 14), for the \\N{NAME} escapes of string literals, in a compact
encoding that src/python/unicode-name-lookup.ts decodes on first use.

What is stored:
- every code point unicodedata.name() names, except the names CPython computes (CJK UNIFIED
  IDEOGRAPH-XXXX and HANGUL SYLLABLE ..., handled by code in the lookup);
- runs of names of the form PREFIX-XXXX (XXXX the code point, e.g. CJK COMPATIBILITY
  IDEOGRAPH-F900) as ranges;
- the formal name aliases (NameAliases.txt: NULL, LINE FEED, BYTE ORDER MARK, ...), which
  \\N{} accepts too. unicodedata cannot list them, so candidates are read from the Unicode
  data Perl ships (unicore/Name.pl) and each is kept only if python3's unicodedata.lookup()
  accepts it for that one code point.

Encoding: WORDS is the vocabulary (space-separated, most frequent first); a word's number is
written in base 45, each digit one character, the last digit from the first 45 symbols of
ALPHABET and the others from the next 45. A name is a symbol counting how many leading words
it shares with the previous name, then its other words; names end with '|'. A code point
that is not the previous one plus 1 is preceded by '~' and the gap in hex and ';'.

Run: python3 tools/gen-unicode-names.py (python3.11; needs perl's unicore/Name.pl).
"""
import collections
import json
import pathlib
import re
import subprocess
import sys
import unicodedata

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / 'src' / 'python' / 'unicode-names.ts'

# 90 symbols: printable ASCII without '"', '\\', '|' and '~' (those frame the encoding).
ALPHABET = ''.join(c for c in map(chr, range(0x21, 0x7f)) if c not in '"\\|~')
assert len(ALPHABET) == 90
BASE = 45


def algorithmic(cp, name):
    return (name.startswith('CJK UNIFIED IDEOGRAPH-') or name.startswith('HANGUL SYLLABLE '))


def encode_id(n):
    digits = []
    while True:
        digits.append(n % BASE)
        n //= BASE
        if n == 0:
            break
    digits.reverse()
    return ''.join(ALPHABET[BASE + d] for d in digits[:-1]) + ALPHABET[digits[-1]]


def aliases():
    # Perl's library folder (its Config privlib) holds unicore/, Perl's copy of the UCD.
    privlib = subprocess.run(['perl', '-MConfig', '-e', 'print $Config{privlib}'],
                             capture_output=True, text=True, check=True).stdout
    file = pathlib.Path(privlib) / 'unicore' / 'Name.pl'
    if not file.exists():
        sys.exit(f'{file} not found (perl\'s copy of the Unicode name aliases)')
    text = file.read_text()
    body = text[text.index("<<'END';\n") + 9:text.rindex('\nEND\n')]
    out = {}
    for entry in body.split('\n\n'):
        lines = entry.strip().split('\n')
        if len(lines) != 2 or ' ' in lines[0]:
            continue  # named sequences (several code points) are not \N{} names
        cp, name = int(lines[0], 16), lines[1]
        if unicodedata.name(chr(cp), None) == name or algorithmic(cp, name):
            continue
        try:
            if unicodedata.lookup(name) != chr(cp):
                continue
        except KeyError:
            continue
        out[name] = cp
    return out


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit('python3.11 is the oracle; found ' + sys.version)
    names = {}
    ranges = []  # [prefix, first, last]
    for cp in range(0x110000):
        name = unicodedata.name(chr(cp), None)
        if name is None or algorithmic(cp, name):
            continue
        m = re.fullmatch(r'(.*)-([0-9A-F]{4,6})', name)
        if m and int(m.group(2), 16) == cp:
            if ranges and ranges[-1][0] == m.group(1) and ranges[-1][2] == cp - 1:
                ranges[-1][2] = cp
            else:
                ranges.append([m.group(1), cp, cp])
            continue
        names[cp] = name
    counts = collections.Counter(w for n in names.values() for w in n.split(' '))
    words = [w for w, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
    index = {w: i for i, w in enumerate(words)}
    parts = []
    prev_cp = -1
    prev_words = []
    for cp, name in names.items():
        if cp != prev_cp + 1:
            parts.append('~%x;' % (cp - prev_cp - 1))
        ws = name.split(' ')
        shared = 0
        while shared < min(len(ws), len(prev_words), BASE - 1) and ws[shared] == prev_words[shared]:
            shared += 1
        parts.append(ALPHABET[shared] + ''.join(encode_id(index[w]) for w in ws[shared:]) + '|')
        prev_cp, prev_words = cp, ws
    encoded = ''.join(parts)
    alias = aliases()
    alias_text = '|'.join('%s=%x' % (n, cp) for n, cp in sorted(alias.items(), key=lambda kv: kv[1]))
    range_text = '|'.join('%s=%x-%x' % tuple(r) for r in ranges)
    # The code points CPython names CJK UNIFIED IDEOGRAPH-XXXX (is_unified_ideograph).
    cjk = []
    for cp in range(0x110000):
        if unicodedata.name(chr(cp), '').startswith('CJK UNIFIED IDEOGRAPH-'):
            if cjk and cjk[-1][1] == cp - 1:
                cjk[-1][1] = cp
            else:
                cjk.append([cp, cp])
    cjk_text = '|'.join('%x-%x' % tuple(r) for r in cjk)
    # Hangul syllable names are HANGUL SYLLABLE + the short names of their leading
    # consonant, vowel and trailing consonant (Unicode 3.12); read them back from unicodedata.
    base, v_count, t_count = 0xAC00, 21, 28
    syl = lambda cp: unicodedata.name(chr(cp))[len('HANGUL SYLLABLE '):]
    jamo_l = [syl(base + i * v_count * t_count)[:-1] for i in range(19)]
    jamo_v = [syl(base + i * t_count)[1:] for i in range(v_count)]
    jamo_t = [syl(base + i)[2:] for i in range(t_count)]
    for cp in range(base, base + 19 * v_count * t_count):
        k = cp - base
        assert syl(cp) == jamo_l[k // (v_count * t_count)] + jamo_v[k // t_count % v_count] + jamo_t[k % t_count]
    js = json.dumps
    OUT.write_text(f'''// Generated by tools/gen-unicode-names.py from python3.11 (Unicode {unicodedata.unidata_version}).
// Do not edit by hand. The Unicode character names for \\N{{...}} escapes: {len(names)} names,
// {len(ranges)} PREFIX-XXXX ranges, {len(alias)} name aliases; the encoding is described in
// the generator and decoded by unicode-name-lookup.ts.

export const ALPHABET = {js(ALPHABET)};
export const WORDS = {js(' '.join(words))};
export const NAMES = {js(encoded)};
export const RANGES = {js(range_text)};
export const ALIASES = {js(alias_text)};
export const CJK_UNIFIED = {js(cjk_text)};
export const JAMO_L = {js(','.join(jamo_l))};
export const JAMO_V = {js(','.join(jamo_v))};
export const JAMO_T = {js(','.join(jamo_t))};
''')
    print(f'{OUT}: {OUT.stat().st_size} bytes; {len(names)} names, {len(words)} words, '
          f'{len(ranges)} ranges, {len(alias)} aliases')


if __name__ == '__main__':
    main()
