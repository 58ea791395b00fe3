# Nested ExceptionGroup split keeps structure; exceptions keep their tracebacks through groups.
eg = ExceptionGroup('top', [
    ValueError('v1'),
    ExceptionGroup('mid', [TypeError('t1'), ValueError('v2')]),
    ExceptionGroup('only types', [TypeError('t2')]),
])
m, r = eg.split(TypeError)
print(repr(m))
print(repr(r))
print(eg.split(Exception)[1])
print([type(x).__name__ for x in eg.exceptions])
class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + '*', excs)
m2, r2 = MyEG('custom', [ValueError(), KeyError()]).split(ValueError)
print(type(m2).__name__, m2.message, type(r2).__name__, r2.message)
