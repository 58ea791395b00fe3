# get_ident() / get_native_id(): integers, equal to the thread's ident/native_id, distinct
# among live threads.
import threading
import _thread

print(threading.get_ident is _thread.get_ident)
main_ident = threading.get_ident()
print(type(main_ident).__name__, main_ident == threading.main_thread().ident)
print(type(threading.get_native_id()).__name__)
print(threading.get_native_id() == threading.main_thread().native_id)

idents = {}
hold = threading.Event()
ready = threading.Barrier(4)


def worker(i):
    idents[i] = (threading.get_ident(), threading.get_native_id())
    ready.wait()
    hold.wait()


ts = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
ready.wait()
hold.set()
for t in ts:
    t.join()
print([idents[i][0] == ts[i].ident for i in range(3)])
print([idents[i][1] == ts[i].native_id for i in range(3)])
all_ids = [main_ident] + [idents[i][0] for i in range(3)]
print(len(set(all_ids)) == 4)
print(len({main_ident} | {idents[i][1] for i in range(3)}) == 4)
