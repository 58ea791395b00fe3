# except* handling of exception groups: partial matches, re-raise of the rest, naked exceptions.
def run(exc):
    try:
        try:
            raise exc
        except* ValueError as g:
            print('ValueError handler', repr(g))
        except* (TypeError, KeyError) as g:
            print('Type/Key handler', repr(g))
    except BaseException as rest:
        print('escaped', repr(rest))
run(ExceptionGroup('eg', [ValueError('a'), TypeError('b'), ValueError('c')]))
run(ExceptionGroup('eg', [ValueError('a'), OSError('x')]))
run(ValueError('naked'))
run(OSError('naked other'))
run(ExceptionGroup('outer', [ExceptionGroup('inner', [KeyError('k')]), ValueError('v')]))
try:
    try:
        raise ExceptionGroup('g', [ValueError(1)])
    except* ValueError:
        raise RuntimeError('from handler')
except Exception as e:
    print(type(e).__name__, repr(e))
