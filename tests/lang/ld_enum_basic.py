# enum: definition, lookup, iteration, aliases, methods and error messages
from enum import Enum, IntEnum, StrEnum, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1          # alias of RED

    def describe(self):
        return '%s is #%d' % (self.name.lower(), self.value)

    @property
    def is_warm(self):
        return self is Color.RED

    @classmethod
    def default(cls):
        return cls.GREEN


print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value)
print(Color['GREEN'], Color(3), Color(Color.BLUE) is Color.BLUE)
print(list(Color), len(Color))
print(list(Color.__members__), Color.CRIMSON is Color.RED)
print(Color.__members__)
print(Color.RED.describe(), Color.RED.is_warm, Color.BLUE.is_warm, Color.default())
print(f"{Color.GREEN}", f"{Color.GREEN!r}", '{:>12}|'.format(Color.RED))
print(Color.RED in Color, isinstance(Color.RED, Color), type(Color.RED).__name__)
print(Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.BLUE)
print(repr(Color), type(Color).__name__, list(reversed(Color)))
lookup = {Color.RED: 'stop', Color.GREEN: 'go'}
print(lookup[Color.CRIMSON], sorted(c.name for c in Color))

try:
    Color(7)
except ValueError as e:
    print('ValueError:', e)
try:
    Color('red')
except ValueError as e:
    print('ValueError:', e)
try:
    Color['PURPLE']
except KeyError as e:
    print('KeyError:', e)
try:
    Color.RED < Color.BLUE
except TypeError as e:
    print('TypeError:', e)
try:
    Color.RED = 5
except AttributeError as e:
    print('AttributeError:', e)
try:
    class MoreColor(Color):
        PINK = 4
except TypeError as e:
    print('TypeError:', e)


class Step(Enum):
    FIRST = auto()
    SECOND = auto()
    TEN = 10
    ELEVEN = auto()


print(list(Step))


class Direction(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()
    NORTH = auto()
    SOUTH = auto()


print(Direction.NORTH.value, repr(Direction.SOUTH))


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 5
    HIGH = 10


print(str(Priority.LOW), repr(Priority.HIGH), f"{Priority.MEDIUM:03d}")
print(Priority.HIGH > Priority.LOW, Priority.LOW + 1, Priority(5), Priority.LOW == 1)
print(sorted([Priority.HIGH, Priority.LOW, Priority.MEDIUM]), max(Priority).name)


class Mode(StrEnum):
    READ = auto()
    WRITE = 'w'


print(str(Mode.READ), repr(Mode.WRITE), Mode.READ == 'read', Mode('w'), Mode.WRITE.upper())


class Shade(str, Enum):
    DARK = 'dark'


print(str(Shade.DARK), repr(Shade.DARK), f"{Shade.DARK}", Shade.DARK == 'dark')

try:
    @unique
    class Mistake(Enum):
        ONE = 1
        TWO = 2
        THREE = 3
        FOUR = 3
except ValueError as e:
    print('ValueError:', e)

Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, repr(Animal))
Num = IntEnum('Num', [('ONE', 1), ('TWO', 2)])
print(list(Num), Num.TWO + 0)
