# classmethod and staticmethod
class Temp:
    unit = 'C'
    instances = 0
    def __init__(self, deg):
        self.deg = deg
        Temp.instances += 1
    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 // 9)
    @staticmethod
    def valid(d):
        return d > -273
    @classmethod
    def describe(cls):
        return cls.__name__ + ' in ' + cls.unit
class Kelvin(Temp):
    unit = 'K'
t = Temp.from_f(212)
print(t.deg, type(t).__name__)
k = Kelvin.from_f(32)
print(k.deg, type(k).__name__)
print(Temp.valid(-300), t.valid(0))
print(Temp.describe(), Kelvin.describe(), k.describe())
print(Temp.instances)
sm = staticmethod(len)
print(type(sm).__name__)
class WithPlain:
    def plain(x):
        return x * 2
print(WithPlain.plain(21))
try:
    WithPlain().plain()
except TypeError as e:
    print(type(e).__name__, e)
class Counter:
    n = 0
    @classmethod
    def bump(cls):
        cls.n += 1
        return cls.n
class SubCounter(Counter):
    pass
print(Counter.bump(), Counter.bump(), SubCounter.bump(), Counter.n, SubCounter.n)
