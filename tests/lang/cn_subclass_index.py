def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class Money(int):
    def __repr__(self): return f"Money({int(self)})"
    def __add__(self, o): return Money(int(self) + int(o))
m = Money(5)
print(m, repr(m), m + 3, 3 + m, type(3 + m).__name__, m * 2, type(m * 2).__name__, -m, type(-m).__name__, abs(m), m // 2, str(m), f"{m}", f"{m:04d}", "%d" % m, hash(m) == hash(5))
class F(float):
    pass
f = F(2.5)
print(f, repr(f), type(f + 1).__name__, f == 2.5, round(f), type(round(f)).__name__, f.is_integer(), F("1e3"), F(), int(f))
class C(complex):
    def __repr__(self): return "C!"
c = C(1, 2)
print(c, repr(c), c + 1, type(c + 1).__name__, c.real, c.imag)
t(lambda: type("B", (bool,), {}))
class I2(int):
    def __new__(cls, v, extra):
        o = super().__new__(cls, v)
        o.extra = extra
        return o
i2 = I2("42", "x")
print(i2, i2.extra, i2 + 1, isinstance(i2, int), int(i2), type(int(i2)).__name__)
t(lambda: int.__new__(I2, 7))
t(lambda: type(int.__new__(I2, 7)).__name__)
t(lambda: int.__new__(str, 7))
t(lambda: float.__new__(int, 7))
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
t(lambda: [10, 20, 30][Idx(1)])
t(lambda: bin(Idx(5)))
t(lambda: hex(Idx(255)))
t(lambda: oct(Idx(8)))
t(lambda: range(Idx(3)))
t(lambda: "abc" * Idx(2))
t(lambda: 5 + Idx(1))
t(lambda: int(Idx(9)))
t(lambda: float(Idx(9)))
t(lambda: complex(Idx(9)))
t(lambda: round(2.5, Idx(0)))
t(lambda: (1).to_bytes(Idx(2), 'big'))
t(lambda: bin(Idx("x")))
t(lambda: hex(2.5))
t(lambda: int("5", Idx(8)))
class Num:
    def __init__(self, v): self.v = v
    def __add__(self, o): return Num(self.v + (o.v if isinstance(o, Num) else o))
    __radd__ = __add__
    def __mul__(self, o): return NotImplemented
    def __pow__(self, o, mod=None): return ("pow", self.v, o, mod)
    def __rpow__(self, o, mod=None): return ("rpow", o, self.v, mod)
    def __repr__(self): return f"Num({self.v})"
    def __float__(self): return float(self.v)
    def __round__(self, n=None): return ("round", n)
    def __abs__(self): return "abs!"
    def __neg__(self): return "neg!"
    def __divmod__(self, o): return "divmod!"
    def __floor__(self): return 'fl'
print(Num(1) + 2, 2 + Num(1), sum([Num(1), Num(2)]), Num(2) ** 3, 3 ** Num(2), pow(Num(2), 3))
t(lambda: Num(1) * 2)
t(lambda: 2 * Num(1))
t(lambda: round(Num(1)))
t(lambda: round(Num(1), 3))
t(lambda: abs(Num(1)))
t(lambda: -Num(1))
t(lambda: divmod(Num(1), 2))
t(lambda: divmod(2, Num(1)))
t(lambda: float(Num(3)))
t(lambda: int(Num(3)))
import math
t(lambda: math.floor(Num(3)))
t(lambda: math.ceil(Num(3.5)))
t(lambda: math.sqrt(Num(16)))
x = 10
x += 5; x -= 3; x *= 4; x //= 5; x **= 3; x %= 100; x <<= 2; x >>= 1; x |= 1; x &= 0xff; x ^= 3
print(x)
y = 1.5
y += 1; y /= 2; y **= 2; y //= 0.3; y %= 0.7
print(y)
z = 1j
z *= 2; z += 1; z /= 2j; z **= 2
print(z)
