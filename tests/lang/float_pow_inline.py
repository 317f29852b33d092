def f():
    x = 2.0; y = -1.5; z = 0.0; n = -8.0; big = 1e300; tiny = 1e-300
    print(x ** y, x ** 0.5, x ** 2, 2 ** x, x ** 0, x ** -2)
    print(tiny ** 2.0, 1.0 ** float('inf'), x ** float('nan'))
    for a, b in ((z, y), (big, 2.0), (n, 0.5), (n, 2.0), (n, 3.0)):
        try:
            print(a ** b)
        except (ZeroDivisionError, OverflowError) as e:
            print(type(e).__name__, e)
    p = 3; q = 4
    print(p ** q, p ** -1, (-p) ** 0.5)
f()
