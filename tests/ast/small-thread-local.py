import threading
local = threading.local()
def show(n):
    local.value = n
    print(threading.current_thread().name, local.value)
for i in range(2):
    threading.Thread(target=show, args=(i,), name=f"T{i}").start()
