# int() construction: strings in every base, underscores, whitespace,
# bytes, floats, user objects, and CPython's exact error messages.

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for s in ["12", " 12 ", "+12", "-12", "1_000", "0", "000", "0_0", "\t-7\n",
          "1__0", "_1", "1_", "12.5", "", "-", "abc", "0x10", "1 2"]:
    show(lambda: int(s))

for s, b in [("ff", 16), ("0xff", 16), ("0xFF", 0), ("0x_f", 0), ("0b101", 0),
             ("0o17", 0), ("017", 0), ("0b1", 16), ("z", 36), ("Z", 36),
             ("102", 2), ("12", 1), ("12", 37), ("0x", 16), ("  0o_7 ", 8)]:
    show(lambda: int(s, b))

show(lambda: int("12", base=8))
show(lambda: int(12, 10))
show(lambda: int(base=10))
show(lambda: int(x=10))
show(lambda: int([]))
show(lambda: int(None))
show(lambda: int(b"42"))
show(lambda: int(b" -42 "))
show(lambda: int(b"4x"))
show(lambda: int(bytearray(b"99")))
show(lambda: int("\u0663\u0664"))       # Arabic-Indic digits
show(lambda: int("\uff11\uff12"))       # fullwidth digits
show(lambda: int("\u00a012\u2003"))     # Unicode spaces
show(lambda: int("x" * 300))
show(lambda: int("9" * 30))
show(lambda: int("-" + "9" * 30))
show(lambda: int("1" * 5000))
show(lambda: len(str(int("1" * 4300))))
show(lambda: str(10**5000))

for f in [0.0, -0.0, 1.9, -1.9, 1e20, -1e20, 2.5e300, float("inf"), float("nan")]:
    show(lambda: int(f))
show(lambda: int(True))
show(lambda: int(False))

class HasInt:
    def __int__(self):
        return 42
class HasIndex:
    def __index__(self):
        return 7
class HasTrunc:
    def __trunc__(self):
        return 9
class BadInt:
    def __int__(self):
        return "nope"
show(lambda: int(HasInt()))
show(lambda: int(HasIndex()))
show(lambda: int(HasTrunc()))
show(lambda: int(BadInt()))
