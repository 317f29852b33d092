import math

class Vector:
    __slots__ = ("x", "y", "z")
    def __init__(self, x=0, y=0, z=0):
        self.x, self.y, self.z = x, y, z
    def __repr__(self):
        return f"Vector({self.x!r}, {self.y!r}, {self.z!r})"
    def __str__(self):
        return "<%g, %g, %g>" % (self.x, self.y, self.z)
    def __iter__(self):
        yield self.x; yield self.y; yield self.z
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return (self.x, self.y, self.z)[i]
    def __eq__(self, o):
        if not isinstance(o, Vector):
            return NotImplemented
        return tuple(self) == tuple(o)
    def __hash__(self):
        return hash(tuple(self))
    def __add__(self, o):
        if not isinstance(o, Vector):
            return NotImplemented
        return Vector(*(a + b for a, b in zip(self, o)))
    def __sub__(self, o):
        return self + (-o)
    def __neg__(self):
        return Vector(-self.x, -self.y, -self.z)
    def __pos__(self):
        return self
    def __abs__(self):
        return math.sqrt(sum(c * c for c in self))
    def __mul__(self, k):
        if isinstance(k, Vector):
            return sum(a * b for a, b in zip(self, k))
        if isinstance(k, (int, float)):
            return Vector(self.x * k, self.y * k, self.z * k)
        return NotImplemented
    def __rmul__(self, k):
        return self * k
    def __truediv__(self, k):
        return Vector(self.x / k, self.y / k, self.z / k)
    def __matmul__(self, o):
        return Vector(self.y * o.z - self.z * o.y, self.z * o.x - self.x * o.z, self.x * o.y - self.y * o.x)
    def __bool__(self):
        return any(self)
    def __lt__(self, o):
        return abs(self) < abs(o)
    def __iadd__(self, o):
        self.x += o.x; self.y += o.y; self.z += o.z
        return self
    def __round__(self, n=None):
        return Vector(*(round(c, n) for c in self))
    def __format__(self, spec):
        return "(" + ", ".join(format(c, spec) for c in self) + ")"

a = Vector(1, 2, 3)
b = Vector(4, 5, 6)
print(a + b, a - b, -a, +a, a * 2, 3 * a, a * b, a @ b)
print(abs(Vector(3, 4)), a / 2, repr(a / 2))
print(bool(Vector()), bool(a), a == Vector(1, 2, 3), a != b, a == (1, 2, 3))
print(sorted([b, a, Vector(0, 0, 1)]), max(a, b), min([a, b]))
print(len(a), list(a), a[1], a[-1], tuple(a), dict(zip("xyz", a)))
x, y, z = a
print(x, y, z, sum(a), {a, Vector(1, 2, 3), b} == {a, b})
c = a
c += b
print(a, c is a)
print(round(Vector(1.234, 2.345, 3.456), 1), f"{a:6.2f}", "{:>4}".format(b))
print(sum([a, b], Vector()))
for bad in (lambda: a + 1, lambda: a * "s", lambda: "s" * a, lambda: a < 3, lambda: a[3],
            lambda: sum([a, b]), lambda: a / 0, lambda: a.w, lambda: setattr(a, "w", 1)):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(Vector.__slots__, hasattr(a, "__dict__"))
