# deque iterators notice changes like CPython's; tee copies read in O(1)
from collections import deque
d = deque([1, 2, 3])
try:
    for x in d:
        if x < 3: d.append(x + 10)
except RuntimeError as e: print("RuntimeError", e)
print(d)
d = deque([1, 2, 3])
try:
    for x in d: d.popleft()
except RuntimeError as e: print("RuntimeError", e)
d = deque(range(5))
for x in d: d[0] = x
print(d, list(reversed(d)), list(d), sum(d), 3 in d)
d = deque([1, 2]); it = iter(d); print(next(it)); d.rotate(1)
try: next(it)
except RuntimeError as e: print("RuntimeError", e)
d = deque([1, 2]); it = iter(d); print(next(it), next(it)); d.append(5)
try: next(it)
except RuntimeError as e: print("RuntimeError", e)
except StopIteration: print("stop")
d = deque(maxlen=2)
for i in range(5): d.append(i)
print(d, list(d))
import itertools
a, b = itertools.tee(range(100000)); print(sum(a), sum(b))
a, b, c = itertools.tee("abcdef", 3)
print(next(a), next(a), next(b), list(c), list(a), list(b))
x, y = itertools.tee(iter([1, 2, 3]))
print(list(zip(x, y)))
print(itertools.tee([1], 0))
