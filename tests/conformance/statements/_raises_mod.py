# A helper module that fails while it is being imported.
VALUE = 1
raise ValueError('failed at import time')
