# Built-ins defined with argument clinic in CPython 3.11 reject an unknown
# keyword with "'x' is an invalid keyword argument for f()".
import math
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: (1).to_bytes(2, 'big', foo=1))
t(lambda: int.from_bytes(b'', 'big', foo=1))
t(lambda: round(1.5, foo=1))
t(lambda: pow(2, 3, foo=1))
t(lambda: math.isclose(1, 2, foo=1))
t(lambda: math.prod([1], foo=1))
t(lambda: "a".split(foo=1))
t(lambda: (1).to_bytes(length=1, byteorder='big', signed=False))
t(lambda: math.isclose(1, 1.05, rel_tol=0.1))
