"""Known difference (virtual platform only): a blocking call inside a callback made by
native code — time.sleep() inside __eq__ called by list.index(), say — raises RuntimeError.

Cause: the virtual platform runs every thread on one JavaScript thread and switches threads
by returning to its scheduler; a wait nested under a native call cannot be suspended. The
shared platform (the default where the page is cross-origin isolated) runs each thread on
its own worker and waits for real there.
Workaround: run on the shared platform, or move the blocking call out of the dunder method.
"""
import time


class Slow:
    def __eq__(self, other):
        time.sleep(0.01)
        return True


print([1, 2, 3].index(Slow()))
