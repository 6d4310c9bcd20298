# user-defined exceptions are reported with their class name
class InsufficientFunds(Exception):
    def __init__(self, balance, amount):
        super().__init__(f'balance {balance} is less than {amount}')
def withdraw(balance, amount):
    if amount > balance:
        raise InsufficientFunds(balance, amount)
    return balance - amount
print(withdraw(100, 30))
withdraw(10, 30)
