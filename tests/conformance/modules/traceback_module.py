# traceback.format_exc, print_exc (to stderr), format_exception, extract_tb.
import traceback
def fail():
    return {}['key']
try:
    fail()
except KeyError:
    print(traceback.format_exc())
    traceback.print_exc()
try:
    raise ValueError('formatted')
except ValueError as e:
    lines = traceback.format_exception(e)
    print(len(lines) >= 2, lines[-1])
    print(traceback.format_exception_only(type(e), e))
    print([(f.name, f.lineno) for f in traceback.extract_tb(e.__traceback__)])
print(repr(traceback.format_exc()))
