# type() with one and three arguments
print(type(1).__name__, type('a').__name__, type([]).__name__, type(None).__name__)
print(type(type).__name__, type(int) is type)
def init(self, v):
    self.v = v
Dyn = type('Dyn', (object,), {'init_val': 0, '__init__': init, 'double': lambda self: self.v * 2})
d = Dyn(21)
print(type(d).__name__, d.double(), Dyn.init_val)
print(Dyn.__name__, [c.__name__ for c in Dyn.__mro__])
Base = type('Base', (), {'hello': lambda self: 'hello from ' + type(self).__name__})
Child = type('Child', (Base,), {})
print(Child().hello())
print(issubclass(Child, Base), isinstance(Child(), Base))
class Normal:
    x = 1
print(type(Normal) is type, type(Normal()).__name__)
print(type(3) == int, type(True) == int, type(True) is bool)
Empty = type('Empty', (), {})
e = Empty()
e.attr = 5
print(e.attr)
try:
    type('Bad', 5, {})
except TypeError as ex:
    print(type(ex).__name__, ex)
print(type(Dyn).__name__)
print(Normal.__class__.__name__, d.__class__.__name__)
