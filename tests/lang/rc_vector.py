# Operator-overloaded vector and matrix classes with formatting.
import math
from functools import total_ordering

class Vector:
    __slots__ = ("_c",)
    def __init__(self, *components):
        if len(components) == 1 and isinstance(components[0], (list, tuple)):
            components = tuple(components[0])
        self._c = tuple(float(x) for x in components)
    def __len__(self): return len(self._c)
    def __iter__(self): return iter(self._c)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Vector(self._c[i])
        return self._c[i]
    def __repr__(self): return f"Vector({', '.join(f'{x:g}' for x in self._c)})"
    def __str__(self): return "<" + ", ".join(format(x, ".2f") for x in self._c) + ">"
    def __format__(self, spec):
        if spec.endswith("p"):
            r, th = abs(self), math.atan2(self._c[1], self._c[0])
            f = spec[:-1]
            return f"<{r:{f}}, {th:{f}}>"
        return "(" + ", ".join(format(x, spec) for x in self._c) + ")"
    def _check(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        if len(other) != len(self):
            raise ValueError(f"dimension mismatch: {len(self)} vs {len(other)}")
        return other
    def __add__(self, other):
        o = self._check(other)
        if o is NotImplemented: return o
        return Vector([a + b for a, b in zip(self, o)])
    def __sub__(self, other):
        o = self._check(other)
        if o is NotImplemented: return o
        return Vector([a - b for a, b in zip(self, o)])
    def __mul__(self, k):
        if isinstance(k, Vector):
            return sum(a * b for a, b in zip(self, self._check(k)))
        if isinstance(k, (int, float)):
            return Vector([a * k for a in self])
        return NotImplemented
    __rmul__ = __mul__
    def __truediv__(self, k): return Vector([a / k for a in self])
    def __neg__(self): return self * -1
    def __pos__(self): return self
    def __abs__(self): return math.sqrt(self * self)
    def __bool__(self): return any(self._c)
    def __eq__(self, other): return isinstance(other, Vector) and self._c == other._c
    def __hash__(self): return hash(self._c)
    def __matmul__(self, other): return self * other

v = Vector(3, 4)
w = Vector([1, -2])
print(v, repr(w), v + w, v - w, v * 2, 3 * v, -v, +v, v / 2, abs(v), v * w, v @ w)
print(f"{v:.1f} {v:.3fp} {w!r} {w!s}", format(v, "e"))
print(bool(Vector(0, 0)), bool(v), v == Vector(3.0, 4.0), v != w, len({v, Vector(3, 4), w}), v[0], v[-1], v[::-1])
for bad in [lambda: v + Vector(1, 2, 3), lambda: v + 1, lambda: v * "x", lambda: "x" - v, lambda: v < w]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

class Matrix:
    def __init__(self, rows):
        self.rows = [list(map(float, r)) for r in rows]
        self.n, self.m = len(self.rows), len(self.rows[0]) if rows else 0
    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])
    def __matmul__(self, other):
        if isinstance(other, Vector):
            return Vector([sum(a * b for a, b in zip(r, other)) for r in self.rows])
        if self.m != other.n:
            raise ValueError(f"cannot multiply {self.n}x{self.m} by {other.n}x{other.m}")
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    def __pow__(self, k):
        result = Matrix.identity(self.n)
        base = self
        while k:
            if k & 1:
                result = result @ base
            base = base @ base
            k >>= 1
        return result
    def transpose(self):
        return Matrix(zip(*self.rows))
    def __eq__(self, other):
        return self.rows == other.rows
    def __str__(self):
        w = max(len(f"{x:g}") for r in self.rows for x in r)
        return "\n".join("[" + " ".join(f"{x:>{w}g}" for x in r) + "]" for r in self.rows)

fibm = Matrix([[1, 1], [1, 0]])
print(fibm ** 10)
print((fibm ** 30).rows[0][1], Matrix.identity(3) @ Vector(1, 2, 3))
a = Matrix([[1, 2, 3], [4, 5, 6]])
print(a.transpose())
print(a @ a.transpose(), sep="")
try:
    a @ a
except ValueError as e:
    print("ValueError:", e)

@total_ordering
class Money:
    def __init__(self, cents): self.cents = cents
    def __eq__(self, o): return self.cents == o.cents
    def __lt__(self, o): return self.cents < o.cents
    def __repr__(self): return f"${self.cents // 100}.{self.cents % 100:02d}"
    def __add__(self, o): return Money(self.cents + (o.cents if isinstance(o, Money) else o))
    __radd__ = __add__
print(sorted([Money(500), Money(99), Money(1000)]), Money(5) <= Money(5), Money(7) >= Money(9), sum([Money(150), Money(275)]))
class Acc:
    def __init__(self): self.v = []
    def __iadd__(self, x): self.v.append(x); return self
    def __contains__(self, x): return x in self.v
    def __call__(self, *a): return len(a) + len(self.v)
acc = Acc()
acc += 5
acc += 6
print(acc.v, 5 in acc, 7 not in acc, acc(1, 2))
