state = 777
def rnd(n):
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return (state >> 11) % n
fills = ['', '*', '0', ' ']
aligns = ['', '<', '>', '^', '=']
signs = ['', '+', '-', ' ']
alts = ['', '#']
zeros = ['', '0']
widths = ['', '1', '8', '15', '30']
groups = ['', ',', '_']
precs = ['', '.0', '.1', '.3', '.12']
itypes = ['', 'b', 'c', 'd', 'o', 'x', 'X', 'n', 'e', 'f', 'g', '%', 'E', 'G']
ftypes = ['', 'e', 'E', 'f', 'F', 'g', 'G', '%', 'n']
def pick(l): return l[rnd(len(l))]
ints = [0, 1, -1, 7, -42, 255, 65, 123456789, -987654321, 2**70, -2**70, 10**20]
floats = [0.0, -0.0, 1.5, -2.25, 123456.789, 1e-7, 1e20, float('inf'), float('nan'), -float('inf'), 0.1, 2/3, 1e300, 99.995]
for i in range(1200):
    f = pick(fills); a = pick(aligns)
    if f and not a: a = '<'
    spec = f + a + pick(signs) + pick(alts) + pick(zeros) + pick(widths) + pick(groups)
    if rnd(2):
        v = pick(ints); spec += (pick(precs) if rnd(4) == 0 else '') + pick(itypes)
    else:
        v = pick(floats); spec += pick(precs) + pick(ftypes)
    try:
        r = format(v, spec)
    except Exception as e:
        r = type(e).__name__ + ": " + str(e)
    print(repr(v), repr(spec), repr(r))
