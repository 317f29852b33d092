# Argument-count errors of int/bool methods use the receiver's type name.
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)
for name in ['bit_length', 'bit_count', 'conjugate', 'as_integer_ratio',
             '__getnewargs__', '__sizeof__', '__trunc__', '__floor__',
             '__ceil__', '__round__', '__format__']:
    for obj in [5, True, -2**80]:
        m = getattr(obj, name)
        print(type(obj).__name__, name)
        t(lambda: m(1, 2, 3, 4))
        t(lambda: m(x=1))
        if name not in ('__sizeof__',):
            t(lambda: m(*([] if name != '__format__' else ['x'])))
t(lambda: (5).__format__(5))
t(lambda: (5).__round__(-1))
t(lambda: (15).__round__(-1))
t(lambda: (25).__round__(-1))
t(lambda: (5).__round__(1.5))
t(lambda: int.bit_length(2**100))
t(lambda: int.bit_length("x"))
