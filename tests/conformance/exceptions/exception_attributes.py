# Attributes of specific exceptions: KeyError str quoting, OSError errno, StopIteration value, SystemExit code, SyntaxError fields, UnicodeError fields.
print(str(KeyError('k')), str(KeyError(1)), str(KeyError('')))
e = OSError(2, 'No such file or directory', 'f.txt')
print(e.errno, e.strerror, e.filename, str(e), type(e).__name__)
print(StopIteration(5).value, StopIteration().value)
print(SystemExit(3).code, SystemExit().code, SystemExit('msg').code)
try:
    compile('x = (1,', 'f.py', 'exec')
except SyntaxError as s:
    print(s.msg, s.filename, s.lineno, s.offset)
try:
    b'\xff'.decode('utf-8')
except UnicodeDecodeError as u:
    print(u.encoding, u.start, u.end, u.reason)
    print(u)
try:
    import nonexistent_mod_q
except ModuleNotFoundError as m:
    print(m.name, m.msg if hasattr(m, 'msg') else '')
a = AttributeError('x', name='attr', obj=None)
print(a.name)
n = NameError('y', name='nm')
print(n.name)
