# dataclasses: generated methods, fields, defaults, inheritance, helpers
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar, KW_ONLY, make_dataclass

@dataclass
class Point:
    x: int
    y: int = 0
p = Point(1, 2)
print(p, repr(p), p == Point(1, 2), p != Point(2, 1), Point.__hash__, Point.__doc__)
print(Point(3), Point(y=5, x=1), Point.__match_args__, Point.y, hasattr(Point, 'x'))
try: Point()
except TypeError as e: print(e)
try: Point(1, 2, 3)
except TypeError as e: print(e)
try: Point(1, z=3)
except TypeError as e: print(e)
@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    tag: str = field(default='', compare=False, repr=False)
v = Version(1, 2, 'x')
print(v, sorted([Version(2), Version(1, 5), Version(1, 2)]), v < Version(1, 3), hash(v) == hash(Version(1, 2, 'y')), Version.__doc__)
try: v.major = 3
except FrozenInstanceError as e: print(type(e).__name__, e, isinstance(e, AttributeError))
try: del v.major
except FrozenInstanceError as e: print(e)
try: v.other = 3
except FrozenInstanceError as e: print(e)
@dataclass
class Inventory:
    items: list = field(default_factory=list)
    counts: dict = field(default_factory=dict, repr=False)
    name: str = 'inv'
    total: int = field(init=False, default=0)
    cv: "ClassVar[int]" = 10
    def __post_init__(self):
        self.total = len(self.items)
i = Inventory(['a', 'b'])
print(i, Inventory(), Inventory().items is not Inventory().items, Inventory.cv, [f.name for f in fields(i)], Inventory.__doc__)
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e: print(e)
try:
    @dataclass
    class Bad2:
        x: int = 0
        y: int
except TypeError as e: print(e)
try: field(default=1, default_factory=list)
except ValueError as e: print(e)
@dataclass
class Base:
    a: int
    b: str = 'b'
@dataclass
class Child(Base):
    c: float = 1.5
    a: int = 10
print(Child(), Child(1, 'x', 2.0), [f.name for f in fields(Child)])
@dataclass
class Line:
    start: Point
    end: Point
    tags: list = field(default_factory=list)
ln = Line(Point(0, 0), Point(1, 1), [Point(2, 2), (1, 2)])
print(asdict(ln), astuple(ln))
print(replace(p, y=9), replace(v, minor=7), is_dataclass(p), is_dataclass(Point), is_dataclass(3))
try: fields(3)
except TypeError as e: print(e)
try: asdict(Point)
except TypeError as e: print(e)
@dataclass
class WithInit:
    x: int
    scale: InitVar[int] = 2
    def __post_init__(self, scale):
        self.x *= scale
w = WithInit(3)
print(w, WithInit(3, 10), [f.name for f in fields(w)])
@dataclass
class KW:
    a: int
    _: KW_ONLY
    b: int = 1
    c: int = 2
print(KW(1, c=5), KW.__doc__)
try: KW(1, 2)
except TypeError as e: print(e)
@dataclass(kw_only=True)
class K2:
    a: int
    b: int = 0
print(K2(a=1), K2(b=2, a=3))
@dataclass(eq=False)
class NoEq:
    x: int
print(NoEq(1) == NoEq(1), NoEq.__hash__ is object.__hash__)
@dataclass(unsafe_hash=True)
class UH:
    x: int
    y: list = field(default_factory=list, hash=False)
print(hash(UH(1)) == hash(UH(1)), UH(1) == UH(1))
try: Point(1) < Point(2)
except TypeError as e: print(e)
class Outer:
    @dataclass
    class Inner:
        v: int
print(Outer.Inner(1))
@dataclass
class Node:
    val: int
    children: list = field(default_factory=list)
n = Node(1); n.children.append(n)
print(n)
@dataclass
class F:
    x: 'int'
    y: 'List[int]' = field(default_factory=list, metadata={'unit': 'm'})
print(F(1), fields(F)[1].metadata['unit'], fields(F)[0].type, F.__doc__)
C = make_dataclass('C', [('x', int), ('y', int, field(default=5))], namespace={'add': lambda self: self.x + self.y})
print(C(1), C(1).add(), C.__name__)
try:
    @dataclass(order=True)
    class O:
        x: int
        def __lt__(self, o): return True
except TypeError as e: print(e)
try:
    @dataclass
    class NF(Version):
        z: int = 0
except TypeError as e: print(e)
@dataclass
class E:
    pass
print(E(), E() == E())
print(Point.__init__.__qualname__, Point.__repr__.__qualname__)
