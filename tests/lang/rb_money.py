# Money class: reflected/in-place operators, __format__, __index__-free conversions,
# subclass priority for reflected ops, NotImplemented fallbacks
from functools import total_ordering

class CurrencyMismatch(ValueError):
    def __init__(self, a, b):
        super().__init__(f"cannot combine {a} and {b}")

@total_ordering
class Money:
    __slots__ = ("cents", "currency")
    def __init__(self, amount, currency="USD"):
        if isinstance(amount, float):
            amount = round(amount * 100)
        elif isinstance(amount, int):
            amount = amount * 100
        else:
            raise TypeError(f"amount must be int or float, not {type(amount).__name__}")
        self.cents = amount
        self.currency = currency
    @classmethod
    def from_cents(cls, cents, currency="USD"):
        m = cls.__new__(cls)
        m.cents = cents
        m.currency = currency
        return m
    def _check(self, other):
        if not isinstance(other, Money):
            return False
        if other.currency != self.currency:
            raise CurrencyMismatch(self.currency, other.currency)
        return True
    def __add__(self, other):
        if other == 0:
            return self
        if not self._check(other):
            return NotImplemented
        return type(self).from_cents(self.cents + other.cents, self.currency)
    def __radd__(self, other):
        return self.__add__(other)
    def __sub__(self, other):
        if not self._check(other):
            return NotImplemented
        return type(self).from_cents(self.cents - other.cents, self.currency)
    def __mul__(self, k):
        if isinstance(k, (int, float)) and not isinstance(k, bool):
            return type(self).from_cents(round(self.cents * k), self.currency)
        return NotImplemented
    __rmul__ = __mul__
    def __truediv__(self, k):
        if isinstance(k, Money):
            self._check(k)
            return self.cents / k.cents
        return type(self).from_cents(round(self.cents / k), self.currency)
    def __floordiv__(self, k):
        return type(self).from_cents(self.cents // k, self.currency)
    def __mod__(self, k):
        return type(self).from_cents(self.cents % k, self.currency)
    def __neg__(self):
        return type(self).from_cents(-self.cents, self.currency)
    def __abs__(self):
        return type(self).from_cents(abs(self.cents), self.currency)
    def __bool__(self):
        return self.cents != 0
    def __eq__(self, other):
        if isinstance(other, Money):
            return (self.cents, self.currency) == (other.cents, other.currency)
        if other == 0:
            return self.cents == 0
        return NotImplemented
    def __lt__(self, other):
        if not self._check(other):
            return NotImplemented
        return self.cents < other.cents
    def __hash__(self):
        return hash((self.cents, self.currency))
    def __repr__(self):
        return f"{type(self).__name__}.from_cents({self.cents}, {self.currency!r})"
    def __str__(self):
        sign = "-" if self.cents < 0 else ""
        c = abs(self.cents)
        return f"{sign}{c // 100}.{c % 100:02d} {self.currency}"
    def __format__(self, spec):
        if spec == "":
            return str(self)
        if spec.endswith("c"):
            return format(self.cents, spec[:-1] + "d")
        return format(self.cents / 100, spec) + " " + self.currency
    def __float__(self):
        return self.cents / 100
    def __int__(self):
        return self.cents // 100

class Tip(Money):
    def __radd__(self, other):
        return "Tip.__radd__ wins"

a = Money(10.5)
b = Money(3)
print(a, b, repr(a), a + b, a - b, b - a, a * 3, 2 * a, a / 4, a / b)
print(a // 3, a % 300, -a, abs(-a), bool(Money(0)), bool(a))
print(sum([a, b, Money(0.25)]), sum([], Money(0)))
print(f"{a}|{a:.3f}|{a:>10c}|{a:,c}", format(b, "08.2f"), "{:e}".format(a))
print(float(a), int(a), int(-a), round(float(a)))
print(a > b, a <= b, a >= Money(10.5), sorted([a, b, Money(7)]), max(a, b))
print(a == Money(10.5), a != b, a == 0, Money(0) == 0, a == "x")
print(len({a, Money(10.5), b}))
print(a + Tip(1))
c = a
c += b
c *= 2
print(c, a, c is a)
for bad in [lambda: a + Money(1, "EUR"), lambda: a < Money(1, "EUR"),
            lambda: a + 5, lambda: a * a, lambda: a * True, lambda: "x" + a,
            lambda: a < 5, lambda: Money("5"), lambda: a @ b, lambda: a ** 2]:
    try:
        print(bad())
    except CurrencyMismatch as e:
        print("CurrencyMismatch:", e, isinstance(e, ValueError))
    except TypeError as e:
        print("TypeError:", e)
try:
    a.amount = 5
except AttributeError as e:
    print("AttributeError:", e)
print(Money.__slots__, hasattr(a, "__dict__"))
