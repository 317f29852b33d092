# Exception hierarchies, chaining, with-suppression; ends with raise from.
import sys
class AppError(Exception):
    pass
class DbError(AppError):
    def __init__(self, table):
        super().__init__(f"table {table} missing")
        self.table = table
def load():
    try:
        {}["k"]
    except KeyError as e:
        raise DbError("users") from e
def run():
    try:
        load()
    except AppError as e:
        print("caught", type(e).__name__, e, e.table, repr(e.__cause__))
        raise RuntimeError("wrapped")
try:
    run()
except RuntimeError as e:
    print(type(e.__context__).__name__, e.__context__.__cause__)
def f():
    try:
        1/0
    except ZeroDivisionError:
        try:
            int("x")
        except ValueError as v:
            print(repr(v.__context__))
            raise
try:
    f()
except ValueError as e:
    print("outer", repr(e), repr(e.__context__))
try:
    try:
        raise KeyError("a")
    finally:
        print("finally")
except KeyError as e:
    print("got", e)
e = None
try:
    raise ValueError("v")
except ValueError as e:
    pass
try:
    print(e)
except NameError as ne:
    print("NameError", ne)
class Res:
    def __init__(self, n): self.n = n
    def __enter__(self): print("enter", self.n); return self
    def __exit__(self, et, ev, tb):
        print("exit", self.n, et.__name__ if et else None, ev)
        return self.n == 1
with Res(1):
    raise ValueError("suppressed")
print("after")
try:
    with Res(2) as r:
        raise ValueError("kept")
except ValueError as e:
    print("propagated", e)
with Res(3) as a, Res(1) as b:
    raise TypeError("x")
print(sys.exc_info())
try:
    raise ValueError(1)
except ValueError:
    print(sys.exc_info()[0].__name__, sys.exc_info()[1])
class D:
    def __del__(self): print("del", id(self) == id(self))
d = D(); del d
print("after del")
def mk():
    x = D()
mk()
print("end")
raise DbError("final") from KeyError("k")
