# dict subclasses that keep dict's __iter__ are merged from their entries (**d, dict(d))
class D(dict):
    def __getitem__(self, k): return 99
def f(**kw): return kw
d = D(a=1)
print(f(**d), dict(**d), {**d}, dict(d))
class E(dict):
    def __getitem__(self, k): return 7
    def keys(self): return ["a"]
    def __iter__(self): return iter(["a"])
e = E(a=1, b=2)
print(f(**e), dict(**e), dict(e))
class M:
    def keys(self): return ["x", "y"]
    def __getitem__(self, k): return k * 2
print(f(**M()), dict(**M()), {**M()})
