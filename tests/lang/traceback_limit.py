# sys.tracebacklimit and the traceback module's limit, as CPython
import builtins


def print(*args, **kw):  # file paths differ between machines
    builtins.print(*[a.replace(__file__, "THIS_FILE") if isinstance(a, str) else a
                     for a in args], **kw)



import sys, traceback
def a():
    b()
def b():
    c()
def c():
    raise ValueError("deep")
for lim in (None, 2, 1, -1, -2, 0):
    try:
        a()
    except ValueError:
        print(repr(lim), traceback.format_exc(limit=lim), sep="\n", end="--\n")
for lim in (2, 1, 0, -1):
    sys.tracebacklimit = lim
    try:
        a()
    except ValueError:
        print("sys", repr(lim), traceback.format_exc(), sep="\n", end="--\n")
sys.tracebacklimit = 2
a()
