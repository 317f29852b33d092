# typing aliases are plain objects; classes built on them keep their metaclass
from typing import List, Dict, Generic, TypeVar, Optional, Union, Callable, Protocol
from abc import ABCMeta, abstractmethod

T = TypeVar("T")
print(isinstance(List[int], type), isinstance(List, type), callable(List))
print(List[int], Dict[str, List[T]][int], Optional[int], Callable[[int], str])
print(List[int] == List[int], hash(List[int]) == hash(List[int]), List[int].__origin__)

class Base(Generic[T], metaclass=ABCMeta):
    @abstractmethod
    def get(self) -> T: ...

class Impl(Base[int]):
    def get(self):
        return 1

print(type(Base).__name__, Impl.__bases__, Base.__orig_bases__, Impl.__orig_bases__)
print(Impl().get(), Base[int], Impl.__parameters__, Base.__parameters__)
try:
    Base()
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance(1, List[int])
except TypeError as e:
    print("TypeError:", e)
print(isinstance([], List), issubclass(list, List))
try:
    List[int]()
except TypeError as e:
    print("TypeError:", e)
print(List[int]([1, 2]) if False else list[int]([1, 2]))

class Stack(Generic[T]):
    def __init__(self):
        self.items: List[T] = []
    def push(self, x: T) -> None:
        self.items.append(x)
s = Stack[int]()
s.push(3)
print(s.items, type(s).__name__, Stack[int].__origin__ is Stack)

class P(Protocol):
    def meth(self) -> int: ...
print(P.__name__, type(P).__name__)
try:
    class Bad(Union[int, str]):
        pass
except TypeError as e:
    print("TypeError:", e)
