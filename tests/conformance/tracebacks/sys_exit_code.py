# sys.exit with an int sets the exit code, prints no traceback.
import sys
print('exiting with 3')
sys.exit(3)
