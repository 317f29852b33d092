def t(f):
    try:
        r = f()
        print("ok", repr(r))
    except BaseException as e:
        print(type(e).__name__ + ":", e)
for args in [(), (1,), ("a",), (1, 2), ("x", "y", 3), (None,), ([],)]:
    e = Exception(*args)
    print(repr(str(e)), repr(e), e.args)
for args in [(), ("k",), (1,), (1, 2), ("",)]:
    e = KeyError(*args)
    print(repr(str(e)), repr(e))
print(str(ValueError("")), repr(ValueError("")))
e = OSError(2, "No such file")
print(str(e), e.errno, e.strerror, repr(e), type(e).__name__)
e = OSError(2, "No such file", "foo.txt")
print(str(e), e.filename)
print(type(OSError(2, "x")).__name__, type(OSError(13, "x")).__name__)
e = OSError("just msg"); print(str(e), e.errno)
print(str(FileNotFoundError(2, "nf", "a")))
e = StopIteration(5); print(e.value, StopIteration().value)
e = SystemExit(3); print(e.code, SystemExit().code, SystemExit(1, 2).code)
e = ImportError("m", name="x", path="p"); print(e.name, e.path, e.msg, str(e))
t(lambda: ImportError("m", bogus=1))
e = AttributeError("a", name="n", obj=3); print(e.name, e.obj)
e = NameError("x", name="q"); print(e.name)
e = UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid start byte'); print(str(e), e.start, e.reason)
e = SyntaxError("bad", ("f.py", 1, 2, "x y", 1, 3)); print(str(e), e.filename, e.lineno, e.offset, e.text, e.msg)
print(str(SyntaxError("m")))
class MyErr(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
e = MyErr(4, "boom"); print(str(e), repr(e), e.args, e.code)
class MyErr2(Exception):
    def __str__(self): return "custom"
print(str(MyErr2(1)), repr(MyErr2(1)))
class MyErr3(ValueError):
    def __init__(self, x): self.x = x
e = MyErr3(5); print(repr(str(e)), repr(e), e.args)
class NoInit(Exception): pass
print(repr(NoInit(1, 2)))
t(lambda: Exception(x=1))
e = Exception(1); e.args = (3, 4); print(e, e.args)
e.args = [5]; print(e.args)
e = Exception(); print(e.__cause__, e.__context__, e.__suppress_context__, e.__traceback__)
t(lambda: setattr(e, '__cause__', 5))
e.__cause__ = ValueError(); print(e.__suppress_context__)
print(e.with_traceback(None) is e)
e.foo = 1; print(e.foo, e.__dict__)
print(issubclass(KeyError, LookupError), KeyError.__mro__)
print(Exception.__module__, Exception.__name__, repr(Exception))
print(isinstance(KeyboardInterrupt(), Exception))
t(lambda: BaseException.__new__(int))
e = BaseException.__new__(ValueError, 1, 2); print(e.args)
class E2(Exception):
    def __new__(cls, *a): 
        o = super().__new__(cls, *a); o.extra = 1; return o
print(E2(7).extra, E2(7).args)
try:
    raise MyErr(1, "x")
except Exception as ex:
    print(type(ex).__name__, ex)
t(lambda: exec("raise 5"))
t(lambda: exec("raise int"))
t(lambda: exec("raise ValueError from 5"))
def g():
    try:
        raise ValueError("a")
    except ValueError as e:
        raise TypeError("b") from e
try: g()
except TypeError as e: print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
def h():
    try:
        raise ValueError("a")
    except ValueError:
        raise TypeError("b") from None
try: h()
except TypeError as e: print(e.__cause__, repr(e.__context__), e.__suppress_context__)
print(repr(AssertionError()), repr(ZeroDivisionError("division by zero")))
t(lambda: 1/0)
t(lambda: {}[(1,2)])
t(lambda: {}[''])
t(lambda: {}[KeyError])
