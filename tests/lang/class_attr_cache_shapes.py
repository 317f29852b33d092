# Attribute access sites that see small-int class attributes, slots, properties
# and instance dicts in turn, and classes that change under them.
class Counter:
    count = 0
    limit = 10

class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a, self.b = 1, 2

class Prop:
    def __init__(self):
        self._v = 3
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, x):
        self._v = x * 2

def read(o, n=3):
    out = []
    for _ in range(n):
        out.append(o.count if hasattr(o, "count") else None)
    return out

c = Counter()
print(read(c))
c.count = 5
print(read(c), Counter.count)
Counter.count = 7
print(read(Counter()), read(c))
del c.count
print(read(c))

def get_a(o):
    return o.a

s = Slotted()
for i in range(3):
    s.a = i
    print(get_a(s), s.b, end=" ")
print()

p = Prop()
for i in range(3):
    p.v = i
    print(p.v, end=" ")
print()

class Base:
    def who(self):
        return "base"

class Derived(Base):
    pass

d = Derived()
print([d.who() for _ in range(2)])
Base.who = lambda self: "patched"
print([d.who() for _ in range(2)])
Derived.who = lambda self: "derived"
print([d.who() for _ in range(2)])
d.who = lambda: "instance"
print([d.who() for _ in range(2)])
