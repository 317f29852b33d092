from typing import *
class P(NamedTuple):
    x: int
    y: int = 0
    def norm(self): return self.x
print(P(1), P.__mro__, P._field_defaults, P.__annotations__, P(3, 4).norm(), P._fields, P(1)._replace(y=5), P(1,2)._asdict())
try:
    class Q(NamedTuple):
        x: int = 0
        y: int
except TypeError as e: print(e)
M = TypedDict('M', {'a': int}, total=False); print(M, M.__optional_keys__, M(a=1), M.__module__, M.__total__)
try: isinstance({}, M)
except TypeError as e: print(e)
try: Union[()]
except TypeError as e: print(e)
print(Tuple[int,...].__args__, Callable[..., int].__args__)
try: List[int][str]
except TypeError as e: print(e)
try: Dict[int]
except TypeError as e: print(e)
class Pr(Protocol):
    def m(self): ...
try: Pr()
except TypeError as e: print(e)
try: isinstance(1, Pr)
except TypeError as e: print(e)
try: Annotated[int]
except TypeError as e: print(e)
@overload
def f(x: int) -> int: ...
try: f(1)
except NotImplementedError as e: print(e)
print(Annotated[int, 'a'].__metadata__, Annotated[int, 'a'].__origin__, get_origin(Annotated[int,'a']), get_origin(Union[int,str]), get_origin(Literal[1]), get_args(Literal[1,2]), get_origin(int), get_args(int))
print(type(None) | int, Union[int, str] | None)
print(P.__doc__, P.__module__)
Point3 = NamedTuple('Point3', [('x', float), ('y', float)])
print(Point3(1.0, 2.0), Point3.__module__, Point3.__annotations__)
E = NamedTuple('E', a=int)
print(E(a=3))
@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closable), isinstance(1, Closable), issubclass(F, Closable))
print(isinstance(3, SupportsInt), isinstance('x', SupportsInt), isinstance(2.5, SupportsFloat))
T = TypeVar('T')
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None: self.items.append(item)
    def pop(self) -> T: return self.items.pop()
s = Stack[int](); s.push(1); s.push(2); print(s.pop(), type(s).__name__, s.__orig_class__)
K = TypeVar('K'); V = TypeVar('V')
class Pair(Generic[K, V]):
    def __init__(self, k: K, v: V): self.k, self.v = k, v
print(Pair[str, int], Pair[str, int]('a', 1).k, Pair.__parameters__)
class IntPair(Pair[str, int]): pass
print(IntPair.__mro__, IntPair.__parameters__, IntPair.__orig_bases__)
class Base: pass
class Multi(Base, Generic[T]): pass
print(Multi.__mro__, Multi[str])
try:
    class Bad(Generic[T], Generic[K]): pass
except TypeError as e: print(e)
try:
    class Bad2(Generic): pass
except TypeError as e: print(e)
try:
    class Bad3(Pair[K, V], Generic[K]): pass
except TypeError as e: print(e)
def g(a: int, b: 'str', c: Optional[List[int]] = None) -> Dict[str, int]: pass
print(get_type_hints(g))
class C:
    x: int
    y: 'List[str]'
    z: ClassVar[int] = 3
class D(C):
    w: Annotated[float, 'unit']
print(get_type_hints(D))
print(get_type_hints(D, include_extras=True))
print(Callable[[int, str], bool], get_args(Callable[[int, str], bool]), Callable[[], None])
print(Dict[K, V][str, int], Callable[[T], T][int], List[Tuple[K, V]][int, str])
print(Union[int, str].__args__, Optional[int].__args__)
print(isinstance(3, Union[int, str]), isinstance(None, Optional[int]), isinstance(3.0, Union[int, str]))
print(Literal['a', 'b'].__args__, Final, ClassVar, Union, Optional, Literal, Annotated)
print(Type[Stack], List[Stack[int]])
UserId = NewType('UserId', int)
print(UserId(5) + 1, UserId.__supertype__, UserId.__name__)
def h(x: Union[int, str]) -> None: pass
print(h.__annotations__)
print(List == List, List[int] != List[str], Dict[str, int] == Dict[str, int])
print(repr(Callable), repr(Tuple), repr(Type), repr(Iterable), repr(AbstractSet), repr(Hashable))
print(isinstance([], Sequence), isinstance((), Sequence), isinstance({}, MutableMapping), isinstance(set(), AbstractSet), isinstance('s', Hashable), isinstance([], Hashable), isinstance(len, Callable), isinstance(iter([]), Iterator), isinstance(x for x in []) if False else 0)
print(issubclass(list, Sequence), issubclass(dict, Mapping), issubclass(int, Sized))
