# String literal forms: quotes, escapes, raw, triple-quoted, unicode escapes.
print('single', "double", '''triple single''', """triple double""")
print('it\'s', "say \"hi\"", 'tab\there', 'nl\\n')
print(r'raw\n\t', R"raw\\", r'\d+\.\d*')
print('\x41\x42', '\101\102', '\u00e9', '\U0001F600' == '\N{GRINNING FACE}')
print('\N{LATIN SMALL LETTER A}', len('\N{EM DASH}'))
print("""line1
line2""")
print('a' 'b' "c" '''d''')
print(repr('\0\a\b\f\v'))
print(len('\r\n'), repr('\r\n'))
s = 'continued \
line'
print(s)
