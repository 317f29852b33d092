def t(f):
    try:
        r = f()
        print("ok", repr(r))
    except BaseException as e:
        print(type(e).__name__ + ":", e)
class E:
    def __eq__(self, o): return isinstance(o, E)
t(lambda: hash(E()))
print(E.__hash__)
print(E() != E(), E() != 1)
class E2(E):
    __hash__ = object.__hash__
print(type(hash(E2())).__name__)
class H:
    def __hash__(self): return 1.5
t(lambda: hash(H()))
class H2:
    def __hash__(self): return 2**70
print(hash(H2()) == hash(2**70))
class H3:
    def __hash__(self): return -1
print(hash(H3()))
class H4:
    __hash__ = None
t(lambda: hash(H4()))
t(lambda: {H4()})
t(lambda: {H4(): 1})
class Bo:
    def __bool__(self): return 1
t(lambda: bool(Bo()))
class Bo2:
    def __len__(self): return -1
t(lambda: bool(Bo2()))
t(lambda: len(Bo2()))
class Bo3:
    def __len__(self): return 2**70
t(lambda: len(Bo3()))
class Bo4:
    def __len__(self): return "x"
t(lambda: len(Bo4()))
class Bo5:
    def __len__(self): return 0
    def __bool__(self): return True
print(bool(Bo5()), not Bo5())
class Bo6:
    __bool__ = None
t(lambda: bool(Bo6()))
class Bo7:
    def __len__(self): return 3
print(bool(Bo7()))
class It:
    def __iter__(self): return iter([1,2,3])
print(2 in It(), 5 in It())
class Gi:
    def __getitem__(self, i):
        if i > 4: raise IndexError
        return i * 10
print(30 in Gi(), 35 in Gi(), list(Gi()))
class Ct:
    def __contains__(self, x): return x == 'a'
print('a' in Ct(), 'b' not in Ct())
class Ct2:
    def __contains__(self, x): return [1]
print(1 in Ct2())
class NI:
    __iter__ = None
t(lambda: iter(NI()))
t(lambda: 1 in NI())
class BadIt:
    def __iter__(self): return 5
t(lambda: iter(BadIt()))
t(lambda: list(BadIt()))
class Rich:
    def __init__(self, v): self.v = v
    def __lt__(self, o): print("lt", self.v, o.v if isinstance(o, Rich) else o); return NotImplemented
    def __gt__(self, o): print("gt", self.v, o.v if isinstance(o, Rich) else o); return NotImplemented
t(lambda: Rich(1) < Rich(2))
t(lambda: Rich(1) < 5)
t(lambda: 5 < Rich(1))
class Sub(Rich):
    def __gt__(self, o): print("sub gt"); return True
t(lambda: Rich(1) < Sub(2))
class Eq:
    def __eq__(self, o): print("eq"); return "yes"
print(Eq() == 1, Eq() != 1)
print(1 == Eq())
class Ne:
    def __ne__(self, o): return "ne"
print(Ne() != 1, Ne() == Ne())
x = Ne(); print(x == x)
print([Eq()] == [Eq()])
print(Eq() in [1])
class Cmp:
    def __le__(self, o): return True
t(lambda: Cmp() >= Cmp())
t(lambda: Cmp() > Cmp())
t(lambda: sorted([Cmp(), Cmp()]))
class Ordered:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"O({self.v})"
print(sorted([Ordered(3), Ordered(1), Ordered(2)]))
print(max(Ordered(3), Ordered(5)), min([Ordered(3), Ordered(5)]))
