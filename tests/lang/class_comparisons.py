# Rich comparisons and their reflection
class Ver:
    def __init__(self, *parts):
        self.parts = parts
    def __repr__(self):
        return 'Ver' + repr(self.parts)
    def __eq__(self, o):
        return isinstance(o, Ver) and self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __le__(self, o):
        return self.parts <= o.parts
    def __gt__(self, o):
        return self.parts > o.parts
    def __ge__(self, o):
        return self.parts >= o.parts
    __hash__ = None
a, b, c = Ver(1, 2), Ver(1, 10), Ver(1, 2)
print(a == c, a != b, a < b, b <= a, b > a, a >= c)
print(sorted([Ver(2), Ver(1, 5), Ver(1)]))
print(max([Ver(3), Ver(10), Ver(2, 9)]))
print(a == 'x', a != 'x')
class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print('lt', self.v, o.v)
        return self.v < o.v
x, y = OnlyLt(1), OnlyLt(2)
print(y > x)
print(min(OnlyLt(3), OnlyLt(1)).v)
try:
    x <= y
except TypeError as e:
    print(type(e).__name__, e)
class NoEq:
    pass
n1, n2 = NoEq(), NoEq()
print(n1 == n1, n1 == n2, n1 != n2)
try:
    hash(a)
except TypeError as e:
    print(type(e).__name__, e)
class EqOnly:
    def __eq__(self, o):
        return True
print(EqOnly() == 5, EqOnly() != 5, 5 == EqOnly())
print(EqOnly.__hash__ is None)
