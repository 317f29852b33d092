import collections
from collections.abc import Sequence, Mapping
def m(x):
    match x:
        case {'a': v, **rest}: return ('map', v, rest)
        case [a, b, *c]: return ('seq', a, b, c)
        case str(): return 'str'
        case _: return 'other'
class MySeq(Sequence):
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i
    def __len__(self): return 3
class MyMap(Mapping):
    def __init__(self): self.d = {'a': 1, 'b': 2}
    def __getitem__(self, k): return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
class Reg: 
    def __len__(self): return 2
    def __getitem__(self, i):
        if i >= 2: raise IndexError
        return i * 10
Sequence.register(Reg)
for x in (collections.deque([1, 2]), collections.ChainMap({'a': 1}, {'z': 0}), MySeq(), MyMap(), Reg(),
          "ab", b"ab", bytearray(b"ab"), [1, 2, 3], (1, 2), {'a': 5}, collections.OrderedDict(a=1), range(4), 7):
    print(type(x).__name__, m(x))
