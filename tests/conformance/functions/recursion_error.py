# RecursionError at the recursion limit is catchable; the limit can be raised.
import sys
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print(type(e).__name__, e)
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
d = depth(0)
print(900 < d <= sys.getrecursionlimit())
old = sys.getrecursionlimit()
sys.setrecursionlimit(3000)
print(sys.getrecursionlimit())
def count(n): return 0 if n == 0 else 1 + count(n - 1)
print(count(2500))
sys.setrecursionlimit(old)
print(issubclass(RecursionError, RuntimeError))
