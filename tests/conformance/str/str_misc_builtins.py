# str() of various objects, repr of str, ord/chr, str multiplication and iteration.
print(str(1), str(1.0), str(None), str([1, 'a']), str({'k': (1,)}), str(b'x'), str(str))
print(str(b'abc', 'ascii'), str(b'\xc3\xa9', encoding='utf-8'), str(object=5))
print(ord('A'), ord('é'), ord('😀'), chr(65), chr(233), chr(0x1F600))
try:
    chr(0x110000)
except ValueError as e:
    print(e)
print(len('x' * 1000), 'ab' * 0 == '', 'abc'[::-1])
