# property with getter, setter, deleter
class Circle:
    def __init__(self, r):
        self._r = r
    @property
    def radius(self):
        print('get radius')
        return self._r
    @radius.setter
    def radius(self, v):
        print('set radius', v)
        if v < 0:
            raise ValueError('radius must be >= 0')
        self._r = v
    @radius.deleter
    def radius(self):
        print('del radius')
        self._r = 0
    @property
    def area_x100(self):
        return self._r * self._r * 314
c = Circle(2)
print(c.radius)
c.radius = 5
print(c.area_x100)
try:
    c.radius = -1
except ValueError as e:
    print(type(e).__name__, e)
del c.radius
print(c._r)
try:
    c.area_x100 = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del c.area_x100
except AttributeError as e:
    print(type(e).__name__, e)
class Old:
    def getx(self):
        return self._x * 2
    def setx(self, v):
        self._x = v
    x = property(getx, setx, None, 'x doc')
o = Old()
o.x = 10
print(o.x, Old.x.__doc__)
print(type(Old.x).__name__)
class Sub(Circle):
    @property
    def radius(self):
        return 'overridden'
print(Sub(1).radius)
