# __set_name__ sees every attribute even when it adds class attributes; errors
# are wrapped in RuntimeError as in CPython 3.11; __init_subclass__ messages
class Field:
    def __set_name__(self, owner, name):
        self.name = name
        owner.fields = getattr(owner, "fields", ()) + (name,)
class Rec:
    a = Field()
    b = Field()
    c = Field()
    d = Field()
print(Rec.fields, Rec.d.name)
class Bad:
    def __set_name__(self, owner, name):
        raise ValueError("nope " + name)
try:
    class A:
        x = Bad()
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
class Base:
    pass
try:
    class Sub(Base, flavor="x"):
        pass
except TypeError as e:
    print("TypeError:", e)
class P:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
try:
    class Q(P, color=1):
        pass
except TypeError as e:
    print("TypeError:", e)
class Plain:
    pass
for f in [lambda: Plain().__init__(1), lambda: Plain(1), lambda: [].__getitem__(),
          lambda: {}.__getitem__(1, 2), lambda: [].__setitem__(1),
          lambda: Plain().__setattr__('a'), lambda: str(R())]:
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
class R:
    def __repr__(self): return 5
try:
    str(R())
except TypeError as e:
    print("TypeError:", e)
try:
    repr(R())
except TypeError as e:
    print("TypeError:", e)
