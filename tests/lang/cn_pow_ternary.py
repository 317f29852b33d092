# Three-argument pow() dispatches like CPython's ternary_op: int slots,
# user __pow__(self, other, mod), float/complex errors, and the
# "unsupported operand" message naming all three types.
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

class Mod:
    def __init__(self, v): self.v = v
    def __pow__(self, e, m=None): return ("pow", self.v, e, m)
    def __rpow__(self, b, m=None): return ("rpow", b, self.v, m)

t(lambda: pow(2, 10, 1000))
t(lambda: pow(True, 5, 3))
t(lambda: pow(Mod(2), 3, 5))
t(lambda: pow(Mod(2), 3))
t(lambda: pow(2, Mod(3)))
t(lambda: pow(2.0, 3, 5))
t(lambda: pow(2, 3.0, 5))
t(lambda: pow(2, 3, 5.0))
t(lambda: pow(1j, 2, 3))
t(lambda: pow(2, "a", 3))
t(lambda: pow(2, 3, "a"))
t(lambda: pow("a", 3, 5))
t(lambda: int.__pow__(2, 3, 5))
t(lambda: (2).__pow__(10, 7))
t(lambda: (2).__pow__(10, None))
t(lambda: (3).__rpow__(2, 5))
class I(int):
    def __pow__(self, e, m=None): return ("I.pow", int(self), e, m)
class J(int): pass
class OnlyR:
    def __rpow__(self, b, m=None): return "rpow"
class Two:
    def __pow__(self, e): return "two"
class NI:
    def __pow__(self, e, m=None): return NotImplemented
t(lambda: pow(I(2), 3, 5))
t(lambda: pow(2, I(3), 5))
t(lambda: pow(2, 3, I(5)))
t(lambda: pow(J(2), 3, 5))
t(lambda: type(pow(J(2), J(3), J(5))))
t(lambda: pow(OnlyR(), 2, 3))
t(lambda: pow(2, OnlyR(), 3))
t(lambda: pow(2, OnlyR()))
t(lambda: pow(Two(), 2, 3))
t(lambda: pow(Two(), 2))
t(lambda: pow(NI(), 2, 3))
t(lambda: pow(2.5, 2, None))
t(lambda: pow(2, -1, 5))
t(lambda: pow(True, True, 2))
t(lambda: pow(2, 1j, 3))
t(lambda: pow(2, 3, 1j))
t(lambda: pow(2.0, 3j, 5))
t(lambda: pow(None, 2, 3))
t(lambda: pow(2, 3, None))
t(lambda: pow(base=2, exp=3, mod=5))
