# sys.stdout/sys.stderr write, flush and writelines; print goes through sys.stdout.
import sys
sys.stdout.write('a')
sys.stdout.write('b\n')
sys.stdout.writelines(['c\n', 'd\n'])
sys.stdout.flush()
sys.stderr.write('to stderr\n')
sys.stderr.flush()
n = sys.stdout.write('xyz\n')
print(n)
print(sys.stdout is sys.__stdout__, hasattr(sys.stderr, 'write'))
