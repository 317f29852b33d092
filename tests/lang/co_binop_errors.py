def t(f):
    try:
        r = f()
        print("ok", repr(r))
    except BaseException as e:
        print(type(e).__name__ + ":", e)

class A: pass
class B: pass
t(lambda: A() + 1)
t(lambda: 1 + A())
t(lambda: A() - B())
t(lambda: A() * "x")
t(lambda: A() @ A())
t(lambda: A() / 2)
t(lambda: A() // 2)
t(lambda: A() % 2)
t(lambda: divmod(A(), 2))
t(lambda: A() ** 2)
t(lambda: A() << 2)
t(lambda: A() >> 2)
t(lambda: A() & 2)
t(lambda: A() | 2)
t(lambda: A() ^ 2)
t(lambda: -A())
t(lambda: +A())
t(lambda: ~A())
t(lambda: abs(A()))
t(lambda: A() < A())
t(lambda: A() <= 1)
t(lambda: A() > "s")
t(lambda: A() >= None)
t(lambda: A() == A())
t(lambda: A() != A())
def ia():
    x = A(); x += 1
t(ia)
def ia2():
    x = A(); x **= 1
t(ia2)
def ia3():
    x = A(); x @= 1
t(ia3)
def ia4():
    x = [1]; x -= 1
t(ia4)
t(lambda: len(A()))
t(lambda: A()[0])
def si():
    A()[0] = 1
t(si)
def di():
    del A()[0]
t(di)
t(lambda: iter(A()))
t(lambda: next(A()))
t(lambda: 1 in A())
t(lambda: A()())
t(lambda: hash([]))
t(lambda: int(A()))
t(lambda: float(A()))
t(lambda: complex(A()))
t(lambda: [][A()])
t(lambda: "abc"[A()])
t(lambda: range(A()))
t(lambda: reversed(A()))
t(lambda: round(A()))
t(lambda: bool(A()))
t(lambda: format(A(), "d"))
with_ = A()
def w():
    with with_: pass
t(w)
class N:
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return NotImplemented
    def __lt__(self, o): return NotImplemented
    def __eq__(self, o): return NotImplemented
t(lambda: N() + N())
t(lambda: N() < N())
t(lambda: N() == N())
t(lambda: N() != N())
t(lambda: 1 + N())
t(lambda: "s" + N())
t(lambda: [] + N())
t(lambda: "s" * N())
t(lambda: [1] * 2.0)
t(lambda: "a" + 1)
t(lambda: 1 + "a")
t(lambda: [] + ())
t(lambda: () + [])
t(lambda: {} | [])
t(lambda: 1 < "a")
t(lambda: [] < ())
t(lambda: None < None)
t(lambda: {1} < [1])
t(lambda: 1.0 + "x")
t(lambda: divmod("a", 1))
t(lambda: pow("a", 2))
