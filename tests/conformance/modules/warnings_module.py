# warnings.warn prints python3's stderr format once per location; categories; filters.
import warnings
def old():
    warnings.warn('old() is deprecated', DeprecationWarning, stacklevel=2)
    return 1
warnings.warn('plain user warning')
warnings.warn('runtime issue', RuntimeWarning)
for i in range(3):
    warnings.warn('in a loop')
print('after warnings')
warnings.simplefilter('always')
old()
old()
warnings.simplefilter('ignore')
warnings.warn('ignored')
warnings.simplefilter('error')
try:
    warnings.warn('now an error', UserWarning)
except UserWarning as e:
    print('raised', type(e).__name__, e)
