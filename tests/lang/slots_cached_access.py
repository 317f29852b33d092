# __slots__ members read and written through the attribute caches
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def total(self):
        return self.x + self.y

class Q(P):
    __slots__ = ("z",)
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

class R:
    x = property(lambda self: 42)

def read_all(objs):
    out = []
    for o in objs:
        out.append(o.x)
    return out

ps = [P(i, i * 2) for i in range(5)]
print([p.total() for p in ps])
for p in ps:
    p.x = p.x * 10
print(read_all(ps))
mixed = [P(1, 2), Q(3, 4, 5), R(), P("a", "b")]
print(read_all(mixed * 3))
q = Q(1, 2, 3)
del q.y
for _ in range(3):
    try:
        print(q.y)
    except AttributeError as e:
        print("AttributeError:", e)
q.y = [1, 2]
print(q.y, q.z)
try:
    del q.y
    del q.y
except AttributeError as e:
    print("AttributeError:", e)
try:
    q.w = 1
except AttributeError as e:
    print("AttributeError:", e)
# a slot holding an object another thread created
import threading
box = []
t = threading.Thread(target=lambda: box.append({"k": "v"}))
t.start(); t.join()
p = P(box[0], None)
for _ in range(3):
    print(p.x, p.y)
# the class changes after the caches were filled
P.x_alias = property(lambda self: self.x)
print(ps[0].x_alias, ps[1].x)
