# vars() and dir() of simple classes and instances
class Base:
    base_attr = 1
    def base_method(self):
        pass
class Thing(Base):
    kind = 'thing'
    def __init__(self):
        self.a = 1
        self.b = [2]
    def method(self):
        pass
    @property
    def prop(self):
        return 3
t = Thing()
print(vars(t))
print(sorted(vars(t)))
print(sorted(k for k in vars(Thing) if not k.startswith('__')))
print([n for n in dir(t) if not n.startswith('__')])
print([n for n in dir(Thing) if not n.startswith('__')])
t.c = 'later'
print([n for n in dir(t) if not n.startswith('_')])
print('__init__' in dir(t), '__class__' in dir(t))
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
class Slotted:
    __slots__ = ('q',)
try:
    vars(Slotted())
except TypeError as e:
    print(type(e).__name__, e)
print(vars(t) is t.__dict__)
vars(t)['d'] = 'via vars'
print(t.d)
print([n for n in dir([]) if not n.startswith('_')])
print([n for n in dir({}) if not n.startswith('_')])
