# Code object fields: CPython's co_flags values, argument counts, co_nlocals.
def f(): pass
def g(*a, **k): yield
def h():
    x=1
    def i(): return x
    return i
class C:
    def m(self): return __class__
print(f.__code__.co_flags, g.__code__.co_flags, h.__code__.co_flags, h().__code__.co_flags, C.m.__code__.co_flags, (lambda: 0).__code__.co_flags)
print(compile('x=1','s','exec').co_flags)
def k(a, b, /, c, *d, e, f=1, **g):
    z = 1
    return z
co = k.__code__
print(co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount, co.co_nlocals, co.co_varnames, co.co_flags)
print(bool(co.co_flags & 0x20), bool(g.__code__.co_flags & 0x20))
