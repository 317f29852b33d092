# Descriptor protocol: __get__, __set__, __set_name__
class Typed:
    def __set_name__(self, owner, name):
        self.name = '_' + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return 'descriptor on ' + objtype.__name__
        return getattr(obj, self.name, 'unset')
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError('expected int for ' + self.name[1:])
        setattr(obj, self.name, value)
class Rec:
    a = Typed()
    b = Typed()
r = Rec()
print(r.a)
r.a = 5
print(r.a, r.b)
try:
    r.b = 'x'
except TypeError as e:
    print(type(e).__name__, e)
print(Rec.a)
class NonData:
    def __get__(self, obj, t=None):
        return 'from descriptor'
class H:
    attr = NonData()
h = H()
print(h.attr)
h.__dict__['attr'] = 'instance wins'
print(h.attr)
class Const:
    def __get__(self, obj, t=None):
        return 42
    def __set__(self, obj, v):
        raise AttributeError('read-only')
class K:
    c = Const()
k = K()
try:
    k.c = 1
except AttributeError as e:
    print(type(e).__name__, e)
k.__dict__['c'] = 'ignored'
print(k.c)
