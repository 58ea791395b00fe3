# memoryview basics: slicing without copying, tobytes, tolist.
mv = memoryview(b'abcdef')
print(mv[1], bytes(mv[1:4]), mv.tobytes(), mv.tolist()[:3], len(mv), mv.readonly)
ba = bytearray(b'xyz')
m2 = memoryview(ba)
m2[0] = 65
print(ba, m2.readonly)
