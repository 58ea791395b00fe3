import threading, time
a = threading.Lock()
b = threading.Lock()
def one():
    a.acquire()
    time.sleep(0.1)
    b.acquire()
    print("one got both")
def two():
    b.acquire()
    time.sleep(0.1)
    a.acquire()
    print("two got both")
t1 = threading.Thread(target=one, name="T1")
t2 = threading.Thread(target=two, name="T2")
t1.start(); t2.start()
t1.join(); t2.join()
print("unreachable")
