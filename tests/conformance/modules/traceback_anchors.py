# traceback's caret lines (python3.11 anchors) and FrameSummary columns from co_positions.
import traceback

def div(a, b):
    return a / b

def index(d, k):
    return d['x'][k]

def call(f):
    return f(1,
             2)

def attr(o):
    return o.missing.value

def show(fn, *args):
    try:
        fn(*args)
    except Exception as e:
        for line in traceback.format_exception(e):
            print(line, end='')
        fs = traceback.extract_tb(e.__traceback__)[-1]
        print(fs.name, fs.lineno, fs.end_lineno, fs.colno, fs.end_colno)
        print()

show(div, 1, 0)
show(index, {'x': [1, 2]}, 5)
show(call, len)
show(attr, 3)
try:
    try:
        div(2, 0)
    except ZeroDivisionError:
        index({'x': []}, 0)
except IndexError:
    print(traceback.format_exc(), end='')
print(''.join(traceback.format_tb(None)) == '')
def last():
    try:
        x = [1][3]
    except IndexError as e:
        return traceback.format_tb(e.__traceback__)
print(''.join(last()), end='')
