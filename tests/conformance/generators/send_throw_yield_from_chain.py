# send and throw pass through two levels of yield from; close reaches the innermost.
def leaf():
    try:
        while True:
            v = yield
            print('leaf got', v)
    except KeyError:
        print('leaf caught KeyError')
        yield 'leaf-after-throw'
    finally:
        print('leaf finally')
def mid():
    yield from leaf()
def top():
    yield from mid()
t = top()
next(t)
t.send(1)
t.send(2)
print(t.throw(KeyError))
t.close()
print('done')
