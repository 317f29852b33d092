# Cooperative multiple inheritance: diamond MRO, super() with kwargs, mixins
class Base:
    def __init__(self, **kwargs):
        if kwargs:
            raise TypeError(f"unexpected arguments: {sorted(kwargs)}")
        self.trail = ["Base"]
    def describe(self):
        return ["Base"]

class Named(Base):
    def __init__(self, name="?", **kwargs):
        super().__init__(**kwargs)
        self.name = name
        self.trail.append("Named")
    def describe(self):
        return ["Named:" + self.name] + super().describe()

class Aged(Base):
    def __init__(self, age=0, **kwargs):
        super().__init__(**kwargs)
        self.age = age
        self.trail.append("Aged")
    def describe(self):
        return [f"Aged:{self.age}"] + super().describe()

class Person(Named, Aged):
    def __init__(self, email="", **kwargs):
        super().__init__(**kwargs)
        self.email = email
        self.trail.append("Person")
    def describe(self):
        return ["Person"] + super().describe()

class JsonMixin:
    def to_json(self):
        items = sorted((k, v) for k, v in vars(self).items() if k != "trail")
        return "{" + ", ".join(f'"{k}": {v!r}' for k, v in items) + "}"

class Employee(JsonMixin, Person):
    def __init__(self, salary=0, **kwargs):
        self.salary = salary
        super().__init__(**kwargs)
    def describe(self):
        return ["Employee"] + super(Employee, self).describe()

p = Person(name="ann", age=30, email="a@x")
print(p.trail, p.describe())
print([c.__name__ for c in Person.__mro__])
e = Employee(name="bob", age=40, salary=100)
print(e.trail, e.describe(), e.to_json())
print([c.__name__ for c in Employee.mro()])
try:
    Person(name="x", height=3)
except TypeError as err:
    print("TypeError:", err)
print(super(Named, p).describe(), super(Person, p).describe())
print(isinstance(e, (Aged, JsonMixin)), issubclass(Employee, Named), Employee.__bases__)

class A:
    def who(self): return "A"
    @classmethod
    def make(cls): return f"make {cls.__name__}"
    @staticmethod
    def util(x): return x * 2
    @property
    def prop(self): return "A.prop"
class B(A):
    def who(self): return "B>" + super().who()
    @classmethod
    def make(cls): return "B:" + super().make()
    @staticmethod
    def util(x): return A.util(x) + 1
    @property
    def prop(self): return "B+" + super().prop
class C(A):
    def who(self): return "C>" + super().who()
class D(B, C):
    def who(self): return "D>" + super().who()
d = D()
print(d.who(), D.make(), d.make(), D.util(5), d.prop)
print(super(D, d).who(), super(B, d).who(), super(C, d).who())
print(super(D, D).make(), super(B, D).make())
print(repr(super(D, d))[:28])

for bases_src in ["class X(A, B): pass", "class Y(int, str): pass", "class Z(A, A): pass"]:
    try:
        exec(bases_src)
    except TypeError as err:
        print("TypeError:", err)
class O1: pass
class O2: pass
class P1(O1, O2): pass
class P2(O2, O1): pass
try:
    class Bad(P1, P2): pass
except TypeError as err:
    print("TypeError:", err)
try:
    super(int, "x")
except TypeError as err:
    print("TypeError:", err)
try:
    super(D, 5).who()
except TypeError as err:
    print("TypeError:", err)
def free_super():
    return super().who()
try:
    free_super()
except RuntimeError as err:
    print("RuntimeError:", err)
class Sub(B):
    def gone(self):
        return super().missing
try:
    Sub().gone()
except AttributeError as err:
    print("AttributeError:", err)
class Counter:
    instances = 0
    def __init__(self):
        type(self).instances += 1
class SubCounter(Counter):
    pass
Counter(); SubCounter(); SubCounter()
print(Counter.instances, SubCounter.instances, "instances" in SubCounter.__dict__)
