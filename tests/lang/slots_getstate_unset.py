class S:
    __slots__ = ("a", "b")
s = S(); s.a = 1
print(s.__getstate__())
import copy
t = copy.copy(s); print(t.a, hasattr(t, "b"))
