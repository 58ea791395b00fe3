# with on objects lacking the protocol, and exceptions in __enter__.
class NoExit:
    def __enter__(self): return 1
try:
    with NoExit():
        pass
except Exception as e:
    print(type(e).__name__, e)
try:
    with 5:
        pass
except Exception as e:
    print(type(e).__name__, e)
class BadEnter:
    def __enter__(self): raise RuntimeError('enter failed')
    def __exit__(self, *a): print('exit not called'); return False
try:
    with BadEnter():
        print('no body')
except RuntimeError as e:
    print('caught', e)
