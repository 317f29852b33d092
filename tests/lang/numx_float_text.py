# float <-> text: repr (shortest round trip), float(str) syntax with
# underscores/whitespace/inf/nan, hex()/fromhex(), and error messages.

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for v in [0.1, 1e16, 1e22, 1e-7, -0.0, 123456789.123, 5e-324, 1.7976931348623157e308,
          2.5, 1/3, 2/3, 100.0, 1e15, 1.5e-5, 0.0001, 9007199254740993.0]:
    print(repr(v), str(v), v)

for s in ["1.5", "  1_000.5  ", "-.5e-3", "5.", ".5", "1e1_0", "inf", "-Infinity",
          "+nan", "NaN", "1e500", "-1e500", "1e-500", "\n3.25\t", "0x10", "1__0",
          "_1", "1_.5", "1._5", ".", "nan(1)", "infinit", "1e", "1e+", "", " ",
          "12345678901234567890.5", "\u0661.\u0665", "\uff11\uff10"]:
    show(lambda: float(s))
show(lambda: float(b"2.5"))
show(lambda: float(b"x"))
show(lambda: float(bytearray(b" 7 ")))
show(lambda: float([]))
show(lambda: float(None))
show(lambda: float(x=1))
show(lambda: float())
show(lambda: float(10**400))
show(lambda: float(2**53 + 1))
show(lambda: float(True))

class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 3
class Bad:
    def __float__(self):
        return 1
show(lambda: float(F()))
show(lambda: float(I()))
show(lambda: float(Bad()))

for v in [1.5, 0.1, 5e-324, -0.0, 1e308, 2.2250738585072014e-308, 1.0, -2.75]:
    print(v.hex(), float.fromhex(v.hex()) == v)
print(float("inf").hex(), float("nan").hex())
for s in ["0x1.8p1", "-0X1.ffffffffffffffp1023", "0x1p5000", "zz", "1.8", "inf",
          "0x.8", "0x1p-1074", "0x1p-1075", "0x3p-1076", "  0x10  ", "0x1.fffffffffffff8p1023"]:
    show(lambda: float.fromhex(s))
