def t(f):
    try:
        r = f()
        print("ok", repr(r))
    except BaseException as e:
        print(type(e).__name__ + ":", e)
class A: pass
class B(A): pass
def mk(*bases):
    return type('X', bases, {})
t(lambda: mk(A, B))
t(lambda: mk(A, A))
t(lambda: mk(B, A).__mro__)
class X: pass
class Y: pass
class P(X, Y): pass
class Q(Y, X): pass
t(lambda: type('Z', (P, Q), {}))
try:
    class Z(P, Q): pass
except TypeError as e: print(e)
t(lambda: type('Z', (int, str), {}))
t(lambda: type('Z', (bool,), {}))
t(lambda: type('Z', (1,), {}))
t(lambda: type('Z', (), {}, 1))
t(lambda: type(1, 2))
t(lambda: type('Z', 1, {}))
t(lambda: type('Z', (), 1))
t(lambda: type())
print(type(1), type('Z', (), {'a': 1})().a)
class O:
    def __init__(self, a): self.a = a
t(lambda: O())
t(lambda: O(1, 2))
t(lambda: O(b=1))
t(lambda: object(1))
t(lambda: A(1))
class M:
    def __new__(cls, *a): return super().__new__(cls)
t(lambda: M(1, 2).__class__.__name__)
class M2:
    def __init__(self, *a): pass
t(lambda: M2(1, 2).__class__.__name__)
t(lambda: object.__new__(1))
t(lambda: object.__new__(int))
t(lambda: int.__new__(A))
t(lambda: super())
def f():
    super().x
t(f)
class S(A):
    def m(self): return super().m()
    def n(self): return super(S, self).__class__
    @classmethod
    def c(cls): return super().__init_subclass__
t(lambda: S().m())
t(lambda: S().n().__name__)
t(lambda: super(S, 1))
t(lambda: super(1, S()))
t(lambda: repr(super(S, S()))[:20])
t(lambda: S.c() is not None)
class Base:
    def __init__(self, **kw):
        print("Base", kw)
class L(Base):
    def __init__(self, l=0, **kw):
        print("L", l); super().__init__(**kw)
class R(Base):
    def __init__(self, r=0, **kw):
        print("R", r); super().__init__(**kw)
class D(L, R):
    def __init__(self, **kw):
        print("D"); super().__init__(**kw)
D(l=1, r=2)
print([c.__name__ for c in D.__mro__])
print(D.mro() == list(D.__mro__))
class K:
    def __init__(self): return 5
t(lambda: K())
class K2:
    def __new__(cls): return 42
print(K2())
class K3:
    def __new__(cls): return object.__new__(A)
    def __init__(self): print("not called")
print(type(K3()).__name__)
class W:
    @staticmethod
    def s(x): return x*2
    @classmethod
    def c(cls, x): return (cls.__name__, x)
class W2(W): pass
print(W.s(2), W().s(3), W2.c(1), W2().c(2))
print(type(W.__dict__['s']).__name__, type(W.__dict__['c']).__name__)
print(W.__dict__['s'].__func__(5))
t(lambda: staticmethod(1)(3))
t(lambda: classmethod(1).__func__)
t(lambda: W.__dict__['c'](1))
print(super(W2, W2).c(3))
print(super(W2, W2()).c(3))
