# Operator-overloaded vector / matrix classes
import math

class Vector:
    __slots__ = ("x", "y", "z")
    def __init__(self, x=0, y=0, z=0):
        self.x, self.y, self.z = x, y, z
    def __repr__(self):
        return f"Vector({self.x!r}, {self.y!r}, {self.z!r})"
    def __iter__(self):
        yield self.x
        yield self.y
        yield self.z
    def __eq__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return tuple(self) == tuple(other)
    def __hash__(self):
        return hash(tuple(self))
    def __add__(self, other):
        if isinstance(other, Vector):
            return Vector(*(a + b for a, b in zip(self, other)))
        return NotImplemented
    def __sub__(self, other):
        if isinstance(other, Vector):
            return Vector(*(a - b for a, b in zip(self, other)))
        return NotImplemented
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vector(*(a * k for a in self))
        if isinstance(k, Vector):
            return sum(a * b for a, b in zip(self, k))
        return NotImplemented
    __rmul__ = __mul__
    def __truediv__(self, k):
        return Vector(*(a / k for a in self))
    def __neg__(self):
        return Vector(-self.x, -self.y, -self.z)
    def __abs__(self):
        return math.sqrt(self * self)
    def __bool__(self):
        return any(self)
    def __matmul__(self, o):
        return Vector(self.y * o.z - self.z * o.y, self.z * o.x - self.x * o.z,
                      self.x * o.y - self.y * o.x)
    def __getitem__(self, i):
        return (self.x, self.y, self.z)[i]
    def __len__(self):
        return 3
    def __iadd__(self, other):
        self.x += other.x; self.y += other.y; self.z += other.z
        return self

a = Vector(1, 2, 3)
b = Vector(4, 5, 6)
print(a + b, a - b, a * 2, 3 * a, a * b, -a)
print(abs(Vector(3, 4, 0)), bool(Vector()), bool(a))
print(a @ b, a / 2, a[1], a[-1], len(a), list(a))
print(a == Vector(1, 2, 3), a != b, a == (1, 2, 3), hash(a) == hash(Vector(1, 2, 3)))
c = a
c += b
print(a, c is a)
print({Vector(1, 0, 0), Vector(1, 0, 0), Vector(0, 1, 0)} == {Vector(0, 1, 0), Vector(1, 0, 0)})
try:
    a.w = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    a + 1
except TypeError as e:
    print("TypeError:", e)
try:
    "s" * a
except TypeError as e:
    print("TypeError:", e)
try:
    a < b
except TypeError as e:
    print("TypeError:", e)
try:
    a[5]
except IndexError as e:
    print("IndexError:", e)
x, y, z = b
print(x, y, z, sum(b), max(b), sorted(b, reverse=True))

class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n = len(self.rows)
        self.m = len(self.rows[0]) if self.rows else 0
    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])
    def __matmul__(self, other):
        if self.m != other.n:
            raise ValueError(f"shape mismatch: {self.n}x{self.m} @ {other.n}x{other.m}")
        return Matrix([[sum(self.rows[i][k] * other.rows[k][j] for k in range(self.m))
                        for j in range(other.m)] for i in range(self.n)])
    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows
    def __getitem__(self, idx):
        i, j = idx
        return self.rows[i][j]
    def __setitem__(self, idx, v):
        i, j = idx
        self.rows[i][j] = v
    def transpose(self):
        return Matrix(zip(*self.rows))
    def __str__(self):
        w = max(len(str(v)) for r in self.rows for v in r)
        return "\n".join(" ".join(str(v).rjust(w) for v in r) for r in self.rows)
    __hash__ = None

m = Matrix([[1, 2], [3, 4], [5, 6]])
print(m)
print(m.transpose())
print(m @ m.transpose())
print(m @ Matrix.identity(2) == m)
m[0, 0] = 10
print(m[0, 0], m[2, 1])
try:
    m @ m
except ValueError as e:
    print("ValueError:", e)
try:
    hash(m)
except TypeError as e:
    print("TypeError:", e)
try:
    m @ 3
except AttributeError as e:
    print("AttributeError:", e)
