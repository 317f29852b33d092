# getattr/setattr/delattr/hasattr, vars, dir, globals, locals, callable,
# isinstance/issubclass.
class Point:
    cls_attr = 'class'

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        return abs(self.x) + abs(self.y)


p = Point(1, -2)
print(getattr(p, 'x'), getattr(p, 'nope', 'dflt'), getattr(p, 'cls_attr'))
setattr(p, 'z', 3)
print(p.z, hasattr(p, 'z'), hasattr(p, 'nope'), hasattr(p, 'norm'))
delattr(p, 'z')
print(hasattr(p, 'z'))
print(sorted(vars(p).items()))
vars(p)['w'] = 9
print(p.w)
names = dir(p)
print([n for n in names if not n.startswith('__')])
print('__init__' in names, '__class__' in names, names == sorted(names))
print([n for n in dir(Point) if not n.startswith('_')])


class WithDir:
    def __dir__(self):
        return ['b', 'a', 'c']


print(dir(WithDir()))


def f():
    a = 1
    b = 2
    return sorted(locals().items()), dir()


print(f())
g = globals()
print(g['__name__'], 'Point' in g, type(g).__name__)
GLOBAL_X = 5
print(globals()['GLOBAL_X'])
globals()['NEW_GLOBAL'] = 'made'
print(NEW_GLOBAL)

print(callable(len), callable(Point), callable(p), callable(p.norm), callable(1))
print(isinstance(p, Point), isinstance(1, (str, int)), isinstance(True, int))
print(issubclass(bool, int), issubclass(Point, object), issubclass(int, (str, float)))


class Dyn:
    def __getattr__(self, name):
        if name.startswith('dyn_'):
            return name[4:]
        raise AttributeError(name)


d = Dyn()
print(getattr(d, 'dyn_hello'), hasattr(d, 'dyn_x'), hasattr(d, 'other'))
print(getattr(d, 'other', 'fallback'))


class Boom:
    @property
    def bad(self):
        raise ValueError('boom')


try:
    hasattr(Boom(), 'bad')
except ValueError as e:
    print('ValueError propagates:', e)
print(getattr(Boom(), 'missing', 'ok'))
import math
print('sqrt' in dir(math), 'pi' in vars(math))
