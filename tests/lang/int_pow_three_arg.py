# pow() with two and three arguments
print(pow(2, 10), pow(2, -2), pow(-2, 3), pow(0, 0), pow(-1, 1001))
print(pow(2, 10, 1000), pow(3, 200, 13), pow(7, 0, 5), pow(5, 3, 1))
print(pow(-3, 3, 7), pow(3, 3, -7), pow(-3, 3, -7))
print(pow(2, 1000, 10 ** 9 + 7), pow(12345678901234567890, 98765, 10 ** 20 + 39))
print(pow(3, -1, 7), pow(10, -1, 17), pow(2, -3, 11))
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    pow(0, -1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(2 ** 0.5 == pow(2, 0.5), pow(4, 0.5), pow(-8, 1 / 3) == (-8) ** (1 / 3))
print(type(pow(2, -1)).__name__, type(pow(2, 2)).__name__)
print((-2) ** 2, -2 ** 2, 2 ** -1, (-2) ** -2)
