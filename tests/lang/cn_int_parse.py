def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

# int() parsing
for s in ["12", " 12 ", "1_000", "1__0", "_1", "1_", "0x1f", "0b101", "0o17", "-0x1f", "+12", "", " ", "12.5", "١٢٣", "\t42\n", "0_0", "00", "007", "0x", "1e5", "abc", "9"*30]:
    t(lambda: int(s))
for s, b in [("0x1f", 16), ("1f", 16), ("0x1f", 0), ("010", 0), ("0", 0), ("00", 0), ("0_0", 0), ("z", 36), ("Z", 36), ("12", 3), ("12", 2), ("0b1", 2), ("0o7", 8), ("0b1", 16), ("1", 1), ("1", 37), ("1", -1), ("0B1_0", 0), (" -0x_1f ", 0), ("0x_", 16)]:
    t(lambda: int(s, b))
t(lambda: int(12, 10))
t(lambda: int(b"12"))
t(lambda: int(b"12", 16))
t(lambda: int(bytearray(b" 7 ")))
t(lambda: int(b"1.5"))
t(lambda: int(None))
t(lambda: int([1]))
t(lambda: int(3.9))
t(lambda: int(-3.9))
t(lambda: int(float('inf')))
t(lambda: int(float('nan')))
t(lambda: int(1e30))
t(lambda: int("12", base=10))
t(lambda: int(x="12"))
t(lambda: int())
t(lambda: int(True))
t(lambda: int("1"*5000))
t(lambda: int("x"*300))
t(lambda: int("12", 2.5))
class A:
    def __index__(self): return 5
class B:
    def __int__(self): return 7
t(lambda: int(A()))
t(lambda: int(B()))
t(lambda: int("10", A()))
class D:
    def __int__(self): return "x"
t(lambda: int(D()))
t(lambda: int(complex(1,2)))
