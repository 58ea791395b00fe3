# Encoding and decoding between str and bytes across utf-8, utf-16, latin-1 and ascii.
s = 'Grüße, 世界! 🎉'
for enc in ['utf-8', 'utf-16-le', 'utf-16-be', 'utf-32-le']:
    e = s.encode(enc)
    print(enc, len(e), e[:6], e.decode(enc) == s)
print('abc'.encode('ascii'), 'café'.encode('latin-1'), b'caf\xe9'.decode('latin-1'))
print(b'\xf0\x9f\x8e\x89'.decode(), bytes.fromhex('e4b896e7958c').decode())
print(list('é'.encode()), 'é'.encode('utf-8', 'strict').hex())
