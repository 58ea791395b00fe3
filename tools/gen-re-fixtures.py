"""Generates the `re` module fixtures: python3 runs a driver program over ~500 cases
(pattern, flags, string, operation) and records one line of output per case.

The driver (src/stdlib/native/__fixtures__/re-cases.py) is plain Python that our VM runs
too (src/stdlib/native/re.test.ts); re-cases.out is python3's output, the oracle.
Run: python3 tools/gen-re-fixtures.py
"""

import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'src', 'stdlib', 'native', '__fixtures__')

# (pattern, flags, [subject strings]): every op below runs on each (pattern, string).
PATTERNS = [
    # tutorial regexes
    (r'[\w.+-]+@[\w-]+\.[\w.]+', 0, ['contact: john.doe@example.com, jane+x@mail.co.uk.', 'no email here']),
    (r'(\d{4})-(\d{2})-(\d{2})', 0, ['dates: 2023-01-15 and 1999-12-31', '2023-1-5']),
    (r'(?P<year>\d{4})/(?P<month>\d\d)', 0, ['on 2024/03 and 2025/11']),
    (r'\(?(\d{3})\)?[-. ]?(\d{3})[-.](\d{4})', 0, ['call (555) 123-4567 or 555.987.6543']),
    (r'\b\w+\b', 0, ['Hello, world! It\'s 42.', '']),
    (r'\b[A-Z][a-z]+\b', 0, ['Alice met Bob in Paris']),
    (r'-?\d+(\.\d+)?', 0, ['temps: -3.5, 22, 0.75 and -10']),
    (r'[-+]?\d*\.?\d+(?:[eE][-+]?\d+)?', 0, ['1e10 -2.5E-3 .5 +7']),
    (r'<(\w+)[^>]*>(.*?)</\1>', 0, ['<b>bold</b> and <i class="x">it</i>', '<a>x</b>']),
    (r'<[^>]+>', 0, ['<p>Hi <em>there</em></p>']),
    (r'(\d+\.\d+\.\d+\.\d+) - - \[(.*?)\] "(GET|POST) (\S+)', 0,
     ['127.0.0.1 - - [10/Oct/2000:13:55:36 -0700] "GET /index.html HTTP/1.0" 200']),
    (r'^(\w+):\s*(.*)$', re.M, ['Host: example.com\nAccept: */*\nbad line\n']),
    (r'(?i)hello', 0, ['HeLLo there, hello!']),
    (r'colou?r', 0, ['color colour colouur']),
    (r'https?://[^\s/$.?#].[^\s]*', 0, ['see http://x.org/a?b=1 and https://y.com.']),
    (r'#[0-9a-fA-F]{6}\b', 0, ['#ff0000 #GGGGGG #00ff00a #123abc']),
    (r'\s+', 0, ['  a \t b\n\nc  ', 'x']),
    (r'[aeiou]', re.I, ['Programming In PYTHON']),
    (r'(\w+)=(\d+)', 0, ['a=1, b=22, c=x']),
    (r'(\w)\1', 0, ['bookkeeper', 'abc']),
    # anchors and multiline
    (r'^a', 0, ['abc', 'ba', 'a\na']),
    (r'^a', re.M, ['a\na\nba']),
    (r'a$', 0, ['a\n', 'aa', 'a\na\n', 'a\n\n']),
    (r'a$', re.M, ['a\na\nb']),
    (r'$', 0, ['ab\n', 'ab', '']),
    (r'$', re.M, ['a\nb\n']),
    (r'^', re.M, ['a\nb\n', '']),
    (r'\Aab', 0, ['ab\nab']),
    (r'ab\Z', 0, ['ab\n', 'xab']),
    (r'.', 0, ['a\nb\r\u2028c']),
    (r'.+', re.S, ['a\nb']),
    (r'\bis\b', 0, ['this is it', 'island is']),
    (r'\Bis\B', 0, ['thistle is mist']),
    (r'\B', 0, ['', 'ab']),
    (r'\b', 0, ['', 'a b']),
    # empty matches
    (r'x*', 0, ['abxd', '', 'xx']),
    (r'a|', 0, ['bab']),
    (r'|a', 0, ['bab']),
    (r'a*?', 0, ['aab']),
    (r'\b', 0, ['hi there']),
    (r'(?=b)', 0, ['abcb']),
    (r'', 0, ['abc', '']),
    (r'(a)|b', 0, ['abc']),
    (r'(a)|(b)', 0, ['ab']),
    (r'(a)(b)?', 0, ['a ab']),
    (r'(?:(a)|b)+', 0, ['ab', 'ba']),
    # lookarounds
    (r'\w+(?=,)', 0, ['a, bb, ccc']),
    (r'\w+(?!,)\b', 0, ['a, bb, ccc']),
    (r'(?<=\$)\d+', 0, ['cost $30 or $45']),
    (r'(?<!\$)\b\d+', 0, ['cost $30 or 45']),
    (r'(?<=ab|cd)x', 0, ['abx cdx efx']),
    # greedy / lazy / possessive / atomic
    (r'<.*>', 0, ['<a><b>']),
    (r'<.*?>', 0, ['<a><b>']),
    (r'a{2,3}', 0, ['aaaaaaa']),
    (r'a{2,3}?', 0, ['aaaaaaa']),
    (r'a{,2}', 0, ['aaa']),
    (r'a{2}', 0, ['aaaaa']),
    (r'a{', 0, ['a{']),
    (r'a{1,x}', 0, ['a{1,x}']),
    (r'a++b', 0, ['aaab', 'aaa']),
    (r'(?>a+)ab', 0, ['aaab']),
    (r'(?>ab|a)b', 0, ['ab', 'abb']),
    (r'\d*+\d', 0, ['123']),
    # unicode
    (r'\w+', 0, ['héllo wörld ñ 日本語 x_1', 'ab\u0301c', '²³ ٣']),
    (r'\w+', re.A, ['héllo wörld']),
    (r'\d+', 0, ['१२३ 456 ٣']),
    (r'\d+', re.A, ['१२३ 456']),
    (r'\s+', 0, ['a\u00a0b\u2003c\x1cd\u200be']),
    (r'[^\W\d]+', 0, ['abc123 déf']),
    (r'[\w-]+', 0, ['foo-bar baz']),
    (r'[\s\d]+', 0, ['a 1 2b']),
    (r'[^\s]+', 0, ['a bc  d']),
    (r'\W+', 0, ['a, b! c']),
    (r'é', re.I, ['É é E']),
    (r'straße', re.I, ['STRASSE Straße']),
    (r'.', 0, ['😀a']),
    (r'(\S)(\S)', 0, ['a😀b😀😀']),
    (r'😀+', 0, ['x😀😀y😀']),
    (r'[😀-😂]', 0, ['😁😃']),
    (r'(?i)ǆ', 0, ['Ǆ ǅ ǆ']),
    # flags, verbose, scoped flags
    (r'''
        (\d{3})   # area
        [-\s]?    # sep
        (\d{4})   # number
     ''', re.X, ['555-1234 5551234']),
    (r'(?x) a b c # comment', 0, ['abc a b c']),
    (r'a(?i:b)c', 0, ['aBc abc ABC aBC']),
    (r'(?i)a(?-i:b)c', 0, ['ABC AbC abc']),
    (r'(?s:.)+', 0, ['a\nb']),
    (r'(?m:^b)', 0, ['a\nb']),
    (r'[a-z]+', re.I, ['Hello WORLD']),
    (r'[^a-z]+', re.I, ['Hello WORLD 123']),
    (r'(?a:\w+)', 0, ['héllo']),
    # backreferences / named groups
    (r'(?P<q>[\'"]).*?(?P=q)', 0, ['say "hi" and \'bye\'']),
    (r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\10', 0, ['abcdefghijj']),
    (r'(a)\1{2}', 0, ['aaaa']),
    (r'(?P<word>\b\w+\b) (?P=word)', re.I, ['the the cat cat Dog dog']),
    # escapes and classes
    (r'\x41\u0042\U00000043\101\0', 0, ['ABCA\x00']),
    (r'[\x00-\x1f]', 0, ['a\tb\nc']),
    (r'[]a]+', 0, ['a]]b']),
    (r'[^]a]+', 0, ['a]]bcd']),
    (r'[a-]+', 0, ['a-b']),
    (r'[\]\\]+', 0, ['a]\\b']),
    (r'\.\*\+\?\$\^', 0, ['.*+?$^']),
    (r'[.*+?]', 0, ['a.b*c']),
    (r'\t\n', 0, ['a\t\nb']),
    (r'a.c', 0, ['abc a\nc']),
    (r'[\b]', 0, ['a\bb']),
    (r'\\d', 0, ['\\d 5']),
    (r'\-\ \#', 0, ['- #']),
]

OPS = ['search', 'match', 'fullmatch', 'findall', 'finditer', 'split', 'sub']

# Extra single cases: (op, pattern, flags, string, extra)
EXTRA = [
    ('split', r'\W+', 0, 'Words, words, words.', 1),
    ('split', r'(\W+)', 0, 'Words, words, words.', 2),
    ('split', r'x*', 0, 'axbc', 0),
    ('split', r'[a-f]+', re.I, '0a3B9', 0),
    ('split', r'(?:a)|(b)', 0, 'xaybz', 0),
    ('split', r',', 0, 'a,b,,c,', -1),
    ('split', r'^$', re.M, 'foo\n\nbar\n', 0),
    ('sub', r'(\w+) (\w+)', 0, 'hello world', r'\2 \1'),
    ('sub', r'(?P<a>\w+)', 0, 'ab cd', r'[\g<a>|\g<0>|\g<1>]'),
    ('sub', r'a', 0, 'banana', r'\n\t\\'),
    ('sub', r'(a)|b', 0, 'ab', r'[\1]'),
    ('sub', r'a', 0, 'aaa', ('b', 2)),
    ('sub', r'\d+', 0, 'a1b22c', r'<\g<0>>'),
    ('sub', r'a', 0, 'a', r'\q'),
    ('sub', r'(a)', 0, 'a', r'\2'),
    ('sub', r'(a)', 0, 'a', r'\g<x>'),
    ('sub', r'(a)', 0, 'a', r'\g<1'),
    ('sub', r'(a)', 0, 'a', r'\g<>'),
    ('sub', r'(a)', 0, 'a', r'\g'),
    ('sub', r'(a)', 0, 'a', r'\g<1a>'),
    ('sub', r'(a)', 0, 'a', '\\'),
    ('sub', r'a', 0, 'a', r'\101\0'),
    ('subfn', r'\d+', 0, 'a1b22c333', 'double'),
    ('subfn', r'[aeiou]', 0, 'education', 'upper'),
    ('subfn', r'x*', 0, 'abc', 'upper'),
    ('subn', r'o', 0, 'foo boo', 'X'),
    ('subn', r'', 0, 'ab', '-'),
    ('findall', r'(\w+)@(\w+)\.com', 0, 'a@b.com c@d.com', None),
    ('findall', r'(a)|(b)', 0, 'ab', None),
    ('findall', r'\d+', 0, 'no digits', None),
    ('pos', r'\w+', 0, 'ab cd ef', (3, 5)),
    ('pos', r'^\w+', 0, 'ab cd ef', (3, 8)),
    ('pos', r'\w+$', 0, 'ab cd ef', (0, 5)),
    ('pos', r'(?<=c)d', 0, 'ab cd ef', (4, 8)),
    ('pos', r'\w*', 0, 'abc', (2, 1)),
    ('pos', r'\w', 0, 'abc', (-5, 100)),
    ('matchpos', r'cd', 0, 'ab cd ef', (3, 8)),
    ('matchpos', r'cd$', 0, 'ab cd ef', (3, 5)),
    ('fullpos', r'c.', 0, 'ab cd ef', (3, 5)),
    ('finditerpos', r'\w', 0, 'abcdef', (1, 4)),
    ('bytes', rb'(\d+)\s(\w+)', 0, b'10 apples, 20 pears', None),
    ('bytes', rb'\w+', 0, b'caf\xe9 na\xefve', None),
    ('bytes', rb'[a-z]+', re.I, b'ABC def \xc9\xe9', None),
    ('bytes', rb'^.', re.M, b'a\nb\r\nc', None),
    ('bytes', rb'\s+', 0, b'a \x1c\x85b', None),
    ('mixed', r'a', 0, b'a', None),
    ('mixed', rb'a', 0, 'a', None),
    ('typeerr', r'a', 0, 123, None),
    ('groups', r'(a)(b)?(?P<c>c)?', 0, 'a', None),
    ('groups', r'(?P<x>a)|(?P<y>b)', 0, 'b', None),
    ('groups', r'((a)(b))', 0, 'ab', None),
    ('groups', r'(a)()', 0, 'a', None),
    ('groups', r'(?:(a)|b)(c)', 0, 'bc', None),
    ('expand', r'(?P<h>\d+):(\d+)', 0, 'at 10:30', r'\2 past \g<h> (\g<0>)'),
    ('matchapi', r'(?P<k>\w+)=(?P<v>\w*)', 0, 'x key= y', None),
    ('lookbehind', r'(?<=a+)b', 0, 'aab', None),
    ('lookbehind', r'(?<=a|bc)d', 0, 'bcd', None),
    ('lookbehind', r'(?<!x{2})y', 0, 'xy', None),
    ('flags', r'a', re.I | re.M, '', None),
    ('flags', r'a', re.X | re.S | re.U, '', None),
    ('flags', r'a', re.A, '', None),
    ('flags', r'(?i)a', 0, '', None),
    ('flags', r'(?ms)a', re.I, '', None),
    ('flags', rb'a', re.I, '', None),
    ('flags', r'a', re.L, '', None),
    ('flags', r'a', re.A | re.U, '', None),
    ('flags', rb'a', re.U, '', None),
    ('flags', r'x' * 250, 0, '', None),
    ('flags', r"it's", 0, '', None),
    ('flagrepr', None, 0, '', None),
    ('escape', None, 0, 'a.b*c?d(e)[f]{g}|h^i$j\\k l\tm-n#o&p~q_r1é', None),
    ('escape', None, 0, b'a.b\x00 c', None),
    ('cache', r'\w+', 0, 'x', None),
    ('compiled', r'\d', 0, 'a1', None),
]

# Expressions evaluated with `re` in scope: (op 'expr', the expression text)
EXPRS = [
    "re.findall(r'(?=(\\w\\w))', 'abcd')",
    "[m.span(1) for m in re.finditer(r'(?=(aa))', 'aaaa')]",
    "re.split(r'(?=[A-Z])', 'HelloWorldFooBar')",
    "re.split(r'(-)|(\\+)', 'a-b+c', maxsplit=1)",
    "re.split(r'\\s*', 'a b  c')",
    "re.sub(r'', '-', 'abc', count=2)",
    "re.sub(r'(?<=a)', '-', 'aaa')",
    "re.sub(r'\\b', '|', 'ab cd')",
    "re.sub(r'$', '!', 'a\\nb\\n', flags=re.M)",
    "re.sub(r'^', '> ', 'a\\nb\\n', flags=re.M)",
    "re.subn(r'(a)|(b)', r'[\\1\\2]', 'abc')",
    "re.sub(r'a', r'\\g<0>\\g<0>', 'banana')",
    "re.sub(rb'(\\d)', rb'<\\1>', b'a1b2')",
    "re.sub(r'x', '\\\\', 'axb')",
    "re.sub(r'(a)', r'\\g<2>', 'a')",
    "re.sub(r'(?P<n>a)', r'\\g<m>', 'a')",
    "re.sub(r'a', 5, 'a')",
    "re.sub(r'a', lambda m: 5, 'a')",
    "re.sub(b'a', 'x', b'a')",
    "re.search('a', None)",
    "re.search(5, 'a')",
    "re.findall(r'\\bé\\w*', 'été éa bé')",
    "re.findall(r'\\b\\w+\\b', 'café au lait', re.A)",
    "re.findall(r'(?i)σ', 'Σσς')",
    "re.findall(r'(?i)k', 'kK\\u212a')",
    "re.findall(r'(?i)ß', 'ßẞss')",
    "re.findall(r'(?i:[a-c])x', 'Ax bX Cx')",
    "re.findall(r'(?i:é)', 'éÉ')",
    "re.findall(r'[^a-c]', 'AbCd', re.I)",
    "re.findall(r'(a)(?:b|c)*', 'abcbca')",
    "re.match(r'(a(b)c)', 'abc').lastindex",
    "re.match(r'(a)(?=(b))', 'ab').lastindex",
    "re.match(r'(a)|(b)', 'b').lastindex",
    "re.match(r'((a)|(b))+', 'ab').groups()",
    "re.match(r'(a|ab)(c|bcd)(d*)', 'abcd').groups()",
    "re.match(r'(|a)+', 'aa').span()",
    "re.match(r'(a+)+b', 'aaab').groups()",
    "re.match(r'a{1000}', 'a' * 1001).span()",
    "re.compile(r'a$').search('ab', 0, 1)",
    "re.compile(r'a\\Z').search('a\\n')",
    "re.compile(r'\\bb').search('ab', 1)",
    "re.compile(r'^b').search('ab', 1)",
    "re.compile(r'(?m)^b').search('a\\nb', 1)",
    "re.compile(r'b').search('abc', 3)",
    "re.compile(r'').findall('abc', 1, 2)",
    "re.compile(r'x').match('ax', 1).span()",
    "re.fullmatch(r'a*?', 'aaa')",
    "re.fullmatch(r'(?:a|ab)(?:c|bc)', 'abc').span()",
    "re.search(r'[ ]a', ' a', re.X)",
    "re.search(r'\\ a', ' a', re.X)",
    "re.search(r'a # comment\\n b', 'ab', re.X)",
    "re.search(r'(?x)[#]', 'a#')",
    "re.search(r'a{1, 2}', 'a{1, 2}')",
    "re.search(r'x{,}', 'xxx')",
    "re.search(r'\\d+', '١٢٣').group()",
    "re.search(rb'\\d+', b'x42y').group()",
    "re.findall(rb'[\\x80-\\xff]+', b'a\\x80\\xffb')",
    "re.escape(b'a-b')",
    "re.findall(r'[\\u0400-\\u04ff]+', 'Привет мир hello')",
    "re.findall(r'\\S+', 'a\\u3000b\\x85c')",
    "re.findall(r'.', '\\r\\n\\x0b')",
    "re.findall(r'\\W', 'a_b-c')",
    "re.findall(r'[\\W_]+', 'a_b-c')",
    "re.findall(r'[^\\d\\s]+', 'ab 12 c3')",
    "re.findall(r'[\\D]', 'a1')",
    "re.search(r'(?s).+', 'a\\nb').group()",
    "re.search(r'(?-s:.)+', 'a\\nb', re.S)",
    "re.search(r'(?m)a$', 'a\\nb').span()",
    "re.search(r'a$', 'ba\\n').span()",
    "re.findall(r'\\A\\w|\\w\\Z', 'abc')",
    "[m.group() for m in re.finditer(r'\\w+', 'one two three')]",
    "re.compile('a').match('a').re.pattern",
    "re.compile('(a)(b)').match('ab').regs",
    "re.match(r'(?P<a>x)(?P<b>y)?', 'x').groupdict('-')",
    "re.match(r'(\\w+) (\\w+)', 'Isaac Newton').expand(r'\\2, \\1')",
    "re.match(r'a', 'a').expand(r'\\q')",
    "re.match(r'(a)', 'a').start(2)",
    "re.match(r'(a)(x)?', 'a').span(2)",
    "re.compile(r'\\w+').split('a b c', 1)",
    "re.compile(r'\\d').sub('#', 'a1b2', 1)",
    "re.compile(r'\\d').subn('#', 'a1b2')",
    "re.compile(r'(?P<x>a)').groupindex['x']",
    "re.compile('a', re.I) == re.compile('a', re.I)",
    "re.compile('a') == re.compile('a', re.I)",
    "re.compile(b'[a-z]+', re.I).findall(b'ABC def')",
    "re.findall(r'(\\d+)(?:px|em)', '10px 2em 3pt')",
    "re.findall(r'\\$\\d+(?:\\.\\d\\d)?', 'costs $5.99 or $10')",
    "re.findall(r'[A-Z]{2,}', 'The NASA and ESA, not Al')",
    "re.findall(r'\\b\\d{3}-\\d{4}\\b', '555-1234 5555-12345 123-4567')",
    "re.sub(r'\\s+', ' ', '  lots   of\\t\\nspace  ').strip()",
    "re.sub(r'(?<!^)(?=[A-Z])', '_', 'camelCaseString').lower()",
    "re.sub(r'([a-z])([A-Z])', r'\\1_\\2', 'camelCaseString').lower()",
    "re.findall(r'#\\w+', 'love #python and #regex!')",
    "re.match(r'^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}$', 'user.name+tag@example.co.uk') is not None",
    "re.match(r'^(?=.*\\d)(?=.*[a-z])(?=.*[A-Z]).{8,}$', 'Passw0rdX') is not None",
    "re.match(r'^(?=.*\\d)(?=.*[a-z])(?=.*[A-Z]).{8,}$', 'password') is not None",
    """re.findall(r'(\\w+)\\s*=\\s*"([^"]*)"', 'a="1" b = "two words"')""",
    "re.split(r'[;,\\s]\\s*', 'a;b, c  d')",
    "re.findall(r'0[xX][0-9a-fA-F]+', '0x1F 0XAB 0x')",
    "re.findall(r'(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})', 'ip 192.168.0.1 and 10.0.0.255')",
    "re.sub(r'<[^>]+>', '', '<p>Hello <b>World</b></p>')",
    "re.findall(r'\\d+', '\\U0001F600 12 \\U0001F600 345')",
    "[m.span() for m in re.finditer(r'\\w', 'a\\U0001F600b')]",
    "re.sub(r'\\U0001F600', ':)', 'hi \\U0001F600!')",
    "re.split(r'\\U0001F600', 'a\\U0001F600b')",
    "re.compile(r'(a)|b').sub(lambda m: repr(m.group(1)), 'ab')",
    "re.compile('a').search('bab', pos=-10, endpos=-1)",
    "re.purge()",
    "re.sub('a', None, 'a')",
    "(lambda sc: [sc.match(), sc.match(), sc.search(), sc.search(), sc.search(), sc.match()])(re.compile(r'\\d').scanner('12a3'))",
    "(lambda sc: [m and m.span() for m in [sc.search(), sc.search(), sc.search(), sc.search(), sc.search()]])(re.compile(r'a*').scanner('baa'))",
    "(lambda sc: [m and m.span() for m in [sc.match(), sc.match(), sc.match()]])(re.compile(r'a|').scanner('aab'))",
    "(lambda sc: [m and m.span() for m in [sc.search(), sc.search(), sc.search(), sc.search()]])(re.compile(r'\\b').scanner('ab cd'))",
    "(lambda sc: [m and m.span() for m in [sc.search(), sc.search(), sc.search(), sc.search()]])(re.compile(r'x*?').scanner('axb', 1))",
    "re.Scanner([(r'[a-z]+', lambda s, t: ('ID', t)), (r'\\d+', lambda s, t: ('NUM', int(t))), (r'(=)', lambda s, t: 'EQ'), (r'\\s+', None)]).scan('x = 42 y=7 !?')",
    "re.search(rb'(a)\\1', b'aA', re.I)",
    "re.search(r'(?i)(a)\\1', 'aA')",
    "re.findall(r'é|[a-z]+', 'É ABC', re.I | re.A)",
    "re.findall(r'(?P<x>[a-z])(?P=x)', 'aAbb', re.I)",
    "re.search(r'(a)?b\\1', 'b')",
    "re.search(r'(?:(a)|b)c\\1', 'bc')",
    "re.search(r'(a)?b\\1', 'xaba').span()",
    "re.findall(r'(a)?b\\1', 'ab b aba')",
    "re.search(r'(?:(a)|b)+\\1', 'abba')",
    "re.search(r'(?P<x>a)?(?(x)b|c)', 'ab')",
    "re.match(r'(a*)?\\1', '')",
    "re.match(r'(a*)?b', 'b').groups()",
    "re.match(r'(\\s*)?x', 'x').groups()",
    "re.match(r'(a*)*b', 'b').groups()",
    "re.match(r'(a*)+b', 'aab').groups()",
    "re.match(r'(a|b*)*c', 'abc').groups()",
    "re.findall(r'(\\d*)?-', '1- -')",
    "re.match(r'(?:(x?)|y)*z', 'yz').groups()",
    "re.match(r'(a?)??b', 'b').groups()",
    "re.match(r'(?:(\\d+)|([a-z]+)|,)+', '12,ab,,').groups()",
    "re.match(r'(?:(a)|(b))*c', 'abbc').groups()",
    "re.match(r'(?:(a)|(b))*c', 'abbc').lastindex",
    "re.findall(r'((\\w)\\s?)+', 'ab c d')",
    "re.findall(r'(?:x(\\d)|y)+', 'x1yx2yy z')",
    "re.match(r'(?:(a)|b)+?c', 'abc').groups()",
    "re.match(r'(?:(a)|b){2,3}', 'abbb').groups()",
    "re.sub(r'(?:(a)|b)+', r'[\\1]', 'ab bb ba')",
    "[re.fullmatch(r'(<)?(\\w+@\\w+(?:\\.\\w+)+)(?(1)>|$)', s) for s in ['<user@host.com>', 'user@host.com', '<user@host.com', 'user@host.com>']]",
    "re.findall(r'(?(1)a|b)(x)?', 'bxab')",
    "re.findall(r'(\\()?\\d+(?(1)\\))', '(1) 2 (3 4)')",
    "re.search(r'(?P<q>\\')?\\w+(?(q)\\')', \"'hi' there\").group()",
    "re.compile(r'(a)(?(1)b|c|d)')",
    "re.compile(r'(?(2)a)')",
    "re.compile(r'(?(0)a)')",
    "re.compile(r'(?(a-)a)')",
    "re.findall(r'(\\w)?-\\1', 'a-a -b x-y')",
    "re.findall(r'(?i)(a)?B\\1', 'AbA b')",
    "[re.Match, re.Pattern, type(re.compile('a')), type(re.match('a', 'a'))]",
    "re.sub('a', b'x', 'zab')",
    "re.sub('a', lambda m: b'x', 'zaya')",
    "re.sub('a', lambda m: None, 'zaya')",
    "re.sub(b'a', lambda m: m.group().upper(), b'zab')",
    "re.sub(b'a', b'\\\\g<0>!', bytearray(b'za'))",
    "re.findall(b'a', bytearray(b'aa'))",
]

# Patterns that must raise: (pattern, flags)
ERRORS = [
    '(abc', 'abc)', '*a', 'a**', 'a++*', '?', '+', '{1}', r'\q', r'\i', '[abc', '[a', 'a[]', '[]',
    '(?<x)', '(?<x>a)', '(?P<1a>a)', '(?P<a>x)(?P<a>y)', '(?P=b)', '(?P', '(?', '(?Px)', r'(a)\2', r'\1(a)',
    '(a\\1)', '[z-a]', r'[\d-z]', 'a{3,2}', '(?z)', 'a(?i)b', '(?i', '(?-i)', '(?i-i:a)', '(?#abc',
    'x\n(y', '(?P<a-b>x)', r'\x4', r'\u12', r'\U0011ffff', r'\777', 'a|*', '(*)', '^*', r'\b*',
    '(?<=a*)b', '(?a)(?u)', '(?L)a', r'abc\\', 'a\\', '(?P=)', '(?P<>a)', '(?(1)a|b)', '(?x)(',
    ')', '(?:)', r'[\A]', '(?i:(?-i:a)', 'a{1,2}{3}', 'a?*', r'(?<a>x)', '(?P<a>x', '((((a)))',
]

DRIVER = r'''
import re

def show(m, pat=None):
    if m is None:
        return 'None'
    n = m.re.groups
    return repr((m.span(), m.group(), m.groups(), m.groupdict(), m.lastindex, m.lastgroup,
                 [m.span(i) for i in range(n + 1)]))

def err(e):
    if isinstance(e, re.error):
        return 'error: %s | %r %r %r %r' % (e, e.msg, e.pos, e.lineno, e.colno)
    return '%s: %s' % (type(e).__name__, e)

def double(m):
    return str(int(m.group()) * 2)

def upper(m):
    return m.group().upper()

def run(case):
    op, pat, flags, s, extra = case
    if op == 'search':
        return show(re.search(pat, s, flags))
    if op == 'match':
        return show(re.match(pat, s, flags))
    if op == 'fullmatch':
        return show(re.fullmatch(pat, s, flags))
    if op == 'findall':
        return repr(re.findall(pat, s, flags))
    if op == 'finditer':
        return repr([(m.span(), m.groups()) for m in re.finditer(pat, s, flags)])
    if op == 'split':
        return repr(re.split(pat, s, extra or 0, flags))
    if op == 'sub':
        if extra is None:
            return repr(re.subn(pat, r'<\g<0>>', s, 0, flags))
        if isinstance(extra, tuple):
            return repr(re.subn(pat, extra[0], s, extra[1], flags))
        return repr(re.subn(pat, extra, s, 0, flags))
    if op == 'subfn':
        return repr(re.subn(pat, double if extra == 'double' else upper, s, flags=flags))
    if op == 'subn':
        return repr(re.subn(pat, extra, s, flags=flags))
    if op == 'pos':
        p = re.compile(pat, flags)
        return show(p.search(s, *extra)) + ' ' + repr(p.findall(s, *extra))
    if op == 'matchpos':
        return show(re.compile(pat, flags).match(s, *extra))
    if op == 'fullpos':
        return show(re.compile(pat, flags).fullmatch(s, *extra))
    if op == 'finditerpos':
        m = [x for x in re.compile(pat, flags).finditer(s, *extra)]
        return repr([(x.span(), x.pos, x.endpos) for x in m])
    if op == 'bytes':
        m = re.search(pat, s, flags)
        return show(m) + ' ' + repr(re.findall(pat, s, flags)) + ' ' + repr(re.sub(pat, b'<\\g<0>>', s, flags=flags)) + ' ' + repr(m)
    if op in ('mixed', 'typeerr'):
        return show(re.search(pat, s, flags))
    if op == 'groups':
        m = re.match(pat, s, flags)
        return show(m) + ' ' + repr(m.groups('-')) + ' ' + repr(m.groupdict('-')) + ' ' + repr(m.regs) + ' ' + repr(m)
    if op == 'expand':
        m = re.search(pat, s, flags)
        return repr(m.expand(extra))
    if op == 'matchapi':
        m = re.search(pat, s, flags)
        out = [m[0], m['k'], m[2], m.group(1, 'v', 0), m.start('v'), m.end(1), m.pos, m.endpos, m.re.pattern, m.string, bool(m)]
        for bad in (3, 'zz', -1):
            try:
                m.group(bad)
            except IndexError as e:
                out.append(str(e))
        return repr(out)
    if op == 'lookbehind':
        return show(re.search(pat, s, flags))
    if op == 'flags':
        p = re.compile(pat, flags)
        return repr((p.flags, p.groups, p.groupindex, p.pattern)) + ' ' + repr(p)
    if op == 'flagrepr':
        return repr([re.I, re.I | re.M, re.NOFLAG, re.I | 8192, re.M | re.S | re.X, int(re.I | re.M),
                     re.I == 2, re.I + 1, re.A, re.U, re.L, re.DEBUG, re.VERBOSE | re.ASCII, str(re.M), '%s' % re.S,
                     re.I.value, re.MULTILINE.name, isinstance(re.I, int), type(re.I | re.M) is re.RegexFlag])
    if op == 'escape':
        return repr(re.escape(s))
    if op == 'cache':
        p1 = re.compile(pat)
        p2 = re.compile(pat)
        re.purge()
        p3 = re.compile(pat)
        return repr((p1 is p2, p1 == p3, re.compile(p1) is p1, p1.pattern))
    if op == 'compiled':
        p = re.compile(pat)
        out = [show(re.search(p, s)), repr(re.findall(p, s))]
        try:
            re.search(p, s, re.I)
        except ValueError as e:
            out.append(str(e))
        return ' '.join(out)
    if op == 'compile':
        p = re.compile(pat, flags)
        return repr(p)
    if op == 'expr':
        return repr(eval(s))
    raise ValueError(op)

for i, case in enumerate(CASES):
    try:
        r = run(case)
    except Exception as e:
        r = err(e)
    print('%d\t%s' % (i, r))
'''


def main():
    cases = []
    for pat, flags, strings in PATTERNS:
        for s in strings:
            for op in OPS:
                cases.append((op, pat, flags, s, None))
    cases.extend(EXTRA)
    for e in EXPRS:
        cases.append(('expr', None, 0, e, None))
    cases = [(op, pat, int(flags), s, extra) for op, pat, flags, s, extra in cases]
    for pat in ERRORS:
        cases.append(('compile', pat, 0, '', None))
    program = 'CASES = [\n' + ''.join('    %r,\n' % (c,) for c in cases) + ']\n' + DRIVER
    os.makedirs(OUT, exist_ok=True)
    src = os.path.join(OUT, 're-cases.py')
    with open(src, 'w', encoding='utf-8') as f:
        f.write('# GENERATED by tools/gen-re-fixtures.py: the re fixtures driver (python3 output in re-cases.out).\n')
        f.write(program)
    res = subprocess.run([sys.executable, src], capture_output=True, text=True, encoding='utf-8')
    if res.returncode != 0:
        sys.stderr.write(res.stderr)
        sys.exit(1)
    with open(os.path.join(OUT, 're-cases.out'), 'w', encoding='utf-8') as f:
        f.write(res.stdout)
    print('%d cases' % len(cases))


if __name__ == '__main__':
    main()
