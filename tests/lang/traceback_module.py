# traceback.format_exc / print_exc / format_exception(_only): the interpreter's
# own report as text (lines chosen so that CPython prints no caret lines)
import builtins


def print(*args, **kw):  # file paths differ between machines
    builtins.print(*[a.replace(__file__, "THIS_FILE") if isinstance(a, str) else a
                     for a in args], **kw)



import traceback, sys, io

def inner(x):
    if not x:
        raise ZeroDivisionError("division by zero")
    return 1 / x

def outer():
    try:
        inner(0)
    except ZeroDivisionError:
        raise ValueError("bad value") from None

try:
    inner(0)
except ZeroDivisionError:
    print(traceback.format_exc(), end="")
    out = io.StringIO()
    traceback.print_exc(file=out)
    print(out.getvalue(), end="")

try:
    outer()
except ValueError as e:
    print("".join(traceback.format_exception(e)), end="")
    print(traceback.format_exception_only(type(e), e))
    print(traceback.format_exception_only(e))

def chained():
    try:
        raise KeyError("k")
    except KeyError as e:
        raise RuntimeError("wrapped") from e

try:
    chained()
except RuntimeError as e:
    lines = traceback.format_exception(type(e), e, e.__traceback__)
    print("".join(lines), end="")
    print("".join(traceback.format_exception(e, chain=False)), end="")

print(repr(traceback.format_exc()))
buf = io.StringIO()
try:
    raise TypeError("in buffer")
except TypeError:
    traceback.print_exc(file=buf)
print(buf.getvalue().splitlines()[-1])
try:
    exec("x = (1,")
except SyntaxError:
    print(traceback.format_exc().splitlines()[-1])
