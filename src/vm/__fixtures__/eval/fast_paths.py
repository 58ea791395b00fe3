# Fast paths of the eval loop and builtins that must behave exactly as the general ones:
# STORE_SUBSCR on lists, str.replace, sum() past 2**53.

# STORE_SUBSCR: exact lists with small int indices, negative ones, out of range, subclasses.
a = [0, 1, 2, 3]
a[0] = 'x'; a[-1] = 'y'; a[2] += 10
print(a)
for k in (4, -5, 2**40):
    try:
        a[k] = 1
    except IndexError as e:
        print('IndexError', e)
class L(list):
    def __setitem__(self, k, v):
        print('setitem', k, v)
        super().__setitem__(k, v * 2)
b = L([1, 2, 3])
b[1] = 5
print(b)
d = {}
d[3] = 'three'
print(d)
c = [1.5, 2.5]
for _ in range(3):
    c[0] += c[1] * 2
print(c)

# str.replace: count, no match (same object), empty old, '$' in the replacement, astral.
s = 'abcabcabc'
print(s.replace('b', 'XX'), s.replace('b', 'XX', 2), s.replace('bc', '', -1))
print(s.replace('z', 'y') is s, s.replace('a', '$&'), s.replace('', '-', 3))
print('aaaa'.replace('aa', 'a'), 'a\U0001F600b'.replace('\U0001F600', 'e'), 'xx'.replace('x', 'xx', 0))

# sum(): small ints, past 2**53 (JS BigInt inside), back out with a float or an int subclass.
print(sum(x * x for x in range(0, 3000000, 7)))
print(sum([2**60, 1, 2.5, 2**70]))
print(sum([2**53, 2**53, -2**54, 3]), type(sum([2**53, 2**53, -2**54, 3])).__name__)
class I(int): pass
print(sum([2**60, I(3), 2**61]), sum([2**62, True, 5]), sum([2**63] * 5, 10**20))
try:
    sum([2**60, 2**60, 'a'])
except TypeError as e:
    print('TypeError', e)
