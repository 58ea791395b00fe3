# A deadlock: two threads take two locks in opposite order. Each ends up holding
# one key and waiting for the other's: neither can ever go on. Press Stop.
import threading
import time

fork = threading.Lock()
knife = threading.Lock()


def alice():
    with fork:
        time.sleep(0.1)
        with knife:
            print("alice eats")


def bob():
    with knife:
        time.sleep(0.1)
        with fork:
            print("bob eats")


a = threading.Thread(target=alice, name="alice")
b = threading.Thread(target=bob, name="bob")
a.start()
b.start()
a.join()
b.join()
