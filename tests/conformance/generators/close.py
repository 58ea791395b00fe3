# close(): GeneratorExit raised at the yield, finally clauses run, yield in finally is an error.
def g():
    try:
        yield 1
        yield 2
    finally:
        print('cleanup')
gen = g()
next(gen)
gen.close()
print('closed')
gen.close()
def catches():
    try:
        yield 1
    except GeneratorExit:
        print('got GeneratorExit')
        raise
c = catches(); next(c); c.close()
def bad():
    try:
        yield 1
    except GeneratorExit:
        yield 'refuse'
b = bad(); next(b)
try:
    b.close()
except RuntimeError as e:
    print(type(e).__name__, e)
def ret():
    try:
        yield 1
    except GeneratorExit:
        return 'value'
r = ret(); next(r)
print(r.close())
