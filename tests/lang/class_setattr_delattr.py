# __setattr__ and __delattr__
class Frozen:
    def __init__(self, **kw):
        for k, v in kw.items():
            object.__setattr__(self, k, v)
    def __setattr__(self, name, value):
        raise AttributeError('frozen: cannot set ' + name)
    def __delattr__(self, name):
        raise AttributeError('frozen: cannot delete ' + name)
f = Frozen(a=1, b=2)
print(f.a, f.b)
try:
    f.a = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del f.b
except AttributeError as e:
    print(type(e).__name__, e)
class Tracked:
    def __init__(self):
        self.changes = []
    def __setattr__(self, name, value):
        if name != 'changes':
            self.changes.append((name, value))
        super().__setattr__(name, value)
    def __delattr__(self, name):
        self.changes.append(('del', name))
        super().__delattr__(name)
t = Tracked()
t.x = 1
t.x += 1
setattr(t, 'y', 'why')
del t.x
delattr(t, 'y')
print(t.changes)
print(hasattr(t, 'x'))
class Upper:
    def __setattr__(self, name, value):
        self.__dict__[name.upper()] = value
u = Upper()
u.name = 'v'
print(u.NAME, sorted(u.__dict__))
