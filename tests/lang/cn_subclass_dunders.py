def t(f):
    try:
        r = f()
        print(repr(r), type(r).__name__)
    except Exception as e:
        print(type(e).__name__ + ":", e)
class I(int): pass
class IdxBad:
    def __index__(self): return "x"
class IdxSub:
    def __index__(self): return I(5)
class IntBad:
    def __int__(self): return 1.5
class IntSub:
    def __int__(self): return True
class FloatBad:
    def __float__(self): return 1
class FloatSub:
    def __float__(self): return F(2.5)
class F(float): pass
class Both:
    def __int__(self): return 1
    def __index__(self): return 2
    def __float__(self): return 3.0
t(lambda: int(IdxBad()))
t(lambda: [1,2][IdxBad()])
t(lambda: hex(IdxBad()))
t(lambda: int(IntBad()))
t(lambda: float(FloatBad()))
t(lambda: int(Both()))
t(lambda: float(Both()))
t(lambda: complex(Both()))
t(lambda: [0, 1, 2][Both()])
t(lambda: round(Both()))
t(lambda: I(5) + I(6))
t(lambda: I(5) // 2)
t(lambda: -I(5))
t(lambda: +I(5))
t(lambda: abs(I(-5)))
t(lambda: I(5) << 1)
t(lambda: ~I(5))
t(lambda: I(5) ** 2)
t(lambda: int(I(5)))
t(lambda: float(F(2.5)))
t(lambda: +F(2.5))
t(lambda: -F(2.5))
t(lambda: abs(F(-2.5)))
t(lambda: F(2.5) * 1)
t(lambda: round(F(2.5)))
t(lambda: round(F(2.5), 1))
t(lambda: I(5).real)
t(lambda: I(5).numerator)
t(lambda: I(5).conjugate())
t(lambda: True.conjugate())
t(lambda: True.real)
t(lambda: True.numerator)
t(lambda: I(7).to_bytes(1, 'big'))
t(lambda: I.from_bytes(b'\x07', 'big'))
t(lambda: (1).__index__())
t(lambda: True.__index__())
t(lambda: I(3).__index__())
t(lambda: round(True))
t(lambda: round(True, 2))
t(lambda: round(I(15), -1))
t(lambda: I(15).__round__())
t(lambda: I(15).__trunc__())
t(lambda: divmod(I(7), 2))
t(lambda: pow(I(2), 3, 5))
t(lambda: int("12", I(8)))
t(lambda: I("12", 8))
t(lambda: I(" 1_2 "))
t(lambda: F(" 1_2.5 "))
t(lambda: I(2.9))
t(lambda: I())
t(lambda: F())
t(lambda: complex(I(1), F(2.0)))
t(lambda: str(I(5)))
t(lambda: repr(F(2.5)))
t(lambda: format(I(255), 'x'))
t(lambda: f"{F(2.5):.3f}")
t(lambda: "%d %s %r %x" % (I(5), I(5), F(1.5), I(255)))
