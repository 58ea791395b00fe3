# Producer/consumer with a queue: the producer puts orders on the queue, the
# cooks take them off. queue.Queue does the locking; a full or empty queue makes
# a thread wait without using the stove.
import queue
import threading
import time

orders = queue.Queue(maxsize=3)


def waiter():
    for i in range(6):
        orders.put(f"order-{i}")
        print(f"waiter: took order-{i}")
        time.sleep(0.05)
    for _ in range(2):
        orders.put(None)          # one "closing time" note per cook


def cook(name):
    while True:
        order = orders.get()
        if order is None:
            break
        time.sleep(0.2)           # cooking
        print(f"{name}: served {order}")


threads = [threading.Thread(target=waiter, name="waiter")]
threads += [threading.Thread(target=cook, args=(f"cook-{i}",), name=f"cook-{i}") for i in (1, 2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("kitchen closed")
