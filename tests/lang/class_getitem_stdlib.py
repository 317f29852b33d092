import collections, queue, functools, contextlib, dataclasses, itertools, types
for name, c in [("Counter", collections.Counter), ("defaultdict", collections.defaultdict), ("OrderedDict", collections.OrderedDict), ("ChainMap", collections.ChainMap), ("deque", collections.deque), ("Queue", queue.Queue), ("LifoQueue", queue.LifoQueue), ("PriorityQueue", queue.PriorityQueue), ("SimpleQueue", queue.SimpleQueue), ("partial", functools.partial), ("AbstractContextManager", contextlib.AbstractContextManager), ("Field", dataclasses.Field), ("enumerate", enumerate), ("chain", itertools.chain), ("MappingProxyType", types.MappingProxyType), ("list", list), ("frozenset", frozenset), ("type", type), ("tuple", tuple)]:
    try:
        print(name, c[int])
    except TypeError as e:
        print(name, "TypeError", e)
from typing import get_origin, get_args, List
from collections import Counter
def tally(words: list[str]) -> Counter[str]:
    return Counter(words)
print(tally(["a", "b", "a"]), tally.__annotations__)
print(get_origin(list[int]), get_args(dict[str, int]), get_args(tuple[int, ...]), get_origin(List[int]), get_args(int))
