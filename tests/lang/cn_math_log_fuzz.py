import math
state = 31337
def rnd(n):
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return (state >> 11) % n
for i in range(250):
    e = rnd(3000) + 1
    n = rnd(2**53) * 2**e + rnd(1000) + 1
    b = rnd(100) + 2
    x = rnd(2**53) * 2.0 ** (rnd(600) - 300)
    r = []
    for f in (lambda: math.log(n), lambda: math.log2(n), lambda: math.log10(n), lambda: math.log(n, b), lambda: math.log(x), lambda: math.log(x, b), lambda: math.log1p(x), lambda: math.sqrt(n) if n < 2**1000 else 0, lambda: math.isqrt(n) % 1000, lambda: math.exp(x) if x < 700 else 0, lambda: math.pow(x, 0.5), lambda: x ** (1/3), lambda: math.atan(x), lambda: math.hypot(x, b, 1.5), lambda: math.fsum([x, b, -x, 0.1, 1e-17]), lambda: math.floor(x), lambda: math.trunc(-x), lambda: math.ceil(x / 3)):
        try:
            r.append(f())
        except Exception as ex:
            r.append(type(ex).__name__)
    print(r)
