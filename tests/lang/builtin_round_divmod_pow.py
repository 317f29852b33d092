# round, divmod, pow builtins
print(round(3.14159, 2), round(2.5), round(3.5), round(-2.5), round(7), round(7, 2), round(1234, -2))
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), divmod(-7.5, -2), divmod(2 ** 70, 10 ** 9))
print(pow(2, 8), pow(2, 8, 10), pow(2.0, 3), pow(2, -2), pow(-2, 2), pow(9, 0.5))
print(round(0.5), round(1.5), round(-0.5), round(2.675, 2))
class R:
    def __round__(self, n=None):
        return 'rounded %r' % n
print(round(R()), round(R(), 3))
try:
    round('1.5')
except TypeError as e:
    print(type(e).__name__, e)
try:
    divmod('a', 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    pow(2, 3, 1.5)
except TypeError as e:
    print(type(e).__name__, e)
