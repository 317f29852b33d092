# Dispatch rules of the abstract protocol: reflected operands, subclass
# priority, truth, containment, iteration fallbacks, isinstance hooks.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

class Num:
    def __init__(self, v): self.v = v
    def __add__(self, o):
        return ("Num.add", o if not isinstance(o, Num) else o.v)
    def __radd__(self, o):
        return ("Num.radd", o)
    def __lt__(self, o):
        return "Num.lt"
    def __gt__(self, o):
        return "Num.gt"
    def __eq__(self, o):
        return "Num.eq"
    __hash__ = None
class Sub(Num):
    def __radd__(self, o):
        return ("Sub.radd", o.v if isinstance(o, Num) else o)
    def __gt__(self, o):
        return "Sub.gt"

t(lambda: Num(1) + 2)
t(lambda: 2 + Num(1))
t(lambda: Num(1) + Sub(2))
t(lambda: Sub(2) + Num(1))
t(lambda: Num(1) < Sub(2))
t(lambda: Sub(1) < Num(2))
t(lambda: 1 < Num(2))
t(lambda: Num(1) == 1)
t(lambda: 1 == Num(1))
t(lambda: Num(1) != 1)
t(lambda: [1] + Num(3))

class NI:
    def __eq__(self, o): return NotImplemented
    def __lt__(self, o): return NotImplemented
x = NI()
t(lambda: x == x)
t(lambda: x == NI())
t(lambda: x != NI())
t(lambda: x < NI())

class Truth:
    def __init__(self, b): self.b = b
    def __bool__(self): return self.b
class Len:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
print(bool(Truth(True)), bool(Truth(False)), bool(Len(0)), bool(Len(3)), bool(object()))
print("yes" if Len(2) else "no", not Len(0))
t(lambda: bool(Truth(1)))
t(lambda: bool(Len(-1)))
t(lambda: len(Len(-1)))
t(lambda: len(Len("a")))

class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq(), 5 in Seq())
print(" ".join(str(v) for v in Seq()))

class It:
    def __iter__(self): return iter([1, 2, 3])
print(2 in It(), 4 in It(), list(It()))
class BadIt:
    def __iter__(self): return 5
t(lambda: iter(BadIt()))
class NoIter:
    __iter__ = None
t(lambda: iter(NoIter()))

class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "magic"
    def __subclasscheck__(cls, sub):
        return sub is int
class Magic(metaclass=Meta):
    pass
print(isinstance("magic", Magic), isinstance("plain", Magic), isinstance(Magic(), Magic))
print(issubclass(int, Magic), issubclass(str, Magic))
print(isinstance(3, (Magic, int)), isinstance(True, int), issubclass(bool, (int,)))

class GI:
    def __class_getitem__(cls, item):
        return ("cgi", cls.__name__, item)
print(GI[int])

class Idx:
    def __index__(self): return 2
print([10, 20, 30][Idx()], "abcd"[Idx():], bin(Idx()), range(10)[Idx()])
t(lambda: [1][Idx])

def kw(*a, **k):
    return a, sorted(k.items())
args = (1, 2)
kws = {"x": 1, "y": 2}
print(kw(*args, **kws), kw(**{}), kw(*[]))
t(lambda: kw(**{1: 2}))

print(format(3.5, ""), format(42, "05d"), format("s", ">3"), f"{7:x}")
class F:
    def __format__(self, spec):
        return "F<" + spec + ">"
print(format(F(), "abc"), f"{F():xy}", "{:q}".format(F()))
class BadF:
    def __format__(self, spec):
        return 3
t(lambda: format(BadF()))

print(ascii("héllo\u20ac\U0001f600"), ascii([1, "ü"]))

def rec(n):
    return rec(n + 1)
try:
    rec(0)
except RecursionError as e:
    print("RecursionError")

class Deep:
    def __repr__(self):
        return repr(self)
try:
    repr(Deep())
except RecursionError:
    print("RecursionError in repr")

class Abstract:
    pass
Abstract.__abstractmethods__ = frozenset({"g", "f"})
t(lambda: Abstract())
Abstract.__abstractmethods__ = frozenset()
print(type(Abstract()).__name__)

class Base:
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
class Child(Base, tag="hello"):
    pass
print(Child.tag)

# Comparisons of builtins through the generic path
print(1 == 1.0, [1, 2] < [1, 3], (1, "a") == (1, "a"), "a" < "b", None == None, None != 0)
nan = float("nan")
print(nan == nan, [nan] == [nan], nan in [nan])
