# current_thread(), main_thread(), enumerate() and active_count() from the main thread and
# from started threads.
import threading

main = threading.main_thread()
print(main.name, type(main).__name__, main is threading.current_thread())
print(threading.active_count(), [t.name for t in threading.enumerate()])

seen = {}
release = threading.Event()
arrived = threading.Barrier(4)


def worker(key):
    me = threading.current_thread()
    seen[key] = (me.name, me is threading.main_thread(), me.ident == threading.get_ident())
    arrived.wait()
    release.wait()


threads = [threading.Thread(target=worker, args=(i,), name=f'w{i}') for i in range(3)]
for t in threads:
    t.start()
arrived.wait()
print(threading.active_count())
print(sorted(t.name for t in threading.enumerate()))
print(all(t in threading.enumerate() for t in threads))
release.set()
for t in threads:
    t.join()
print(sorted(seen.items()))
print(threading.active_count(), [t.name for t in threading.enumerate()])
print(threading.main_thread() is main)

# current_thread() inside a subclass's run is the subclass instance.
class Mine(threading.Thread):
    def run(self):
        self.me = threading.current_thread() is self


m = Mine()
m.start()
m.join()
print(m.me)
