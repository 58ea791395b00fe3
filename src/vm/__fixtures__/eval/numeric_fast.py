# Eval-loop fast paths (eval.ts, eval-support.ts intArithFast): small ints, ints beyond
# 31 bits, floats and mixes under + - * / // % and comparisons, against python3.
vals = [0, 1, -1, 3, -3, 7, 2**30-1, -2**30, 2**30, -2**30-1, 2**31, 2**32-1, 2**32, -2**32, 2**40+5, -(2**40)-7, 2**52, 2**53-1, -(2**53)+1, 2**53, 2**60, -2**60, 10**15+3, True]
out = []
for a in vals:
    for b in vals:
        out.append((a + b, a - b, a * b))
        if b != 0:
            out.append((a // b, a % b))
            x = a; x //= b; y = a; y %= b; out.append((x, y))
        x = a; x += b; x -= 1; x *= 3; out.append(x)
        out.append(type(a + b).__name__)
print(len(out)); print(out)
print(sum(out[i][0] if isinstance(out[i], tuple) else 0 for i in range(len(out))))
xs = [0, 1, -1, 7, -7, 2**30 - 1, -2**30, 0.0, -0.0, 1.5, -2.25, 1e308, float('inf'), float('nan'), 3]
out = []
for a in xs:
    for b in xs:
        for op in ('+', '-', '*', '/', '<', '<=', '==', '!=', '>', '>='):
            try:
                r = eval('a %s b' % op) if False else None
            except Exception as e:
                r = None
        try: out.append(repr(a + b))
        except Exception as e: out.append(type(e).__name__)
        try: out.append(repr(a - b))
        except Exception as e: out.append(type(e).__name__)
        try: out.append(repr(a * b))
        except Exception as e: out.append(type(e).__name__)
        try: out.append(repr(a / b))
        except Exception as e: out.append(type(e).__name__ + str(e))
        out.append((a < b, a <= b, a == b, a != b, a > b, a >= b))
        x = a; x += b; out.append(repr(x))
        x = a; x /= 1 if b == 0 else b; out.append(repr(x))
print(len(out)); print(out)
def f(a, b=2, c=3): return (a, b, c)
print(f(1), f(1, 5), f(1, 5, 6), f(1, c=9))
try: f()
except TypeError as e: print(e)
