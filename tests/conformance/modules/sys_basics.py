# sys: argv, maxsize, platform-independent facts, recursion limit, switch interval, modules, stdout.
import sys
print(len(sys.argv), sys.argv[0].endswith('sys_basics.py'))
print(sys.maxsize == 2**63 - 1, sys.getrecursionlimit(), sys.getswitchinterval())
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
sys.setrecursionlimit(500)
print(sys.getrecursionlimit())
print(type(sys.version).__name__, sys.version_info[0], sys.version_info.major == 3, isinstance(sys.version_info.minor, int))
print(isinstance(sys.platform, str), sys.byteorder in ('little', 'big'))
print('sys' in sys.modules, sys.modules['sys'] is sys)
sys.stdout.write('written directly\n')
print(sys.stdout.write('abc\n'))
print(hasattr(sys.stdin, 'readline'), sys.float_info.max == 1.7976931348623157e308, sys.float_info.epsilon)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(e)
