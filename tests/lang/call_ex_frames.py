# f(*args, **kwargs) calls of Python functions (run as frames of the eval loop): binding, errors, generators, deep recursion, many arguments.
def f(a, b=2, *c, d, **e): return (a, b, c, d, e)
print(f(*[1], **{'d': 4}))
print(f(*(1, 2, 3, 4), **{'d': 4, 'z': 5}))
try: f(*[1], **{1: 2})
except TypeError as e: print(e)
try: f(*[1], **{'a': 2, 'd': 1})
except TypeError as e: print(e)
def g(*a, **k):
    yield a; yield k
print(list(g(*[1, 2], **{'x': 1})))
import sys
def rec(n, **k): return rec(n + 1, **k)
try: rec(0, x=1)
except RecursionError as e: print('RecursionError')
args = list(range(20))
def many(*a, **k): return len(a), len(k)
print(many(*args, **{str(i): i for i in range(20)}))
def boom(**k): raise ValueError(k)
try: boom(**{'q': 1})
except ValueError as e: print(repr(e))
