def f(a, b): return a, b
def g(a, b=2, *args, c, d=4, **kw): return a, b, args, c, d, kw
def p(a, b, /, c, *, d): return a, b, c, d
def h(*, k): return k
def v(*args): return args
def errs(fn, *a, **k):
    try:
        fn(*a, **k)
    except TypeError as e:
        print(e)
errs(f, 1)
errs(f)
errs(f, 1, 2, 3)
errs(f, 1, z=3)
errs(f, 1, a=2)
errs(f, 1, 2, b=3)
errs(g, 1)
errs(g, 1, 2, 3)
errs(g)
errs(p, a=1, b=2, c=3, d=4)
errs(p, 1, b=2, c=3, d=4)
errs(p, 1, 2, 3, 4)
errs(p, 1, 2, 3)
errs(h, 1)
errs(h)
errs(h, k=1, j=2)
errs(lambda: 0, 1)
errs(lambda x: 0)
errs(lambda x, y, z: 0, 1)
errs(f, 1, 2, **{'a': 1})
def one(a): pass
errs(one, 1, 2)
errs(one)
def kwo(a, *, b, c): pass
errs(kwo, 1)
errs(kwo, 1, 2)
errs(kwo, 1, 2, b=3)
def dflt(a, b=1): pass
errs(dflt, 1, 2, 3)
errs(dflt)
def threeargs(a, b, c): pass
errs(threeargs)
errs(threeargs, 1)
def kw1(*, a, b=2, c): pass
errs(kw1, a=1)
errs(kw1)
class K:
    def m(self, x): pass
    @staticmethod
    def s(x): pass
    @classmethod
    def c(cls, x): pass
errs(K().m)
errs(K().m, 1, 2)
errs(K.s)
errs(K.c, 1, 2)
errs(K().m, 1, x=2)
errs(K().m, y=2)
print(g(1, c=3), g(1, 2, 3, 4, c=5, e=6))
print(p(1, 2, 3, d=4), p(1, 2, c=3, d=4))
def pk(a, /, **kw): return a, kw
print(pk(1, a=2))
def fdef(x, acc=[]):
    acc.append(x); return acc
print(fdef(1), fdef(2))
count = 0
def side():
    global count; count += 1; return count
def once(x=side()): return x
print(once(), once(), count)
errs(f, *[1, 2, 3])
errs(f, *(1,), **{'c': 1})
errs(len)
errs(len, 1, 2)
errs(int, 'x', 'y', 'z')
print(f(*[1], **{'b': 2}), v(*range(3), *'ab'))
errs(f, **{1: 2})
errs(f, 1, **{'b': 2}, **{'b': 3})
errs(f, *5)
errs(f, **5)
def kwonly_default(a, *, b=1, **rest): return a, b, rest
print(kwonly_default(1, c=2))
