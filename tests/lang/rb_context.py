# Context managers: resources, suppression, nesting, exceptions in __exit__
class Resource:
    log = []
    def __init__(self, name, fail_on_enter=False):
        self.name = name
        self.fail_on_enter = fail_on_enter
        self.open = False
    def __enter__(self):
        if self.fail_on_enter:
            raise RuntimeError(f"cannot open {self.name}")
        self.open = True
        Resource.log.append(f"open {self.name}")
        return self
    def __exit__(self, exc_type, exc, tb):
        self.open = False
        Resource.log.append(f"close {self.name} ({exc_type.__name__ if exc_type else 'ok'})")
        return False

class Suppress:
    def __init__(self, *types):
        self.types = types
        self.caught = None
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            self.caught = ev
            return True
        return None

with Resource("a") as a, Resource("b") as b:
    print(a.name, b.name, a.open, b.open)
print(a.open, b.open, Resource.log)
Resource.log.clear()

try:
    with Resource("x"):
        with Resource("y"):
            raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))
print(Resource.log)
Resource.log.clear()

try:
    with Resource("ok"), Resource("bad", fail_on_enter=True):
        print("not reached")
except RuntimeError as e:
    print("RuntimeError:", e)
print(Resource.log)

with Suppress(ZeroDivisionError, ValueError) as s:
    1 / 0
print("suppressed:", type(s.caught).__name__, s.caught)
with Suppress(ValueError) as s:
    int("abc")
print("suppressed:", s.caught)
try:
    with Suppress(ValueError):
        [][1]
except IndexError as e:
    print("passed through:", e)

def gen_with():
    with Resource("g"):
        yield 1
        yield 2
for v in gen_with():
    print("gen", v)
print(Resource.log[-2:])

class Timer:
    def __init__(self):
        self.depth = 0
    def __enter__(self):
        self.depth += 1
        return self.depth
    def __exit__(self, *args):
        self.depth -= 1
t = Timer()
with t as d1:
    with t as d2:
        print("depths", d1, d2, t.depth)
print("after", t.depth)

def f():
    with Resource("ret"):
        return "returned"
print(f(), Resource.log[-1])

def g():
    for i in range(3):
        with Resource(f"loop{i}"):
            if i == 1:
                continue
            if i == 2:
                break
    return Resource.log[-3:]
print(g())

class BadExit:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise ValueError("exit failed")
try:
    with BadExit():
        raise KeyError("original")
except ValueError as e:
    print("ValueError:", e, "context:", repr(e.__context__))
try:
    with 42:
        pass
except TypeError as e:
    print("TypeError:", e)
