# UnicodeEncodeError/DecodeError messages and error handlers.
try:
    'héllo'.encode('ascii')
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print('héllo'.encode('ascii', 'replace'), 'héllo'.encode('ascii', 'ignore'), 'héllo'.encode('ascii', 'backslashreplace'))
print(b'h\xe9llo'.decode('utf-8', 'replace'), b'h\xe9llo'.decode('latin-1'))
try:
    b'\xc3'.decode()
except UnicodeDecodeError as e:
    print(e)
print('€'.encode(), '€'.encode('utf-16-le'), len('😀'.encode('utf-8')))
