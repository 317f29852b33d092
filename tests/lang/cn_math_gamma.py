import math
for x in [0.5, 1.5, 2.5, 3.7, 5.5, 10.1, 22.0, 23.0, 24.0, 30.5, 100.3, 150.2, 170.5, 171.7, -0.5, -1.5, -2.7, -10.3, -150.5, -170.3, -200.5, 1e-10, 1e-25, -1e-25, 7.0, 1.0, 2.0, 1e-300, 0.001, 4.999, 5.0001, 141.3, 139.9]:
    for f in (math.gamma, math.lgamma):
        try:
            print(f.__name__, x, repr(f(x)))
        except Exception as e:
            print(f.__name__, x, type(e).__name__, e)
for x in [172, 171.7, 1e-320, -1e-320, 0, -1, -2.0, float('inf'), float('-inf'), float('nan'), 1e308, -1e308, 2**1000]:
    for f in (math.gamma, math.lgamma):
        try:
            print(f.__name__, x, repr(f(x)))
        except Exception as e:
            print(f.__name__, x, type(e).__name__, e)
