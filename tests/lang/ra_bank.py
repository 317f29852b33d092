class BankError(Exception):
    """Base class for bank errors."""

class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner}: cannot withdraw {amount:.2f}, balance {account.balance:.2f}")
        self.account = account
        self.amount = amount

class AccountFrozen(BankError):
    pass

class Account:
    _next_id = 1000
    interest = 0.01

    def __init__(self, owner, balance=0):
        if balance < 0:
            raise ValueError("initial balance must be non-negative")
        self.owner = owner
        self._balance = balance
        self.frozen = False
        self.history = []
        Account._next_id += 1
        self.id = Account._next_id

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, v):
        raise AttributeError("use deposit/withdraw")

    def deposit(self, amount):
        if self.frozen:
            raise AccountFrozen(self.id)
        if amount <= 0:
            raise ValueError(f"invalid amount: {amount!r}")
        self._balance += amount
        self.history.append(("dep", amount))
        return self

    def withdraw(self, amount):
        if self.frozen:
            raise AccountFrozen(self.id)
        if amount > self._balance:
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append(("wd", amount))
        return self

    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, {self._balance})"

class Savings(Account):
    interest = 0.03
    def withdraw(self, amount):
        if len([h for h in self.history if h[0] == "wd"]) >= 2:
            raise BankError("savings: withdrawal limit reached")
        return super().withdraw(amount)
    def add_interest(self):
        self._balance = round(self._balance * (1 + self.interest), 2)

def transfer(src, dst, amount):
    try:
        src.withdraw(amount)
    except InsufficientFunds as e:
        print("transfer failed:", e)
        return False
    else:
        dst.deposit(amount)
        return True
    finally:
        print(f"  after transfer attempt: {src!r} {dst!r}")

a = Account("ann", 100)
s = Savings("sam", 500)
print(a, s, a.id, s.id, isinstance(s, Account), Savings.__mro__[1].__name__)
a.deposit(50).withdraw(30)
print(a.balance, a.history)
print(transfer(a, s, 1000), transfer(a, s, 20))
s.withdraw(10); s.withdraw(10)
try:
    s.withdraw(1)
except InsufficientFunds:
    print("not reached")
except BankError as e:
    print("BankError:", e, type(e).__mro__[1].__name__)
s.add_interest()
print(s.balance)
try:
    a.balance = 5
except AttributeError as e:
    print("AttributeError:", e)
for bad in (0, -5, "10"):
    try:
        a.deposit(bad)
    except ValueError as e:
        print("ValueError:", e)
    except TypeError as e:
        print("TypeError:", e)
a.frozen = True
try:
    a.withdraw(1)
except AccountFrozen as e:
    print("frozen:", e, e.args, repr(e))
try:
    Account("x", -1)
except ValueError as e:
    print(repr(e))
e = InsufficientFunds(s, 1e6)
print(e.amount, e.account is s, str(e))
print(isinstance(e, Exception), issubclass(AccountFrozen, BankError), BankError.__doc__)
try:
    try:
        a.withdraw(5)
    except AccountFrozen as exc:
        raise RuntimeError("audit failed") from exc
except RuntimeError as exc:
    print(exc, "caused by", repr(exc.__cause__), exc.__suppress_context__)
accounts = [a, s, Account("zed", 75), Savings("amy", 75)]
for acc in sorted(accounts, key=lambda x: (-x.balance, x.owner)):
    print(f"{acc.id:>6} {acc.owner:<5}{acc.balance:>10.2f} {type(acc).__name__}")
print(sum(x.balance for x in accounts))
b = Account("bob", 10)
b.withdraw(100)
