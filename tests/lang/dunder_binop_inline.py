# a OP b for two instances of one class runs the dunder like any call
class V:
    def __init__(self, x):
        self.x = x
    def __add__(self, o):
        return V(self.x + o.x)
    def __sub__(self, o):
        if o.x == 0:
            return NotImplemented
        return V(self.x - o.x)
    def __mul__(self, o):
        return self.x * o.x / 0
    def __repr__(self):
        return "V(%r)" % self.x

a, b = V(1), V(2)
print(a + b, b - a, (a + b) + (a + b))
try:
    a - V(0)
except TypeError as e:
    print("TypeError:", e)
try:
    a * b
except ZeroDivisionError as e:
    n, t = 0, e.__traceback__
    while t is not None:
        n, t = n + 1, t.tb_next
    print("ZeroDivisionError", e, "frames:", n)

class W(V):
    def __radd__(self, o):
        return "W.__radd__"
print(V(1) + W(2), W(1) + W(2))

class Gen:
    def __add__(self, o):
        yield 1
print(type(Gen() + Gen()).__name__)

class Deep:
    def __init__(self, n):
        self.n = n
    def __add__(self, o):
        if self.n == 0:
            return 0
        return Deep(self.n - 1) + o
try:
    print(Deep(100) + Deep(0))
    Deep(10**6) + Deep(0)
except RecursionError:
    print("RecursionError")

class K:
    def __add__(self, o, scale=1):
        return scale
    def __and__(self, o):
        return "and"
print(K() + K(), K() & K())
# the class changes after the call site was cached
def add(x, y):
    return x + y
print(add(V(1), V(2)))
V.__add__ = lambda s, o: "patched"
print(add(V(1), V(2)))
del V.__add__
try:
    add(V(1), V(2))
except TypeError as e:
    print("TypeError:", e)
