state = 12345
def rnd(n):
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return (state >> 11) % n
specs = ['', 'r', '.0f', '.1f', '.3f', '.10f', '.0e', '.3e', '.17e', 'g', '.1g', '.5g', '.17g', '#g', '#.3g', '%', '.2%', 'e', 'E', 'G', '#.0f', '#.0e', '.20f', '.25g', 'n', '.16g', '.15g']
out = []
for i in range(1500):
    k = rnd(10)
    if k < 3:
        x = (rnd(2**53) / 2**53 - 0.5) * 2000
    elif k < 6:
        x = rnd(2**53) * 2.0 ** (rnd(2100) - 1100)
    elif k < 8:
        x = round((rnd(2**53) / 2**53 - 0.5) * 200, rnd(6))
    else:
        x = (rnd(2 * 10**6) - 10**6) / 8
    s = specs[rnd(len(specs))]
    if s == 'r':
        out.append(repr(x) + ' ' + str(x))
    else:
        out.append(format(x, s))
    out.append(str(round(x, rnd(14) - 5)))
    out.append('%.*f' % (rnd(9), x))
    out.append('%r %s %g %e' % (x, x, x, x))
    out.append(repr(float(repr(x)) == x))
print('\n'.join(out))
