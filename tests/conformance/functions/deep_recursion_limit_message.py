# Infinite mutual recursion ends in RecursionError; the program continues.
def a(n): return b(n + 1)
def b(n): return a(n + 1)
try:
    a(0)
except RecursionError as e:
    print('caught', e)
print('still running')
import sys
sys.setrecursionlimit(100)
def r(n): return r(n + 1) if n < 1000 else n
try:
    r(0)
except RecursionError:
    print('limit 100 hit')
