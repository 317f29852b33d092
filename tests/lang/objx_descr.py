# property, staticmethod, classmethod, method/slot descriptors, bound methods.
class P:
    def __init__(self):
        self._x = 0
    @property
    def x(self):
        "the x"
        return self._x
    @x.setter
    def x(self, v):
        self._x = v
    @x.deleter
    def x(self):
        print("deleting")
    ro = property(lambda self: 42)
    bare = property()

p = P()
print(p.x)
p.x = 5
print(p.x, P.x.__doc__)
del p.x
print(p.ro)
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
show(lambda: setattr(p, "ro", 1))
show(lambda: delattr(p, "ro"))
show(lambda: p.bare)
print(type(P.x).__name__, P.x.fget.__name__, P.ro.fset)
print(isinstance(P.__dict__["x"], property))

class SM:
    @staticmethod
    def s(a, b):
        return a + b
    @classmethod
    def c(cls, a):
        return (cls.__name__, a)
class SM2(SM):
    pass
print(SM.s(1, 2), SM().s(3, 4), SM.c(1), SM2.c(2), SM2().c(3))
print(SM.__dict__["s"].__func__.__name__, SM.__dict__["c"].__func__.__name__)
print(SM.c.__self__ is SM, SM.c.__func__ is SM.__dict__["c"].__func__)
print(SM.__dict__["s"](5, 6))
print(repr(SM.__dict__["s"]).startswith("<staticmethod(<function SM.s at"))

# built-in descriptors
print(list.append, list.__dict__["append"], repr(dict.fromkeys).startswith("<built-in method fromkeys of type object at 0x"))
print(int.__add__, int.real)
print(list.append.__name__, list.append.__qualname__, list.append.__objclass__)
lst = []
list.append(lst, 1)
print(lst)
show(lambda: list.append(1, 2))
show(lambda: list.append())
show(lambda: int.__add__("a", 1))
show(lambda: int.__add__())
print(int.__add__(1, 2), (1).__add__(2), (1).__add__("x"))
print(dict.fromkeys("ab"), {}.fromkeys([1]))
print([].append.__self__, len.__self__, len.__name__, [].append.__qualname__)
print(len, [].append.__name__)
print(str.__dict__["join"] is str.join)
print(repr((1).__add__).startswith("<method-wrapper '__add__' of int object at 0x"))
print(object.__init__, object.__str__, int.__repr__)

# bound methods
class M:
    def f(self, *a, **k):
        "doc of f"
        return a, k
m = M()
bm = m.f
print(bm(1, 2, x=3), bm.__func__ is M.f, bm.__self__ is m)
print(bm.__name__, bm.__qualname__, bm.__doc__)
print(m.f == m.f, m.f != m.f, m.f == M().f, hash(m.f) == hash(m.f))
print(repr(bm).startswith("<bound method M.f of <__main__.M object at 0x"))
print(M.f(m, 9))
f = M.f
f.attr = 7
print(m.f.attr)
try:
    m.f.other = 1
except AttributeError as e:
    print(e)
print(len == len, [].append == [].append)
def many(self, *a):
    return len(a)
M.many = many
print(m.many(*range(20)))
