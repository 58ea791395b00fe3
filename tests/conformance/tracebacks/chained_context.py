# Uncaught exception raised while handling another: both tracebacks with the context message.
def parse(s):
    try:
        return int(s)
    except ValueError:
        raise RuntimeError(f'could not parse {s!r}')
parse('abc')
