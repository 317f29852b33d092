# functools: partial, reduce, wraps/update_wrapper, lru_cache, cache,
# total_ordering, cmp_to_key, cached_property, partialmethod.
import functools
from functools import partial, reduce, wraps, lru_cache


def hexless(s):
    out = []
    i = 0
    while True:
        j = s.find(" at 0x", i)
        if j < 0:
            out.append(s[i:])
            return "".join(out)
        out.append(s[i:j] + " at ADDR")
        k = j + 6
        while k < len(s) and s[k] in "0123456789abcdef":
            k += 1
        i = k


# --- partial ----------------------------------------------------------------
def f(a, b, c=3, *rest, **kw):
    return (a, b, c, rest, sorted(kw.items()))


p = partial(f, 1, c=30)
print(p(2), p(2, c=4), partial(f, 1)(2, 5, 6, 7, x=1))
print(p.func is f, p.args, p.keywords)
print(hexless(repr(p)))
pp = partial(p, 2, d=4)
print(pp.func is f, pp.args, pp.keywords, pp())
print(repr(partial(max, 1, key=abs)))


class MyPartial(partial):
    pass


mp = MyPartial(f, 1)
print(hexless(repr(mp)), mp(2), type(mp).__name__)
try:
    partial(5)
except TypeError as e:
    print("TypeError:", e)
try:
    partial()
except TypeError as e:
    print("TypeError:", e)
p.attr = 'x'
print(p.attr)
print(list(map(partial(int, base=2), ["101", "11"])))

# --- reduce -----------------------------------------------------------------
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10))
print(reduce(lambda a, b: a + b, [], 'init'), reduce(lambda a, b: a + b, ['only']))
try:
    reduce(lambda a, b: a + b, [])
except TypeError as e:
    print("TypeError:", e)
try:
    reduce(lambda a, b: a + b, 5)
except TypeError as e:
    print("TypeError:", e)
print(reduce(lambda acc, x: acc + [x * 2], iter([1, 2, 3]), []))


# --- wraps / update_wrapper -------------------------------------------------
def deco(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        return ("wrapped", fn(*args, **kwargs))
    return wrapper


@deco
def greet(name: str) -> str:
    """Say hello."""
    return "hello " + name


greet.extra = 1
print(greet("bob"), greet.__name__, greet.__doc__, greet.__qualname__)
print(greet.__wrapped__("x"), greet.__annotations__, greet.__module__)


def target():
    pass


target.custom = 42


def shell():
    pass


functools.update_wrapper(shell, target)
print(shell.__name__, shell.custom, shell.__wrapped__ is target)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)

# --- lru_cache --------------------------------------------------------------
calls = []


@lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x


print(sq(2), sq(3), sq(2), sq(4), sq(3), sq(2))
print(calls, sq.cache_info())
print(sq.cache_info().hits, sq.cache_info().currsize, sq.cache_parameters())
sq.cache_clear()
print(sq.cache_info(), sq.__name__, sq.__wrapped__(5))


@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())


@lru_cache(maxsize=None)
def kw(a, b=1, **more):
    return (a, b, sorted(more.items()))


print(kw(1), kw(1), kw(1, b=1), kw(a=1), kw(1, z=2), kw.cache_info())


@lru_cache(typed=True)
def typed(x):
    return type(x).__name__


print(typed(3), typed(3.0), typed(3), typed.cache_info())


@functools.cache
def fact(n):
    return n * fact(n - 1) if n else 1


print(fact(20), fact.cache_info(), fact.cache_parameters())


@lru_cache(0)
def nocache(x):
    return x


print(nocache(1), nocache(1), nocache.cache_info())
try:
    lru_cache("big")
except TypeError as e:
    print("TypeError:", e)
try:
    sq([1])
except TypeError as e:
    print("TypeError:", e)


class Thing:
    def __init__(self, k):
        self.k = k

    @lru_cache(maxsize=None)
    def method(self, x):
        return self.k * x


t1, t2 = Thing(2), Thing(3)
print(t1.method(5), t2.method(5), t1.method(5), Thing.method.cache_info())


# --- total_ordering ---------------------------------------------------------
@functools.total_ordering
class Version:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.n < other.n


a, b = Version(1), Version(2)
print(a < b, a > b, a <= b, a >= b, a <= Version(1), b >= a)
print([v.n for v in sorted([Version(3), Version(1), Version(2)])])
try:
    a >= 5
except TypeError as e:
    print("TypeError:", e)


@functools.total_ordering
class Rev:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __ge__(self, other):
        return self.n >= other.n


print(Rev(1) < Rev(2), Rev(1) > Rev(2), Rev(2) <= Rev(2), Rev(3) > Rev(2))
try:
    @functools.total_ordering
    class Nothing:
        pass
except ValueError as e:
    print("ValueError:", e)

# --- cmp_to_key -------------------------------------------------------------


def by_len_then_alpha(x, y):
    if len(x) != len(y):
        return len(x) - len(y)
    return (x > y) - (x < y)


words = ["pear", "fig", "apple", "kiwi", "date"]
print(sorted(words, key=functools.cmp_to_key(by_len_then_alpha)))
K = functools.cmp_to_key(lambda x, y: x - y)
print(K(1) < K(2), K(2) == K(2), K(3) >= K(4))
try:
    hash(K(1))
except TypeError as e:
    print("TypeError: unhashable", "KeyWrapper" in str(e))


# --- cached_property --------------------------------------------------------
class Data:
    computed = 0

    def __init__(self, v):
        self.v = v

    @functools.cached_property
    def total(self):
        """the total"""
        Data.computed += 1
        return self.v * 10


d = Data(4)
print(d.total, d.total, Data.computed, 'total' in d.__dict__, Data.total.__doc__)
d.total = 7
print(d.total)
del d.total
print(d.total, Data.computed)


# --- partialmethod ----------------------------------------------------------
class Cell:
    def __init__(self):
        self.state = None

    def set_state(self, value, note=""):
        self.state = (value, note)

    set_alive = functools.partialmethod(set_state, True, note="born")
    set_dead = functools.partialmethod(set_state, False)


c = Cell()
c.set_alive()
print(c.state)
c.set_dead(note="gone")
print(c.state)
