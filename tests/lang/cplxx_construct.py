# complex(): numbers, strings, __complex__/__float__/__index__, subclasses, hash
def t(f, lbl=""):
    try:
        print(lbl, repr(f()))
    except Exception as e:
        print(lbl, type(e).__name__ + ":", e)

strs = ['1+2j', '1-2j', ' 1+2j ', '(1+2j)', ' ( 1+2j ) ', '(1+2j', '1+2j)', 'j', 'J', '-j', '+j', '1+j', '1-j',
        '1', '-1.5', '1e5', '1e5j', '1E-5J', 'inf', '-infj', 'infinityj', 'nan', 'nanj', '1+nanj', '-inf-infj',
        '', ' ', '()', '1+', '1+2', '1 + 2j', '1+2jj', 'jj', '2j+1', '1.j', '.5j', '.j', '5.', '1_0j', '1__0j', '_1j',
        '1_j', '1_.5j', '1e1_0j', '1+2_j', '\u0661+\u0662j', '1+2j\x00', 'abc', '0x10', '1e', '1ej', '1e+j', '+1e+1+1e+1j',
        '\t(  -0  -0j )\n', 'Infinity', '-NaN', '1e500', '1e500j', '-1e-500j']
for s in strs:
    t(lambda: complex(s), repr(s))
t(lambda: complex('1', 2))
t(lambda: complex(1, '2'))
t(lambda: complex([]))
t(lambda: complex(1, []))
t(lambda: complex(None))
t(lambda: complex(b'1'))
t(lambda: complex(1, 2, 3))
t(lambda: complex(real=1, imag=2))
t(lambda: complex(imag=2))
t(lambda: complex(real='1+1j'))
t(lambda: complex(foo=2))
t(lambda: complex(1+2j, 3+4j))
t(lambda: complex(1+2j, 3))
t(lambda: complex(1, 3+4j))
t(lambda: complex(True, False))
t(lambda: complex(2**1000))
t(lambda: complex(2**1100))
t(lambda: complex(1.5, 2**1100))
t(lambda: complex(-0.0))
t(lambda: complex(0.0, -0.0))
t(lambda: complex(-0.0, 0))
z = 1+2j
t(lambda: complex(z) is z)

class C:
    def __complex__(self): return 3+4j
class D:
    def __complex__(self): return 3.0
class F:
    def __float__(self): return 2.5
class I:
    def __index__(self): return 7
class FC(F):
    def __complex__(self): return 1j
class Bad:
    def __float__(self): return 'x'
t(lambda: complex(C()))
t(lambda: complex(D()))
t(lambda: complex(F()))
t(lambda: complex(I()))
t(lambda: complex(FC()))
t(lambda: complex(F(), F()))
t(lambda: complex(I(), I()))
t(lambda: complex(C(), 1))
t(lambda: complex(1, C()))
t(lambda: complex(Bad()))

class MyC(complex):
    pass
m = MyC(1, 2)
print(type(m).__name__, m, m.real, m.imag, type(m + 1).__name__, type(-m).__name__, type(+m).__name__)
print(type(complex(m)).__name__, complex(m), m == 1+2j, hash(m) == hash(1+2j), type(m.conjugate()).__name__)
print(type(MyC('3+4j')).__name__, MyC('3+4j'), MyC(), isinstance(m, complex))
class MyC2(complex):
    def __repr__(self): return 'MyC2!'
    def __add__(self, o): return 'added'
print(repr(MyC2(1)), MyC2(1) + 1, 1 + MyC2(1), str(MyC2(1)), format(MyC2(1), ''))
class MyC3(complex):
    def __new__(cls, a, b):
        return super().__new__(cls, a + b, a - b)
print(MyC3(1, 2))
print(isinstance(1j, complex), type(1j), complex)
print(complex.__name__, (1j).__class__.__name__)
t(lambda: int(1j))
t(lambda: float(1j))
t(lambda: round(1j))
t(lambda: (1j).foo)
t(lambda: len(1j))
t(lambda: hash(complex(1.5, 2.25)))
t(lambda: hash(complex(-1, 0)))
t(lambda: hash(complex(0, -1)))
t(lambda: hash(complex(1e300, 1e-300)))
t(lambda: hash(complex(float('inf'), -float('inf'))))
t(lambda: {1j: 'a', 1: 'b', 1+0j: 'c', 1.0: 'd'})
t(lambda: {0j, 0, 0.0, False})
t(lambda: (1+2j).__getnewargs__())
t(lambda: (1+2j).__complex__())
t(lambda: [1j, 2j].index(2j))
t(lambda: 2j in [1, 2j])
t(lambda: sum([1j, 2, 3.5]))
t(lambda: 1j.imag)
t(lambda: 1J)
t(lambda: 1_0j)
t(lambda: 1e3j)
t(lambda: 0j.real)
t(lambda: -1j)
t(lambda: 1 - 1j)
t(lambda: 3.14j)
t(lambda: 1e400j)
t(lambda: (1+2j).real.__class__)
x = 1j
x += 1
x *= 2
x **= 2
x /= 1j
x -= 1.5
print(x)
print(eval('2j'), eval(repr(3-4j)))
print(abs(-3j), abs(complex(float('nan'), float('inf'))), abs(complex(float('-inf'), float('nan'))), abs(complex(float('nan'), 1)))
print(pow(2j, 3), pow(2, 1j), divmod.__name__)
print([complex(i, -i) for i in range(3)])
print(str(1+2j), f'{1+2j}', f'{1+2j!r}', '%s %r' % (1j, 2j))
