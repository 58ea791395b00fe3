# Every augmented assignment operator on ints, and on lists (in-place) vs tuples.
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x /= 4; print(x)
x = 17
x //= 3; print(x)
x %= 4; print(x)
x **= 5; print(x)
x <<= 3; print(x)
x >>= 2; print(x)
x &= 0xF; print(x)
x |= 0x30; print(x)
x ^= 0xFF; print(x)
l = [1]; alias = l
l += [2]; print(l, alias, l is alias)
t = (1,); talias = t
t += (2,); print(t, talias, t is talias)
s = 'a'; s *= 3; print(s)
d = {'k': 1}; d['k'] += 1; print(d)
class O: v = 1
o = O(); o.v += 10; print(o.v, O.v)
