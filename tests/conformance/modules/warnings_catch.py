# warnings.catch_warnings(record=True) captures warning objects.
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    warnings.warn('first')
    warnings.warn('second', FutureWarning)
print(len(w), [str(x.message) for x in w], [x.category.__name__ for x in w], [x.lineno for x in w])
warnings.warn('after block goes to stderr', UserWarning)
class MyWarning(UserWarning):
    pass
warnings.warn(MyWarning('custom class'))
