# Reading stdin through sys.stdin: readline, iteration and read.
import sys
first = sys.stdin.readline()
print(repr(first))
second = next(iter(sys.stdin))
print(repr(second))
rest = sys.stdin.read()
print(repr(rest))
print(repr(sys.stdin.readline()))
