# format(complex, spec) and str.format / f-strings
def t(f, lbl=""):
    try:
        print(lbl, repr(f()))
    except Exception as e:
        print(lbl, type(e).__name__ + ":", e)
inf = float('inf'); nan = float('nan')
vals = [1+2j, -1234.5+2j, 0j, -0j, complex(-0.0, -0.0), complex(0.0, -0.0), 3j, 1e20+1e-7j, 1234567.891-7654321.5j,
        complex(inf, nan), complex(-inf, -inf), complex(nan, -nan), 0.5+2.5j, 1.5+0j, complex(-0.0, 1), 123456789012345678+0j]
specs = ['', '10', '<30', '>30', '^30', '*^31', '\u00e9<20', '+', '-', ' ', ',', '_', '.3', '.0', '.1', '#', '#.3', '.2f', '.0f',
         '#.0f', 'f', 'F', 'e', 'E', '.3e', 'g', 'G', '.3g', '#g', 'n', '.3n', '+.2f', ' .2f', ',.2f', '_.1f', '20,.2f',
         'z.1f', 'z', 'z.0f', '+z.1e', '=20', '020', '0<20', 'x=20', '%', 'd', 'x', 's', 'r', 'c', '.2%', ',n', ',d',
         '10.3', '+30.1e', '30_', '.1000f', '.30g', '\u00e9', 'ff', '1.2.3']
for v in vals:
    for s in specs:
        t(lambda: format(v, s), (v, s))
t(lambda: format(1j, 5))
t(lambda: (1j).__format__())
t(lambda: '{:.2f}|{:>10}|{:<10}'.format(1+1j, 2j, 3+0j))
t(lambda: f'{1.5-2.5j:+.1f}')
t(lambda: '%s' % (1j,))
t(lambda: '%d' % (1j,))
t(lambda: '%f' % (1j,))
