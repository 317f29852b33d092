# hasattr, getattr (default), setattr, delattr
class C:
    cls_attr = 'class'
    def __init__(self):
        self.x = 1
c = C()
print(hasattr(c, 'x'), hasattr(c, 'y'), hasattr(c, 'cls_attr'), hasattr(C, 'x'))
print(getattr(c, 'x'), getattr(c, 'y', 'default'), getattr(c, 'cls_attr'), getattr(C, '__name__'))
setattr(c, 'y', 'set-y')
print(c.y, getattr(c, 'y'))
setattr(C, 'new_cls', 5)
print(c.new_cls)
delattr(c, 'x')
print(hasattr(c, 'x'))
try:
    getattr(c, 'x')
except AttributeError as e:
    print(type(e).__name__, e)
try:
    delattr(c, 'nothing')
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(c, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    setattr(5, 'real', 1)
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr('abc', 'upper')(), getattr([], 'nope', None))
for name in ('x', 'y', 'z'):
    setattr(c, name, name * 2)
print([getattr(c, n) for n in ('x', 'y', 'z')])
attr = 'dyn' + 'amic'
setattr(c, attr, True)
print(c.dynamic)
class Prop:
    @property
    def boom(self):
        raise ValueError('not AttributeError')
try:
    hasattr(Prop(), 'boom')
except ValueError as e:
    print(type(e).__name__, e)
