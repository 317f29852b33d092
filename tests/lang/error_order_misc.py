# error messages and their order as CPython's: islice/count arguments, sum, bytes,
# int base, free variables read before assignment; defaultdict's recursive repr
import itertools
from collections import defaultdict
def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
for args in ((1, -2), (-1, 5), (-3, 5), (None, -1), (2, "x"), ("x", 3), (1, 2, 0)):
    t(lambda: list(itertools.islice(range(10), *args)))
t(lambda: list(itertools.islice(range(10), -1)))
t(lambda: list(itertools.islice(range(10), -7)))
t(lambda: itertools.count("a"))
t(lambda: next(itertools.count(1.5, 0.5)))
dd = defaultdict(list); dd["x"] = dd; print(dd)
d2 = defaultdict(None, {1: 2}); print(d2)
class F:
    def __repr__(self): return "F!"
print(defaultdict(F, {}))
t(lambda: sum(0.5, "abc"))
t(lambda: sum([1], "abc"))
t(lambda: sum([1, 2], 3))
t(lambda: bytes(10, 1))
t(lambda: bytes("a", "utf-8", 5))
t(lambda: bytes(encoding="utf-8"))
t(lambda: bytes(5, "utf-8"))
t(lambda: int(7, 255))
t(lambda: int("7", 1))
t(lambda: int(7, 10))
t(lambda: int("z", 36))
t(lambda: int("10", 0))
def f():
    class K:
        v = z
    z = 1
try: f()
except NameError as e: print(type(e).__name__, e)
def g():
    def h(): return w
    r = None
    try: r = h()
    except NameError as e: print(type(e).__name__, e)
    w = 2
    return h()
print(g())
def k():
    def inner(): return c
    del_me = inner
    try:
        print(c)
    except UnboundLocalError as e: print(type(e).__name__, e)
    c = 5
    return del_me()
print(k())
import sys
print('builtins' in sys.modules)
from collections import ChainMap
cm = ChainMap({}); cm["c"] = cm; print(cm)
cm2 = ChainMap({"a": 1}, {"b": [cm]}); print(cm2)
