# enum: tuple values with __init__, custom __new__, _missing_, Flag/IntFlag
from enum import Enum, Flag, IntFlag, auto


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    VENUS = (4.869e+24, 6.0518e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return 6.67300E-11 * self.mass / (self.radius * self.radius)


for p in Planet:
    print(p.name, p.value, round(p.surface_gravity, 2))
print(repr(Planet.EARTH), Planet((3.303e+23, 2.4397e6)))


class Coin(Enum):
    def __new__(cls, cents, label):
        obj = object.__new__(cls)
        obj._value_ = cents
        obj.label = label
        return obj

    PENNY = (1, 'one cent')
    DIME = (10, 'ten cents')


print(repr(Coin.DIME), Coin(1).label, Coin.DIME.value)


class Status(Enum):
    ACTIVE = 'active'
    INACTIVE = 'inactive'

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for member in cls:
                if member.value == value.lower():
                    return member
        return None


print(Status('ACTIVE'), Status('Inactive'))
try:
    Status('gone')
except ValueError as e:
    print('ValueError:', e)


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE


purple = Color.RED | Color.BLUE
print(purple, repr(purple), Color.RED in purple, Color.GREEN in purple)
print(list(Color), list(purple), len(purple), len(Color.WHITE))
print(repr(~Color.RED), repr(Color.RED & Color.GREEN), bool(Color.RED & Color.GREEN))
print(repr(Color.WHITE), Color(7), repr(Color(0)), str(Color(0)))
print(repr(purple ^ Color.WHITE), (Color.RED | Color.GREEN | Color.BLUE) is Color.WHITE)
try:
    Color(8)
except ValueError as e:
    print('ValueError:', e)
try:
    Color.RED | 1
except TypeError as e:
    print('TypeError:', e)


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


rw = Perm.R | Perm.W
print(str(rw), repr(rw), rw == 6, Perm.R | 1, repr(Perm.R | 8))
print(repr(~Perm.R), repr(Perm(0)), list(Perm), Perm.W in rw, Perm(7).name)
print(rw & 2, isinstance(rw, int), Perm.X + 1, format(Perm.W, '>3'))

mode = Perm(0)
for flag in (Perm.R, Perm.X):
    mode |= flag
print(repr(mode), [p.name for p in mode])
