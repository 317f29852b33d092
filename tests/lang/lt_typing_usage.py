# typing in a realistic program: annotations, generics, protocols, TypedDict
# (ftpy does not support "from __future__ import annotations" yet)

from typing import (Any, Callable, ClassVar, Dict, Generic, Iterable,
                    Iterator, List, NamedTuple, Optional, Protocol, Tuple,
                    TypedDict, TypeVar, Union, cast, get_type_hints,
                    TYPE_CHECKING, Final, Literal, overload)

if TYPE_CHECKING:
    import nothing_like_this_exists

T = TypeVar('T')
N = TypeVar('N', int, float)

MAX: Final = 10
Mode = Literal['r', 'w']


class Employee(NamedTuple):
    name: str
    dept: str
    salary: int = 1000

    def raise_by(self, pct: int) -> 'Employee':
        return self._replace(salary=self.salary * (100 + pct) // 100)


class Movie(TypedDict, total=False):
    title: str
    year: int


class Repository(Generic[T]):
    registry: ClassVar[Dict[str, int]] = {}

    def __init__(self) -> None:
        self._items: List[T] = []

    def add(self, item: T) -> None:
        self._items.append(item)

    def find(self, pred: Callable[[T], bool]) -> Optional[T]:
        for it in self._items:
            if pred(it):
                return it
        return None

    def __iter__(self) -> Iterator[T]:
        return iter(self._items)


class SupportsArea(Protocol):
    def area(self) -> float: ...


class Rect:
    def __init__(self, w: float, h: float) -> None:
        self.w, self.h = w, h

    def area(self) -> float:
        return self.w * self.h


def total_area(shapes: Iterable[SupportsArea]) -> float:
    return sum(s.area() for s in shapes)


def scale(x: N, k: N) -> N:
    return x * k


def parse(value: Union[str, int, None]) -> Tuple[str, Any]:
    if value is None:
        return ('none', None)
    if isinstance(value, str):
        return ('str', value.upper())
    return ('int', value + 1)


@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2


repo: Repository[Employee] = Repository()
for e in [Employee('ann', 'eng', 3000), Employee('bob', 'ops'),
          Employee('cy', 'eng', 2500)]:
    repo.add(e)
print(repo.find(lambda e: e.dept == 'ops'))
print(repo.find(lambda e: e.salary > 9999))
print([e.raise_by(10) for e in repo if e.dept == 'eng'])
print(Employee._fields, Employee._field_defaults)
print(Employee('dee', 'hr') == ('dee', 'hr', 1000), tuple(Employee('x', 'y', 1)))

m: Movie = Movie(title='Up')
m['year'] = 2009
print(m, type(m).__name__, sorted(Movie.__optional_keys__), Movie.__total__)

print(total_area([Rect(1, 2), Rect(3, 4.5)]))
print(scale(3, 4), scale(1.5, 2.0))
print(parse(None), parse('ab'), parse(41))
print(double(4), double('ab'), cast(List[int], 'not checked'))
print(MAX, Repository.registry, Repository[int], Repository[Employee])
hints = get_type_hints(parse)
for k in sorted(hints):
    print(k, hints[k])
print(get_type_hints(Employee))
print(get_type_hints(Repository.find))
print(Repository.__annotations__)
