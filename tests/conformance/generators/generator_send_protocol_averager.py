# A running averager coroutine-style generator driven by send.
def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        term = yield avg
        total += term
        count += 1
        avg = total / count
a = averager()
next(a)
print([a.send(x) for x in [10, 30, 5, 15]])
