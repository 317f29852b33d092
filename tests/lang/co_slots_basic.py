def t(f):
    try:
        r = f()
        print("ok", repr(r))
    except BaseException as e:
        print(type(e).__name__ + ":", e)

class A:
    __slots__ = ('x',)
class B(A):
    __slots__ = ()
a = A()
t(lambda: a.x)
t(lambda: setattr(a, 'y', 1))
t(lambda: a.y)
a.x = 5
t(lambda: a.x)
del a.x
t(lambda: a.x)
t(lambda: delattr(a, 'x'))
t(lambda: B().__dict__)
class C:
    __slots__ = ('a', '__dict__')
c = C(); c.z = 3; print(c.__dict__)
t(lambda: A.x)
print(type(A.x).__name__)
print(A.__slots__)
class D:
    __slots__ = 'abc'
d = D(); d.abc = 1; print(d.abc)
t(lambda: setattr(d, 'q', 2))
class E:
    x = 1
    __slots__ = ('y',)
e = E()
t(lambda: setattr(e, 'x', 2))
t(lambda: setattr(e, 'z', 2))
try:
    class F:
        x = 1
        __slots__ = ('x',)
except ValueError as ex:
    print("VE", ex)
try:
    class G(int):
        __slots__ = ('a',)
except TypeError as ex:
    print("TE", ex)
t(lambda: object().x)
t(lambda: setattr(object(), 'x', 1))
o = object()
t(lambda: o.__dict__)
t(lambda: (1).foo)
t(lambda: setattr(1, 'foo', 2))
t(lambda: setattr(int, 'foo', 2))
t(lambda: setattr(str, 'upper', 2))
t(lambda: delattr(int, 'real'))
t(lambda: [].nope)
t(lambda: setattr([], 'append', 1))
class P:
    @property
    def v(self): return 1
t(lambda: setattr(P(), 'v', 2))
t(lambda: delattr(P(), 'v'))
class Q:
    def f(self): pass
t(lambda: setattr(Q().f, 'x', 1))
t(lambda: Q().f.x)
t(lambda: Q.nope)
t(lambda: type.nope)
import sys
t(lambda: sys.nope)
