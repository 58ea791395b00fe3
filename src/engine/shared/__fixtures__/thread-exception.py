import threading
def boom():
    raise ValueError("bad value")
t = threading.Thread(target=boom)
t.start()
t.join()
print("main goes on")
