# Small OOP program: accounts, exceptions, class hierarchy
class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__('need %d, have %d' % (needed, available))
        self.needed = needed
        self.available = available
class Account:
    _next_id = 1
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError('deposit must be positive')
        self.balance += amount
        self.history.append(('dep', amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(amount, self.balance)
        self.balance -= amount
        self.history.append(('wd', amount))
    def __repr__(self):
        return '%s(#%d %s: %d)' % (type(self).__name__, self.id, self.owner, self.balance)
class Savings(Account):
    rate = 0.05
    def add_interest(self):
        interest = round(self.balance * self.rate)
        self.deposit(interest)
        return interest
def transfer(src, dst, amount):
    src.withdraw(amount)
    dst.deposit(amount)
a = Account('ann', 100)
b = Savings('bob', 1000)
transfer(b, a, 250)
print(a, b)
print(b.add_interest(), b)
try:
    transfer(a, b, 1000)
except InsufficientFunds as e:
    print('failed:', e, e.needed - e.available)
try:
    a.deposit(-5)
except ValueError as e:
    print('failed:', e)
print(a.history, b.history)
accounts = [a, b, Account('cy', 50)]
print(sorted(accounts, key=lambda acc: acc.balance))
print(sum(acc.balance for acc in accounts))
