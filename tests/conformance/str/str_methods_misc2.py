# str.count/find with unicode, str.isspace on unicode spaces, str.split on unicode whitespace.
s = 'a\u00a0b\u2003c d'
print(s.split(), '\u00a0'.isspace(), '\u2003'.isspace(), 'ab'.isspace())
print('ÀÉÎ'.lower(), 'straße'.upper(), 'ǈ'.istitle(), 'Ǉ'.lower(), 'ß'.casefold() == 'ss')
print('abcabc'.rindex('b', 0, 3), 'aaa'.replace('a', 'b', 0), 'x'.center(4, 'é'))
