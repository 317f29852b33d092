import math
class Frac:
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError("Frac(%d, 0)" % n)
        g = math.gcd(n, d)
        if d < 0: g = -g
        self.n, self.d = n // g, d // g
    def __repr__(self): return f"Frac({self.n}, {self.d})"
    def __str__(self): return f"{self.n}/{self.d}" if self.d != 1 else str(self.n)
    def _c(self, o):
        if isinstance(o, int): return Frac(o)
        if isinstance(o, Frac): return o
        return NotImplemented
    def __add__(self, o):
        o = self._c(o)
        if o is NotImplemented: return o
        return Frac(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __sub__(self, o):
        o = self._c(o)
        if o is NotImplemented: return o
        return Frac(self.n * o.d - o.n * self.d, self.d * o.d)
    def __rsub__(self, o): return self._c(o) - self
    def __mul__(self, o):
        o = self._c(o)
        if o is NotImplemented: return o
        return Frac(self.n * o.n, self.d * o.d)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = self._c(o)
        return Frac(self.n * o.d, self.d * o.n)
    def __rtruediv__(self, o): return self._c(o) / self
    def __pow__(self, e):
        return Frac(self.n ** e, self.d ** e) if e >= 0 else Frac(self.d ** -e, self.n ** -e)
    def __neg__(self): return Frac(-self.n, self.d)
    def __abs__(self): return Frac(abs(self.n), self.d)
    def __eq__(self, o):
        o = self._c(o)
        if o is NotImplemented: return o
        return self.n == o.n and self.d == o.d
    def __lt__(self, o): o = self._c(o); return self.n * o.d < o.n * self.d
    def __le__(self, o): return self == o or self < o
    def __hash__(self): return hash(self.n) if self.d == 1 else hash((self.n, self.d))
    def __float__(self): return self.n / self.d
    def __int__(self): return int(self.n / self.d)
    def __round__(self, nd=None): return round(float(self), nd)
    def __bool__(self): return self.n != 0
    def __format__(self, spec): return format(float(self), spec) if spec else str(self)
h = sum(Frac(1, k) for k in range(1, 11))
print(h, repr(h), float(h), int(h), round(h, 3), f"{h:.5f}", f"{h}", bool(Frac(0)), -h, abs(-h))
print(Frac(1, 3) + 1, 1 + Frac(1, 3), 2 - Frac(1, 2), Frac(3, 4) * 4, 1 / Frac(3, 7), Frac(2, 3) ** -2, Frac(2, 3) ** 3)
print(sorted([Frac(1, 2), Frac(1, 3), Frac(2, 3), Frac(-1, 5)]), Frac(2, 4) == Frac(1, 2), Frac(4, 2) == 2, {Frac(4, 2): 'x'}.get(2), Frac(1, 2) in [0.5, Frac(1, 2)])
print(max(Frac(1, 2), Frac(2, 3)), min([Frac(5, 3), 1, Frac(3, 2)], key=float), math.floor(float(Frac(7, 2))), math.isclose(float(Frac(1, 3)), 1 / 3))
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    Frac(1, 2) + "x"
except TypeError as e:
    print("TypeError:", e)
try:
    Frac(1, 2) < "x"
except AttributeError as e:
    print("AttributeError:", e)
class Vec:
    __slots__ = ('x', 'y')
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f"Vec({self.x!r}, {self.y!r})"
    def __add__(self, o): return Vec(self.x + o.x, self.y + o.y)
    def __mul__(self, k): return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __abs__(self): return math.hypot(self.x, self.y)
    def __matmul__(self, o): return self.x * o.x + self.y * o.y
    def __eq__(self, o): return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    __hash__ = None
v = Vec(3, 4)
print(v + Vec(1, 1), v * 2, 0.5 * v, abs(v), v @ Vec(1, 2), v == Vec(3.0, 4.0), v != Vec(3, 5))
try:
    hash(v)
except TypeError as e:
    print("TypeError:", e)
try:
    v - v
except TypeError as e:
    print("TypeError:", e)
try:
    v @ 3
except AttributeError as e:
    print("AttributeError:", e)
print(Frac(10**30, 3) * 3 == 10**30, float(Frac(10**400, 10**399)))
print(Frac(1, 3) - 1)
