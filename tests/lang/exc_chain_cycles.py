# cycles in __cause__/__context__ chains are printed once, as CPython
import traceback
def show(e):
    print(traceback.format_exception(e)[-1], end="")
    print("".join(l for l in traceback.format_exception(e) if not l.startswith("  File")), end="--\n")
e1 = ValueError("one"); e2 = TypeError("two")
e1.__context__ = e2; e2.__context__ = e1
show(e1)
a = KeyError("a"); b = KeyError("b")
a.__cause__ = b; b.__cause__ = a
show(a)
c = RuntimeError("c"); c.__cause__ = c
show(c)
d = OSError("d"); d.__context__ = ValueError("ctx"); d.__cause__ = d
show(d)
x = ValueError("x"); y = ValueError("y"); z = ValueError("z")
x.__context__ = y; y.__context__ = z; z.__context__ = y
show(x)
