# NotImplemented returns lead to reflected attempts and fallbacks
class A:
    def __eq__(self, o):
        print('A.__eq__')
        return NotImplemented
class B:
    def __eq__(self, o):
        print('B.__eq__')
        return NotImplemented
print(A() == B())
print(A() != B())
class Num:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        if isinstance(o, Num):
            return self.v < o.v
        return NotImplemented
    def __gt__(self, o):
        if isinstance(o, Num):
            return self.v > o.v
        return NotImplemented
print(Num(1) < Num(2), Num(3) > Num(2))
try:
    Num(1) < 5
except TypeError as e:
    print(type(e).__name__, e)
print(bool(NotImplemented) if False else type(NotImplemented).__name__)
print(repr(NotImplemented))
class R:
    def __lt__(self, o):
        return 'R.__lt__ result'
    def __gt__(self, o):
        return 'R.__gt__ result'
print(5 < R())
print(5 > R())
