# A deadlock: two threads take two locks in opposite order. Each ends up holding
# one key and waiting for the other's: neither can ever go on. The main thread
# waits one second for them, sees that both are still stuck, and leaves; they are
# daemon threads, so the program can end while they wait forever.
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


a = threading.Thread(target=alice, name="alice", daemon=True)
b = threading.Thread(target=bob, name="bob", daemon=True)
a.start()
b.start()
a.join(timeout=1)
b.join(timeout=1)
if a.is_alive() and b.is_alive():
    print("deadlock: alice holds the fork and waits for the knife;")
    print("          bob holds the knife and waits for the fork")
