# Metaclass basics: registries, __init_subclass__, __set_name__, __class_getitem__
class Registry(type):
    plugins = {}
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        if bases:
            key = kw.get("key", name.lower())
            mcls.plugins[key] = cls
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.created_by = mcls_name(type(cls))
    def __call__(cls, *args, **kwargs):
        inst = super().__call__(*args, **kwargs)
        inst.via_meta = True
        return inst
    def __repr__(cls):
        return f"<plugin class {cls.__name__}>"
    def __len__(cls):
        return len(cls.plugins)
    def __iter__(cls):
        return iter(sorted(cls.plugins))

def mcls_name(m):
    return m.__name__

class Plugin(metaclass=Registry):
    def __init__(self, arg=None):
        self.arg = arg

class CSV(Plugin, key="csv"):
    pass

class Json(Plugin):
    pass

print(Registry.plugins)
print(CSV, type(CSV), type(Plugin).__name__, CSV.created_by)
c = CSV(5)
print(c.arg, c.via_meta, isinstance(c, Plugin), len(Plugin), list(Json))
print(type(Registry), Registry.__mro__)

class Field:
    def __init__(self, default=None):
        self.default = default
    def __set_name__(self, owner, name):
        self.name = name
        self.private = "_" + name
        owner._fields = getattr(owner, "_fields", ()) + (name,)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, self.default)
    def __set__(self, obj, value):
        setattr(obj, self.private, value)

class Model:
    registry = []
    def __init_subclass__(cls, table=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.table = table or cls.__name__.lower() + "s"
        Model.registry.append(cls.__name__)
    def __init__(self, **kw):
        for k, v in kw.items():
            if k not in self._fields:
                raise TypeError(f"{type(self).__name__} has no field {k!r}")
            setattr(self, k, v)
    def __repr__(self):
        args = ", ".join(f"{f}={getattr(self, f)!r}" for f in self._fields)
        return f"{type(self).__name__}({args})"

class User(Model, table="people"):
    name = Field("anon")
    age = Field(0)

class Item(Model):
    sku = Field()
    price = Field(0.0)

print(Model.registry, User.table, Item.table, User._fields, Item._fields)
u = User(name="ann")
print(u, User.name.name, type(User.__dict__["age"]).__name__)
u.age = 31
print(u, u._age, vars(u))
try:
    Item(color="red")
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad(Model, color=1):
        pass
except TypeError as e:
    print("TypeError:", e)

class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__}]"
print(Box[int], Box[str])

class Singleton(type):
    _instances = {}
    def __call__(cls, *a, **k):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*a, **k)
        return cls._instances[cls]
class Config(metaclass=Singleton):
    def __init__(self):
        self.values = {}
a = Config(); b = Config()
a.values["x"] = 1
print(a is b, b.values)
Dyn = type("Dyn", (object,), {"x": 1, "hello": lambda self: f"hi {self.x}"})
d = Dyn()
print(Dyn.__name__, d.hello(), Dyn.__bases__, type(d).__qualname__)
try:
    type("Bad", (1,), {})
except TypeError as e:
    print("TypeError:", e)
try:
    type("X")
    print(type("X"))
    type("X", (), {}, 1)
except TypeError as e:
    print("TypeError:", e)
