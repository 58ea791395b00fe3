def read_lines(text):
    for line in text.splitlines():
        yield line

def strip_comments(lines):
    for line in lines:
        code, _, _ = line.partition("#")
        if code.strip():
            yield code.rstrip()

def numbered(lines, start=1):
    yield from enumerate(lines, start)

def take(n, it):
    it = iter(it)
    for _ in range(n):
        try:
            yield next(it)
        except StopIteration:
            return

source = """
x = 1  # one
# only comment
y = 2
"""
for no, line in take(10, numbered(strip_comments(read_lines(source)))):
    print(f"{no:3d}: {line}")
