for t in (list, tuple, str, bytes, bytearray, dict, set, frozenset, range, int, float, complex, bool):
    print(t.__name__, [n for n in ('__bool__', '__radd__', '__rmul__', '__iadd__', '__add__', '__len__', '__mul__', '__imul__') if hasattr(t, n)])
print(bool([]), bool([0]), bool(""), bool({}), bool(set()), bool(b""), bool(bytearray()), not (), bool(frozenset([1])))
class L(list): pass
print(bool(L()), bool(L([1])), [1] + [2], (1,) + (2,), "a" + "b", 3 * [1], 2 * "ab", [] + L([3]))
class S(str): pass
class T(tuple): pass
class B(bytes): pass
print(S("ab") + S("c"), type(S("a") + "b").__name__, T((1,)) + (2,), B(b"x") + b"y", L([1]) + [2])
class R(list):
    def __radd__(self, o):
        return "R.__radd__"
print([1] + R([2]), (1,) + R() if False else "", "x" + S("y"))
