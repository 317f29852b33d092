from functools import singledispatch, singledispatchmethod
from collections.abc import Sequence, Mapping
@singledispatch
def show(x):
    return "object " + repr(x)
@show.register
def _(x: int):
    return "int %d" % x
@show.register(float)
def _(x):
    return "float %.1f" % x
@show.register(list)
@show.register(tuple)
def _(x):
    return "seq of %d" % len(x)
def show_map(x):
    return "mapping %d" % len(x)
show.register(Mapping, show_map)
class MyInt(int): pass
print(show(1), show(MyInt(3)), show(True), show(2.5), show([1, 2]), show((1,)), show({'a': 1}), show("s"), show(None))
print(show.dispatch(bool).__name__, sorted(k.__name__ for k in show.registry.keys()), show.__name__)
@show.register
def _(x: str | bytes):
    return "text " + str(len(x))
print(show("abc"), show(b"xy"))
class Fmt:
    @singledispatchmethod
    def fmt(self, arg):
        return "any"
    @fmt.register
    def _(self, arg: int):
        return "int"
    @fmt.register(list)
    def _(self, arg):
        return "list"
print(Fmt().fmt(1), Fmt().fmt([]), Fmt().fmt("x"))
try:
    show()
except TypeError as e:
    print("TypeError:", e)
