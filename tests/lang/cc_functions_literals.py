def deco(tag):
    def wrap(fn):
        def inner(*a, **k):
            return f'<{tag}>{fn(*a, **k)}</{tag}>'
        inner.__name__ = fn.__name__
        return inner
    return wrap
@deco('b')
@deco('i')
def hello(name): return 'hi ' + name
print(hello('bob'), hello.__name__)
order = []
def d(n):
    order.append('make%d' % n)
    def w(f):
        order.append('apply%d' % n); return f
    return w
@d(1)
@d(2)
def x(): pass
print(order)
@lambda f: f()
def value(): return 42
print(value)
class Reg:
    items = []
    @classmethod
    def register(cls, f):
        cls.items.append(f.__name__); return f
@Reg.register
def a1(): pass
print(Reg.items)
sq = lambda x: x * x
print(sq(5), (lambda *a, **k: (a, k))(1, b=2), (lambda: None)())
print((lambda x, y=2: x + y)(1))
print(sq.__name__, hello.__qualname__)
def outer():
    def inner(): pass
    return inner
print(outer().__qualname__, outer.__qualname__)
class Q:
    def m(self):
        return lambda: 0
    class In:
        def m2(self): pass
print(Q().m().__qualname__, Q.In.m2.__qualname__, Q.In.__qualname__)
print([(lambda: n)() for n in range(3)])
print(1 if True else 2, 'a' if 0 else 'b' if 0 else 'c')
x = 5
print('pos' if x > 0 else 'neg' if x < 0 else 'zero')
g = (i * i for i in range(5))
print(next(g), list(g), list(g))
print(sum(i for i in range(10) if i % 2))
print(list((i, j) for i in range(3) for j in range(i)))
try:
    gg = (1 / 0 for _ in range(1))
    print('created')
    next(gg)
except ZeroDivisionError as e:
    print(e)
try:
    (x for x in 5)
except TypeError as e:
    print(e)
print('abc' 'def' "ghi", 'a' f'{x}' 'b', b'ab' b'cd')
print(r'\n' '\n' == '\\n\n', len('''a
b'''), """x""")
print(0x1F, 0o17, 0b101, 1_000_000, 0x_ff, 1e3, 1.5e-3, 1_0.0_1, .5, 5., 3j, 1e1j)
print(0xFFFFFFFFFFFFFFFFFFFF, 10**20, -0x10)
print(1 +\
 2)
a = 1; b = 2; print(a + b);
total = (1 +
         2 +
         3)
print(total, [1,
 2,
 ], {'a':
 1})
print(f'{x!r:>5}|{x:05d}|{"s"!s}|{3.14159:.2f}|{x=}|{x + 1 = }')
w = 8
print(f'{"nested " + f"{x:{w}}"}|{x:{w}.{2}f}|{{}}|{x:#x}')
print(f'{[1,2][0]}', f"{'a' if x else 'b'}", f'{ {"k": 1}["k"] }')
print(f'''{
x
}''')
name = 'World'
print(f'Hello, {name.upper()}!' f' {len(name)}')
print(f'{x:>{w}}', f'{"%d" % 5}', F'{x}', rf'\{x}', fr'{x}\n')
print(f'{3!a}', f'{"é"!a}', f'{1e10:,.0f}', f'{1234567:_}')
