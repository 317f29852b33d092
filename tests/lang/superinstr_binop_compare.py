def f():
    a = 5; b = 2.5; c = -7; z = 0; big = 2**61
    print(a + b, a * b, a - c, c // 2, c % 3, a / 2, b / 2, a // 2.0 if False else 1)
    print(big + big, big * 4, -big - big, a / 4, 3 / a)
    x = 1.5
    x += a; print(x)
    x -= 0.25; print(x)
    i = 0
    while i < 10:
        i += 3
    print(i, a < b, b < a, a == 5, b != 2.5, b >= 2.5)
    try:
        print(a / z)
    except ZeroDivisionError as e:
        print("zde", e)
    try:
        print(b / z)
    except ZeroDivisionError as e:
        print("zde", e)
    try:
        print(a + undefined_later)
    except NameError as e:
        print(e)
    s = "x"; print(s + s, s * a)
    t = True
    print(t + a, t * b, a & 6, a | 8, a ^ 1, a << 3, a >> 1)
    print(float(2**53 + 1) == 2**53+1, (2**53 + 1) * 1.0)
f()
def g():
    print(q)
    q = 1
try: g()
except UnboundLocalError as e: print(e)
