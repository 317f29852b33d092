# A class's __dict__ / vars(cls) is a read-only mappingproxy
class A:
    """doc"""
    x = 1
    def f(self): return 2
p = A.__dict__
print(type(p), type(p).__name__, type(vars(A)).__name__, vars(A) == A.__dict__)
print(p['x'], p.get('x'), p.get('zz', 5), 'x' in p, 'y' in p, p['__doc__'])
print(sorted(k for k in p if not k.startswith('__')), len(p) > 3)
print(sorted(k for k in p.keys() if not k.startswith('__')), type(p.copy()).__name__)
print([v for k, v in p.items() if k == 'x'], 1 in list(p.values()))
print(p == dict(p), p != {}, isinstance(p, dict))
print(repr(type(p)), str(p).startswith("{'__module__'"), repr(p).startswith("mappingproxy({'__module__'"))
class B: pass
print(repr(B.__dict__)[:40])
for op in [lambda: p.__setitem__('x', 2), lambda: p.update({}), lambda: hash(p)]:
    try:
        op()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
try:
    p['x'] = 2
except TypeError as e:
    print("TypeError:", e)
try:
    del p['x']
except TypeError as e:
    print("TypeError:", e)
try:
    p['nope']
except KeyError as e:
    print("KeyError:", e)
A.y = 10
print(p['y'], 'y' in A.__dict__)
del A.y
print('y' in p)
merged = p | {'z': 3}
print(type(merged).__name__, merged['z'], merged['x'])
print(type(int.__dict__).__name__, int.__dict__['real'], 'append' in list.__dict__)
print(type(p)({'a': 1}), type(p)({'a': 1})['a'])
for bad in [lambda: type(p)(), lambda: type(p)([1])]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
try:
    p |= {}
except TypeError as e:
    print("TypeError:", e)
class C:
    pass
C.__module__ = "elsewhere"
C.__doc__ = "new doc"
print(C.__module__, C.__doc__, repr(C))
try:
    int.__module__ = "x"
except TypeError as e:
    print("TypeError:", e)
# classes made by a metaclass: __dict__ is still the class's mappingproxy
class Meta(type):
    pass
class K(metaclass=Meta):
    x = 1
print(type(K.__dict__).__name__, K.__dict__.get("x"), "x" in vars(K))
K.y = 2
print(K.__dict__["y"], type(Meta.__dict__).__name__, "__dict__" in Meta.__dict__)
try:
    del K.__name__
except TypeError as e:
    print("TypeError:", e)
try:
    del K.__module__
except TypeError as e:
    print("TypeError:", e)
