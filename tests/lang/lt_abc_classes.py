from abc import ABC, ABCMeta, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @property
    @abstractmethod
    def name(self): ...
    @classmethod
    @abstractmethod
    def make(cls): ...
    @staticmethod
    @abstractmethod
    def helper(): ...
    def describe(self): return f"{self.name}: {self.area()}"
print(sorted(Shape.__abstractmethods__))
try: Shape()
except TypeError as e: print(e)
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    @property
    def name(self): return "square"
try: Sq(2)
except TypeError as e: print(e)
class Sq2(Sq):
    @classmethod
    def make(cls): return cls(3)
    @staticmethod
    def helper(): return 1
print(Sq2.make().describe(), Sq2.__abstractmethods__)
class Half(Shape):
    def area(self): return 1
try: Half()
except TypeError as e: print(e)
class One(ABC):
    @abstractmethod
    def f(self): pass
try: One()
except TypeError as e: print(e)
class MyABC(metaclass=ABCMeta): pass
MyABC.register(tuple)
print(isinstance((), MyABC), issubclass(tuple, MyABC), isinstance([], MyABC))
@MyABC.register
class Other: pass
print(issubclass(Other, MyABC), isinstance(Other(), MyABC), Other.__name__)
class Hook(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Hook:
            return hasattr(C, 'quack')
        return NotImplemented
class Duck:
    def quack(self): pass
print(isinstance(Duck(), Hook), isinstance(1, Hook), issubclass(Duck, Hook))
class Sub(MyABC): pass
print(issubclass(Sub, MyABC), isinstance(Sub(), MyABC), type(Sub), type(ABC))
try: MyABC.register(3)
except TypeError as e: print(e)
try: Sub.register(MyABC)
except RuntimeError as e: print(e)
try: issubclass(3, MyABC)
except TypeError as e: print(e)
class NoAbs(ABC): pass
print(NoAbs(), NoAbs.__abstractmethods__) if False else print(NoAbs.__abstractmethods__)
# ABC with __init__ and super
class Animal(ABC):
    def __init__(self, name): self.name = name
    @abstractmethod
    def speak(self) -> str: ...
    def __repr__(self): return f"{type(self).__name__}({self.name!r})"
class Dog(Animal):
    def speak(self): return "woof"
animals = [Dog("rex")]
for a in animals: print(a, a.speak(), isinstance(a, Animal))
# abstract setter
class Prop(ABC):
    @property
    def v(self): return 1
    @v.setter
    @abstractmethod
    def v(self, x): pass
print(Prop.__abstractmethods__)
from typing import Mapping, MutableMapping, Sequence, Iterator, Iterable, MutableSequence, AbstractSet
class Reg(Mapping[str, int]):
    def __init__(self, d): self._d = dict(d)
    def __getitem__(self, k): return self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
r = Reg({'a': 1, 'b': 2})
print(r.get('a'), r.get('z', 0), 'a' in r, 'z' in r, list(r.keys()), list(r.items()), list(r.values()), r == {'a': 1, 'b': 2}, len(r), dict(r))
class MM(MutableMapping[str, int]):
    def __init__(self): self._d = {}
    def __getitem__(self, k): return self._d[k]
    def __setitem__(self, k, v): self._d[k] = v
    def __delitem__(self, k): del self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
m = MM(); m.update({'x': 1}, y=2); m.setdefault('z', 3); print(m.pop('x'), dict(m), m.popitem(), isinstance(m, MutableMapping), isinstance(m, dict))
class Seq(Sequence[int]):
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
    def __len__(self): return 3
s = Seq(); print(list(s), 20 in s, s.index(20), s.count(10), list(reversed(s)))
class Count(Iterator[int]):
    def __init__(self): self.n = 0
    def __next__(self):
        self.n += 1
        if self.n > 3: raise StopIteration
        return self.n
print(list(Count()), Count.__mro__[1:])
try: Reg()
except TypeError as e: print(e)
class Inc(Mapping): pass
try: Inc()
except TypeError as e: print(e)
