# a | b sizes the result once; results, types and __eq__ calls as CPython
a = frozenset(range(10)); b = {5, 50, 51}
print(sorted(a | b), type(a | b).__name__, type(b | a).__name__)
print(a | a == a, (set() | set()), frozenset() | {1})
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return 1
    def __eq__(self, o): print("eq"); return isinstance(o, K) and self.v == o.v
    def __repr__(self): return f"K({self.v})"
s1 = {K(1), K(2)}; s2 = {K(2), K(3)}
u = s1 | s2
print(sorted(u, key=lambda k: k.v))
class FS(frozenset): pass
print(type(FS([1]) | {2}).__name__, sorted(FS([1]) | {2}))
big = set(range(1000)); print(len(big | set(range(500, 1500))))
s = {1, 2}; s.discard(1); print(s | {3})
