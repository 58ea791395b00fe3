# A deadlock: two threads take two locks in opposite order, with `with` blocks. A barrier
# makes sure each holds its first lock before either asks for its second, so the deadlock
# happens whatever the timing: neither can ever go on (python3 hangs).
import threading

fork = threading.Lock()
knife = threading.Lock()
both_hold_one = threading.Barrier(2)


def alice():
    with fork:
        both_hold_one.wait()
        with knife:
            print("alice eats")


def bob():
    with knife:
        both_hold_one.wait()
        with fork:
            print("bob eats")


a = threading.Thread(target=alice, name="alice")
b = threading.Thread(target=bob, name="bob")
a.start()
b.start()
a.join()
b.join()
