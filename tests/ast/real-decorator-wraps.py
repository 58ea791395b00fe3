import functools
import time

def retry(times=3, delay=0.0, exceptions=(Exception,)):
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            last = None
            for attempt in range(1, times + 1):
                try:
                    return func(*args, **kwargs)
                except exceptions as exc:
                    last = exc
                    print(f"attempt {attempt} failed: {exc}")
                    time.sleep(delay)
            raise RuntimeError(f"gave up after {times} attempts") from last
        return wrapper
    return decorator

calls = 0

@retry(times=5)
def flaky():
    global calls
    calls += 1
    if calls < 3:
        raise ValueError("not yet")
    return "ok"

print(flaky(), calls)
