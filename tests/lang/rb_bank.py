# Bank accounts with custom exceptions, properties, classmethods
class BankError(Exception):
    pass

class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"account {account.number}: cannot withdraw {amount:.2f}, balance {account.balance:.2f}")
        self.account = account
        self.amount = amount

class AccountFrozen(BankError):
    pass

class Account:
    _next_number = 1000
    interest_rate = 0.01

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self._balance = float(balance)
        self.number = Account._next_number
        Account._next_number += 1
        self.frozen = False
        self.history = []

    @classmethod
    def from_string(cls, s):
        owner, bal = s.split(":")
        return cls(owner.strip(), float(bal))

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("balance cannot be negative")
        self._balance = value

    def deposit(self, amount):
        if self.frozen:
            raise AccountFrozen(f"account {self.number} is frozen")
        if amount <= 0:
            raise ValueError(f"invalid amount: {amount!r}")
        self._balance += amount
        self.history.append(("deposit", amount))
        return self

    def withdraw(self, amount):
        if self.frozen:
            raise AccountFrozen(f"account {self.number} is frozen")
        if amount > self._balance:
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append(("withdraw", amount))
        return self

    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, {self._balance:.2f})"

    def __str__(self):
        return f"#{self.number} {self.owner:<8} {self._balance:>10.2f}"

class SavingsAccount(Account):
    interest_rate = 0.05
    def __init__(self, owner, balance=0.0, limit=3):
        super().__init__(owner, balance)
        self.limit = limit
        self.withdrawals = 0

    def withdraw(self, amount):
        if self.withdrawals >= self.limit:
            raise BankError(f"withdrawal limit {self.limit} reached")
        result = super().withdraw(amount)
        self.withdrawals += 1
        return result

    def add_interest(self):
        self.deposit(round(self.balance * self.interest_rate, 2))

accts = [Account("alice", 100), SavingsAccount("bob", 500, limit=2),
         Account.from_string("carol: 42.5"), SavingsAccount.from_string("dave:10")]
for a in accts:
    print(a)
print(accts)

ops = [(0, "withdraw", 150), (0, "deposit", 25), (1, "withdraw", 100),
       (1, "withdraw", 100), (1, "withdraw", 1), (2, "deposit", -5),
       (3, "deposit", 0), (2, "withdraw", 42.5)]
for idx, op, amt in ops:
    acct = accts[idx]
    try:
        getattr(acct, op)(amt)
    except InsufficientFunds as e:
        print("insufficient:", e, "| amount", e.amount, e.account.owner)
    except BankError as e:
        print("bank error:", type(e).__name__, e)
    except ValueError as e:
        print("value error:", e)
    else:
        print("ok", op, amt, "->", acct.balance)
    finally:
        pass

accts[1].add_interest()
accts[3].add_interest()
print(accts[1].balance, accts[3].balance)
accts[0].frozen = True
try:
    accts[0].deposit(1)
except BankError as e:
    print(repr(e), e.args, isinstance(e, AccountFrozen))
try:
    accts[2].balance = -1
except ValueError as e:
    print("setter:", e)
print(Account._next_number, Account.interest_rate, SavingsAccount.interest_rate)
print([h for a in accts for h in a.history])
print(sorted(accts, key=lambda a: a.balance))
total = sum(a.balance for a in accts)
print(f"total={total:,.2f}")
try:
    accts[0].balance2
except AttributeError as e:
    print(e)
del accts[0]._balance
try:
    accts[0].balance
except AttributeError as e:
    print(e)
accts[1].withdraw(1)
