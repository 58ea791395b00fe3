import threading
import time

class Account:
    def __init__(self, balance=0):
        self.balance = balance
        self.lock = threading.RLock()

    def deposit(self, amount):
        with self.lock:
            new = self.balance + amount
            time.sleep(0)
            self.balance = new

    def withdraw(self, amount):
        with self.lock:
            if amount > self.balance:
                raise ValueError("insufficient funds")
            self.balance -= amount

    def transfer(self, other, amount):
        first, second = sorted([self, other], key=id)
        with first.lock, second.lock:
            self.withdraw(amount)
            other.deposit(amount)

a, b = Account(100), Account(50)
ts = [threading.Thread(target=a.transfer, args=(b, 10)) for _ in range(5)]
ts += [threading.Thread(target=b.transfer, args=(a, 5)) for _ in range(5)]
for t in ts: t.start()
for t in ts: t.join()
print(a.balance, b.balance, a.balance + b.balance)
