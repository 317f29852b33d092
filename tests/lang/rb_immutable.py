# __new__ on immutable subclasses (int, str, tuple), __class__ assignment,
# __del__, __bool__/__len__ validation, __index__, __iter__ = None
class Celsius(float):
    def __new__(cls, value):
        if value < -273.15:
            raise ValueError(f"below absolute zero: {value}")
        return super().__new__(cls, value)
    def __repr__(self):
        return f"{float(self):.1f}°C"
    def to_f(self):
        return Celsius.__new__(Fahrenheit, self * 9 / 5 + 32)
class Fahrenheit(float):
    def __repr__(self):
        return f"{float(self):.1f}°F"

t = Celsius(21.5)
print(t, t + 1, type(t + 1).__name__, t.to_f(), isinstance(t, float), t == 21.5)
try:
    Celsius(-300)
except ValueError as e:
    print("ValueError:", e)

class Upper(str):
    def __new__(cls, s=""):
        return super().__new__(cls, s.upper())
    def shout(self):
        return self + "!"
u = Upper("hello")
print(u, repr(u), u.shout(), type(u.shout()).__name__, u.lower(), len(u), u[1:3], u == "HELLO")

class Pair(tuple):
    __slots__ = ()
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self): return self[0]
    @property
    def second(self): return self[1]
    def __repr__(self):
        return f"Pair({self[0]!r}, {self[1]!r})"
    def swap(self):
        return type(self)(self[1], self[0])
pr = Pair(1, "x")
print(pr, pr.first, pr.second, pr.swap(), pr + (3,), len(pr), hash(pr) == hash((1, "x")), sorted([Pair(2, 1), Pair(1, 2)]))
a, b = pr
print(a, b)
try:
    pr.first = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    Pair(1)
except TypeError as e:
    print("TypeError:", e)

class Flag(int):
    def __new__(cls, value, name):
        obj = super().__new__(cls, value)
        obj.name = name
        return obj
    def __repr__(self):
        return f"<Flag {self.name}={int(self)}>"
    def __or__(self, other):
        return Flag(int(self) | int(other), f"{self.name}|{getattr(other, 'name', other)}")
R, W, X = Flag(4, "R"), Flag(2, "W"), Flag(1, "X")
print(R, R | W, R | W | X, R + 1, [R, W, X][W - 1], sorted([R, X, W]), bin(R | X))

class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
print([10, 20, 30][Idx(1)], "abc"[Idx(-1)], range(10)[Idx(2):Idx(5)], hex(Idx(255)), bin(Idx(5)))
class BadBool:
    def __bool__(self): return 1
class BadLen:
    def __len__(self): return -1
class FloatLen:
    def __len__(self): return 2.0
class NoIter:
    __iter__ = None
    def __getitem__(self, i): return i
for f in [lambda: bool(BadBool()), lambda: len(BadLen()), lambda: bool(BadLen()),
          lambda: len(FloatLen()), lambda: iter(NoIter()), lambda: list(NoIter()), lambda: [1][Idx("x")]]:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

class Cat:
    def speak(self): return "meow"
class Dog:
    def speak(self): return "woof"
pet = Cat()
print(pet.speak(), type(pet).__name__)
pet.__class__ = Dog
print(pet.speak(), type(pet).__name__, isinstance(pet, Dog))
try:
    pet.__class__ = int
except TypeError as e:
    print("TypeError:", e)
try:
    (5).__class__ = bool
except TypeError as e:
    print("TypeError:", e)

log = []
class Tracked:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        log.append(self.name)
x = Tracked("x")
y = Tracked("y")
del x
print(log)
y = None
print(log)
def scope():
    t = Tracked("local")
scope()
print(log)
