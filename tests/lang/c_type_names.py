# classes that are C types in CPython are named as CPython names them in messages
from collections import deque, OrderedDict, defaultdict
from functools import partial
import itertools, operator, io
for o in (deque(), OrderedDict(), defaultdict(int), partial(int), itertools.count(), operator.itemgetter(1), io.StringIO()):
    try:
        o.nosuch
    except AttributeError as e:
        print(e)
    try:
        hash(o)
        print("hashable", type(o).__name__)
    except TypeError as e:
        print(e)
    print(type(o).__name__, type(o).__qualname__)
try:
    {deque(): 1}
except TypeError as e:
    print(e)
print(type(deque()), repr(deque([1])), defaultdict)
