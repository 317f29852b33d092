# Classes, protocols, properties, context managers, argument kinds and recursion limits together.
class Node:
    def __init__(self, v, nxt=None):
        self.v, self.nxt = v, nxt
    def __iter__(self):
        n = self
        while n:
            yield n.v
            n = n.nxt
    def __repr__(self):
        return f"Node({self.v})"
    def __eq__(self, o):
        return isinstance(o, Node) and self.v == o.v
    def __hash__(self):
        return hash(self.v)
    def __lt__(self, o):
        return self.v < o.v
lst = Node(1, Node(2, Node(3)))
print(list(lst), Node(1) == Node(1), {Node(1), Node(1)}, sorted([Node(3), Node(1)]))
class Stack(list):
    def push(self, x):
        self.append(x)
    @property
    def top(self):
        return self[-1]
s = Stack(); s.push(1); s.push(2); print(s, s.top, len(s), isinstance(s, list))
class A:
    def f(self): return "A"
class B(A):
    def f(self): return "B" + super().f()
class C(A):
    def f(self): return "C" + super().f()
class D(B, C):
    def f(self): return "D" + super().f()
print(D().f(), [k.__name__ for k in D.__mro__])
class Temp:
    def __init__(self): self._c = 0
    @property
    def c(self): return self._c
    @c.setter
    def c(self, v):
        if v < -273: raise ValueError("too cold")
        self._c = v
t = Temp(); t.c = 5
try:
    t.c = -300
except ValueError as e:
    print("err", e, t.c)
class Ctx:
    def __enter__(self): print("enter"); return self
    def __exit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None); return True
with Ctx() as c:
    raise KeyError("x")
print("after with")
def f(a, b=2, /, c=3, *args, d, e=5, **kw): return (a, b, c, args, d, e, kw)
print(f(1, d=4), f(1, 2, 3, 4, 5, d=6, z=7))
try:
    f(1)
except TypeError as e:
    print(e)
try:
    raise RuntimeError("outer") from KeyError("inner")
except RuntimeError as e:
    print(repr(e.__cause__), e.__suppress_context__)
def fact(n): return 1 if n <= 1 else n * fact(n - 1)
print(fact(30), len(str(fact(200))))
import sys
sys.setrecursionlimit(100)
def deep(n): return deep(n + 1)
try:
    deep(0)
except RecursionError as e:
    print("RecursionError", e)
print(0.1 + 0.2, 1/3, 2**0.5, float("inf"), -1e-300*1e-300, 1e16, 123456789.123456789)
print(bytes([104, 105]), b"ab" * 2, bytearray(b"x") + b"y", "%s-%05.1f-%x" % ("a", 3.14159, 255))
print("{:>10}|{:^7}|{:<5}|".format("r", "c", "l"), "{0}{1}{0}".format("a", "b"), "{x}".format(x=1))
d = {}
d.setdefault("k", []).append(1); print(d, d.get("z", 0), d.pop("k"), d)
print(list(reversed(range(5))), list(enumerate("ab", 1)), list(map(str, [1, 2])), list(filter(None, [0, 1, 2])))
