# Closures used to build objects with private state.
def account(balance):
    def deposit(n):
        nonlocal balance
        balance += n
        return balance
    def withdraw(n):
        nonlocal balance
        if n > balance:
            raise ValueError('insufficient funds')
        balance -= n
        return balance
    return {'deposit': deposit, 'withdraw': withdraw, 'balance': lambda: balance}
acc = account(100)
print(acc['deposit'](50), acc['withdraw'](30))
try:
    acc['withdraw'](1000)
except ValueError as e:
    print(e)
print(acc['balance']())
