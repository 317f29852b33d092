# __getattr__ / __setattr__ / __delattr__ proxies, attribute tracking, lazy loading
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_log", [])
    def __getattr__(self, name):
        self._log.append(("get", name))
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        self._log.append(("set", name))
        setattr(self._target, name, value)
    def __delattr__(self, name):
        self._log.append(("del", name))
        delattr(self._target, name)

class Target:
    def __init__(self):
        self.a = 1
    def double(self):
        return self.a * 2

t = Target()
p = Proxy(t)
print(p.a, p.double())
p.a = 21
print(t.a, p.double())
p.b = "new"
print(t.b, hasattr(p, "b"), hasattr(p, "zzz"))
del p.b
print(hasattr(t, "b"))
try:
    p.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    del p.nothing
except AttributeError as e:
    print("AttributeError:", e)
print(p._log)

class Lazy:
    loads = 0
    def __getattr__(self, name):
        if name.startswith("data_"):
            Lazy.loads += 1
            value = name[5:].upper()
            setattr(self, name, value)
            return value
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

z = Lazy()
print(z.data_x, z.data_x, z.data_y, Lazy.loads, sorted(vars(z)))
try:
    z.other
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(z, "other", "default"))

class Frozen:
    __slots__ = ("_values",)
    def __init__(self, **kw):
        object.__setattr__(self, "_values", dict(kw))
    def __getattr__(self, name):
        try:
            return self._values[name]
        except KeyError:
            raise AttributeError(name) from None
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}: {type(self).__name__} is frozen")
    def __repr__(self):
        return "Frozen(" + ", ".join(f"{k}={v!r}" for k, v in sorted(self._values.items())) + ")"
    def __eq__(self, other):
        return type(other) is Frozen and self._values == other._values
    def __hash__(self):
        return hash(tuple(sorted(self._values.items())))

f = Frozen(x=1, y=2)
print(f, f.x, f.y, f == Frozen(y=2, x=1), hash(f) == hash(Frozen(x=1, y=2)))
try:
    f.x = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    f.q
except AttributeError as e:
    print("AttributeError:", repr(e))

class GetAttribute:
    def __init__(self):
        self.calls = 0
    def __getattribute__(self, name):
        if name != "calls":
            object.__setattr__(self, "calls", object.__getattribute__(self, "calls") + 1)
        if name == "secret":
            raise AttributeError("secret is hidden")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return f"<fallback {name}>"
    def method(self):
        return "m"

g = GetAttribute()
print(g.method(), g.secret, g.anything, g.calls)

class Recorder:
    def __init__(self):
        self.__dict__["events"] = []
    def __setattr__(self, name, value):
        self.events.append(f"{name}={value!r}")
        super().__setattr__(name, value)
r = Recorder()
r.x = 1
r.y = [2]
r.x += 5
print(r.events, r.x, r.__dict__)

class Attrs:
    x = 10
a = Attrs()
print(getattr(a, "x"), getattr(Attrs, "x"))
setattr(a, "x", 20)
print(a.x, Attrs.x)
del a.x
print(a.x)
try:
    del a.x
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(a, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    setattr(a, None, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    object().foo = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    (1).real = 2
except AttributeError as e:
    print("AttributeError:", e)
try:
    "abc".upper = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    del Attrs.nope
except AttributeError as e:
    print("AttributeError:", e)
try:
    int.foo = 1
except TypeError as e:
    print("TypeError:", e)
