state = 4242
def rnd(n):
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return (state >> 11) % n
def rf():
    k = rnd(6)
    if k == 0: return float(rnd(21) - 10)
    if k == 1: return (rnd(2**53) / 2**53 - 0.5) * 10
    if k == 2: return rnd(2**53) * 2.0 ** (rnd(200) - 100) * (1 if rnd(2) else -1)
    if k == 3: return [0.0, -0.0, float('inf'), -float('inf'), float('nan'), 1e308, 5e-324][rnd(7)]
    return round((rnd(2**53) / 2**53 - 0.5) * 100, 2)
def show(f):
    try:
        return repr(f())
    except Exception as e:
        return type(e).__name__ + ": " + str(e)
for i in range(500):
    a = complex(rf(), rf())
    b = complex(rf(), rf())
    n = rnd(12) - 4
    x = rf()
    print(show(lambda: a + b), show(lambda: a * b), show(lambda: a / b), show(lambda: a ** n), show(lambda: a ** (n + 0.5)), show(lambda: a ** b), show(lambda: abs(a)), show(lambda: a / x), show(lambda: x / a), show(lambda: a == b), show(lambda: a ** 2.0), show(lambda: x ** a))
