# More ways to reach instance attributes: __slots__ with __dict__, __setattr__ and __getattribute__ overrides, dynamic names, class attributes, copies, __dict__ edits.
class A:
    __slots__ = ('a', '__dict__')
    def __init__(self):
        self.a = 1
        self.b = 2
x = A(); print(x.a, x.b, vars(x))
class B:
    def __init__(self): self.p = 1; self.q = 2
    def __setattr__(self, n, v):
        object.__setattr__(self, n, v * 10)
b = B(); print(vars(b))
class C(B):
    def __init__(self):
        super().__init__()
        super().__setattr__('r', 3)
c = C(); print(vars(c))
class D:
    def __init__(self): self.x = 1
    def __getattribute__(self, n):
        if n == 'x': return 'intercepted'
        return object.__getattribute__(self, n)
d = D(); print(d.x, object.__getattribute__(d, 'x'), vars(d))
name = ''.join(['dy', 'n'])
class E:
    def __init__(self): setattr(self, name, 5); self.dyn2 = 6
e = E(); print(e.dyn, getattr(e, ''.join(['dy','n'])), vars(e))
class F:
    def __init__(self): self.v = 1
f1 = F(); f2 = F()
F.v = 'class'
print(f1.v, F.v); del f1.v; print(f1.v, f2.v)
class G:
    def __init__(self, n):
        for i in range(n): setattr(self, 'a%d' % i, i)
g = G(3); g2 = G(50); print(vars(g), len(vars(g2)))
import copy
class H:
    def __init__(self): self.l = [1]; self.t = (2,)
h = H(); h2 = copy.deepcopy(h); print(vars(h2), h2.l is h.l)
print(H.__dict__.get('l'), 'l' in dir(h), sorted(h.__dict__))
class I:
    def __init__(self): self.x = 1
    def __eq__(self, o): return vars(self) == vars(o)
print(I() == I())
class J:
    def __init__(self): self.x = 1
j = J(); j.__dict__.clear(); print(vars(j), hasattr(j, 'x')); j.x = 2; print(vars(j))
k = J(); k.__dict__.update(y=5); print(vars(k), k.y)
class K:
    x = property(lambda self: 'prop')
    def __init__(self): self.__dict__['x'] = 'inst'
print(K().x)
