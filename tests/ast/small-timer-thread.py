import threading
fired = threading.Event()
timer = threading.Timer(0.01, fired.set)
timer.start()
fired.wait(1)
print("fired" if fired.is_set() else "timeout")
timer.cancel()
