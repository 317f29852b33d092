# Instance attributes in all the ways a program can reach them: the
# interpreter may keep them outside a real __dict__ until one is needed,
# which must never show.
import copy


class P:
    kind = 'class attr'

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def move(self, dx):
        self.x += dx
        return self


p = P(1, 2)
print(p.x, p.y, p.kind, vars(p))
p.kind = 'instance attr'           # shadows the class attribute
print(p.kind, P.kind, sorted(vars(p)))
del p.kind
print(p.kind)

# attributes set in another order, or with a gap, keep their own order
class Q:
    def __init__(self, flag):
        if flag:
            self.a = 1
        self.b = 2
        self.c = 3

print(vars(Q(True)), vars(Q(False)))
q = Q(True)
q.c = 30
q.a = 10
print(vars(q), list(q.__dict__))
q2 = Q(True)
del q2.b
print(vars(q2), hasattr(q2, 'b'))
q2.b = 'back'
print(vars(q2))

# more attributes than the methods ever set
class Many:
    def __init__(self):
        self.first = 0

m = Many()
for i in range(40):
    setattr(m, 'attr%d' % i, i)
print(len(vars(m)), m.attr0, m.attr39, list(vars(m))[:3])

# the dict and the attributes are the same storage
r = P(5, 6)
d = r.__dict__
d['z'] = 7
r.w = 8
print(r.z, d['w'], d is r.__dict__, vars(r))
r.__dict__ = {'only': 1}
print(vars(r), hasattr(r, 'x'))
try:
    r.x
except AttributeError as e:
    print('AttributeError:', e)

# getattr / setattr / delattr with computed and str-subclass names
class S(str):
    pass

t = P(1, 2)
print(getattr(t, 'x' + ''), getattr(t, S('y')), getattr(t, 'nope', 'default'))
setattr(t, S('x'), 100)
print(t.x, vars(t))
delattr(t, 'y')
try:
    delattr(t, 'y')
except AttributeError as e:
    print('AttributeError:', e)
setattr(t, 'not an identifier', 1)
print(vars(t))

# subclasses, super().__init__, multiple inheritance, __slots__ below
class P3(P):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

class Mixin:
    def __init__(self):
        self.mixed = True

class Both(P3, Mixin):
    def __init__(self):
        P3.__init__(self, 1, 2, 3)
        Mixin.__init__(self)

class Slotted(P):
    __slots__ = ('s',)

    def __init__(self):
        super().__init__(7, 8)
        self.s = 's'

print(vars(P3(1, 2, 3)), vars(Both()), Both().move(10).x)
sl = Slotted()
print(sl.s, sl.x, vars(sl), sorted(k for k in dir(sl) if not k.startswith('__')))

# __class__ assignment between classes with different attributes
class A:
    def __init__(self):
        self.a = 1

class B:
    def __init__(self):
        self.b1 = 1
        self.b2 = 2

obj = A()
obj.__class__ = B
print(type(obj).__name__, vars(obj))
obj.b1 = 'x'
print(vars(obj))
fresh = B.__new__(B)
fresh.__class__ = A
fresh.a = 'set after'
print(vars(fresh))

# copying, equality through __dict__, __getattr__ fallback, properties
c1 = P(1, [2])
c2 = copy.copy(c1)
c3 = copy.deepcopy(c1)
print(vars(c2), vars(c3), c2.y is c1.y, c3.y is c1.y)

class Fallback:
    def __init__(self):
        self.real = 1

    def __getattr__(self, name):
        return 'computed ' + name

f = Fallback()
print(f.real, f.virtual)

class Prop:
    def __init__(self):
        self._v = 0
        self.v = 5

    @property
    def v(self):
        return self._v

    @v.setter
    def v(self, val):
        self._v = val * 2

pr = Prop()
print(pr.v, vars(pr))

# a method replaced on one instance only
class M:
    def __init__(self):
        self.n = 0

    def hello(self):
        return 'method'

m1, m2 = M(), M()
m1.hello = lambda: 'instance function'
print(m1.hello(), m2.hello())
del m1.hello
print(m1.hello())

# many instances, updated in a loop
pts = [P(i, -i) for i in range(1000)]
for pt in pts:
    pt.move(1)
print(sum(pt.x for pt in pts), sum(pt.y for pt in pts), vars(pts[-1]))
