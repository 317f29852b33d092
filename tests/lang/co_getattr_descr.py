def t(f):
    try:
        r = f()
        print("ok", repr(r))
    except BaseException as e:
        print(type(e).__name__ + ":", e)
class G:
    def __getattr__(self, n):
        if n.startswith('x'): return n * 2
        raise AttributeError(f"no {n}")
g = G()
t(lambda: g.xy)
t(lambda: g.y)
t(lambda: getattr(g, 'y', 'dflt'))
t(lambda: hasattr(g, 'y'))
class GA:
    def __init__(self): self.a = 1
    def __getattribute__(self, n):
        print("ga", n)
        if n == 'boom': raise AttributeError(n)
        return object.__getattribute__(self, n)
    def __getattr__(self, n): return "fallback " + n
ga = GA()
t(lambda: ga.a)
t(lambda: ga.boom)
t(lambda: ga.zzz)
class SA:
    def __setattr__(self, n, v):
        print("set", n, v); super().__setattr__(n, v * 2)
    def __delattr__(self, n):
        print("del", n); object.__delattr__(self, n)
s = SA(); s.q = 2; print(s.q, s.__dict__); del s.q; print(s.__dict__)
t(lambda: delattr(s, 'q'))
class GE:
    def __getattr__(self, n): raise KeyError(n)
t(lambda: getattr(GE(), 'x', 5))
t(lambda: hasattr(GE(), 'x'))
class PE:
    @property
    def p(self): raise AttributeError("inner")
    def __getattr__(self, n): return "ga:" + n
print(PE().p)
class D:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name); self.name = name
    def __get__(self, obj, typ=None):
        if obj is None: return self
        return obj.__dict__.get('_' + self.name, 'unset')
    def __set__(self, obj, v): obj.__dict__['_' + self.name] = v
    def __delete__(self, obj): print("delete", self.name)
class U:
    a = D()
    b = D()
u = U(); print(u.a); u.a = 3; print(u.a, U.a.name); del u.a
u.__dict__['a'] = 'inst'; print(u.a)
class ND:
    def __get__(self, obj, typ): return ('nd', obj is None, typ.__name__)
class V:
    n = ND()
v = V(); print(v.n, V.n); v.__dict__['n'] = 'shadow'; print(v.n)
class RO:
    def __get__(self, o, t): return 1
    def __set__(self, o, v): raise AttributeError("read only!")
class W:
    r = RO()
t(lambda: setattr(W(), 'r', 5))
t(lambda: delattr(W(), 'r'))
class Prop:
    def __init__(self): self._x = 0
    @property
    def x(self):
        "the x"
        return self._x
    @x.setter
    def x(self, v):
        if v < 0: raise ValueError("neg")
        self._x = v
    @x.deleter
    def x(self): print("deleting"); self._x = None
p = Prop(); p.x = 4; print(p.x); del p.x; print(p.x)
t(lambda: setattr(p, 'x', -1))
print(Prop.x.__doc__, type(Prop.x).__name__, Prop.x.fget.__name__)
class P2:
    x = property(lambda self: 1)
t(lambda: setattr(P2(), 'x', 1))
t(lambda: delattr(P2(), 'x'))
class P3:
    def getx(self): return 1
    x = property(getx, doc="dd")
print(P3.x.__doc__)
t(lambda: property(1).__get__(1, int))
class P4:
    x = property()
t(lambda: P4().x)
class P5:
    @property
    def val(self): return 1
t(lambda: setattr(P5(), 'val', 2))
