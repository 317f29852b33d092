# Built-in classes subscripted in annotations: types.GenericAlias
def total(xs: list[int], weights: dict[str, float] | None = None) -> tuple[int, ...]:
    return (sum(xs),)
print(total([1, 2, 3]), total.__annotations__)
print(list[int], dict[str, list[int]], tuple[int, ...], set[str], frozenset[bytes], type[int])
print(list[int] | None, int | list[str])
a = list[int]
print(a.__origin__, a.__args__, a.__parameters__, a.__name__)
print(a([1, 2]), dict[str, int](x=1), a == list[int], a == list[str], hash(a) == hash(list[int]))
print(type(a).__name__, repr(tuple[()]))
class Node:
    pass
print(list[Node], dict[int, "Node"])
try:
    isinstance([], list[int])
except TypeError as e:
    print("TypeError:", e)
try:
    int[str]
except TypeError as e:
    print("TypeError:", e)
