# Call forms: positional, keyword, *args, **kwargs mixtures
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))

print(f(1, c=3))
print(f(1, 5, 6, 7, c=3, e=9))
print(f(*[1, 2, 3], c=0))
print(f(c=1, a=2))
print(f(1, **{'c': 5, 'z': 26}))
print(f(*(1,), *(2, 3), **{'c': 1}, d=8))
args = (10, 20)
kwargs = {'c': 30, 'x': 40}
print(f(*args, **kwargs))
def g(x, y):
    return x - y
print(g(y=1, x=10))
print(g(*'ab'[::-1]) if False else g(*[9, 3]))
print(print is print)
m = 'abc'.upper
print(m())
print((lambda: 'lam')())
print([len][0]('four'))
print({'fn': abs}['fn'](-3))
def h():
    return g
print(h()(5, 2))
print(f(1, 2, c=3, **{}))
