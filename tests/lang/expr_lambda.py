# Lambda expressions
add = lambda a, b: a + b
print(add(2, 3))
print((lambda: 42)())
print((lambda *a: a)(1, 2, 3))
print((lambda **k: sorted(k.items()))(b=2, a=1))
print((lambda a, b=10: a * b)(3))
print((lambda a, *, b: a - b)(10, b=4))
f = lambda x: lambda y: x + y
print(f(10)(5))
pairs = [(3, 'c'), (1, 'a'), (2, 'b')]
print(sorted(pairs, key=lambda p: p[1], reverse=True))
print(list(map(lambda x: x * x, range(5))))
print(list(filter(lambda x: x % 3 == 0, range(10))))
print(add.__name__)
fs = [lambda i=i: i * 10 for i in range(3)]
print([g() for g in fs])
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
print((lambda x, y=2, *rest, z=3, **kw: (x, y, rest, z, kw))(1, 5, 6, 7, z=0, q=9))
try:
    add(1)
except TypeError as e:
    print(type(e).__name__, e)
