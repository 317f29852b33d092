# X | Y union types (objects/union.c): repr, __args__, equality, hashing,
# isinstance/issubclass, and the TypeErrors for operands that can't be unioned
u = int | str
print(u, repr(u), type(u), type(u).__name__, u.__args__, u.__parameters__)
print(int | None, None | int, int | str | None, (int | str) | (float | None))
print(int | int, int | int is int, (int | str) | int, str | (int | str))
print((int | str) == (str | int), (int | str) != (int | float), (int | str) == int)
print(hash(int | str) == hash(str | int), len({int | str, str | int, int | None}))
print((int | None).__args__, type(None) in (int | None).__args__)
class Node: pass
class Leaf(Node):
    def __repr__(self): return 'Leaf()'
print(Node | Leaf, list | dict | Node)
def check(v, t):
    try:
        print(repr(v), t, isinstance(v, t))
    except TypeError as e:
        print("TypeError:", e)
for v in [1, "a", None, 2.5, True, Leaf(), [1]]:
    check(v, int | str)
    check(v, int | None)
check(Leaf(), Node | None)
check(3, (str, int | float))
print(issubclass(bool, int | str), issubclass(bytes, int | str), issubclass(Leaf, Node | int))
print(hasattr(int | str, '__instancecheck__'))
for bad in [lambda: int | 3, lambda: 3 | int, lambda: int | "str", lambda: None | None,
            lambda: (int | str) | 4, lambda: [] | int, lambda: issubclass(1, int | str),
            lambda: isinstance(1, int | 3)]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
def parse(x: int | str | None = None) -> int | None:
    if isinstance(x, int | None):
        return x
    return int(x)
print(parse(), parse(3), parse("42"), parse.__annotations__)
class Meta(type):
    pass
class WithMeta(metaclass=Meta):
    pass
print(WithMeta | int, isinstance(WithMeta(), WithMeta | int))
