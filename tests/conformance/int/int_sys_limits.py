# Integer string conversion limit (sys.set_int_max_str_digits) and sys.maxsize.
import sys
print(sys.maxsize == 2**63 - 1, sys.maxsize + 1 > sys.maxsize)
print(sys.get_int_max_str_digits() if hasattr(sys, 'get_int_max_str_digits') else 4300)
try:
    str(10**5000)
except ValueError as e:
    print('ValueError', str(e)[:60])
print(len(str(10**4000)))
