import contextlib
import time

class Timer:
    def __enter__(self):
        self.start = time.perf_counter()
        return self

    def __exit__(self, exc_type, exc, tb):
        self.elapsed = time.perf_counter() - self.start
        return False

@contextlib.contextmanager
def suppressed(*exceptions):
    try:
        yield
    except exceptions as e:
        print("suppressed", type(e).__name__)

with Timer() as t, suppressed(ZeroDivisionError):
    1 / 0
print(t.elapsed >= 0)
