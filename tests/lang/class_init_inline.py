# Class instantiation: T(...) runs __init__ inline in the eval loop when it
# can; every observable behaviour must stay CPython's.
class P:
    def __init__(self, x, y=2):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"P({self.x}, {self.y})"

print(P(1), P(3, 4))

class Q(P):
    pass

print(Q(5))

class Bad:
    def __init__(self):
        return 42

try:
    Bad()
except TypeError as e:
    print("TypeError:", e)

class Boom:
    def __init__(self, n):
        if n > 2:
            raise ValueError("too big: %d" % n)
        self.n = n

print(Boom(1).n)
try:
    Boom(5)
except ValueError as e:
    print("ValueError:", e)

class WithNew:
    def __new__(cls, *a):
        print("new", a)
        return super().__new__(cls)
    def __init__(self, a):
        print("init", a)

WithNew(7)

class Node:
    def __init__(self, depth):
        self.child = Node(depth - 1) if depth else None

def depth(n):
    d = 0
    while n:
        d += 1
        n = n.child
    return d

print(depth(Node(50)))
try:
    Node(100000)
except RecursionError:
    print("RecursionError")

class Late:
    def __init__(self):
        self.v = 1

print(Late().v)
def init2(self):
    self.v = 2
Late.__init__ = init2
print(Late().v)

class Meta(type):
    def __call__(cls, *a):
        print("Meta call", a)
        return super().__call__(*a)

class M(metaclass=Meta):
    def __init__(self, a):
        self.a = a

print(M(9).a)

class KW:
    def __init__(self, a, *, b=3):
        self.s = a + b

print(KW(1).s, KW(1, b=10).s)
try:
    P()
except TypeError as e:
    print("TypeError:", e)
try:
    P(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)

objs = [P(i) for i in range(5)]
print(objs)
Boom(3)
