# A data descriptor with __set__ but no __delete__: del raises
# AttributeError: __delete__.
class Typed:
    def __set_name__(self, owner, name):
        self.name = '_' + name
    def __get__(self, obj, typ=None):
        return self if obj is None else getattr(obj, self.name)
    def __set__(self, obj, v):
        if not isinstance(v, int):
            raise TypeError(f"{self.name[1:]} must be int, not {type(v).__name__}")
        setattr(obj, self.name, v)
class P:
    x = Typed()
    def __init__(self, x): self.x = x
p = P(3)
print(p.x, p._x)
try:
    p.x = "s"
except TypeError as e:
    print(e)
class OnlyDelete:
    def __get__(self, obj, typ=None): return 42
    def __delete__(self, obj): print("deleted")
class Q:
    d = OnlyDelete()
q = Q()
del q.d
print(q.d)
try:
    q.d = 5
except AttributeError as e:
    print("AttributeError", e)
del p.x
