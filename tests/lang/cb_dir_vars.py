def T(f):
    try:
        r = f()
        print(repr(r))
    except BaseException as e:
        print(type(e).__name__ + ":", e)
def f(a, b=2):
    c = 3
    print(dir())
    print(sorted(vars().items()))
f(1)
class C:
    x = 1
    print(dir())
    def m(self): pass
    print(sorted(k for k in vars() if not k.startswith('__')))
print([n for n in dir() if not n.startswith('__')])
import sys
print('argv' in dir(sys), 'exit' in dir(sys), dir(sys) == sorted(dir(sys)))
print(dir(5) == dir(int), 'bit_length' in dir(5), '__add__' in dir(5))
print('append' in dir([]), 'keys' in dir({}), 'add' in dir(set()), 'count' in dir(()))
print('start' in dir(range(1)), 'indices' in dir(slice(1)), 'union' in dir(frozenset()))
class Slots:
    __slots__ = ('a', 'b')
s = Slots(); s.a = 1
print([n for n in dir(s) if not n.startswith('__')])
T(lambda: vars(s))
class P:
    def __init__(self): self.z = 1; self.a = 2
p = P()
print(vars(p), list(vars(p)))
vars(p)['new'] = 5
print(p.new)
class Meta(type):
    def __dir__(cls): return ['zz', 'aa']
class WM(metaclass=Meta): pass
print(dir(WM))
class BadDir:
    def __dir__(self): return 5
T(lambda: dir(BadDir()))
class TupDir:
    def __dir__(self): return ('b', 'a')
print(dir(TupDir()))
import math
print([n for n in dir(math) if n.startswith('f')])
print(dir(None)[:3], len(dir(type)) > 10)
mod_level = 1
print('mod_level' in vars(), vars() is globals(), locals() is globals())
def g():
    x = 1
    def h():
        return x
    return sorted(locals())
print(g())
print(sorted(vars(C))[-1:], type(vars(C)['m']).__name__)
