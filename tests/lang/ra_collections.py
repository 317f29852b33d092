from collections import deque, defaultdict, Counter, OrderedDict, namedtuple, ChainMap

words = "the cat and the hat and the bat sat on the mat".split()
c = Counter(words)
print(c)
print(c.most_common(2), c["the"], c["dog"], len(c), c.total())
c.update(["cat", "dog"])
c.subtract({"the": 3})
print(c.most_common(3), sorted(c.elements())[:5])
print(Counter("abracadabra"), Counter(a=3, b=1) + Counter(a=1, c=2))
print(Counter(a=3, b=1) - Counter(a=1, b=5), Counter(a=3) | Counter(a=1, b=2), Counter(a=3, b=1) & Counter(a=1, b=2))
print(Counter(), repr(Counter()), Counter(a=1) == Counter(a=1, b=0), +Counter(a=-1, b=2), -Counter(a=-1, b=2))
print(dict(Counter("hello")), list(Counter("hello").keys()))

dd = defaultdict(list)
for w in words:
    dd[len(w)].append(w)
print(dd)
print(dict(dd), dd[99], 99 in dd, dd.default_factory)
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(counts, sorted(counts.items()))
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["x"] += 1
print(nested["a"]["x"], isinstance(nested, dict), type(nested).__name__)
try:
    defaultdict(5)
except TypeError as e:
    print("TypeError:", e)
plain = defaultdict()
try:
    plain["k"]
except KeyError as e:
    print("KeyError:", e)

q = deque([1, 2, 3])
q.append(4); q.appendleft(0)
print(q, q.popleft(), q.pop(), q, len(q), q[0], q[-1])
q.rotate(1); print(q)
q.rotate(-2); print(q)
q.extendleft([10, 11]); print(q)
last3 = deque(maxlen=3)
for i in range(6):
    last3.append(i)
print(last3, last3.maxlen, list(last3), 4 in last3)
try:
    deque().popleft()
except IndexError as e:
    print("IndexError:", e)
print(deque("abc") == deque("abc"), deque([1]) == [1], list(reversed(deque("xyz"))), bool(deque()))

# BFS with deque
grid = {(0, 0): [(0, 1), (1, 0)], (0, 1): [(1, 1)], (1, 0): [(1, 1)], (1, 1): []}
seen = {(0, 0): 0}
todo = deque([(0, 0)])
while todo:
    cur = todo.popleft()
    for nb in grid[cur]:
        if nb not in seen:
            seen[nb] = seen[cur] + 1
            todo.append(nb)
print(seen)

Point = namedtuple("Point", "x y")
p = Point(3, 4)
print(p, p.x + p.y, p[0], p._asdict(), p._replace(x=10), Point._fields, Point._make([5, 6]))
x, y = p
print(x, y, p == (3, 4), isinstance(p, tuple), len(p), repr(Point), Point.__name__)
Emp = namedtuple("Emp", ["name", "dept", "salary"], defaults=[0])
staff = [Emp("ann", "eng", 120), Emp("bob", "ops"), Emp("cy", "eng", 90)]
print(sorted(staff, key=lambda e: e.salary), staff[1].salary, Emp._field_defaults)
by_dept = defaultdict(list)
for e in staff:
    by_dept[e.dept].append(e.name)
print(dict(by_dept))
for bad in (lambda: Point(1), lambda: Point(1, 2, 3), lambda: p._replace(z=1), lambda: Point._make([1]),
            lambda: namedtuple("P", "x x"), lambda: namedtuple("P", "_x"), lambda: namedtuple("P", "def"),
            lambda: setattr(p, "x", 5), lambda: Point(1, y=2, x=3)):
    try:
        print(bad())
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__ + ":", e)

od = OrderedDict()
od["b"] = 1; od["a"] = 2; od["c"] = 3
od.move_to_end("b")
print(od, list(od), od.popitem(), od.popitem(last=False), od)
od2 = OrderedDict([("x", 1), ("y", 2)])
print(od2 == OrderedDict([("y", 2), ("x", 1)]), od2 == {"y": 2, "x": 1}, OrderedDict())
od2.move_to_end("y", last=False)
print(od2)
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], sorted(cm), len(cm), cm.get("z", 0))
