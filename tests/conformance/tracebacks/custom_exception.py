# Uncaught user-defined exception class with arguments; printed with its module-less name.
class InsufficientFunds(Exception):
    def __init__(self, need, have):
        super().__init__(f'need {need}, have {have}')
def withdraw(balance, amount):
    if amount > balance:
        raise InsufficientFunds(amount, balance)
    return balance - amount
print(withdraw(100, 30))
withdraw(10, 50)
