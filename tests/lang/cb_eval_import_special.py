def T(f):
    try:
        r = f()
        print(repr(r))
    except BaseException as e:
        print(type(e).__name__ + ":", e)
T(lambda: eval('1 + 2'))
T(lambda: eval('x + 1', {'x': 5}))
T(lambda: eval('x + y', {'x': 5}, {'y': 1}))
T(lambda: eval('len'))
T(lambda: eval('1 +'))
T(lambda: eval('x = 1'))
T(lambda: eval(5))
T(lambda: eval('  1'))
T(lambda: eval('\n1\n'))
T(lambda: eval(b'2*3'))
T(lambda: eval(compile('4', '<s>', 'eval')))
g = {}
T(lambda: exec('a = 1\nb = a + 1', g))
print(sorted(k for k in g if k != '__builtins__'), g['b'], '__builtins__' in g)
T(lambda: exec('print("hi")'))
T(lambda: exec('return 1'))
T(lambda: exec('1/0'))
T(lambda: exec('def f(): return 7\nr = f()', g))
print(g['r'])
T(lambda: exec(compile('z = 3', 'f', 'exec'), g))
print(g['z'])
T(lambda: compile('1', 'f', 'bad'))
T(lambda: compile('x =', 'f', 'exec'))
T(lambda: type(compile('1', 'f', 'eval')).__name__)
T(lambda: eval('__name__'))
T(lambda: eval('__name__', {}))
T(lambda: eval('[x for x in range(3)]', {}))
T(lambda: eval('undefined_name'))
T(lambda: exec('x = 1', 5))
T(lambda: eval('1', {}, 5))
def f():
    a = 1
    b = 2
    return sorted(locals().items())
print(f())
x_glob = 3
print('x_glob' in globals(), globals()['x_glob'], globals() is globals())
T(lambda: __import__('sys').__name__)
T(lambda: __import__('nonexistent_mod_xyz'))
T(lambda: __import__(5))
import math as m
print(m.__name__, type(m).__name__, repr(m)[:14])
T(lambda: bin(True))
class Idx:
    def __index__(self): return 10
T(lambda: bin(Idx()))
T(lambda: hex(Idx()))
T(lambda: oct(Idx()))
T(lambda: [1, 2, 3][Idx() - 9])
T(lambda: 'abc'[Idx()])
T(lambda: range(Idx()))
T(lambda: format(Idx(), 'x'))
T(lambda: chr(Idx() * 10))
T(lambda: round(2.5, Idx()))
T(lambda: divmod(Idx(), 3))
T(lambda: pow(2, Idx()))
T(lambda: abs(Idx()))
class Num:
    def __abs__(self): return 'abs!'
    def __round__(self, n=None): return ('round', n)
    def __divmod__(self, o): return ('dm', o)
    def __rdivmod__(self, o): return ('rdm', o)
    def __pow__(self, o, mod=None): return ('pow', o, mod)
    def __rpow__(self, o): return ('rpow', o)
    def __format__(self, spec): return 'fmt:' + spec
    def __hash__(self): return 42
    def __len__(self): return 7
    def __bool__(self): return False
T(lambda: abs(Num()))
T(lambda: round(Num()))
T(lambda: round(Num(), 3))
T(lambda: divmod(Num(), 1))
T(lambda: divmod(1, Num()))
T(lambda: pow(Num(), 2))
T(lambda: pow(Num(), 2, 5))
T(lambda: pow(2, Num()))
T(lambda: pow(2, Num(), 5))
T(lambda: format(Num(), 'xyz'))
T(lambda: f'{Num():abc}')
T(lambda: hash(Num()))
T(lambda: len(Num()))
T(lambda: bool(Num()))
class H:
    def __hash__(self): return 2**100
T(lambda: hash(H()))
class H2:
    def __hash__(self): return 'x'
T(lambda: hash(H2()))
class H3:
    def __hash__(self): return -1
T(lambda: hash(H3()))
class H4:
    __hash__ = None
T(lambda: hash(H4()))
class E:
    def __eq__(self, o): return True
T(lambda: hash(E()))
class R:
    def __repr__(self): return 5
T(lambda: repr(R()))
T(lambda: format(1.5, 'd'))
T(lambda: format([1], ''))
T(lambda: format([1], 'x'))
T(lambda: format(object(), 'x'))
