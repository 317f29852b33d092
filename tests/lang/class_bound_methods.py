# Bound and unbound methods
class Counter:
    def __init__(self, name):
        self.name = name
        self.n = 0
    def inc(self, by=1):
        self.n += by
        return self
c = Counter('c')
m = c.inc
m(); m(5)
print(c.n)
print(m.__self__ is c, m.__func__ is Counter.inc, m.__name__)
Counter.inc(c, 100)
print(c.n)
other = Counter('o')
print(m == c.inc, m == other.inc)
methods = [Counter('a').inc, Counter('b').inc]
for meth in methods:
    meth(3)
print([meth.__self__.n for meth in methods])
upper = 'hello'.upper
print(upper())
app = [].append
app(1)
print(type(app).__name__)
lst = [3, 1, 2]
sorter = lst.sort
sorter(reverse=True)
print(lst)
class Chain:
    def __init__(self):
        self.ops = []
    def add(self, x):
        self.ops.append(x)
        return self
print(Chain().add(1).add(2).add(3).ops)
c.inc = lambda: 'instance attribute shadows method'
print(c.inc())
del c.inc
print(c.inc().n)
f = Counter.inc
print(type(f).__name__)
