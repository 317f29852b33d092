# Decorators with state, arguments, functools.wraps, class decorators.
import functools

def counted(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return fn(*args, **kwargs)
    wrapper.calls = 0
    return wrapper

def retry(times, exceptions=(Exception,)):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*a, **kw):
            last = None
            for attempt in range(1, times + 1):
                try:
                    return fn(*a, **kw)
                except exceptions as e:
                    print(f"  attempt {attempt} failed: {type(e).__name__}: {e}")
                    last = e
            raise RuntimeError(f"gave up after {times} attempts") from last
        return wrapper
    return deco

def memoize(fn):
    cache = {}
    @functools.wraps(fn)
    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    wrapper.cache = cache
    return wrapper

@counted
def greet(name, greeting="Hello"):
    """Say hello."""
    return f"{greeting}, {name}!"

print(greet("Ann"), greet("Bob", greeting="Hi"), greet.calls)
print(greet.__name__, greet.__doc__, greet.__wrapped__("Zed"))

state = {"n": 0}
@retry(3, exceptions=(ValueError, KeyError))
def flaky():
    state["n"] += 1
    if state["n"] < 3:
        raise ValueError(f"not yet ({state['n']})")
    return "ok on try %d" % state["n"]
print(flaky())

@retry(2)
def always_fails():
    raise KeyError("missing")
try:
    always_fails()
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache))

def log_calls(prefix):
    def deco(fn):
        def inner(*args, **kwargs):
            parts = [repr(a) for a in args] + [f"{k}={v!r}" for k, v in sorted(kwargs.items())]
            print(f"{prefix}{fn.__name__}({', '.join(parts)})")
            result = fn(*args, **kwargs)
            print(f"{prefix}-> {result!r}")
            return result
        return inner
    return deco

@log_calls(">> ")
@counted
def add(a, b=0, *, scale=1):
    return (a + b) * scale
add(1, 2)
add("x", "y", scale=3)

def singleton(cls):
    instances = {}
    def get(*args):
        if cls not in instances:
            instances[cls] = cls(*args)
        return instances[cls]
    return get

@singleton
class Config:
    def __init__(self, name):
        self.name = name
a = Config("first")
b = Config("second")
print(a is b, a.name)

def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls

@add_repr
class Item:
    def __init__(self, name, price):
        self.name = name
        self.price = price
print(Item("pen", 1.5), [Item("a", 1)])

class Timer:
    def __init__(self, fn):
        functools.update_wrapper(self, fn)
        self.fn = fn
        self.history = []
    def __call__(self, *args):
        r = self.fn(*args)
        self.history.append((args, r))
        return r
@Timer
def square(x):
    """square it"""
    return x * x
print(square(3), square(4), square.history, square.__doc__, square.__name__)

@functools.lru_cache(maxsize=None)
def ways(n):
    return 1 if n <= 1 else ways(n - 1) + ways(n - 2)
print(ways(50))
p = functools.partial(int, base=2)
print(p("1011"), functools.reduce(lambda a, b: a * b, range(1, 8)))
