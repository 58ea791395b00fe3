"""Native-order bytes for the element types of Value and Array.

Uses struct when the engine has it; otherwise packs integers with int.to_bytes and floats
by the IEEE 754 rules (binary32 for 'f', binary64 for 'd', round half to even), so that
sharedctypes needs nothing but int, float and math. Byte order is little-endian: the
engine's shared memory is a JavaScript ArrayBuffer, little-endian on every platform.
"""

import math

try:
    import struct as _struct
except ImportError:
    _struct = None

# typecode -> (size in bytes, signed) for integers, python3's native sizes on 64-bit Linux.
_INT = {'b': (1, True), 'B': (1, False), 'h': (2, True), 'H': (2, False), 'i': (4, True),
        'I': (4, False), 'l': (8, True), 'L': (8, False), 'q': (8, True), 'Q': (8, False),
        '?': (1, False)}
_FLOAT = {'f': (4, 8, 23), 'd': (8, 11, 52)}


def calcsize(code):
    if code in _INT:
        return _INT[code][0]
    if code in _FLOAT:
        return _FLOAT[code][0]
    return 1    # 'c'


def _pack_ieee(x, ebits, mbits):
    bias = (1 << (ebits - 1)) - 1
    sign = 1 if math.copysign(1.0, x) < 0 else 0
    top = (1 << ebits) - 1
    if x != x:
        exp, mant = top, 1 << (mbits - 1)
    elif math.isinf(x):
        exp, mant = top, 0
    elif x == 0:
        exp, mant = 0, 0
    else:
        m, e = math.frexp(abs(x))           # abs(x) = m * 2**e, 0.5 <= m < 1
        e -= 1                              # abs(x) = 2m * 2**e, 1 <= 2m < 2
        if e < 1 - bias:                    # subnormal
            k = round(math.ldexp(abs(x), bias - 1 + mbits))
            exp, mant = (1, 0) if k == 1 << mbits else (0, k)
        else:
            k = round(math.ldexp(2 * m, mbits))
            if k == 1 << (mbits + 1):
                k >>= 1
                e += 1
            exp, mant = e + bias, k - (1 << mbits)
            if exp >= top:
                raise OverflowError("float too large to pack with %s format"
                                    % ('f' if ebits == 8 else 'd'))
    bits = (sign << (ebits + mbits)) | (exp << mbits) | mant
    return bits.to_bytes((1 + ebits + mbits) // 8, 'little')


def _unpack_ieee(data, ebits, mbits):
    bits = int.from_bytes(data, 'little')
    bias = (1 << (ebits - 1)) - 1
    sign = -1.0 if bits >> (ebits + mbits) else 1.0
    exp = (bits >> mbits) & ((1 << ebits) - 1)
    mant = bits & ((1 << mbits) - 1)
    if exp == (1 << ebits) - 1:
        return sign * (math.inf if mant == 0 else math.nan)
    if exp == 0:
        return math.copysign(math.ldexp(mant, 1 - bias - mbits), sign)
    return math.copysign(math.ldexp(mant | (1 << mbits), exp - bias - mbits), sign)


# struct's standard sizes ('<') make 'l' 4 bytes; python3's native c_long is 8.
_STRUCT_CODE = {'l': 'q', 'L': 'Q'}


def pack(code, value):
    if _struct is not None:
        return _struct.pack('<' + _STRUCT_CODE.get(code, code), value)
    if code in _INT:
        size, signed = _INT[code]
        return int(value).to_bytes(size, 'little', signed=signed)
    if code in _FLOAT:
        return _pack_ieee(float(value), *_FLOAT[code][1:])
    return bytes(value)     # 'c': one byte


def unpack(code, data):
    if _struct is not None:
        return _struct.unpack('<' + _STRUCT_CODE.get(code, code), data)[0]
    if code in _INT:
        size, signed = _INT[code]
        value = int.from_bytes(data, 'little', signed=signed)
        return bool(value) if code == '?' else value
    if code in _FLOAT:
        return _unpack_ieee(data, *_FLOAT[code][1:])
    return bytes(data)
