# When the other operand declines (NotImplemented), the sequence's own
# concat / repeat error is what CPython reports.
class N:
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return NotImplemented
    def __mul__(self, o): return NotImplemented
    def __rmul__(self, o): return NotImplemented
def t(f):
    try:
        print("ok", f())
    except TypeError as e:
        print("TypeError:", e)
t(lambda: [1] + N())
t(lambda: (1,) + N())
t(lambda: "s" + N())
t(lambda: b"s" + N())
t(lambda: N() + [1])
t(lambda: [1] * N())
t(lambda: N() * "ab")
t(lambda: "ab" * N())
def iadd():
    s = "x"
    s += N()
t(iadd)
def imul():
    s = (1,)
    s *= N()
t(imul)
class R:
    def __radd__(self, o): return "radd"
    def __rmul__(self, o): return "rmul"
t(lambda: [1] + R())
t(lambda: "s" * R())
class CountMe:
    def __contains__(self, x): return x == 3
class NoIter:
    __iter__ = None
print(3 in CountMe(), 4 in CountMe())
t(lambda: 1 in NoIter())
t(lambda: 1 in 5)
