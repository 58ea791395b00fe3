# The builtin exception hierarchy: base classes of common exceptions.
names = ['ZeroDivisionError', 'KeyError', 'IndexError', 'ValueError', 'UnicodeDecodeError',
         'FileNotFoundError', 'RecursionError', 'NotImplementedError', 'StopIteration',
         'GeneratorExit', 'KeyboardInterrupt', 'SystemExit', 'ModuleNotFoundError',
         'UnboundLocalError', 'TimeoutError', 'OverflowError', 'AttributeError',
         'TypeError', 'AssertionError', 'LookupError', 'ArithmeticError', 'Exception',
         'ExceptionGroup', 'BaseExceptionGroup', 'StopAsyncIteration', 'IndentationError',
         'TabError', 'UserWarning', 'DeprecationWarning', 'EOFError', 'MemoryError',
         'PermissionError', 'ConnectionResetError', 'BrokenPipeError', 'FloatingPointError']
import builtins
for n in names:
    cls = getattr(builtins, n)
    print(n, [c.__name__ for c in cls.__mro__[1:]])
