# A bank account class hierarchy with exceptions and a transaction log.
class InsufficientFunds(Exception):
    pass
class Account:
    interest = 0.0
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.log = []
    @property
    def balance(self):
        return self._balance
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError('deposit must be positive')
        self._balance += amount
        self.log.append(('deposit', amount))
    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(f'{self.owner}: balance {self._balance} < {amount}')
        self._balance -= amount
        self.log.append(('withdraw', amount))
    def add_interest(self):
        self._balance = round(self._balance * (1 + self.interest), 2)
    def __repr__(self):
        return f'{type(self).__name__}({self.owner!r}, {self._balance})'
class Savings(Account):
    interest = 0.05
acc = Savings('ann', 100)
acc.deposit(50)
for amt in [30, 500]:
    try:
        acc.withdraw(amt)
    except InsufficientFunds as e:
        print('error:', e)
try:
    acc.deposit(-5)
except ValueError as e:
    print('error:', e)
acc.add_interest()
print(acc, acc.balance, acc.log)
