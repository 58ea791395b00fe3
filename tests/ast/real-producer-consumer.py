import queue
import threading
import time

SENTINEL = object()


def producer(q: queue.Queue, n: int) -> None:
    for i in range(n):
        time.sleep(0.01)
        q.put(i)
    q.put(SENTINEL)


def consumer(q: queue.Queue, results: list[int]) -> None:
    while True:
        item = q.get()
        try:
            if item is SENTINEL:
                break
            results.append(item * item)
        finally:
            q.task_done()


def main() -> None:
    q: queue.Queue = queue.Queue(maxsize=4)
    results: list[int] = []
    threads = [
        threading.Thread(target=producer, args=(q, 10), name="producer"),
        threading.Thread(target=consumer, args=(q, results), name="consumer"),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(f"{len(results)} results, sum={sum(results)}")


if __name__ == "__main__":
    main()
