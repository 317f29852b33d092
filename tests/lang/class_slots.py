# __slots__
class P:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
print(p.x, p.y)
p.x = 10
print(p.x)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(p, '__dict__'))
class Q:
    __slots__ = ['a']
q = Q()
try:
    q.a
except AttributeError as e:
    print(type(e).__name__, e)
q.a = 'set'
print(q.a)
del q.a
print(hasattr(q, 'a'))
class Sub(P):
    pass
s = Sub(1, 2)
s.z = 'dict allowed'
print(s.z, hasattr(s, '__dict__'))
class SubSlots(P):
    __slots__ = ('w',)
ss = SubSlots(1, 2)
ss.w = 5
print(ss.x, ss.y, ss.w)
try:
    ss.other = 1
except AttributeError as e:
    print(type(e).__name__)
print(P.__slots__)
class WithDefault:
    __slots__ = ('v',)
    kind = 'class attr ok'
print(WithDefault().kind)
