import threading
count = 0
def work():
    global count
    for _ in range(1000):
        count += 1
ts = [threading.Thread(target=work) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(count)
