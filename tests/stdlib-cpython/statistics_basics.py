import statistics as st
from fractions import Fraction as F
from decimal import Decimal as D
import sys

# Long digit runs are split so that the checker's number masking cannot hide a wrong digit.
_print = print
def _split_digits(text):
    out, run = [], 0
    for ch in text:
        if ch.isdigit():
            if run == 4:
                out.append(' ')
                run = 0
            run += 1
        else:
            run = 0
        out.append(ch)
    return ''.join(out)
def print(*args, **kw):
    _print(_split_digits(' '.join(str(a) for a in args)), **kw)

class LCG:
    def __init__(self, seed): self.x = seed
    def random(self):
        self.x = (self.x * 6364136223846793005 + 1442695040888963407) % 2**64
        return (self.x >> 11) / 2**53
    def gauss(self, mu, sigma):
        return mu + sigma * (sum(self.random() for _ in range(12)) - 6)
    def randint(self, a, b): return a + int(self.random() * (b - a + 1))

datasets = [
    [1, 2, 3, 4, 4],
    [1, 2, 3, 4],
    [2.5, 3.25, 5.5, 11.25, 11.75],
    [0.1] * 10,
    [1e50, 1, -1e50] * 10,
    [F(1, 3), F(2, 7), F(5, 4)],
    [D('0.5'), D('0.75'), D('0.625'), D('0.25')],
    [1, 2.5, F(1, 2)],
    [True, False, True],
    list(range(1, 101)),
    [3.141592653589793, 2.718281828459045, 1.4142135623730951, 1.7320508075688772],
    [-5, -1.5, 0, 2, 7.25, 9],
    [10**20, 10**20 + 1, 10**20 + 3],
]
rnd = LCG(1234)
datasets.append([rnd.gauss(100, 15) for _ in range(200)])
datasets.append([rnd.randint(-1000, 1000) for _ in range(77)])
datasets.append([rnd.random() * 1e-10 for _ in range(33)])
for data in datasets:
    print('data', repr(data)[:60])
    for fn in (st.mean, st.fmean, st.median, st.median_low, st.median_high, st.median_grouped,
               st.mode, st.multimode, st.variance, st.pvariance, st.stdev, st.pstdev,
               st.quantiles, st.harmonic_mean, st.geometric_mean):
        try:
            r = fn(data)
            print(' ', fn.__name__, repr(r), type(r).__name__)
        except Exception as e:
            print(' ', fn.__name__, type(e).__name__, e)
    try:
        print('  q10', st.quantiles(data, n=10), st.quantiles(data, n=3, method='inclusive'))
    except Exception as e:
        print('  q', type(e).__name__, e)
    try: print('  var(xbar)', st.variance(data, st.mean(data)), st.pstdev(data, st.mean(data)))
    except Exception as e: print('  var(xbar)', type(e).__name__, e)

print(st.mean(iter([1, 2, 3, 4])), st.fmean(iter([1, 2, 3])), st.fmean([1, 2, 3], weights=[3, 2, 1]), st.fmean(x for x in [0.5]))
print(st.median_grouped([52, 52, 53, 54], interval=2), st.median_grouped([1, 3, 3, 5, 7], 2))
print(st.mode(['red', 'blue', 'blue', 'red', 'green']), st.multimode('aabbbbccddddeeffffgg'), st.multimode([]), st.mode('abc'))
print(st.harmonic_mean([40, 60], weights=[5, 30]), st.harmonic_mean([0, 1]), st.harmonic_mean([2.5]), st.harmonic_mean([F(1,2), F(1,3)]))
print(st.stdev([D('1.5'), D('2.5'), D('2.5'), D('2.75'), D('3.25'), D('4.75')]), st.pvariance([D('1.5'), D('2.5'), D('2.75')]))
print(st.stdev([F(1, 2), F(3, 4)]), st.variance([F(1, 2), F(3, 4)]), st.pstdev([1, 1, 1]), st.stdev([1.5, 1.5]))
print(st.mean([float('inf'), 1]), st.mean([float('nan'), 1]), st.variance([float('inf'), 1.0, 2.0]))
print(st.covariance([1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 1, 2, 3, 1, 2, 3]), st.correlation([1, 2, 3, 4], [2, 4, 5, 9]))
print(st.linear_regression([1, 2, 3, 4, 5], [3, 5, 7, 10, 11]), st.linear_regression([1, 2, 3], [2, 4, 6.5], proportional=True))
errors = [
    (st.mean, []), (st.fmean, []), (st.median, []), (st.median_low, []), (st.median_high, []),
    (st.mode, []), (st.variance, [1]), (st.pvariance, []), (st.stdev, [1]), (st.pstdev, []),
    (st.quantiles, [1]), (st.harmonic_mean, []), (st.harmonic_mean, [-1, 2]), (st.harmonic_mean, ['x']),
    (st.geometric_mean, [0, 1]), (st.geometric_mean, []), (st.mean, ['a', 'b']), (st.mean, [1, D('1.5'), 2.5]),
    (st.median_grouped, []), (st.variance, [F(1), 2.0, D(3)]),
]
for fn, data in errors:
    try: print(fn.__name__, fn(data))
    except Exception as e: print(fn.__name__, type(e).__name__, e)
for call in [lambda: st.quantiles([1, 2, 3], n=0), lambda: st.quantiles([1, 2], method='x'),
             lambda: st.fmean([1, 2], weights=[1]), lambda: st.fmean([1, 2], weights=[0, 0]),
             lambda: st.covariance([1, 2], [1]), lambda: st.correlation([1], [1]), lambda: st.correlation([1, 1], [1, 2]),
             lambda: st.linear_regression([1, 1], [1, 2]), lambda: st.harmonic_mean([1, 2], weights=[1]),
             lambda: st.linear_regression([1], [2])]:
    try: print(call())
    except Exception as e: print(type(e).__name__, e)
print(issubclass(st.StatisticsError, ValueError), sorted(st.__all__) == sorted(n for n in st.__all__))
