# An uncaught AttributeError with a close name prints "Did you mean".
class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance
    def deposit(self, n):
        self.balance += n
a = Account("ann", 10)
a.deposit(5)
print(a.balance)
try:
    a.depositt(1)
except AttributeError as e:
    print(e)  # str() has no suggestion
print(a.balnce)
