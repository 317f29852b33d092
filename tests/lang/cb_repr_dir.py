import sys
def t(f):
    try:
        r = f()
        print(repr(r))
    except BaseException as e:
        print(type(e).__name__ + ":", e)
class A:
    cv = 1
    def m(self): pass
    @staticmethod
    def s(): pass
    @classmethod
    def c(cls): pass
    @property
    def p(self): return 1
a = A(); a.z = 1
print([x for x in dir(a) if not x.startswith('__')])
print([x for x in dir(A) if not x.startswith('__')])
print(dir(A) == sorted(dir(A)))
print(sorted(set(dir(a)) - set(dir(A))))
class D:
    def __dir__(self): return ['b', 'a']
print(dir(D()))
t(lambda: dir(1, 2))
print(type(dir()).__name__)
def fn(): pass
print(A, len, fn.__name__, repr(print), repr(A.m)[:16])
print(repr(fn)[:16])
print(repr(a.m)[:28])
print(repr(A.s)[:16], repr(A.c)[:30])
print(int, str, type, object, type(None), type(len), type(fn), type(a.m))
print(type(iter([])), type(iter(())), type(iter(range(3))), type(iter('')), type(iter({})), type(iter(set())))
print(type(zip()), type(map(len, [])), type(filter(None, [])), type(enumerate([])), type(reversed([])), type(reversed(range(2))))
print(repr(sys)[:20], repr(sys.stdout)[:30])
print(repr(None), repr(...), repr(NotImplemented))
print(hash(1) == hash(1.0), hash(True), hash(-1), hash(-2), hash(()), hash((1,2)) == hash((1,2)))
t(lambda: hash([]))
t(lambda: hash({}))
t(lambda: hash(set()))
t(lambda: hash((1, [2])))
print(hash(frozenset()) == hash(frozenset()))
print(id(a) == id(a), type(id(a)).__name__)
print(hash(2**61 - 1), hash(2**61), hash(2**100), hash(-2**61), hash(0.5), hash(1.5), hash(float('inf')))
t(lambda: hash(1, 2))
print(callable(len), callable(A), callable(a), callable(a.m), callable(1))
print(abs(-3), abs(-3.5), abs(True), abs(-2**70))
t(lambda: abs('a'))
print(all([]), any([]), all([1, 0]), any([0, 1]), all(iter([1,2])))
t(lambda: all(5))
print(bin(5), oct(-8), hex(255), bin(0), hex(-2**70))
t(lambda: hex(1.5))
print(chr(65), ord('a'), chr(0x1F600) == '\U0001F600', ord('\u00e9'))
t(lambda: chr(-1))
t(lambda: chr(0x110000))
t(lambda: ord('ab'))
t(lambda: ord(''))
t(lambda: ord(b'ab'))
t(lambda: ord(1))
t(lambda: chr('a'))
print(format(3.14159, '.2f'), format(42), format('x', '>3'), format(5, 'b'))
t(lambda: format(1, 'z'))
t(lambda: format('a', 'd'))
print(ascii('é'), ascii([1, 'ü']), repr('é'))
print(len('abc'), len([1]), len({1:2}), len(range(10)))
t(lambda: len(5))
t(lambda: len(iter([])))
class L:
    def __len__(self): return -1
t(lambda: len(L()))
class L2:
    def __len__(self): return 'a'
t(lambda: len(L2()))
class L3:
    def __len__(self): return 2**70
t(lambda: len(L3()))
print(bool(L3) , int('10'), float('1.5'), str(1), bytes(2), list('ab'), tuple('ab'), dict(a=1))
t(lambda: bool(L()))
