# __prepare__ and __init_subclass__ see the class keywords (not metaclass=)
class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", name, sorted(kw.items()))
        return {"injected": kw.get("flag")}
    def __new__(mcs, name, bases, ns, **kw):
        print("new", name, sorted(kw.items()), ns["injected"])
        return super().__new__(mcs, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)

class K(metaclass=Meta, flag=True, size=3):
    pass

print(K.injected)

class Base:
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag

class Child(Base, tag="child"):
    pass

print(Child.tag)
try:
    class Bad(Base, nope=1):
        pass
except TypeError as e:
    print("TypeError:", e)
