# Subclasses of int and float: values survive, arithmetic returns the base
# type, methods and dunders can be overridden, __new__ can transform.

class MyInt(int):
    def double(self):
        return self * 2
    def __repr__(self):
        return "MyInt(" + int.__repr__(self) + ")"

a = MyInt(21)
print(a, repr(a), a.double(), type(a.double()).__name__, a + 1, type(a + 1).__name__)
print(isinstance(a, int), a == 21, hash(a) == hash(21), a.bit_length(), int(a), type(int(a)).__name__)
big = MyInt(2**100)
print(big, big // 3, -big, abs(MyInt(-5)), MyInt("ff", 16), MyInt(3.9), MyInt())
print({a: "x"}[21], sorted([MyInt(3), 1, MyInt(2)]), str(MyInt(7)), format(MyInt(255), "x"))

class Celsius(float):
    def __new__(cls, value):
        return super().__new__(cls, value * 1.0)
    def fahrenheit(self):
        return self * 9 / 5 + 32

c = Celsius(100)
print(c, c.fahrenheit(), type(c).__name__, type(c + 1).__name__, c == 100.0, hash(c) == hash(100))
print(float(c), type(float(c)).__name__, c.is_integer(), c.hex(), round(Celsius(2.5)))

class Money(int):
    def __add__(self, other):
        return Money(int(self) + int(other))
    def __str__(self):
        return "$" + int.__str__(self)
m = Money(5) + 7
print(m, type(m).__name__, 3 + Money(4), type(3 + Money(4)).__name__)

class Index:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
print([10, 20, 30][Index(1)], bin(Index(5)), hex(Index(255)), (1).__lshift__(3))
print(int.__add__(2, 3), float.__mul__(1.5, 2), int.__new__(MyInt, 9), float.__repr__(Celsius(1)))
