"""Known difference (virtual platform only): waits made inside callbacks of native code —
Event.wait() inside __eq__ called by `==`, time.sleep() inside a key function of sorted(),
a generator that blocks consumed by list() — end in last-in first-out order. Here the main
thread's wait (begun second) must end before the other thread's (begun first) can go on,
but only the other thread can end it: python3 prints "both waits ended", the virtual
platform reports a deadlock.

Cause: the virtual platform runs every thread on one JavaScript thread. A wait below a
native call cannot suspend the JavaScript stack, so the other threads run from inside it,
and a thread waiting further down that stack resumes only when the waits above it return.
The shared platform (the default where the page is cross-origin isolated) runs each thread
on its own worker and waits for real there.
Workaround: run on the shared platform, or move the blocking call out of the dunder method.
"""
import threading
import time

e1, e2 = threading.Event(), threading.Event()


class WaitsFor:
    def __init__(self, event):
        self.event = event

    def __eq__(self, other):
        self.event.wait()
        return True


def first():
    WaitsFor(e1) == 1
    e2.set()


def setter():
    time.sleep(0.05)
    e1.set()


t = threading.Thread(target=first)
t.start()
time.sleep(0.01)
threading.Thread(target=setter).start()
WaitsFor(e2) == 1
print('both waits ended')
