# Condition.wait_for(predicate, timeout): returns the predicate's last value.
import threading

cond = threading.Condition()
state = {'n': 0}


def bump():
    for _ in range(5):
        with cond:
            state['n'] += 1
            cond.notify_all()


with cond:
    print('already true:', cond.wait_for(lambda: True))
    print('value returned:', cond.wait_for(lambda: 'yes'))
    print('timeout:', cond.wait_for(lambda: state['n'] > 100, timeout=0.02))
    print('zero timeout:', cond.wait_for(lambda: 0, timeout=0))

t = threading.Thread(target=bump)
with cond:
    t.start()
    print('reached:', cond.wait_for(lambda: state['n'] >= 5 and state['n'], timeout=10))
t.join()

# A producer/consumer pair over a bounded buffer.
buf = []
CAP = 2
produced = []
consumed = []


def producer():
    for i in range(8):
        with cond:
            cond.wait_for(lambda: len(buf) < CAP)
            buf.append(i)
            produced.append(i)
            cond.notify_all()
    with cond:
        cond.wait_for(lambda: len(buf) < CAP)
        buf.append(None)
        cond.notify_all()


def consumer():
    while True:
        with cond:
            cond.wait_for(lambda: buf)
            item = buf.pop(0)
            cond.notify_all()
        if item is None:
            return
        consumed.append(item * item)


ts = [threading.Thread(target=producer), threading.Thread(target=consumer)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(produced, consumed, buf)
