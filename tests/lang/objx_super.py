# super() in its forms, plus module and cell objects.
class A:
    def f(self):
        return "A.f"
    @classmethod
    def c(cls):
        return "A.c " + cls.__name__
    @staticmethod
    def s():
        return "A.s"
    @property
    def p(self):
        return "A.p"
    x = "A.x"

class B(A):
    def f(self):
        return "B.f>" + super().f()
    @classmethod
    def c(cls):
        return "B.c>" + super().c()
    def s2(self):
        return super().s()
    @property
    def p(self):
        return "B.p>" + super().p
    def x2(self):
        return super().x

class C(B):
    def f(self):
        return "C.f>" + super(C, self).f()

print(C().f(), B.c(), C.c(), B().s2(), C().p, C().x2())
print(super(B, C()).f(), super(A, C()).__init__ is not None)
sp = super(B, C())
print(repr(sp).startswith("<super: <class 'B'>, <C object>>"), sp.__thisclass__, sp.__self_class__)
print(super(B, C).c())
try:
    super(B, 1)
except TypeError as e:
    print(e)
try:
    super(1, 1)
except TypeError as e:
    print(e)
try:
    super(B, C()).nope
except AttributeError as e:
    print(e)

class Init(list):
    def __init__(self, *a):
        super().__init__(a)
        self.n = len(a)
i = Init(1, 2, 3)
print(i, i.n)

class D(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
d = D()
d["a"] = 1
print(d)

# diamond
class W:
    def who(self): return ["W"]
class X(W):
    def who(self): return ["X"] + super().who()
class Y(W):
    def who(self): return ["Y"] + super().who()
class Z(X, Y):
    def who(self): return ["Z"] + super().who()
print(Z().who())

# modules
import math, sys
print(repr(math).startswith("<module 'math'"), sys)
print(type(math).__name__, math.__name__, math.__spec__ is None or True)
try:
    math.nope
except AttributeError as e:
    print(e)
try:
    del math.nope2
except AttributeError as e:
    print(e)
M = type(sys)
m = M("mymod", "docs")
print(m, m.__name__, m.__doc__, m.__dict__["__name__"])
m.v = 3
print(m.v, "v" in dir(m))
m.__getattr__ = lambda name: "dyn-" + name
print(m.anything)

# cells
def outer():
    v = 1
    def inner():
        return v
    return inner
cl = outer().__closure__[0]
print(cl.cell_contents, repr(cl).startswith("<cell at 0x"), "int object at" in repr(cl))
def empty():
    def inner():
        return w
    w = 1
    del w
    return inner
ec = empty().__closure__[0]
try:
    ec.cell_contents
except ValueError as e:
    print(e)
print(repr(ec).endswith(": empty>"))
ec.cell_contents = 5
print(ec.cell_contents)
