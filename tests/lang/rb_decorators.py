# Decorators with state: counters, memoization, retry, registration, class decorators
import functools

def counted(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return fn(*args, **kwargs)
    wrapper.calls = 0
    return wrapper

def memoize(fn):
    cache = {}
    @functools.wraps(fn)
    def wrapper(*args):
        if args in cache:
            wrapper.hits += 1
            return cache[args]
        result = cache[args] = fn(*args)
        return result
    wrapper.hits = 0
    wrapper.cache = cache
    return wrapper

@counted
@memoize
def fib(n):
    """Fibonacci."""
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(30), fib.calls, fib.__name__, fib.__doc__, fib.__wrapped__.hits)

def retry(times, exceptions=(Exception,)):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*a, **k):
            last = None
            for attempt in range(1, times + 1):
                try:
                    return fn(*a, attempt=attempt, **k)
                except exceptions as e:
                    last = e
                    print(f"  attempt {attempt} failed: {e!r}")
            raise RuntimeError(f"{fn.__name__} failed after {times} attempts") from last
        return wrapper
    return deco

@retry(3, (ConnectionError,))
def flaky(x, attempt):
    if attempt < 3:
        raise ConnectionError(f"try {attempt}")
    return x * 10

@retry(2)
def hopeless(attempt):
    raise TimeoutError("never")

print(flaky(4))
try:
    hopeless()
except RuntimeError as e:
    print(e, "<-", repr(e.__cause__))

class Registry:
    def __init__(self):
        self.handlers = {}
    def route(self, path, *, methods=("GET",)):
        def deco(fn):
            for m in methods:
                key = (m, path)
                if key in self.handlers:
                    raise KeyError(f"duplicate route {m} {path}")
                self.handlers[key] = fn
            return fn
        return deco
    def dispatch(self, method, path):
        try:
            fn = self.handlers[(method, path)]
        except KeyError:
            return "404 " + path
        return fn()

app = Registry()
@app.route("/")
def index(): return "home"
@app.route("/items", methods=("GET", "POST"))
def items(): return "items"
print(app.dispatch("GET", "/"), app.dispatch("POST", "/items"), app.dispatch("PUT", "/x"))
try:
    @app.route("/")
    def again(): pass
except KeyError as e:
    print("KeyError:", e)

def add_repr(cls):
    fields = cls.__init__.__code__.co_varnames[1:cls.__init__.__code__.co_argcount]
    def __repr__(self):
        return f"{cls.__name__}(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in fields) + ")"
    cls.__repr__ = __repr__
    cls._fields = fields
    return cls

@add_repr
class Point:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y
print(Point(1, 2), Point("a"), Point._fields)

class Trace:
    depth = 0
    def __init__(self, fn):
        functools.update_wrapper(self, fn)
        self.fn = fn
    def __call__(self, *args):
        pad = "  " * Trace.depth
        print(f"{pad}-> {self.fn.__name__}{args}")
        Trace.depth += 1
        try:
            r = self.fn(*args)
        finally:
            Trace.depth -= 1
        print(f"{pad}<- {r}")
        return r
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return functools.partial(self, obj)

@Trace
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
fact(3)

class Calc:
    def __repr__(self): return "Calc()"
    @Trace
    def double(self, x):
        return 2 * x
print(Calc().double(21), type(Calc.__dict__["double"]).__name__, Calc.double.__name__)

def once(fn):
    done = False
    result = None
    def wrapper(*a):
        nonlocal done, result
        if not done:
            result = fn(*a)
            done = True
        return result
    return wrapper
@once
def init(v):
    print("initialising with", v)
    return v * 2
print(init(1), init(2), init(3))

def validate(**types):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(**kwargs):
            for k, t in types.items():
                if k in kwargs and not isinstance(kwargs[k], t):
                    raise TypeError(f"{fn.__name__}(): {k} must be {t.__name__}, not {type(kwargs[k]).__name__}")
            return fn(**kwargs)
        return wrapper
    return deco
@validate(name=str, age=int)
def person(name, age=0):
    return f"{name}:{age}"
print(person(name="x", age=3))
for kw in [{"name": 1}, {"name": "a", "age": "old"}, {"name": "a", "height": 2}]:
    try:
        print(person(**kw))
    except TypeError as e:
        print("TypeError:", e)
