class Meta1(type): pass
class Meta2(type): pass
class A(metaclass=Meta1): pass
class B(metaclass=Meta2): pass
try:
    class C(A, B): pass
except TypeError as e: print(e)
class M(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("M.__new__", name, kw)
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print("M.__init__", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        print("M.__call__", cls.__name__, a)
        return super().__call__(*a, **k)
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name)
        return {'injected': 1}
class X(metaclass=M, flag=True):
    def __init__(self, v): self.v = v
x = X(5)
print(x.v, X.injected, type(X).__name__, type(type(X)).__name__)
class Y(X): pass
print(type(Y).__name__)
y = Y(1)
print(isinstance(X, M), isinstance(x, X))
class Reg(type):
    registry = []
    def __init__(cls, *a):
        super().__init__(*a)
        Reg.registry.append(cls.__name__)
class Base(metaclass=Reg): pass
class D1(Base): pass
class D2(D1): pass
print(Reg.registry)
T = type('T', (object,), {'x': 1, 'f': lambda self: self.x + 1})
print(T().f(), T.__name__, T.__qualname__, T.__module__, repr(T))
class Outer:
    class Inner:
        class Deep: pass
    def m(self):
        class Local: pass
        return Local
print(Outer.Inner.__qualname__, Outer.Inner.Deep.__qualname__, repr(Outer.Inner.Deep))
print(Outer().m().__qualname__, Outer().m())
print(Outer.m.__qualname__)
def fn():
    class L2: pass
    return L2
print(fn().__qualname__, repr(fn()))
print(Outer.__name__, Outer.Inner.__module__)
print(type.__name__, type.__qualname__, int.__qualname__, repr(int), repr(type))
print(Outer.__doc__, Outer.__bases__, Outer.__base__, object.__bases__, object.__base__)
class WithDoc:
    "docstring here"
print(WithDoc.__doc__)
print(X.__mro__)
import sys
print(type(sys).__name__, repr(type(sys)))
print(type(len), type(print).__name__, type([].append).__name__)
print(type(int.__add__).__name__, type(str.join).__name__, type(int.real).__name__)
print(type(lambda: 0).__name__, type(x.__init__).__name__)
print(type(None).__name__, type(NotImplemented).__name__, type(...).__name__)
