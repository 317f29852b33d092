# library code that is C in CPython (lru_cache, reduce, partial, itertools, heapq,
# deque, defaultdict, OrderedDict ...) leaves no frames in tracebacks
import functools, itertools, heapq, bisect, operator
from collections import defaultdict, deque, OrderedDict
def boom(*a):
    raise ValueError("boom")
cases = [
    lambda: functools.lru_cache(maxsize=None)(boom)(1),
    lambda: functools.lru_cache(maxsize=2)(boom)(1),
    lambda: functools.cache(boom)(1),
    lambda: functools.reduce(boom, [1, 2, 3]),
    lambda: functools.partial(boom, 1)(),
    lambda: sorted([3, 1, 2], key=functools.cmp_to_key(boom)),
    lambda: list(itertools.starmap(boom, [(1,)])),
    lambda: list(itertools.accumulate([1, 2], boom)),
    lambda: heapq.heappop([]),
    lambda: defaultdict(boom)["x"],
    lambda: deque([1]).index(5),
    lambda: OrderedDict().popitem(),
]
import traceback
for c in cases:
    try:
        c()
    except Exception:
        lines = [l for l in traceback.format_exc().splitlines() if l.startswith("  File")]
        print(len(lines), traceback.format_exc().splitlines()[-1])
