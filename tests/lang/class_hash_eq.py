# __hash__ and __eq__ in dicts and sets
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return isinstance(o, Point) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return 'P(%d,%d)' % (self.x, self.y)
d = {Point(1, 2): 'a'}
print(d[Point(1, 2)])
print(Point(1, 2) in d, Point(2, 1) in d)
s = {Point(0, 0), Point(0, 0), Point(1, 1)}
print(len(s), sorted(s, key=lambda p: (p.x, p.y)))
class Collide:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 7
    def __eq__(self, o):
        return self.v == o.v
    def __repr__(self):
        return 'C%d' % self.v
d2 = {}
for i in range(5):
    d2[Collide(i)] = i
d2[Collide(2)] = 'two'
print(d2)
del d2[Collide(3)]
print(d2, len(d2))
print(hash(Collide(1)))
class Eq1:
    def __eq__(self, o):
        return True
    __hash__ = object.__hash__
e1 = Eq1()
print({e1: 1}[e1])
class HashCount:
    calls = 0
    def __hash__(self):
        HashCount.calls += 1
        return 1
h = HashCount()
st = set()
st.add(h); st.add(h)
print(len(st), HashCount.calls)
