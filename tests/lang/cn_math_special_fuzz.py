import math
state = 5
def rnd(n):
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return (state >> 11) % n
for i in range(400):
    k = rnd(4)
    if k == 0: x = (rnd(2**53) / 2**53) * 350 - 175
    elif k == 1: x = (rnd(2**53) / 2**53) * 20 - 10
    elif k == 2: x = rnd(2**53) * 2.0 ** (rnd(80) - 100)
    else: x = (rnd(2**53) / 2**53) * 2e6 - 1e6
    r = []
    for f in (math.gamma, math.lgamma, math.erf, math.erfc, math.expm1, math.log1p, math.atanh, math.acosh, math.asinh, math.cosh, math.tanh):
        try:
            r.append(f(x))
        except Exception as e:
            r.append(type(e).__name__ + str(e))
    print(x, r)
