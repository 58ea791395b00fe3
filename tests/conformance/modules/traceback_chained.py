# traceback.print_exc prints chained exceptions; format_exc for caught chains; print_exc(file=sys.stdout).
import traceback, sys
try:
    try:
        int('x')
    except ValueError as e:
        raise RuntimeError('wrapper') from e
except RuntimeError:
    traceback.print_exc(file=sys.stdout)
    print('---')
    traceback.print_exc()
