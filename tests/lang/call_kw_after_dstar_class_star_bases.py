def f(*a, **kw): return a, kw
for thunk in (lambda: f(**{'x': 1}, x=2), lambda: f(1, **{'b': 3}, b=2), lambda: dict(**{'a': 1}, a=2),
              lambda: '{a}'.format(**{'a': 1}, a=2), lambda: f(x=2, **{'x': 1}), lambda: f(**{'a': 1}, **{'a': 2})):
    try:
        print(thunk())
    except TypeError as e:
        print("TypeError:", e)
print(f(**{'x': 1}, y=2, **{'z': 3}, w=4), f(*[1, 2], 3, *(4,), k=5))
bases = (object,)
class A(*bases): pass
print(A.__mro__)
class M(type):
    def __new__(m, name, bases, ns, **kw):
        print("M kw", kw)
        return super().__new__(m, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
kw = {'metaclass': M, 'tag': 1}
class B(**kw): pass
class C(A, *(), **{'metaclass': M}, extra=2): pass
print(type(B).__name__, C.__mro__)
class D(*[A], object): pass
print(D.__bases__)
