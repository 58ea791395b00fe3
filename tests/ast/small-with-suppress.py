from contextlib import suppress, ExitStack
with suppress(FileNotFoundError):
    open("/nonexistent")
with ExitStack() as stack:
    files = [stack.enter_context(open(__file__)) for _ in range(2)]
