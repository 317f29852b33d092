# complex arithmetic: mixed int/float/complex operands on both sides, errors
def t(f, lbl=""):
    try:
        print(lbl, repr(f()))
    except Exception as e:
        print(lbl, type(e).__name__ + ":", e)

inf = float('inf'); nan = float('nan')
vals = [0j, -0j, complex(-0.0, 0.0), complex(0.0, -0.0), complex(-0.0, -0.0), 1j, 1+1j, -1-1j,
        complex(inf, 0), complex(0, inf), complex(inf, inf), complex(nan, 1), complex(1, nan),
        complex(-inf, -nan), 1e300+1e300j, 1e-300j, 0.1+0.2j, 1e16j, 123456789.123+1e22j,
        complex(2**53, 3), 5e-324j]
for v in vals:
    print(repr(v), str(v), v.real, v.imag)
    t(lambda: hash(v) if v == v else 'nanhash')
    t(lambda: abs(v))
    t(lambda: -v)
    t(lambda: v.conjugate())
    t(lambda: bool(v))
others = [0, 1, -3, 2**70, 0.0, -0.0, 2.5, inf, nan, 1j, 2-3j, True, complex(0, -0.0), 0j]
for a in vals[:12]:
    for b in others:
        for op in ['+', '-', '*', '/', '**', '==', '!=']:
            t(lambda: eval('a %s b' % op), (a, op, b))
            t(lambda: eval('b %s a' % op), (b, op, a))
for op in ['<', '<=', '>', '>=', '//', '%', '<<', '&']:
    t(lambda: eval('1j %s 1j' % op))
    t(lambda: eval('1j %s 1' % op))
    t(lambda: eval('2.0 %s 1j' % op))
t(lambda: divmod(1j, 1))
t(lambda: 10**400 + 1j)
t(lambda: 1j + 10**400)
t(lambda: 1j == 10**400)
t(lambda: (10**400 + 0j))
t(lambda: complex(2**60+1, 0) == 2**60+1)
t(lambda: complex(2.0**60, 0) == 2**60+1)
t(lambda: 0j ** -1)
t(lambda: 0j ** -1.5)
t(lambda: 0j ** 1j)
t(lambda: 0j ** 0)
t(lambda: 0j ** 0j)
t(lambda: 0j ** 2)
t(lambda: 1j / 0)
t(lambda: 1j / 0j)
t(lambda: 1 / 0j)
t(lambda: 1.5 / complex(0.0, -0.0))
t(lambda: (1e200+1e200j) ** 2)
t(lambda: (1e200+1e200j) ** 2.5)
t(lambda: (1e200+1e200j) * (1e200+1e200j))
t(lambda: abs(1e308+1e308j))
t(lambda: (2+3j) ** 101)
t(lambda: (1+1j) ** 100)
t(lambda: (1+1j) ** -100)
t(lambda: (1.0001+0.0001j) ** 1000)
t(lambda: 2 ** (0.5+0.5j))
t(lambda: (-1) ** 0.5)
t(lambda: (-1.0) ** 0.5)
t(lambda: (-8) ** (1/3))
t(lambda: (-2) ** 2.5)
t(lambda: (-2.0) ** -0.5)
t(lambda: (-1e300) ** 1.5)
t(lambda: pow(1j, 2))
t(lambda: (1+2j) ** True)
