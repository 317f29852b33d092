# __getattr__ and __getattribute__
class Dyn:
    existing = 'real'
    def __getattr__(self, name):
        if name.startswith('get_'):
            return lambda: name[4:].upper()
        raise AttributeError(f'{type(self).__name__!r} has no {name!r}')
d = Dyn()
print(d.existing)
print(d.get_foo())
try:
    d.other
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(d, 'get_x'), hasattr(d, 'nope'))
print(getattr(d, 'nope', 'default'))
class Proxy:
    def __init__(self, target):
        self._target = target
        self.log = []
    def __getattr__(self, name):
        self.log.append(name)
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p._target, p.log)
class Logged:
    def __init__(self):
        self.a = 1
    def __getattribute__(self, name):
        if name == 'secret':
            return 'intercepted'
        return object.__getattribute__(self, name)
lg = Logged()
print(lg.a, lg.secret)
class Fallback:
    def __getattribute__(self, name):
        raise AttributeError(name)
    def __getattr__(self, name):
        return 'fallback for ' + name
print(Fallback().anything)
class Plain:
    pass
try:
    Plain().missing_attr
except AttributeError as e:
    print(type(e).__name__, e)
try:
    (5).nope
except AttributeError as e:
    print(type(e).__name__, e)
try:
    'str'.nope
except AttributeError as e:
    print(type(e).__name__, e)
