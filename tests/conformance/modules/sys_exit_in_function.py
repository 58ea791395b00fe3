# sys.exit() from within nested calls unwinds finally blocks before exiting.
import sys
def inner():
    try:
        sys.exit(4)
    finally:
        print('inner finally')
def outer():
    try:
        inner()
    finally:
        print('outer finally')
outer()
