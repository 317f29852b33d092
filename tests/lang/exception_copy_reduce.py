# Exceptions copy and deepcopy through __reduce__ / __setstate__ (args plus the instance dict).
import copy
print(repr(copy.deepcopy(ValueError("x", 1))))
class E(Exception): pass
print(repr(copy.copy(E("a", "b"))))
e = KeyError("k"); e.extra = [1]
c = copy.deepcopy(e)
print(repr(c), c.extra, c.extra is e.extra)
print(ValueError("v").__reduce__())
class E2(Exception):
    def __init__(self, m, code):
        super().__init__(m)
        self.code = code
try:
    copy.copy(E2("m", 5))
except TypeError as t:
    print("TypeError:", t)
x = ValueError(1); x.__setstate__({'a': 2}); print(x.a)
try:
    x.__setstate__(5)
except TypeError as t:
    print(t)
