# Bank accounts with one lock each: transfers between them take both locks in a fixed
# order (no deadlock); the total is preserved and every account ends where arithmetic says.
import threading


class Account:
    def __init__(self, number, balance):
        self.number = number
        self.balance = balance
        self.lock = threading.Lock()


def transfer(a, b, amount):
    first, second = (a, b) if a.number < b.number else (b, a)
    with first.lock:
        with second.lock:
            if a.balance < amount:
                return False
            a.balance -= amount
            b.balance += amount
            return True


# Enough money that no transfer can fail, whatever the order they run in.
accounts = [Account(i, 10000) for i in range(4)]
failed = []
failed_lock = threading.Lock()


def teller(k):
    for i in range(200):
        src = accounts[(k + i) % 4]
        dst = accounts[(k * i + i // 3 + 1) % 4]
        if src is dst:
            continue
        if not transfer(src, dst, 1 + i % 7):
            with failed_lock:
                failed.append(k)


tellers = [threading.Thread(target=teller, args=(k,)) for k in range(4)]
for t in tellers:
    t.start()
for t in tellers:
    t.join()
print(sum(a.balance for a in accounts))
print(failed)
# Every teller moves money the same way whatever the interleaving (no transfer fails).
expected = [10000] * 4
for k in range(4):
    for i in range(200):
        s, d = (k + i) % 4, (k * i + i // 3 + 1) % 4
        if s != d:
            expected[s] -= 1 + i % 7
            expected[d] += 1 + i % 7
print([a.balance for a in accounts] == expected, [a.balance for a in accounts])
