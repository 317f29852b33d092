# object, None/NotImplemented/Ellipsis, repr/str/format, equality defaults.
class C:
    pass

c = C()
print(repr(c).startswith("<__main__.C object at 0x"))
print(str(c) == repr(c))
print(c == c, c != c, c == C(), c != C())
print(hash(c) == hash(c), type(hash(c)))
print(format(c, "") == str(c))
print(None, repr(None), bool(None), type(None).__name__)
print(NotImplemented, type(NotImplemented).__name__)
print(..., Ellipsis, type(...).__name__, ... is Ellipsis)
print(type(None)() is None, type(...)() is ..., type(NotImplemented)() is NotImplemented)
try:
    type(None)(1)
except TypeError as e:
    print(e)
print(hash(None) == hash(None))
o = object()
print(repr(o).startswith("<object object at 0x"))
print(o.__class__, C().__class__)
print(C.__init__, C.__repr__ is object.__repr__)
print(object.__eq__(c, c), object.__eq__(c, 1), object.__ne__(c, 1))

class R:
    def __repr__(self):
        return "R!"
print(R(), str(R()), [R()], f"{R()}", format(R()))

class S:
    def __str__(self):
        return "S-str"
    def __repr__(self):
        return "S-repr"
print(S(), [S()], "%s %r" % (S(), S()), f"{S()!r} {S()}")

class Bad:
    def __str__(self):
        return 1
    def __repr__(self):
        return 2
def show(f, *a):
    try:
        print(f(*a))
    except Exception as e:
        print(type(e).__name__ + ":", e)
show(str, Bad())
show(repr, Bad())

class Eq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, Eq) and o.v == self.v
print(Eq(1) == Eq(1), Eq(1) != Eq(1), Eq(1) != Eq(2), Eq(1) == 1)
try:
    hash(Eq(1))
except TypeError as e:
    print(e)

# __dict__
c.a = 1
c.b = 2
print(c.__dict__)
c.__dict__ = {"z": 9}
print(c.z, c.__dict__)
del c.z
try:
    del c.z
except AttributeError as e:
    print(e)
try:
    c.__dict__ = 5
except TypeError as e:
    print(e)

d = dir(c)
print("__init__" in d, "__class__" in d, "z" in d)
print(sorted(x for x in dir(C()) if not x.startswith("__")))

class Slots:
    __slots__ = ("x", "y")
s = Slots()
s.x = 1
print(s.x)
try:
    s.y
except AttributeError as e:
    print(e)
try:
    s.z = 1
except AttributeError as e:
    print(e)
del s.x
try:
    del s.x
except AttributeError as e:
    print(e)
print(Slots.x)

class Init:
    def __init__(self, a, b=2):
        self.a, self.b = a, b
i = Init(1)
print(i.a, i.b)
class New:
    def __new__(cls, *a):
        o = super().__new__(cls)
        o.args = a
        return o
print(New(1, 2).args)
try:
    object.__init__(New(), 1)
except TypeError as e:
    print(e)

print(object.__format__(c, "") == repr(c))
print(isinstance(c, object), issubclass(C, object), isinstance(1, (str, int)))
print(callable(len), callable(1), callable(C), callable(c))
print(c.__sizeof__() > 0)
# __class__ assignment
class D: pass
c2 = C()
c2.__class__ = D
print(type(c2).__name__)
