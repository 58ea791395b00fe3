# Subscript and slice expressions on lists, strings, tuples, with negative and extended steps.
s = 'abcdefghij'
print(s[0], s[-1], s[2:5], s[:3], s[7:], s[::2], s[::-1], s[-3:-1], s[8:2:-2])
print(s[100:], s[-100:2], s[5:5], s[::-3])
l = list(range(10))
print(l[1:8:3], l[slice(2, None)], l[slice(None, None, -4)])
l[2:4] = ['a', 'b', 'c']
print(l)
l[::3] = [0] * len(l[::3])
print(l)
try:
    l[::2] = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    s[20]
except IndexError as e:
    print(type(e).__name__, e)
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
t = (1, 2, 3)
print(t[1:], t[::-1])
m = {(1, 2): 'tuple key'}
print(m[1, 2])
class G:
    def __getitem__(self, k): return k
g = G()
print(g[1], g[1:2], g[1:2:3], g[:, 1], g[..., None], g[1, 2:3])
