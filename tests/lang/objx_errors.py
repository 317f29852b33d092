# Error messages of the abstract object protocol, as CPython 3.11 prints them.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

class A: pass
class B: pass

t(lambda: 1 + "a")
t(lambda: "a" - 1)
t(lambda: [] * 1.5)
t(lambda: 1 @ 2)
t(lambda: divmod("a", 1))
t(lambda: 2 ** "x")
t(lambda: pow(2, "x"))
t(lambda: 1 << 2.0)
t(lambda: A() | B())
t(lambda: A() & 1)
t(lambda: A() ^ 1)
t(lambda: A() >> 1)
t(lambda: A() // 1)
t(lambda: A() % 1)
t(lambda: A() / 1)
t(lambda: -"a")
t(lambda: +"a")
t(lambda: ~1.5)
t(lambda: abs("a"))
t(lambda: 1 < "a")
t(lambda: A() <= B())
t(lambda: A() > 1)
t(lambda: [] >= ())
t(lambda: A() == B())
t(lambda: A() != B())
t(lambda: hash([]))
t(lambda: hash({}))
t(lambda: 5())
t(lambda: A()())
t(lambda: (1)[0])
t(lambda: A()[0])
t(lambda: int[0])
t(lambda: len(5))
t(lambda: len(A()))
t(lambda: 1 in 5)
t(lambda: iter(5))
t(lambda: next([]))
t(lambda: [].index.__name__)
t(lambda: getattr(1, 2))
t(lambda: getattr(1, "x"))
t(lambda: setattr(1, "x", 2))
t(lambda: setattr(1, "real", 2))
t(lambda: setattr(1, "__add__", 2))
t(lambda: delattr(A(), "x"))
t(lambda: A().x)
t(lambda: isinstance(1, 2))
t(lambda: issubclass(1, int))
t(lambda: issubclass(int, 1))
t(lambda: isinstance(1, (str, (float, int))))
t(lambda: issubclass(bool, (str, (float, int))))
t(lambda: range(10).__index__())
t(lambda: [1, 2, 3][True])
t(lambda: [1, 2, 3][1.5:])
t(lambda: "abc" * 1.5)
t(lambda: [1, 2][1.0])
t(lambda: format(A(), "x"))
t(lambda: format(A(), "") == repr(A())[:0])
t(lambda: object(1))
t(lambda: A(1))
t(lambda: A(x=1))
t(lambda: object.__new__(A, 1))
t(lambda: object().x)
t(lambda: setattr(object(), "x", 1))
x = [1]
def f():
    x[0] += "a"
t(f)
def g():
    y = "a"
    y -= 1
t(g)
def h():
    y = A()
    y **= 2
t(h)
def k():
    y = A()
    y @= 2
t(k)
