# At exit the interpreter waits for non-daemon threads (threading._shutdown) and abandons
# daemon ones: the workers print after the main thread's last line.
import threading
import time

main_done = threading.Event()


def worker(name, delay):
    main_done.wait()
    time.sleep(delay)
    print(f'{name} finished after the main thread')


def daemon():
    main_done.wait()
    time.sleep(100)
    print('the daemon thread never gets here')


threading.Thread(target=worker, args=('w1', 0.02)).start()
threading.Thread(target=worker, args=('w2', 0.15)).start()
threading.Thread(target=daemon, daemon=True).start()
print('main thread reached its end')
main_done.set()
