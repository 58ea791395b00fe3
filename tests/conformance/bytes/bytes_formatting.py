# %-formatting on bytes and hex/fromhex round trips.
print(b'%d-%s-%x' % (42, b'xy', 255), b'%5b|' % b'ab', b'%c' % 65)
print(bytes.fromhex(b'\x01\xff'.hex()), int.from_bytes(b'\x01\x00', 'big'))
try:
    b'%s' % 'str'
except TypeError as e:
    print(e)
