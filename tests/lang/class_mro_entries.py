# PEP 560: bases that are not classes may supply __mro_entries__
class Real:
    tag = "real"
class Alias:
    def __init__(self, target):
        self.target = target
    def __mro_entries__(self, bases):
        print("mro_entries called with", len(bases), "bases")
        return (self.target,)
class C(Alias(Real)):
    pass
print(C.__bases__, C.tag, C.__orig_bases__[0].target)
class D(int, Alias(Real)):
    pass
print([b.__name__ for b in D.__mro__])
class Bad:
    def __mro_entries__(self, bases):
        return [Real]
try:
    class E(Bad()):
        pass
except TypeError as e:
    print("TypeError:", e)
print("__orig_bases__" in Real.__dict__)
from typing import Generic, TypeVar, List
T = TypeVar("T")
class Box(Generic[T]):
    def __init__(self, v):
        self.v = v
print(Box[int](3).v, Box.__orig_bases__, Box.__parameters__)
class L(List[int]):
    pass
print(L([1, 2]), L.__mro__[1].__name__)
