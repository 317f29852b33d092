from collections.abc import (Iterable, Iterator, Sequence, MutableSequence, Mapping,
    MutableMapping, Set, MutableSet, Hashable, Sized, Container, Callable, Generator,
    Collection, Reversible, KeysView, ItemsView, ValuesView, ByteString)
import collections.abc as cabc
vals = [1, "s", b"b", bytearray(b"x"), [1], (1,), {1: 2}, {1}, frozenset(), range(3),
        iter([]), (x for x in ()), len, lambda: 0, {}.keys(), {}.items(), {}.values(), None, 1.5]
abcs = [Iterable, Iterator, Sequence, MutableSequence, Mapping, MutableMapping, Set,
        MutableSet, Hashable, Sized, Container, Callable, Generator, Collection, Reversible, ByteString]
for v in vals:
    print(type(v).__name__, "".join("1" if isinstance(v, a) else "0" for a in abcs))
class MySeq(Sequence):
    def __init__(self, n): self.n = n
    def __getitem__(self, i):
        if i >= self.n: raise IndexError
        return i * i
    def __len__(self): return self.n
s = MySeq(5)
print(list(s), 9 in s, s.index(9), s.count(4), list(reversed(s)), isinstance(s, Iterable))
class MyMap(MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
m = MyMap(); m.update(a=1, b=2); m.setdefault("c", 3)
print(dict(m), m.get("z"), "a" in m, m.pop("a"), list(m.keys()), list(m.items()), list(m.values()), len(m))
print(m == {"b": 2, "c": 3}, m.popitem(), len(m))
class MySet(MutableSet):
    def __init__(self, it=()): self.s = set(it)
    def __contains__(self, x): return x in self.s
    def __iter__(self): return iter(sorted(self.s))
    def __len__(self): return len(self.s)
    def add(self, x): self.s.add(x)
    def discard(self, x): self.s.discard(x)
a, b = MySet([1, 2, 3]), MySet([2, 3, 4])
print(list(a & b), list(a | b), list(a - b), list(a ^ b), a <= b, MySet([2]) < a, a == MySet([3, 2, 1]))
a |= [9]; print(list(a), a.isdisjoint([7]))
try:
    Sequence()
except TypeError as e:
    print("TypeError:", e)
print(Iterable[int], cabc.Callable[[int], str] if False else "", issubclass(list, cabc.Sequence))
class Foo:
    def __iter__(self): return iter([])
print(isinstance(Foo(), Iterable), isinstance(Foo(), Iterator), issubclass(Foo, Sized))
