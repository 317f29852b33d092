# Reflected operators and NotImplemented
class Money:
    def __init__(self, c):
        self.c = c
    def __repr__(self):
        return 'Money(%d)' % self.c
    def __add__(self, o):
        if isinstance(o, Money):
            return Money(self.c + o.c)
        if isinstance(o, int):
            return Money(self.c + o)
        return NotImplemented
    def __radd__(self, o):
        print('radd called with', o)
        return self.__add__(o)
    def __rsub__(self, o):
        return Money(o - self.c)
    def __rmul__(self, o):
        return Money(self.c * o)
    def __rtruediv__(self, o):
        return 'rtruediv %r' % o
    def __rpow__(self, o):
        return 'rpow %r' % o
m = Money(5)
print(m + 1, 1 + m, m + m)
print(10 - m, 3 * m, 2 / m, 2 ** m)
print(sum([Money(1), Money(2), Money(3)]))
try:
    m + 'str'
except TypeError as e:
    print(type(e).__name__, e)
try:
    'str' + m
except TypeError as e:
    print(type(e).__name__, e)
class Base:
    def __add__(self, o):
        return 'Base.__add__'
    def __radd__(self, o):
        return 'Base.__radd__'
class Sub(Base):
    def __radd__(self, o):
        return 'Sub.__radd__'
print(Base() + Sub())
print(Base() + Base())
class Left:
    def __add__(self, o):
        return NotImplemented
class Right:
    def __radd__(self, o):
        return 'Right.__radd__ used'
print(Left() + Right())
try:
    Left() + Left()
except TypeError as e:
    print(type(e).__name__, e)
