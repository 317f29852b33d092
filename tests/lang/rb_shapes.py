# Abstract-base-class-like hierarchy, sorting by keys, __lt__, total_ordering
import functools
import math

class Shape:
    count = 0
    def __init__(self, name):
        self.name = name
        Shape.count += 1
    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area()")
    def perimeter(self):
        raise NotImplementedError
    def describe(self):
        return f"{self.name}: area={self.area():.3f} perimeter={self.perimeter():.3f}"
    def __lt__(self, other):
        return self.area() < other.area()
    def __repr__(self):
        return f"<{type(self).__qualname__} {self.name}>"

class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r
    def area(self):
        return math.pi * self.r ** 2
    def perimeter(self):
        return 2 * math.pi * self.r

class Rect(Shape):
    def __init__(self, w, h, name="rect"):
        super().__init__(name)
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def perimeter(self):
        return 2 * (self.w + self.h)

class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s, name="square")

class Blob(Shape):
    pass

shapes = [Circle(1), Rect(2, 3), Square(2), Circle(0.5), Rect(1, 10)]
for s in shapes:
    print(s.describe())
print(sorted(shapes))
print(max(shapes), min(shapes))
print(sorted(shapes, key=lambda s: (type(s).__name__, s.perimeter())))
print(Shape.count, Square.__mro__)
print([cls.__name__ for cls in Square.__mro__])
print(issubclass(Square, Shape), isinstance(shapes[2], Rect), Square.__bases__)
b = Blob("blob")
try:
    b.describe()
except NotImplementedError as e:
    print("NotImplementedError:", e)
try:
    b.perimeter()
except NotImplementedError as e:
    print("NotImplementedError:", repr(e), e.args)

@functools.total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts
    def __hash__(self):
        return hash(self.parts)
    def __repr__(self):
        return "Version(%r)" % ".".join(map(str, self.parts))

vs = [Version(s) for s in ["1.2.10", "1.2.9", "1.10", "1.2", "0.9.9", "1.2.9"]]
print(sorted(vs))
print(Version("1.2") <= Version("1.2.0"), Version("2.0") >= Version("1.99"), Version("1.0") > Version("1.0"))
print(len(set(vs)), Version("1.2.9") in vs)
try:
    Version("1.0") < "1.0"
except TypeError as e:
    print("TypeError:", e)
try:
    Version("1.0") >= 3
except TypeError as e:
    print("TypeError:", e)
try:
    Version("1.x")
except ValueError as e:
    print("ValueError:", e)
try:
    sorted([Circle(1), 3])
except TypeError as e:
    print("TypeError:", e)
