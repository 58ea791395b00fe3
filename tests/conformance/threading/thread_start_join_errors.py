# The RuntimeErrors of start() and join(), with python3's messages.
import threading

t = threading.Thread(target=lambda: None)
try:
    t.join()
except RuntimeError as e:
    print('RuntimeError', e)
t.start()
try:
    t.start()
except RuntimeError as e:
    print('RuntimeError', e)
t.join()
try:
    t.start()
except RuntimeError as e:
    print('RuntimeError', e)
t.join()
t.join(0)
print('joined twice')

try:
    threading.current_thread().join()
except RuntimeError as e:
    print('RuntimeError', e)

errors = []


def self_join():
    try:
        threading.current_thread().join()
    except RuntimeError as e:
        errors.append(str(e))


t = threading.Thread(target=self_join)
t.start()
t.join()
print(errors)

t = threading.Thread(target=lambda: None)
t.start()
try:
    t.daemon = True
except RuntimeError as e:
    print('RuntimeError', e)
t.join()
try:
    t.daemon = True
except RuntimeError as e:
    print('RuntimeError', e)

try:
    threading.Thread(group=1)
except AssertionError as e:
    print('AssertionError', e)
try:
    threading.Thread(None, None, 'n', (), {}, True)
except TypeError as e:
    print('TypeError', e)
